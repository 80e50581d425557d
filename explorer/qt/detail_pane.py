"""The detail pane: everything known about the current event, with links to its causes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QLabel,
    QListView,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from explorer.core.bidi import isolate, text_and_language, text_direction
from explorer.core.schema import Event
from explorer.core.summary import event_date_text
from explorer.qt.detail_html import kind_line, notes_html, sources_html
from explorer.qt.detail_models import LinkedEventsModel, ParticipantsModel
from explorer.qt.event_model import EventRole
from explorer.qt.participants_table import ParticipantsTable
from explorer.qt.source_article import shipped_article_name, show_source_article
from explorer.qt.style import KIND_COLORS, mix, readable
from explorer.qt.summary_text import shown_summary

#: Two columns (story | participants and sources) when each gets at least this many characters of
#: width and the participants fit theirs comfortably; else one column, the table in full width.
_STORY_MEASURE_CHARS = 40
#: Rows of the participants table; an agreement with more parties shows these and a count.
SHOWN_PARTICIPANTS = 60
_STORY_STRETCH, _PEOPLE_STRETCH = 5, 6


def _direction(language: str) -> Qt.LayoutDirection:
    if text_direction(language) == "rtl":
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def _section_label(parent: QWidget) -> QLabel:
    section = QLabel(parent)
    section.setProperty("role", "section")
    return section


def _text_label(parent: QWidget, object_name: str) -> QLabel:
    """A wrapping label for data: plain text, selectable with the mouse, no Tab stop."""
    text_label = QLabel(parent)
    text_label.setObjectName(object_name)
    text_label.setWordWrap(True)
    text_label.setTextFormat(Qt.TextFormat.PlainText)
    text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    text_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    return text_label


def _column(parent: QWidget) -> tuple[QWidget, QVBoxLayout]:
    """One of the pane's two columns; it takes the width the pane gives it, never more."""
    column = QWidget(parent)
    column.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    return column, layout


class _LinkList(QListView):
    """A list of linked events that is exactly as tall as its rows; a click follows the link."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabKeyNavigation(False)
        self.setUniformItemSizes(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setProperty("role", "links")

    def fit_to_rows(self) -> None:
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        row_height = self.sizeHintForRow(0) if rows else 0
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth() + 2)


class DetailPane(QWidget):
    """Shows the current event: title, date, place, summary, causes, participants, sources.

    Two columns when the pane is wide enough for the participants table beside the story, else
    one, the table in the pane's full width. Emits ``eventActivated(event_id)`` when the user
    follows a link to another event.
    """

    eventActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self._language = "en"
        self._event: Event | None = None
        self.causes_model = LinkedEventsModel(self)
        self.effects_model = LinkedEventsModel(self)
        self.participants_model = ParticipantsModel(self)
        self._build()
        self.retranslate_ui()
        self.show_event(None, [], [])

    def _build(self) -> None:
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("detailScrollArea")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self.scroll_area)
        body.setObjectName("detailBody")
        self.scroll_area.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        self.columns.setContentsMargins(20, 14, 20, 14)
        self.columns.setSpacing(28)
        self.story_column, story = _column(body)
        self.people_column, people = _column(body)
        self.columns.addWidget(self.story_column, _STORY_STRETCH)
        self.columns.addWidget(self.people_column, _PEOPLE_STRETCH)

        self.kind_label = QLabel(self.story_column)
        self.kind_label.setObjectName("kindLabel")
        self.kind_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label = _text_label(self.story_column, "titleLabel")
        self.date_label = _text_label(self.story_column, "dateLabel")
        self.place_label = _text_label(self.story_column, "placeLabel")
        self.summary_label = _text_label(self.story_column, "summaryLabel")

        self.causes_heading = _section_label(self.story_column)
        self.causes_view = _LinkList(self.story_column)
        self.causes_view.setObjectName("causesView")
        self.causes_view.setModel(self.causes_model)
        self.effects_heading = _section_label(self.story_column)
        self.effects_view = _LinkList(self.story_column)
        self.effects_view.setObjectName("effectsView")
        self.effects_view.setModel(self.effects_model)
        for view in (self.causes_view, self.effects_view):
            view.clicked.connect(self._follow_link)
            view.activated.connect(self._follow_link)

        self.participants_heading = _section_label(self.people_column)
        self.participants_view = ParticipantsTable(self.people_column)
        self.participants_view.setObjectName("participantsView")
        self.participants_view.setModel(self.participants_model)
        self.more_participants_label = _text_label(self.people_column, "moreParticipantsLabel")
        # Notes are sentences: they read better below the table than squeezed into a column.
        self.notes_label = _text_label(self.people_column, "participantNotesLabel")
        self.notes_label.setTextFormat(Qt.TextFormat.RichText)

        self.sources_heading = _section_label(self.people_column)
        self.sources_label = _text_label(self.people_column, "sourcesLabel")
        self.sources_label.setTextFormat(Qt.TextFormat.RichText)
        self.sources_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        # Links open through the one function that checks their scheme, never by Qt directly.
        self.sources_label.setOpenExternalLinks(False)
        self.sources_label.linkActivated.connect(self._open_source_link)

        for heading_label in (self.kind_label, self.title_label, self.date_label, self.place_label):
            story.addWidget(heading_label)
        story.addSpacing(4)
        story_widgets: tuple[QWidget, ...] = (
            self.summary_label,
            self.causes_heading,
            self.causes_view,
            self.effects_heading,
            self.effects_view,
        )
        people_widgets: tuple[QWidget, ...] = (
            self.participants_heading,
            self.participants_view,
            self.more_participants_label,
            self.notes_label,
            self.sources_heading,
            self.sources_label,
        )
        for widget in story_widgets:
            story.addWidget(widget)
        story.addStretch(1)
        for widget in people_widgets:
            people.addWidget(widget)
        people.addStretch(1)

    def retranslate_ui(self) -> None:
        self.causes_heading.setText(self.tr("Causes"))
        self.effects_heading.setText(self.tr("Led to"))
        self.participants_heading.setText(self.tr("Participants"))
        self.sources_heading.setText(self.tr("Sources"))
        self.setAccessibleName(self.tr("Event details"))
        self.causes_view.setAccessibleName(self.tr("Causes"))
        self.effects_view.setAccessibleName(self.tr("Led to"))
        self.participants_view.setAccessibleName(self.tr("Participants"))

    @property
    def shown_event(self) -> Event | None:
        return self._event

    def show_event(
        self, event: Event | None, causes: list[Event], effects: list[Event], language: str = "en"
    ) -> None:
        """Show ``event`` (or a hint when there is none) from its top, with its links."""
        self._event = event
        self._language = language
        self.causes_model.set_events(causes, language)
        self.effects_model.set_events(effects, language)
        self.participants_model.set_participants(
            event.participants if event else [], language, SHOWN_PARTICIPANTS
        )
        left_out = self.participants_model.left_out
        self.more_participants_label.setText(
            self.tr("… and %n more parties: export the event to read them all.", "", left_out)
            if left_out
            else ""
        )
        self.more_participants_label.setVisible(bool(left_out))
        if event is None:
            self._show_placeholder()
        else:
            self._show(event, bool(causes), bool(effects))
        self._update_columns()
        self.scroll_area.verticalScrollBar().setValue(0)

    def _show(self, event: Event, has_causes: bool, has_effects: bool) -> None:
        language = self._language
        self.kind_label.setText(kind_line(event, language))
        self._set_paragraph(self.title_label, event.title)
        date = event_date_text(event, language)
        self.date_label.setText(isolate(date, language))
        self.date_label.setLayoutDirection(_direction(language))
        self._set_paragraph(self.place_label, event.place)
        summary, readable = shown_summary(event, language)
        self._set_paragraph(self.summary_label, summary)
        font = self.summary_label.font()
        font.setItalic(not readable)  # a note about the text, not the text
        self.summary_label.setFont(font)
        self._set_section(self.causes_heading, self.causes_view, has_causes)
        self._set_section(self.effects_heading, self.effects_view, has_effects)
        self._set_section(
            self.participants_heading, self.participants_view, bool(event.participants)
        )
        self._set_section(
            self.sources_heading, self.sources_label, bool(event.sources or event.media)
        )
        self._render_colored(event)
        self.notes_label.setVisible(bool(self.notes_label.text()))
        self.causes_view.fit_to_rows()
        self.effects_view.fit_to_rows()

    def _render_colored(self, event: Event) -> None:
        """The parts whose colours come from the palette at render time: the kind line and the
        rich text of notes and sources (done again when the palette changes)."""
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        kind_color = readable(KIND_COLORS.get(event.kind, KIND_COLORS["event"]), base)
        self.kind_label.setStyleSheet(f"color: {kind_color.name()};")
        muted = mix(palette.color(QPalette.ColorRole.Text), base, 0.72).name()
        language = self._language
        self.sources_label.setText(sources_html(event.sources, language, event.media, muted))
        self.notes_label.setText(
            notes_html(
                [
                    self.participants_model.participant_at(row)
                    for row in range(self.participants_model.rowCount())
                ],
                language,
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._event is not None:
            self._render_colored(self._event)

    def _set_paragraph(self, paragraph: QLabel, texts: dict[str, str]) -> None:
        """Show a localized text in the direction of the language it is really in."""
        text, language = text_and_language(texts, self._language)
        paragraph.setText(isolate(text, language))
        paragraph.setLayoutDirection(_direction(language))
        paragraph.setVisible(bool(text))

    def _show_placeholder(self) -> None:
        self.kind_label.setText("")
        for shown in (self.title_label, self.date_label):
            shown.setLayoutDirection(_direction(self._language))
            shown.setVisible(True)
        self.title_label.setText(self.tr("No event selected"))
        self.date_label.setText(
            self.tr("Click an event on the timeline, or use the arrow keys, to read about it here.")
        )
        for hidden in (self.place_label, self.summary_label, self.notes_label):
            hidden.setVisible(False)
        for heading, view in (
            (self.causes_heading, self.causes_view),
            (self.effects_heading, self.effects_view),
            (self.participants_heading, self.participants_view),
            (self.sources_heading, self.sources_label),
        ):
            self._set_section(heading, view, False)

    @staticmethod
    def _set_section(heading: QWidget, content: QWidget, visible: bool) -> None:
        heading.setVisible(visible)
        content.setVisible(visible)

    # --- layout -------------------------------------------------------------------------------

    def is_two_columns(self) -> bool:
        return self.columns.direction() in (
            QBoxLayout.Direction.LeftToRight,
            QBoxLayout.Direction.RightToLeft,
        )

    def _update_columns(self) -> None:
        """Two columns if the story and the participants both fit side by side, else one.

        Decided on the width the body has with a vertical scroll bar shown, so that the bar
        appearing or going never flips the layout back and forth.
        """
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        margins = self.columns.contentsMargins()
        inner = (
            self.scroll_area.width()
            - 2 * self.scroll_area.frameWidth()
            - scroll_bar
            - margins.left()
            - margins.right()
            - self.columns.spacing()
        )
        story_width = inner * _STORY_STRETCH // (_STORY_STRETCH + _PEOPLE_STRETCH)
        people_width = inner - story_width
        wide = story_width >= _STORY_MEASURE_CHARS * self.fontMetrics().averageCharWidth()
        if wide and self._event is not None and self._event.participants:
            wide = people_width >= self.participants_view.comfortable_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
            self.columns.setStretch(0, _STORY_STRETCH if wide else 0)
            self.columns.setStretch(1, _PEOPLE_STRETCH if wide else 1)
        # Below the story, a column with nothing in it would still add a gap to scroll through;
        # beside it, an empty one keeps the story's lines as long as with participants.
        event = self._event
        has_people = event is not None and bool(event.participants or event.sources or event.media)
        self.people_column.setVisible(wide or has_people)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_columns()

    def _open_source_link(self, url: str) -> None:
        """A source's link: the shipped article in a window of its own, else a web or mail link."""
        name = shipped_article_name(url)
        if name is not None:
            show_source_article(self, name)
        else:
            from explorer.qt.links import open_link  # QDesktopServices: only once a link is clicked

            open_link(url)

    def _follow_link(self, index: QModelIndex) -> None:
        event_id = index.data(EventRole.EVENT_ID)
        if event_id:
            self.eventActivated.emit(event_id)

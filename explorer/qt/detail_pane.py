"""The detail pane: everything known about the current event, with links to its causes."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.core.dates import format_span
from explorer.core.schema import Event, text_in
from explorer.qt.detail_models import LinkedEventsModel, ParticipantsModel, status_label
from explorer.qt.event_model import EventRole
from explorer.qt.style import KIND_COLORS


def _section_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", "section")
    return label


def _wrapping_label(parent: QWidget, object_name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class _LinkList(QListView):
    """A list of linked events that is exactly as tall as its rows; a click follows the link."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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

    Emits ``eventActivated(event_id)`` when the user follows a link to another event.
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
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        body.setObjectName("detailBody")
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        columns = QHBoxLayout(body)
        columns.setContentsMargins(20, 14, 20, 14)
        columns.setSpacing(28)
        story = QVBoxLayout()
        story.setSpacing(6)
        people = QVBoxLayout()
        people.setSpacing(6)
        columns.addLayout(story, 5)
        columns.addLayout(people, 6)

        self.kind_label = QLabel(body)
        self.kind_label.setObjectName("kindLabel")
        self.title_label = _wrapping_label(body, "titleLabel")
        self.date_label = _wrapping_label(body, "dateLabel")
        self.place_label = _wrapping_label(body, "placeLabel")
        self.summary_label = _wrapping_label(body, "summaryLabel")

        self.causes_heading = _section_label(body)
        self.causes_view = _LinkList(body)
        self.causes_view.setObjectName("causesView")
        self.causes_view.setModel(self.causes_model)
        self.effects_heading = _section_label(body)
        self.effects_view = _LinkList(body)
        self.effects_view.setObjectName("effectsView")
        self.effects_view.setModel(self.effects_model)
        for view in (self.causes_view, self.effects_view):
            view.clicked.connect(self._follow_link)
            view.activated.connect(self._follow_link)

        self.participants_heading = _section_label(body)
        self.participants_view = QTableView(body)
        self.participants_view.setObjectName("participantsView")
        self.participants_view.setModel(self.participants_model)
        self.participants_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.participants_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.participants_view.setWordWrap(True)
        self.participants_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.participants_view.setAlternatingRowColors(True)
        self.participants_view.setShowGrid(False)
        self.participants_view.verticalHeader().hide()
        self.participants_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.participants_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.participants_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ParticipantsModel.OFFICES, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._fit_participants_rows)
        # Notes are sentences: they read better below the table than squeezed into a column.
        self.participants_view.setColumnHidden(ParticipantsModel.NOTE, True)
        self.notes_label = _wrapping_label(body, "participantNotesLabel")
        self.notes_label.setTextFormat(Qt.TextFormat.RichText)

        self.sources_heading = _section_label(body)
        self.sources_label = _wrapping_label(body, "sourcesLabel")
        self.sources_label.setOpenExternalLinks(True)
        self.sources_label.setTextFormat(Qt.TextFormat.RichText)

        for label in (self.kind_label, self.title_label, self.date_label, self.place_label):
            story.addWidget(label)
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

    @property
    def shown_event(self) -> Event | None:
        return self._event

    def show_event(
        self, event: Event | None, causes: list[Event], effects: list[Event], language: str = "en"
    ) -> None:
        """Show ``event`` (or a hint when there is none) with its causes and what it led to."""
        self._event = event
        self._language = language
        self.causes_model.set_events(causes, language)
        self.effects_model.set_events(effects, language)
        self.participants_model.set_participants(event.participants if event else [], language)
        if event is None:
            self._show_placeholder()
            return
        kind_names = {
            "event": self.tr("Event"),
            "treaty": self.tr("Treaty"),
            "cause": self.tr("Cause"),
            "period": self.tr("Period"),
        }
        color = KIND_COLORS.get(event.kind, KIND_COLORS["event"]).name()
        self.kind_label.setText(kind_names.get(event.kind, event.kind).upper())
        self.kind_label.setStyleSheet(f"color: {color};")
        self.title_label.setText(text_in(event.title, language))
        self.date_label.setText(format_span(event.start, event.end, language))
        place = text_in(event.place, language)
        self.place_label.setText(place)
        self.place_label.setVisible(bool(place))
        summary = text_in(event.summary, language)
        self.summary_label.setText(summary)
        self.summary_label.setVisible(bool(summary))
        self._set_section(self.causes_heading, self.causes_view, bool(causes))
        self._set_section(self.effects_heading, self.effects_view, bool(effects))
        self._set_section(
            self.participants_heading, self.participants_view, bool(event.participants)
        )
        self._set_section(self.sources_heading, self.sources_label, bool(event.sources))
        self.sources_label.setText(self._sources_html(event))
        notes = self._notes_html(event)
        self.notes_label.setText(notes)
        self.notes_label.setVisible(bool(notes))
        self.causes_view.fit_to_rows()
        self.effects_view.fit_to_rows()
        self._fit_participants()

    def _show_placeholder(self) -> None:
        self.kind_label.setText("")
        self.title_label.setText(self.tr("No event selected"))
        self.date_label.setText(
            self.tr("Click an event on the timeline, or use the arrow keys, to read about it here.")
        )
        for label in (self.place_label, self.summary_label, self.notes_label):
            label.setVisible(False)
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

    def _fit_participants_rows(self, *_section: int) -> None:
        """Rows grow with wrapped offices, and the table grows with its rows: no inner scrolling."""
        view = self.participants_view
        view.resizeRowsToContents()
        height = view.horizontalHeader().height() + 2 * view.frameWidth() + 2
        height += sum(view.rowHeight(row) for row in range(self.participants_model.rowCount()))
        view.setFixedHeight(height)

    def _fit_participants(self) -> None:
        self.participants_view.resizeColumnsToContents()
        self._fit_participants_rows()
        # Stretched columns get their final width only after layout: measure again then.
        QTimer.singleShot(0, self, self._fit_participants_rows)

    def _sources_html(self, event: Event) -> str:
        items = []
        for source in event.sources:
            parts = []
            if source.quote:
                direction = "rtl" if source.quote_language == "ar" else "ltr"
                parts.append(f'<span dir="{direction}">“{html.escape(source.quote)}”</span>')
            citation = html.escape(source.citation)
            if source.url:
                citation = f'<a href="{html.escape(source.url, quote=True)}">{citation}</a>'
            parts.append(f"— {citation}")
            note = text_in(source.note, self._language)
            if note:
                parts.append(f"<br/><i>{html.escape(note)}</i>")
            items.append(f"<li style='margin-bottom:6px'>{' '.join(parts)}</li>")
        return f"<ul style='margin-left:0'>{''.join(items)}</ul>"

    def _notes_html(self, event: Event) -> str:
        """Why each party did not sign, or anything else noted of it, one line per party."""
        lines = []
        for row in range(self.participants_model.rowCount()):
            participant = self.participants_model.participant_at(row)
            note = text_in(participant.note, self._language)
            if note:
                party = html.escape(text_in(participant.party, self._language))
                status = html.escape(status_label(participant.status))
                lines.append(f"<p><b>{party}</b> ({status}): {html.escape(note)}</p>")
        return "".join(lines)

    def _follow_link(self, index: QModelIndex) -> None:
        event_id = index.data(EventRole.EVENT_ID)
        if event_id:
            self.eventActivated.emit(event_id)

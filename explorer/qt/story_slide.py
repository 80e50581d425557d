"""The slide of story mode: one event, in big type, the way a presentation shows it.

A :class:`StorySlide` shows an event's kind, title, date, place and summary in one column and its
causes and participants (who signed, in what office; who stayed away, and why) in the other, with
a slide counter, a progress bar and buttons for the mouse. Its type grows and shrinks with its size,
so it reads as well at 1024×700 as in full screen. Data is plain text: labels show it as such, or
escaped where a label needs rich text. Each text takes the direction of its own language, and runs
of the other direction are isolated (:mod:`explorer.core.bidi`).
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from explorer.core.schema import Event, Participant
from explorer.core.summary import event_date
from explorer.qt.story_controls import SlideHeader
from explorer.qt.story_text import (
    SlideColors,
    causes_html,
    kind_color,
    layout_direction,
    localized_html,
    paragraph,
    participant_rows,
    slide_style,
)
from explorer.qt.summary_text import shown_summary


def _label(parent: QWidget, object_name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def _rich_label(parent: QWidget, object_name: str = "") -> QLabel:
    """A wrapping label of rich text built from escaped data; its bottom margin leaves room for
    the descenders that a tighter line height lets out of the last line."""
    label = _label(parent, object_name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setContentsMargins(0, 0, 0, 4)
    return label


#: The smallest type a slide shrinks to, as a part of its nominal size, and the step it takes.
MIN_FIT = 0.7
FIT_STEP = 0.04


class _Body(QWidget):
    """The slide's content in its scroll area, which scrolls only when the content is taller
    than the slide at the slide's width (not when wrapped text would be tall at its narrowest)."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)


class StorySlide(QWidget):
    """One event as a slide, with its place in the story (``3 / 18``) and buttons to move on."""

    previousRequested = Signal()
    nextRequested = Signal()
    fullScreenRequested = Signal()
    exitRequested = Signal()

    #: The size at which the type has its nominal size; it scales with the slide from there.
    NOMINAL_WIDTH = 1280.0
    NOMINAL_HEIGHT = 600.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storySlide")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._colors = SlideColors.from_palette(QApplication.palette(self))
        self.setStyleSheet(slide_style(self._colors))
        self._scale = 1.0
        self._fit = 1.0  # below 1 when the content needs smaller type to fit the slide
        self._story_alone = False
        self._causes_are_beside = True
        # Per event (kept alive here, so its id stays its own), language and size: where the
        # causes went and the type's fit.
        self._fitted: dict[tuple[int, str, int, int], tuple[Event, bool, float]] = {}
        self._event: Event | None = None
        self._language = "en"
        self._party_labels: list[QLabel] = []
        self._shown_causes: list[Event] = []
        self._build()
        self.retranslate_ui()
        self.header.set_scale(self._scale)
        self._apply_fonts()

    # --- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.header = SlideHeader(self)
        self.header.previousRequested.connect(self.previousRequested)
        self.header.nextRequested.connect(self.nextRequested)
        self.header.fullScreenRequested.connect(self.fullScreenRequested)
        self.header.exitRequested.connect(self.exitRequested)
        # The header's parts, for tests and accessibility tools.
        self.kind_label = self.header.kind_label
        self.counter_label = self.header.counter_label
        self.progress_bar = self.header.progress_bar
        self.previous_button = self.header.previous_button
        self.next_button = self.header.next_button
        self.full_screen_button = self.header.full_screen_button
        self.exit_button = self.header.exit_button

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = _Body(scroll)
        body.setObjectName("storySlideBody")
        scroll.setWidget(body)
        self._body = body
        self.scroll_area = scroll
        scroll.installEventFilter(self)  # the type fits the content to the room it gets

        self.title_label = _rich_label(body, "storyTitle")
        self.date_label = _rich_label(body, "storyDate")
        self.place_label = _rich_label(body, "storyPlace")
        self.summary_label = _rich_label(body, "storySummary")
        self.causes_heading = _label(body, "storyCausesHeading", wrap=False)
        self.causes_heading.setProperty("storyRole", "heading")
        self.causes_label = _rich_label(body, "storyCauses")
        self.participants_heading = _label(body, "storyParticipantsHeading", wrap=False)
        self.participants_heading.setProperty("storyRole", "heading")
        self.participants_block = QWidget(body)
        self.participants_block.setObjectName("storyParticipants")
        self.participants_grid = QGridLayout(self.participants_block)
        self.participants_grid.setContentsMargins(0, 0, 0, 0)
        self.participants_grid.setColumnStretch(1, 1)

        self.causes_block = QWidget(body)
        causes = QVBoxLayout(self.causes_block)
        causes.setContentsMargins(0, 12, 0, 0)
        causes.addWidget(self.causes_heading)
        causes.addWidget(self.causes_label)

        self.story_column = QWidget(body)
        self._story_layout = QVBoxLayout(self.story_column)
        self._story_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title_label, self.date_label, self.place_label):
            self._story_layout.addWidget(widget)
        self._story_layout.addSpacing(14)
        self._story_layout.addWidget(self.summary_label)
        self._story_layout.addStretch(1)
        self.context_column = QWidget(body)
        self._context_layout = QVBoxLayout(self.context_column)
        self._context_layout.setContentsMargins(0, 0, 0, 0)
        self._context_layout.addWidget(self.causes_block)
        self._context_layout.addWidget(self.participants_heading)
        self._context_layout.addWidget(self.participants_block)
        self._context_layout.addStretch(1)
        self._columns = QHBoxLayout(body)
        # Leading: a story column narrower than the slide lines up with the kind label above.
        self._columns.addWidget(self.story_column, 0, Qt.AlignmentFlag.AlignLeft)
        self._columns.addWidget(self.context_column)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.header)
        outer.addWidget(scroll, 1)

    def retranslate_ui(self) -> None:
        self.causes_heading.setText(self.tr("Causes").upper())
        self.participants_heading.setText(self.tr("Participants").upper())
        self.setAccessibleName(self.tr("Story slide"))
        if self._event is not None:
            self.header.show_kind(self._event.kind, self._language)

    # --- content ------------------------------------------------------------------------------

    @property
    def shown_event(self) -> Event | None:
        return self._event

    def show_event(
        self, event: Event, causes: list[Event], language: str, position: int, count: int
    ) -> None:
        """Show ``event`` as slide ``position`` (1-based; 0 off the story) of ``count``."""
        self._event = event
        self._language = language
        self.header.show_kind(event.kind, language)
        self.header.set_position(position, count)
        for label, texts in (
            (self.title_label, event.title),
            (self.place_label, event.place),
            (self.summary_label, shown_summary(event, language)[0]),
        ):
            # Each text in its own direction: an English fallback in an Arabic slide reads LTR.
            text, text_language = localized_html(texts, language)
            label.setText(text)
            label.setLayoutDirection(layout_direction(text_language))
            label.setVisible(bool(text))
        date, date_language = event_date(event, language)
        self.date_label.setText(paragraph(html.escape(date), date_language))
        background = QColor(self._colors.background)
        self.date_label.setStyleSheet(f"color: {kind_color(event.kind, background)};")
        self._show_causes(causes, language)
        self._show_participants(event.participants, language)
        has_causes, has_participants = bool(causes), bool(event.participants)
        self.context_column.setVisible(has_causes or has_participants)
        # Alone, the story reads best at the width of a book's page, not across the screen.
        self._story_alone = not (has_causes or has_participants)
        self.story_column.setMaximumWidth(int(900 * self._scale) if self._story_alone else 16777215)
        stretch = (1, 1) if has_participants else (11, 9)
        known = self._fitted.get(self._fit_key())
        if known is not None:  # seen at this size: no need to measure again
            _event, beside, fit = known
            self._set_arrangement(beside, stretch)
            self._content_height(fit)
        else:
            self._set_arrangement(self._causes_beside(has_causes and has_participants), stretch)
            self._fit_to_height()
        self.scroll_area.verticalScrollBar().setValue(0)

    def _causes_beside(self, could_move: bool) -> bool:
        """Whether the causes go under the participants (True) or under the summary: wherever
        the taller column comes out shorter."""
        if not could_move or self.scroll_area.width() <= 0:
            return True
        self._set_arrangement(True, (1, 1))
        self._content_height(1.0)  # full size, measured afresh
        margins = self._columns.contentsMargins()
        room = self.scroll_area.width() - margins.left() - margins.right()
        width = (room - self._columns.spacing()) // 2
        story = self.story_column.heightForWidth(width)
        context = self.context_column.heightForWidth(width)
        causes = self.causes_block.heightForWidth(width)
        return max(story, context) <= max(story + causes, context - causes)

    def _fit_key(self) -> tuple[int, str, int, int]:
        size = self.scroll_area.size()
        return id(self._event), self._language, size.width(), size.height()

    def _set_arrangement(self, beside: bool, stretch: tuple[int, int]) -> None:
        self._causes_are_beside = beside
        self._place_causes(beside)
        self._columns.setStretch(0, stretch[0])
        self._columns.setStretch(1, stretch[1])

    def _place_causes(self, beside: bool) -> None:
        for layout in (self._story_layout, self._context_layout):
            layout.removeWidget(self.causes_block)
        column = self._context_layout if beside else self._story_layout
        column.insertWidget(column.count() - 1, self.causes_block)  # before the stretch
        self.causes_block.show()  # a layout that moves a widget to another parent hides it

    def set_position(self, position: int, count: int) -> None:
        """The counter ("3 / 18") and the progress bar; ``position`` 0 is an event off the story."""
        self.header.set_position(position, count)

    def _show_causes(self, causes: list[Event], language: str) -> None:
        self._shown_causes = causes
        self.causes_label.setText(causes_html(causes, language, self._colors))
        self.causes_heading.setVisible(bool(causes))
        self.causes_label.setVisible(bool(causes))

    def _show_participants(self, participants: list[Participant], language: str) -> None:
        """A row per party that signed, and per group of parties that stayed away for one reason."""
        for label in self._party_labels:
            self.participants_grid.removeWidget(label)
            label.hide()
            label.deleteLater()
        self._party_labels = []
        for row, (names, details, signed) in enumerate(
            participant_rows(participants, language, self._colors)
        ):
            party_label = _rich_label(self.participants_block)
            party_label.setText(names)
            detail_label = _rich_label(self.participants_block)
            detail_label.setText(details)
            detail_label.setProperty("storyRole", "" if signed else "small")
            top = Qt.AlignmentFlag.AlignTop
            self.participants_grid.addWidget(party_label, row, 0, top)
            self.participants_grid.addWidget(detail_label, row, 1, top)
            self._party_labels += [party_label, detail_label]
            if self.participants_block.isVisible():  # now, not later: the fit measures them
                party_label.show()
                detail_label.show()
        self.participants_heading.setVisible(bool(participants))
        self.participants_block.setVisible(bool(participants))
        self._apply_participant_fonts()

    # --- type that follows the size -----------------------------------------------------------

    @property
    def type_scale(self) -> float:
        """How much larger than nominal the type is drawn, following the slide's size."""
        return self._scale

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = event.size()
        scale = min(size.width() / self.NOMINAL_WIDTH, size.height() / self.NOMINAL_HEIGHT)
        scale = min(max(scale, 0.82), 1.7)
        if abs(scale - self._scale) > 0.02:
            self._scale = scale
            self.header.set_scale(scale)
            self._apply_fonts()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area and event.type() == QEvent.Type.Resize:
            self._fit_to_height()
        return super().eventFilter(watched, event)

    def _fit_to_height(self) -> None:
        """Make the type smaller until the slide holds all of its content (as presentation
        programs autofit); past the smallest size the slide scrolls. Remembered per event and
        size, so that going back to a slide is instant."""
        available = self.scroll_area.height()
        if available <= 0 or self._event is None:
            return
        fit = 1.0
        full = self._content_height(fit)
        if full > available:
            # Wrapped text grows with the square of the type size: start near where it fits.
            steps = math.floor((1.0 - math.sqrt(available / full)) / FIT_STEP)
            fit = max(MIN_FIT, 1.0 - max(steps - 1, 1) * FIT_STEP)
            while self._content_height(fit) > available and fit > MIN_FIT:
                fit = max(MIN_FIT, fit - FIT_STEP)
        self._fitted[self._fit_key()] = (self._event, self._causes_are_beside, fit)

    def _content_height(self, fit: float) -> int:
        """The height the slide's content needs at its width with the type at ``fit``."""
        if abs(fit - self._fit) > 0.001:
            self._fit = fit
            self._apply_fonts()
        # Layouts cache their height for a width until the event loop activates them, and new
        # labels show only then: measure now.
        body = self._body
        for widget in [body, *body.findChildren(QWidget)]:
            widget.updateGeometry()
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
        return self._columns.totalHeightForWidth(self.scroll_area.width())

    def _font(self, points: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
        """The slide's font at ``points`` nominal size, scaled to the slide and its content."""
        font = QFont(self.font())
        font.setPointSizeF(points * self._scale * self._fit)
        font.setWeight(weight)
        return font

    def _apply_fonts(self) -> None:
        scale = self._scale
        margin = int(56 * scale)
        self._columns.setContentsMargins(margin, int(10 * scale), margin, int(12 * scale))
        self._columns.setSpacing(int(56 * scale))
        self.participants_grid.setHorizontalSpacing(int(22 * scale))
        self.participants_grid.setVerticalSpacing(int(6 * scale))
        self.title_label.setFont(self._font(30, QFont.Weight.Bold))
        self.date_label.setFont(self._font(16, QFont.Weight.DemiBold))
        self.place_label.setFont(self._font(13))
        self.summary_label.setFont(self._font(14.5))
        heading = self._font(10, QFont.Weight.Bold)
        heading.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.2)
        self.causes_heading.setFont(heading)
        self.participants_heading.setFont(heading)
        self.causes_label.setFont(self._font(13))
        self._apply_participant_fonts()
        self.story_column.setMaximumWidth(int(900 * self._scale) if self._story_alone else 16777215)

    def _apply_participant_fonts(self) -> None:
        for label in self._party_labels:
            small = label.property("storyRole") == "small"
            label.setFont(self._font(11.5 if small else 12.5))
        # A long party name wraps rather than squeezing its signatories.
        for label in self._party_labels[::2]:
            label.setMaximumWidth(int(230 * self._scale))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        if event.type() == QEvent.Type.PaletteChange:
            # Once the palette has reached every widget: restyling re-polishes the children.
            QTimer.singleShot(0, self, self._follow_palette)
        super().changeEvent(event)

    def _follow_palette(self) -> None:
        """A light or dark palette: the slide's colours from it, and the slide shown again.

        From the application's palette: the slide's own follows its style sheet's background.
        """
        colors = SlideColors.from_palette(QApplication.palette(self))
        if colors == self._colors:
            return
        self._colors = colors
        self.setStyleSheet(slide_style(colors))
        event = self._event
        if event is not None:
            self.header.show_kind(event.kind, self._language)
            background = QColor(colors.background)
            self.date_label.setStyleSheet(f"color: {kind_color(event.kind, background)};")
            rows = participant_rows(event.participants, self._language, colors)
            for (names, details, _signed), party_label, detail_label in zip(
                rows, self._party_labels[::2], self._party_labels[1::2], strict=False
            ):
                party_label.setText(names)
                detail_label.setText(details)
            self._show_causes(self._shown_causes, self._language)

"""Story mode: the timeline as a slideshow, one event at a time, as TimelineJS presents it.

:class:`StoryMode` owns the "Present" action (``actionStory``, F5), the slide, the keys and the
animation of the timeline strip. Presenting swaps the window's central area for a
:class:`~explorer.qt.story_stage.Stage`: the :class:`~explorer.qt.story_slide.StorySlide` above
the window's own timeline view, made a strip; menus, tool bars and docks step aside. Each slide
makes its event the window's current event (so every view follows) and animates the strip's
visible range to it. Leaving takes the user back where they were: the widgets, the selection, the
search, the visible range, the window's full-screen state.

The order is the dataset's ``story`` (event ids), else time order; see :func:`story_order`.
Install it on a main window with :func:`install_story_mode`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QModelIndex,
    QObject,
    QPointF,
    Qt,
    QVariantAnimation,
)
from PySide6.QtGui import QAction, QKeySequence

from explorer.core.schema import Dataset, Event, time_order_key
from explorer.qt.event_model import EventRole

if TYPE_CHECKING:
    from explorer.qt.main_window import MainWindow
    from explorer.qt.story_slide import StorySlide
    from explorer.qt.story_stage import Stage

#: How long the strip takes to travel from one event to the next, in milliseconds.
ANIMATION_MS = 400
#: The stretch of time shown around an instant: enough to see its neighbours in a busy month.
INSTANT_SPAN_DAYS = 120.0
#: Space on each side of a span, as a part of its length.
SPAN_PADDING = 0.08


def story_order(dataset: Dataset, in_time_order: Sequence[Event] | None = None) -> list[str]:
    """The ids of the events a presentation visits: the dataset's ``story``, else time order.

    Ids in ``story`` that name no event, and repeats, are left out. ``in_time_order``, when the
    caller has the events sorted already (the event store), saves sorting them again.
    """
    story: list[str] = list(getattr(dataset, "story", None) or [])
    if story:
        known = {event.id for event in dataset.events}
        ordered = list(dict.fromkeys(event_id for event_id in story if event_id in known))
        if ordered:
            return ordered
    if in_time_order is None:
        in_time_order = sorted(dataset.events, key=time_order_key)
    return [event.id for event in in_time_order]


def slide_range(event: Event) -> tuple[float, float]:
    """The visible range that presents ``event``: a span with some room, an instant in context."""
    start, end = event.start_time, event.end_time
    if event.is_instant:
        middle = (start + end) / 2
        half = max(INSTANT_SPAN_DAYS, end - start) / 2
        return middle - half, middle + half
    padding = max((end - start) * SPAN_PADDING, 15.0)
    return start - padding, end + padding


@dataclass
class _Return:
    """Where the user was before the presentation, to take them back there."""

    current: str | None
    search: str
    visible_range: tuple[float, float]
    opening: tuple[float, float] | None  # the timeline kept its opening range
    fitting: bool  # the timeline fitted every event


class StoryMode(QObject):
    """Presents the window's dataset as slides; :meth:`enter`, :meth:`leave`, :meth:`next`,
    :meth:`previous`. The current event of every view follows the slide."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("storyMode")
        self._window = window
        self._slide_ids: list[str] = []
        self._index = -1
        self._presenting = False
        self._return: _Return | None = None
        self._following = False  # True while a slide sets the current event itself
        self.animation_duration = ANIMATION_MS
        # The slide and its stage, made on first use: opening the window does not need them.
        self._presentation: tuple[StorySlide, Stage] | None = None
        self.animation = QVariantAnimation(self)
        self.animation.setObjectName("storyAnimation")
        self.animation.valueChanged.connect(self._animate_to)
        self._create_actions()
        window.selection_model.currentChanged.connect(self._current_changed)
        window.event_model.modelReset.connect(self._dataset_changed)
        window.installEventFilter(self)
        self.retranslate_ui()
        self._dataset_changed()

    def _create_actions(self) -> None:
        window = self._window
        self.action = QAction(window)
        self.action.setObjectName("actionStory")
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.action.setCheckable(True)
        self.action.triggered.connect(self._toggle)
        window.addAction(self.action)
        window.toolbar.addAction(self.action)
        window.view_menu.addSeparator()
        window.view_menu.addAction(self.action)
        # Keys that work only while presenting: disabled actions hold no shortcut.
        self.next_action = self._key_action("actionStoryNext", self.next)
        self.previous_action = self._key_action("actionStoryPrevious", self.previous)
        self.first_action = self._key_action("actionStoryFirst", lambda: self.go_to(0))
        self.last_action = self._key_action(
            "actionStoryLast", lambda: self.go_to(len(self._slide_ids) - 1)
        )
        self.leave_action = self._key_action("actionStoryLeave", self.leave)
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.full_screen_action = self._key_action("actionStoryFullScreen", self.toggle_full_screen)
        self.full_screen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.first_action.setShortcut(QKeySequence(Qt.Key.Key_Home))
        self.last_action.setShortcut(QKeySequence(Qt.Key.Key_End))
        self._map_arrow_keys()

    @property
    def slide(self) -> StorySlide:
        """The slide that presents one event (made with its stage the first time it is needed)."""
        return self._made_presentation()[0]

    @property
    def stage(self) -> Stage:
        """The slide above the timeline strip, which takes the window over while presenting."""
        return self._made_presentation()[1]

    def _made_presentation(self) -> tuple[StorySlide, Stage]:
        if self._presentation is None:
            from explorer.qt.story_slide import StorySlide
            from explorer.qt.story_stage import Stage

            slide = StorySlide()
            slide.previousRequested.connect(self.previous)
            slide.nextRequested.connect(self.next)
            slide.fullScreenRequested.connect(self.toggle_full_screen)
            slide.exitRequested.connect(self.leave)
            self._presentation = slide, Stage(slide, self._window)
        return self._presentation

    def _key_action(self, name: str, slot: object) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        action.setEnabled(False)
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def _map_arrow_keys(self) -> None:
        """Right is next, Left previous; mirrored in a right-to-left window, as reading goes."""
        forward, backward = Qt.Key.Key_Right, Qt.Key.Key_Left
        if self._window.isRightToLeft():
            forward, backward = backward, forward
        self.next_action.setShortcuts(
            [QKeySequence(key) for key in (forward, Qt.Key.Key_Space, Qt.Key.Key_PageDown)]
        )
        self.previous_action.setShortcuts(
            [QKeySequence(key) for key in (backward, Qt.Key.Key_PageUp)]
        )

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("&Present"))
        self.action.setIconText(self.tr("Present"))
        self.action.setToolTip(self.tr("Present the story one event at a time (F5)"))
        self.action.setStatusTip(self.tr("Present the story one event at a time"))
        self.next_action.setText(self.tr("Next Slide"))
        self.previous_action.setText(self.tr("Previous Slide"))
        self.first_action.setText(self.tr("First Slide"))
        self.last_action.setText(self.tr("Last Slide"))
        self.leave_action.setText(self.tr("Leave the Presentation"))
        self.full_screen_action.setText(self.tr("Full Screen"))

    # --- state --------------------------------------------------------------------------------

    @property
    def is_active(self) -> bool:
        return self._presenting

    @property
    def current_index(self) -> int:
        """The slide shown (0-based), or -1 when not presenting."""
        return self._index if self._presenting else -1

    @property
    def slide_ids(self) -> list[str]:
        """The event ids of the slides, in presentation order (worked out when first needed)."""
        if not self._slide_ids:
            self._slide_ids = self._story_order()
        return list(self._slide_ids)

    def _story_order(self) -> list[str]:
        store = self._window.event_model.store
        return story_order(self._window.dataset, store.events if store is not None else None)

    def _dataset_changed(self) -> None:
        """A new timeline: its slides are worked out when the user presents, not now (a big
        timeline would pay for ordering a million events it may never present)."""
        if self.is_active:
            self.leave()
        self._slide_ids = []
        self.action.setEnabled(bool(self._window.dataset.events))

    # --- entering and leaving -----------------------------------------------------------------

    def _toggle(self) -> None:
        if self.is_active:
            self.leave()
        else:
            self.enter()

    def enter(self, index: int = 0) -> bool:
        """Start presenting at slide ``index``; False when there is nothing to present."""
        if self.is_active:
            return True
        window = self._window
        self._slide_ids = self._story_order()
        if not self._slide_ids:
            self.action.setChecked(False)
            return False
        view = window.timeline_view
        current = window.current_event()
        self._return = _Return(
            current=current.id if current is not None else None,
            search=window.search_field.text(),
            visible_range=view.visible_range(),
            opening=view.opening_range(),
            fitting=view.is_fitting(),
        )
        self.stage.take_over(window, view)
        for action in self._key_actions():
            action.setEnabled(True)
        self._map_arrow_keys()
        self.action.setChecked(True)
        self._presenting = True
        self._index = -1
        self.go_to(min(max(index, 0), len(self._slide_ids) - 1), animate=False)
        self.slide.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def leave(self) -> None:
        """Stop presenting and take the user back where they were."""
        back = self._return
        if not self.is_active or back is None:
            return
        window = self._window
        view = window.timeline_view
        self.animation.stop()
        self._presenting = False
        self._index = -1
        self._return = None
        for action in self._key_actions():
            action.setEnabled(False)
        self.action.setChecked(False)
        # The focus comes back first: an item view given focus with no current event makes one.
        self.stage.give_back(window)
        if window.search_field.text() != back.search:
            window.search_field.setText(back.search)
        if back.current is not None:
            window.select_event(back.current)
        else:
            window.selection_model.clearSelection()
            window.selection_model.clearCurrentIndex()
        if back.opening is not None:
            view.set_opening_range(back.opening)
        elif back.fitting:
            view.fit_all()
        else:
            view.set_visible_range(*back.visible_range)

    def _key_actions(self) -> list[QAction]:
        return [
            self.next_action,
            self.previous_action,
            self.first_action,
            self.last_action,
            self.leave_action,
            self.full_screen_action,
        ]

    # --- moving through the story -------------------------------------------------------------

    def next(self) -> None:
        if self.is_active and self._index + 1 < len(self._slide_ids):
            self.go_to(self._index + 1)

    def previous(self) -> None:
        if self.is_active and self._index > 0:
            self.go_to(self._index - 1)

    def go_to(self, index: int, animate: bool = True) -> None:
        """Show slide ``index``: the slide, the current event everywhere, the strip moving to it."""
        if not self.is_active or not 0 <= index < len(self._slide_ids):
            return
        event = self._window.event_model.event_by_id(self._slide_ids[index])
        if event is None:
            return
        self._index = index
        start_range = self._window.timeline_view.visible_range()
        self._following = True
        try:
            self._window.select_event(event.id)
        finally:
            self._following = False
        self._show(event, index + 1)
        self._move_strip(start_range, slide_range(event), animate)

    def _refresh(self) -> None:
        shown = self.slide.shown_event
        if shown is not None:
            in_story = self._slide_ids[self._index] == shown.id
            self._show(shown, self._index + 1 if in_story else 0)

    def _show(self, event: Event, position: int) -> None:
        window = self._window
        lookup = window.event_model.event_by_id
        causes = [cause for cause in map(lookup, event.causes) if cause is not None]
        causes.sort(key=lambda cause: cause.start_time)
        self.slide.show_event(event, causes, window.language, position, len(self._slide_ids))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A click on the strip while presenting: that event's slide, or the event off the story."""
        if not self.is_active or self._following or not current.isValid():
            return
        event: Event | None = current.data(EventRole.EVENT)
        if event is None or event is self.slide.shown_event:
            return
        if event.id in self._slide_ids:
            self._index = self._slide_ids.index(event.id)
            self._show(event, self._index + 1)
        else:
            self._show(event, 0)

    def _move_strip(
        self, start: tuple[float, float], end: tuple[float, float], animate: bool
    ) -> None:
        """Animate the visible range; between stretches that do not overlap, zoom out to show both
        halfway, so the eye sees where the story moved."""
        self.animation.stop()
        if not animate or self.animation_duration <= 0:
            self._window.timeline_view.set_visible_range(*end)
            return
        self.animation.setDuration(self.animation_duration)
        keys = [(0.0, QPointF(*start)), (1.0, QPointF(*end))]
        overlap = min(start[1], end[1]) - max(start[0], end[0])
        if overlap <= 0:
            keys.insert(1, (0.5, QPointF(min(start[0], end[0]), max(start[1], end[1]))))
            self.animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        else:
            self.animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.animation.setKeyValues(keys)
        self.animation.start()

    def _animate_to(self, value: object) -> None:
        if isinstance(value, QPointF) and self.is_active:
            self._window.timeline_view.set_visible_range(value.x(), value.y())

    # --- full screen and the window's events --------------------------------------------------

    def toggle_full_screen(self) -> None:
        """Full screen on or off while presenting; leaving the presentation restores the state."""
        if not self.is_active:
            return
        window = self._window
        if window.isFullScreen():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)
        else:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            kind = event.type()
            if kind == QEvent.Type.LanguageChange:
                self.retranslate_ui()
                if self.is_active:  # the slide's data in the new language too
                    self._refresh()
            elif kind == QEvent.Type.LayoutDirectionChange:
                self._map_arrow_keys()
        return super().eventFilter(watched, event)


def install_story_mode(window: MainWindow) -> StoryMode:
    """Give ``window`` story mode: the Present action (F5) in its tool bar and View menu."""
    return StoryMode(window)

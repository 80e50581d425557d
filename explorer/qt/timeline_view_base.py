"""The state under the timeline view: its visible time range, the scroll over its lanes, its model.

:class:`TimelineViewBase` keeps the visible range in a plain
:class:`~explorer.core.timescale.TimeScale` (so tests check zoom without rendering) with the one
way to change it (zoom, pan, fit), lets the vertical scroll bar cover the lanes, and follows the
model's changes. :class:`~explorer.qt.timeline_view.TimelineView` adds the item-view contract,
painting, and the mouse and keyboard.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QMetaObject,
    QModelIndex,
    QObject,
    QPointF,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QWidget

from explorer.core import first_view
from explorer.core.overview import close_frame
from explorer.core.timeline_geometry import TimelineGeometry
from explorer.core.timescale import DAYS_PER_YEAR, TimeScale
from explorer.qt.event_model import LANGUAGE_ROLES
from explorer.qt.timeline_render import TimelinePainter

#: What :meth:`TimelineViewBase.set_opening_range` opens on without a range: the densest stretch.
DENSEST = None
_LANGUAGE_ROLES = {int(role) for role in LANGUAGE_ROLES}


class TimelineViewBase(QAbstractItemView):
    """An item view of events on a time scale that zooms, pans and fits, and re-reads its rows
    when the model changes; it fits (or keeps its opening range) until the user zooms or pans."""

    #: The visible range changed: start and end, in days since 1970-01-01.
    visibleRangeChanged = Signal(float, float)

    ZOOM_STEP = 1.25
    #: The widest view, in times the data's span: further out, the data would be a speck.
    MAX_ZOOM_OUT = 10.0
    #: Lanes beyond the height scroll vertically (the axis stays); more than this are hidden.
    MAX_LANES = 300
    #: The most selected events whose cause arrows are drawn at once.
    MAX_FOCUS = 20

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = TimeScale(mirrored=self.isRightToLeft())
        self._timeline = TimelinePainter(self.font())
        self._timeline.lane_limit = self.MAX_LANES
        self._auto_fit = True  # fit again on resize and model changes until the user zooms or pans
        self._needs_fit = True
        self._connections: list[QMetaObject.Connection] = []
        self._top_on_fit = False  # scroll to the first lane when the pending fit happens
        # The range the view opened on, kept (instead of fitting) until the user zooms, pans or
        # fits; ``_find_opening``: work it out from the rows, when there are rows.
        self._opening: tuple[float, float] | None = None
        self._find_opening = False
        # The pointer, for the view's hover highlight and drag to pan.
        self._press: QPointF | None = None
        self._last = QPointF()
        self._panning = False
        self._hover_pos: QPointF | None = None
        self._hover_row = -1
        #: Where Shift+arrow began extending the selection (a row), or -1.
        self._anchor_row = -1
        self._widest: tuple[TimelineGeometry | None, float] = (None, math.inf)

    # --- plain state ----------------------------------------------------------------------------

    @property
    def scale(self) -> TimeScale:
        """The time↔pixel mapping (read it; change it through the methods below)."""
        self._sync_scale()
        return self._scale

    def event_geometry(self) -> TimelineGeometry | None:
        """The events' times as the view reads them (arrays by row), or None without a model."""
        return self._timeline.geometry if self.model() is not None else None

    def visible_range(self) -> tuple[float, float]:
        return self.scale.visible_range

    def language(self) -> str:
        """The language of the axis labels: the view's locale."""
        return "ar" if self.locale().language() == QLocale.Language.Arabic else "en"

    def set_visible_range(self, start: float, end: float) -> None:
        """Show ``start`` … ``end`` (days), no wider than :meth:`widest_span` around its middle."""
        start, end = sorted((start, end))
        widest = self.widest_span()
        if end - start > widest:
            middle = (start + end) / 2
            start, end = middle - widest / 2, middle + widest / 2
        self._changed(self.scale.set_range(start, end), by_user=True)

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom by ``factor`` (> 1 zooms in) keeping the time at ``anchor_x`` (default: centre).

        Zooming in stops at an hour across the view (the scale's limit), zooming out at
        :meth:`widest_span`; a zoom past a limit goes as far as it can.
        """
        scale = self.scale
        if factor < 1 and scale.span / factor > self.widest_span():
            factor = min(1.0, scale.span / self.widest_span())
        self._changed(scale.zoom_by(factor, anchor_x), by_user=True)

    def widest_span(self) -> float:
        """The widest visible range, in days: :attr:`MAX_ZOOM_OUT` times the events' span (at
        least a year's worth), or unbounded without events."""
        if self.model() is None:
            return math.inf
        geometry = self._timeline.geometry
        if self._widest[0] is not geometry:  # once per change of rows: the ends are many
            extent = geometry.time_range()
            days = extent[1] - extent[0] if extent is not None else math.inf
            self._widest = (geometry, self.MAX_ZOOM_OUT * max(days, DAYS_PER_YEAR))
        return self._widest[1]

    def zoom_in(self) -> None:
        """Zoom in a step around the current event if it is in view, else around the centre."""
        self.zoom_by(self.ZOOM_STEP, self._current_event_x())

    def zoom_out(self) -> None:
        """Zoom out a step around the current event if it is in view, else around the centre."""
        self.zoom_by(1 / self.ZOOM_STEP, self._current_event_x())

    def _current_event_x(self) -> float | None:
        """Where the current event is, if it is in view: an instant's x, or the middle of the
        visible part of a span; None when there is no current event or it is out of view."""
        current = self.currentIndex()
        scale, geometry = self.scale, self._timeline.geometry
        row = current.row() if current.isValid() else -1
        if not 0 <= row < len(geometry):
            return None
        start = geometry.starts[row]
        end = start if geometry.instants[row] else geometry.ends[row]
        first, last = max(start, scale.start), min(end, scale.end)
        if first > last:
            return None
        return scale.x_for((first + last) / 2)

    def zoom_to_rows(self, rows: list[int]) -> bool:
        """Frame the events of ``rows`` closely: a span with a little room on either side, an
        instant in the middle of thirty times its precision (a day among a month of days).
        False when none of the rows is an event of the model."""
        geometry = self._timeline.geometry
        rows = [row for row in rows if 0 <= row < len(geometry)]
        if not rows:
            return False
        start = min(geometry.starts[row] for row in rows)
        end = max(geometry.ends[row] for row in rows)
        lone_instant = len(rows) == 1 and bool(geometry.instants[rows[0]])
        self.set_visible_range(*close_frame(start, end, lone_instant))
        return True

    def zoom_to_selection(self) -> bool:
        """Frame the selected events (or the current one) closely; False when there is none."""
        model = self.selectionModel()
        rows = sorted({index.row() for index in model.selectedRows()}) if model else []
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        if not self.zoom_to_rows(rows):
            return False
        self.scrollTo(self._row_index(rows[0]))
        return True

    def focus_rows(self) -> list[int]:
        """The selected rows whose cause links are drawn (the first few of a large selection)."""
        model = self.selectionModel()
        rows: list[int] = []
        for selected in model.selection().toList() if model is not None else []:
            rows.extend(range(selected.top(), min(selected.bottom() + 1, selected.top() + 20)))
            if len(rows) >= self.MAX_FOCUS:
                return rows[: self.MAX_FOCUS]
        return rows

    def extend_selection(self, later_on_screen_right: bool) -> None:
        """Make the event next to the current one (to the right when ``later_on_screen_right``,
        which is later in time unless mirrored) current, and select every event in time from
        the anchor (where the extending began) to it."""
        model, geometry = self.selectionModel(), self._timeline.geometry
        current = self.currentIndex()
        if model is None or not current.isValid() or not 0 <= current.row() < len(geometry):
            return
        index = geometry.index
        if not (0 <= self._anchor_row < len(geometry) and model.isRowSelected(self._anchor_row)):
            self._anchor_row = current.row()
        later = later_on_screen_right != self.isRightToLeft()
        rank = min(max(index.rank[current.row()] + (1 if later else -1), 0), len(index) - 1)
        low, high = sorted((index.rank[self._anchor_row], rank))
        rows = sorted(index.order[low : high + 1])
        selection = QItemSelection()
        first = previous = rows[0]
        for row in [*rows[1:], -2]:  # runs of consecutive rows as ranges
            if row != previous + 1:
                selection.select(self._row_index(first), self._row_index(previous))
                first = row
            previous = row
        flags = QItemSelectionModel.SelectionFlag
        model.setCurrentIndex(self._row_index(index.order[rank]), flags.NoUpdate)
        model.select(selection, flags.ClearAndSelect)

    def pan_by(self, dx: float) -> None:
        """Move the picture ``dx`` pixels to the right."""
        self._changed(self.scale.pan_by(dx), by_user=True)

    def is_fitting(self) -> bool:
        """Whether the view keeps every event in view (after Fit, until the user zooms or pans)."""
        return self._auto_fit

    def fit_all(self) -> None:
        """Zoom and pan so that every event (of the model, as filtered) is in view.

        The view keeps them all in view, through resizes and filtering, until the user zooms
        or pans.
        """
        self._end_opening()
        self._auto_fit = self._needs_fit = True
        self._scroll_to_top()
        self._sync_scale()

    def set_opening_range(self, days: tuple[float, float] | None = DENSEST) -> None:
        """Open on ``days`` (start and end, in days since 1970-01-01), or without a range on
        the densest stretch of the rows (see :func:`~explorer.core.first_view.opening_range`),
        which may be all of them.

        The view keeps the range through resizes and model changes, and says so in a note on
        the axis (:meth:`opening_note`), until the user zooms, pans or fits.
        """
        self._opening = days
        self._find_opening = days is None
        self._auto_fit = self._needs_fit = True
        self._top_on_fit = True
        self._show_note_line()
        self._sync_scale()

    def opening_range(self) -> tuple[float, float] | None:
        """The range the view opened on and still keeps, or None (fitting, or moved by the user)."""
        self._sync_scale()
        return self._opening

    def opening_note(self) -> str:
        """The note drawn on the axis while the view keeps its opening range, or ""."""
        opening = self.opening_range()
        if opening is None:
            return ""
        shown = first_view.range_label(*opening, language=self.language())
        text = QCoreApplication.translate("TimelineView", "Showing %1 · Fit (Ctrl+0) shows all")
        return text.replace("%1", shown)

    def _end_opening(self) -> None:
        if self._opening is not None or self._find_opening:
            self._opening, self._find_opening = None, False
            self._show_note_line()

    def _show_note_line(self) -> None:
        """Give the axis a second line for the note while there is an opening range (or one
        still to find), and take it away after."""
        shown = self._opening is not None or self._find_opening
        if shown != self._timeline.note_line:
            self._timeline.note_line = shown
            self._update_scroll_bar()
        self.viewport().update()

    def _apply_fit(self) -> bool:
        """Show the opening range if there is one, else fit every event; True if it moved."""
        geometry = self._timeline.geometry
        if self._find_opening:
            self._find_opening = False
            found = first_view.opening_range(geometry.starts, geometry.ends)
            self._opening = None if found.is_everything else (found.start, found.end)
            self._show_note_line()
        if self._opening is not None:
            geometry.forget_lanes()  # framed for the user, not zoomed by them: lay out afresh
            return self._scale.set_range(*self._opening)
        return geometry.fit(self._scale)

    def _scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(0)
        self._timeline.scroll_y = 0.0

    def _changed(self, changed: bool, by_user: bool = False) -> None:
        if by_user:
            self._auto_fit = self._needs_fit = False
            self._end_opening()
        if changed:
            self._update_scroll_bar()
            self.viewport().update()
            self.visibleRangeChanged.emit(self._scale.start, self._scale.end)

    def _update_scroll_bar(self) -> None:
        """Let the vertical scroll bar cover the lanes at the current zoom."""
        if self.model() is None:
            return
        height = self._height()
        # Lanes under the line of badges are counted in them: scrolling brings each above it.
        visible = self._timeline.lanes_shown_bottom(self._scale, height)
        content = self._timeline.content_height(self._scale, height)
        bar = self.verticalScrollBar()
        bar.setPageStep(max(1, int(visible)))
        bar.setSingleStep(int(self._timeline.metrics.lane_height))
        bar.setRange(0, max(0, math.ceil(content - visible)))
        self._timeline.scroll_y = bar.value()

    def _sync_scale(self) -> None:
        """Follow the viewport's width and the layout direction; fit if the view is fitting."""
        self._scale.mirrored = self.isRightToLeft()
        if self._scale.set_width(self.viewport().width()) and self._auto_fit:
            self._needs_fit = True
        model = self.model()
        if self._needs_fit and model is not None and model.rowCount(self.rootIndex()):
            self._needs_fit = False
            changed = self._apply_fit()
            if self._top_on_fit:
                self._top_on_fit = False
                self._scroll_to_top()
            self._changed(changed)

    def _height(self) -> float:
        return float(self.viewport().height())

    # --- the model --------------------------------------------------------------------------

    def setModel(self, model: QAbstractItemModel | None) -> None:
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections.clear()
        super().setModel(model)
        self._timeline.set_model(model)
        self._auto_fit = self._needs_fit = True
        self._end_opening()
        if model is not None:
            self._connections = [
                model.modelReset.connect(self._model_reset),
                model.rowsInserted.connect(self._model_changed),
                model.rowsRemoved.connect(self._model_changed),
                model.rowsMoved.connect(self._model_changed),
                model.layoutChanged.connect(self._model_changed),
                model.dataChanged.connect(self._data_changed),
            ]
        self.viewport().update()

    def _model_reset(self) -> None:
        """Another dataset: fit it (the window may then give the range to open on)."""
        self._model_changed()
        self._end_opening()
        self._auto_fit = self._needs_fit = True
        self._scroll_to_top()

    def _data_changed(self, _first: QModelIndex, _last: QModelIndex, roles: Any = ()) -> None:
        """A language switch changes only titles and dates: the rows stay, their labels are
        read again. Any other change reads the rows again."""
        if roles and {int(role) for role in roles} <= _LANGUAGE_ROLES:
            self._timeline.retitle()
            self.viewport().update()
        else:
            self._model_changed()

    def _model_changed(self, *_args: Any) -> None:
        """Forget the rows; they are read again, once, when next painted or asked about.

        A filter proxy may emit many row signals in a row, so nothing is read here. A fitted
        view fits the new rows and shows them from the first lane.
        """
        self._timeline.invalidate()
        self._needs_fit = self._top_on_fit = self._auto_fit
        self._hover_row = -1
        self.viewport().update()

    def _row_index(self, row: int) -> QModelIndex:
        model = self.model()
        if model is None or row < 0:
            return QModelIndex()
        return model.index(row, 0, self.rootIndex())

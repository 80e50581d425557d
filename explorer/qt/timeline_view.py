"""The zoomable timeline: a QAbstractItemView whose rows are events, painted with QPainter.

It shares selection, keyboard focus, ``visualRect``/``indexAt``, tooltips and accessibility with
every other item view (Qt's "Chart" example, PieView, shows the contract). Geometry lives in plain
objects: a :class:`~explorer.core.timescale.TimeScale` holds the visible range (so tests check
zoom without rendering), and :class:`~explorer.qt.timeline_render.TimelinePainter` lays the events
out in lanes and paints them, the same way as the picture exporters do. The view never filters:
it shows the rows of ``self.model()`` (usually a proxy) and re-reads them when they change.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QFocusEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QRegion,
)
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem, QWidget

from explorer.core.lanes import item_boxes
from explorer.qt.event_model import ModelIndex
from explorer.qt.timeline_colors import TimelineColors
from explorer.qt.timeline_input import TimelineInput
from explorer.qt.timeline_render import Frame


class TimelineView(TimelineInput):
    """Events on a zoomable, pannable time axis; instants as markers, spans as bars.

    The wheel zooms around the cursor, a left drag pans through time and scrolls the lanes (a
    click without movement selects), ``+``/``-`` zoom around the current event while it is in
    view, Left/Right go to the previous/next event in time (mirrored right to left), Home/End to
    the first/last; :class:`~explorer.qt.timeline_input.TimelineInput` has the rest (pinch,
    rubber band, cluster badges). Several events can be selected. The event under the mouse is
    highlighted and has the model's tooltip; the cursor is an open hand, closed while dragging;
    a frame shows keyboard focus. :meth:`fit_all` shows every event from the first lane; the
    view starts fitted and fits again after a model reset, unless given a range to open on
    (:meth:`set_opening_range`).
    """

    SCROLL_MARGIN = 48.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.WheelFocus)
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        self.viewport().setMouseTracking(True)
        self.retranslate_ui()

    def minimumSizeHint(self) -> QSize:
        """Room for a few lanes above the axis."""
        return QSize(160, 160)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Timeline"))
        self.setAccessibleDescription(
            self.tr(
                "Events in time order. Left and Right arrows go to the previous and next event "
                "(with Shift they extend the selection, with Ctrl they pan), plus and minus zoom. "
                "The mouse wheel zooms, Shift+wheel pans, dragging pans and Shift+dragging "
                "selects the events it covers."
            )
        )

    # --- the item-view contract -------------------------------------------------------------

    def indexAt(self, point: QPoint) -> QModelIndex:
        if self.model() is None:
            return QModelIndex()
        self._sync_scale()
        return self._row_index(
            self._timeline.row_at(self._scale, self._height(), point.x(), point.y())
        )

    def visualRect(self, index: ModelIndex) -> QRect:
        if not index.isValid() or self.model() is None or index.model() is not self.model():
            return QRect()
        self._sync_scale()
        return self._timeline.item_rect(self._scale, self._height(), index.row()).toAlignedRect()

    def scrollTo(
        self,
        index: ModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """Pan (never zoom) so that the event and its label are in view, or centre it if asked,
        and scroll to its lane. A fitted view shows every event already, so it only scrolls (and
        keeps fitting: this is also called while a filter changes the rows)."""
        if not index.isValid() or self.model() is None:
            return
        self._sync_scale()
        geometry = self._timeline.geometry
        row = index.row()
        if not 0 <= row < len(geometry):
            return
        start, end = geometry.starts[row], geometry.ends[row]
        if geometry.instants[row]:
            end = start
        pan, changed = not self._auto_fit, False
        in_view = self._scale.start <= end and start <= self._scale.end
        if self._opening is not None and not in_view:
            pan = True  # an event outside the opening range: go there (which ends the opening)
        centre = hint == QAbstractItemView.ScrollHint.PositionAtCenter
        if pan and centre:
            changed = self._scale.centre_on((start + end) / 2)
        elif pan:
            changed = self._scale.ensure_visible(start, end, self.SCROLL_MARGIN)
        layout = self._timeline.layout(self._scale, self._height())
        placement = layout.placement(row) if layout is not None else None
        if placement is not None:  # its label too, and its lane
            if pan and not centre:
                boxes = item_boxes(placement, self._scale, self._timeline.metrics)
                t0, t1 = sorted((self._scale.time_at(boxes.left), self._scale.time_at(boxes.right)))
                changed = self._scale.ensure_visible(t0, t1, margin=8) or changed
            self._update_scroll_bar()
            metrics, bar = self._timeline.metrics, self.verticalScrollBar()
            top = metrics.lane_top(placement.lane) - metrics.top
            bottom = metrics.lane_top(placement.lane + 1) + metrics.top
            visible = self._timeline.lanes_shown_bottom(self._scale, self._height())
            bar.setValue(int(min(max(bar.value(), bottom - visible), top)))
        self._changed(changed, by_user=changed)

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Left/Right: the previous/next event in time (swapped right to left); Home/End."""
        if self.model() is None:
            return QModelIndex()
        self._sync_scale()
        index = self._timeline.geometry.index
        count = len(index)
        if count == 0:
            return QModelIndex()
        action = QAbstractItemView.CursorAction
        current = self.currentIndex()
        if not current.isValid() or current.row() >= count:
            rank = index.rank_at(min(self._scale.start, self._scale.end))
            if cursorAction == action.MoveHome:
                rank = 0
            elif cursorAction == action.MoveEnd:
                rank = count - 1
            return self._row_index(index.order[min(rank, count - 1)])
        rank = index.rank[current.row()]
        forward, backward = action.MoveRight, action.MoveLeft
        if self.isRightToLeft():
            forward, backward = backward, forward
        steps = {
            forward: 1,
            backward: -1,
            action.MoveNext: 1,
            action.MovePrevious: -1,
            action.MoveDown: 1,
            action.MoveUp: -1,
            action.MovePageDown: 10,
            action.MovePageUp: -10,
            action.MoveHome: -count,
            action.MoveEnd: count,
        }
        rank = min(max(rank + steps.get(cursorAction, 0), 0), count - 1)
        return self._row_index(index.order[rank])

    def horizontalOffset(self) -> int:
        """0: the view pans through its time scale, not through scroll bars."""
        return 0

    def verticalOffset(self) -> int:
        return self.verticalScrollBar().value()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """The axis stays put while lanes scroll, so repaint rather than move pixels."""
        self._timeline.scroll_y = self.verticalScrollBar().value()
        self.viewport().update()

    def isIndexHidden(self, index: ModelIndex) -> bool:
        """Never: the model (a filter proxy) decides which events exist."""
        return False

    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:
        """Select the events drawn in ``rect``."""
        model = self.model()
        if model is None or self.selectionModel() is None:
            return
        self._sync_scale()
        area, height = QRectF(rect.normalized()), self._height()
        layout = self._timeline.layout(self._scale, height)
        t0, t1 = sorted((self._scale.time_at(area.left()), self._scale.time_at(area.right())))
        selection = QItemSelection()
        for placement in layout.items_in(t0, t1) if layout is not None else []:
            if self._timeline.item_rect(self._scale, height, placement.row).intersects(area):
                selection.select(self._row_index(placement.row), self._row_index(placement.row))
        self.selectionModel().select(selection, command)

    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:
        region = QRegion()
        for selected in selection.toList():
            if selected.bottom() - selected.top() > 1000:
                return QRegion(self.viewport().rect())
            for row in range(selected.top(), selected.bottom() + 1):
                region += self.visualRect(self._row_index(row))
        return region

    def updateGeometries(self) -> None:
        self._sync_scale()
        self._update_scroll_bar()
        super().updateGeometries()

    def currentChanged(self, current: ModelIndex, previous: ModelIndex) -> None:
        super().currentChanged(current, previous)
        self.viewport().update()

    def selectionChanged(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        super().selectionChanged(selected, deselected)
        if self.model() is not None and not selected.isEmpty():
            self._timeline.links.causes_of(-1)  # index the links now, not while painting
        self.viewport().update()

    # --- painting -----------------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.model() is not None:
            self._before_paint()
        return super().viewportEvent(event)

    def _before_paint(self) -> None:
        """Bring the view up to date for the frame about to be painted (as Qt's views run their
        delayed layout then): the scale (a pending fit, a new width), the scroll bar's range, and
        the event under the mouse, which a zoom or a scroll may have moved."""
        self._sync_scale()
        self._update_scroll_bar()
        if self._hover_pos is not None and self._press is None:
            self._hover_row = self._timeline.row_at(
                self._scale, self._height(), self._hover_pos.x(), self._hover_pos.y()
            )

    def frame(self, exposed: QRectF) -> Frame:
        """What a paint of ``exposed`` draws, read from the view as it stands."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        model = self.selectionModel()
        selection = model.selection().toList() if model is not None else []
        current = self.currentIndex()
        hovering = self._hover_pos is not None and self._press is None
        return Frame(
            float(self.viewport().width()),
            self._height(),
            exposed,
            self._scale,
            self.language(),
            TimelineColors.from_palette(option.palette),
            current_row=current.row() if current.isValid() else -1,
            selected=tuple((selected.top(), selected.bottom()) for selected in selection),
            has_focus=self.hasFocus(),
            hover_row=self._hover_row if hovering else -1,
            note=self.opening_note(),
            focus=tuple(self.focus_rows()),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint one :meth:`frame`; a paint changes nothing in the view."""
        if self.model() is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setClipRect(event.rect())
        frame = self.frame(QRectF(event.rect()))
        self._timeline.paint(painter, frame)
        if frame.has_focus:  # keyboard focus is visible on the whole timeline, not just an event
            painter.setClipping(False)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(QPen(frame.colors.highlight, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.viewport().rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.FontChange:
            self._timeline.set_font(self.font())
        elif kind == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        if kind in (
            QEvent.Type.LayoutDirectionChange,
            QEvent.Type.LocaleChange,
            QEvent.Type.FontChange,
            QEvent.Type.PaletteChange,
        ):
            self.viewport().update()
        super().changeEvent(event)

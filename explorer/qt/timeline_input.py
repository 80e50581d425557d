"""How the timeline answers the mouse, the trackpad and the keys.

:class:`TimelineInput` sits between the view's state (:class:`TimelineViewBase`) and the item
view (:class:`~explorer.qt.timeline_view.TimelineView`): the wheel zooms around the pointer (with
Shift, or sideways, it pans), a pinch zooms, a drag pans, a Shift+drag pulls a rubber band that
selects the events it covers, a click selects (with Ctrl, toggles), a click on a cluster's count
zooms into it, a double-click frames an event; ``+``/``-`` zoom, Ctrl+arrows pan, Shift+arrows
extend the selection in time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QNativeGestureEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from explorer.core.clusters import zoom_range
from explorer.qt.timeline_clusters import Badge, badge_tooltip
from explorer.qt.timeline_gestures import RubberBand, pinch_factor
from explorer.qt.timeline_view_base import TimelineViewBase


class TimelineInput(TimelineViewBase):
    """The mouse, trackpad and keyboard of the timeline view (see the module's docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rubber_band = RubberBand(self.viewport())

    def cluster_badges(self) -> list[Badge]:
        """The badges drawn where events have no room on screen ("+37"), in view coordinates."""
        if self.model() is None:
            return []
        self._sync_scale()
        return self._timeline.badges(self._scale, self._height())

    def zoom_into_cluster_at(self, position: QPointF) -> bool:
        """Zoom into the cluster whose badge is at ``position``; False when there is none."""
        badge = self.badge_at(position)
        if badge is None:
            return False
        self.set_visible_range(*zoom_range(badge.cluster, self._scale.span))
        return True

    def hovered_index(self) -> QModelIndex:
        """The event under the mouse, drawn highlighted; invalid when there is none."""
        if self._hover_pos is None or self._press is not None:
            return QModelIndex()
        return self.indexAt(self._hover_pos.toPoint())

    def _hover_at(self, position: QPointF | None) -> None:
        """Follow the mouse: repaint the event it left and the one it entered."""
        self._hover_pos = position
        row = self.hovered_index().row() if position is not None else -1
        if row != self._hover_row:
            for old_or_new in (self._hover_row, row):
                rect = self.visualRect(self._row_index(old_or_new))
                if not rect.isEmpty():
                    self.viewport().update(rect.adjusted(-6, -4, 6, 4))
            self._hover_row = row

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave:
            self._hover_at(None)
        factor = pinch_factor(event)
        if factor is not None and isinstance(event, QNativeGestureEvent):
            self.zoom_by(factor, event.position().x())
            event.accept()
            return True
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            badge = self.badge_at(QPointF(event.pos()))
            if badge is not None:
                QToolTip.showText(event.globalPos(), badge_tooltip(badge.cluster.count), self)
                return True
        return super().viewportEvent(event)

    def badge_at(self, position: QPointF) -> Badge | None:
        """The cluster badge at ``position`` in the viewport, if there is one."""
        if self.model() is None:
            return None
        scale, height = self.scale, self._height()
        return self._timeline.badge_at(scale, height, position.x(), position.y())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._rubber_band.begin(event.position())  # Shift+drag: select what it covers
            event.accept()
            return
        self._press = self._last = event.position()
        self._panning = False
        self._hover_at(None)
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)  # what a drag does: grab
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        if self._rubber_band.active:
            self._rubber_band.move(position)
            event.accept()
            return
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            self._hover_at(position)
            super().mouseMoveEvent(event)
            return
        if not self._panning:
            moved = (position - self._press).manhattanLength()
            if moved < QApplication.startDragDistance():
                return
            self._panning = True
        delta, self._last = position - self._last, position
        if delta.y():  # the lanes follow the hand too
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() - round(delta.y()))
        if delta.x():
            self.pan_by(delta.x())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._rubber_band.active:
            self._select_pulled(self._rubber_band.finish(event.position()), event)
            return
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        clicked = not self._panning
        self._press = None
        self._panning = False
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        event.accept()
        if clicked and self.zoom_into_cluster_at(event.position()):
            return
        if clicked:
            index = self.indexAt(event.position().toPoint())
            if index.isValid() and self.selectionModel() is not None:
                self.selectionModel().setCurrentIndex(index, self._click_command(event))
                self.clicked.emit(index)
        self._hover_at(event.position())

    @staticmethod
    def _click_command(event: QMouseEvent) -> QItemSelectionModel.SelectionFlag:
        """A click selects the event alone; with Ctrl it adds it to the selection or takes it
        out (Shift+drag pulls a rubber band instead)."""
        flags = QItemSelectionModel.SelectionFlag
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return flags.Toggle
        return flags.ClearAndSelect

    def _select_pulled(self, rect: QRect | None, event: QMouseEvent) -> None:
        """Select the events in a pulled rubber band (added to the selection with Ctrl), the
        first of them in time current; a Shift+click without pulling selects the event under
        it as a click does."""
        event.accept()
        model = self.selectionModel()
        if model is None:
            return
        flags = QItemSelectionModel.SelectionFlag
        if rect is None:
            index = self.indexAt(event.position().toPoint())
            if index.isValid():
                model.setCurrentIndex(index, flags.ClearAndSelect)
            return
        adding = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self.setSelection(rect, flags.Select if adding else flags.ClearAndSelect)
        rows = [index.row() for index in model.selectedRows()]
        if rows:
            rank = self._timeline.geometry.index.rank
            first = min(rows, key=lambda row: rank[row])
            model.setCurrentIndex(self._row_index(first), flags.NoUpdate)
            self._anchor_row = first

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """On an event: select it, frame it closely and emit ``activated`` (and
        ``doubleClicked``); elsewhere a second press, like the first."""
        self.mousePressEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.indexAt(event.position().toPoint())
        if not index.isValid() or self.selectionModel() is None:
            return
        self._press = None  # the release that follows is not a click on what is then under it
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.zoom_to_rows([index.row()])
        self.scrollTo(index)
        self.doubleClicked.emit(index)
        self.activated.emit(index)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Vertical wheel: zoom around the cursor; Shift+wheel and a horizontal wheel: pan."""
        delta = event.angleDelta()
        shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if delta.y() and not shifted:
            self.zoom_by(self.ZOOM_STEP ** (delta.y() / 120), event.position().x())
        elif delta.x() or delta.y():
            self.pan_by((delta.x() or delta.y()) / 120 * self.viewport().width() / 10)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """``+``/``-`` zoom, Ctrl+Left/Right pan a tenth of the width, Shift+Left/Right extend
        the selection to the previous/next event in time; the rest as any item view."""
        key, modifiers = event.key(), event.modifiers()
        arrow = 1 if key == Qt.Key.Key_Left else -1 if key == Qt.Key.Key_Right else 0
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif arrow and modifiers & Qt.KeyboardModifier.ControlModifier:
            self.pan_by(arrow * self.viewport().width() / 10)
        elif arrow and modifiers & Qt.KeyboardModifier.ShiftModifier:
            self.extend_selection(key == Qt.Key.Key_Right)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

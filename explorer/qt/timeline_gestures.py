"""The timeline's gestures besides click, wheel and drag: a rubber band and a trackpad pinch.

:class:`RubberBand` draws the band a Shift+drag pulls over the events (Qt's own
:class:`~PySide6.QtWidgets.QRubberBand`, so it looks as the platform's does) and gives the rectangle
to select; :func:`pinch_factor` reads a trackpad's pinch as a zoom factor.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QNativeGestureEvent
from PySide6.QtWidgets import QApplication, QRubberBand, QWidget


class RubberBand:
    """A rectangle pulled from a press to the pointer over ``widget``; shown once it is
    larger than a drag's start distance."""

    def __init__(self, widget: QWidget) -> None:
        self._widget = widget
        self._band: QRubberBand | None = None
        self._origin: QPoint | None = None

    @property
    def active(self) -> bool:
        """Whether a band is being pulled (from a press until its release)."""
        return self._origin is not None

    def begin(self, position: QPointF) -> None:
        self._origin = position.toPoint()

    def move(self, position: QPointF) -> None:
        if self._origin is None:
            return
        rect = self._rect_to(position.toPoint())
        if self._band is None:
            if (position.toPoint() - self._origin).manhattanLength() < (
                QApplication.startDragDistance()
            ):
                return
            self._band = QRubberBand(QRubberBand.Shape.Rectangle, self._widget)
        self._band.setGeometry(rect)
        self._band.show()

    def finish(self, position: QPointF) -> QRect | None:
        """End the band: the rectangle pulled, or None when it never grew (a Shift+click)."""
        pulled = self._band is not None
        rect = self._rect_to(position.toPoint()) if self._origin is not None else QRect()
        self._origin = None
        if self._band is not None:
            self._band.hide()
            self._band.deleteLater()
            self._band = None
        return rect if pulled else None

    def _rect_to(self, position: QPoint) -> QRect:
        origin = self._origin or position
        return QRect(origin, position).normalized() | QRect(position, QSize(1, 1))


def pinch_factor(event: QEvent) -> float | None:
    """The zoom factor of a trackpad pinch (> 1 spreads the fingers: zoom in), else None."""
    if event.type() != QEvent.Type.NativeGesture or not isinstance(event, QNativeGestureEvent):
        return None
    if event.gestureType() != Qt.NativeGestureType.ZoomNativeGesture:
        return None
    factor = 1.0 + event.value()
    return factor if factor > 0 else None

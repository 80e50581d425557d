"""The overview strip under the timeline: the whole dataset as a density band, the visible range
as a frame, so nobody gets lost however far they zoom in.

A click centres the timeline there, dragging the frame pans, dragging one of its edges zooms and
the wheel zooms. A few date labels (years, for most datasets) under the band say when is where.
Time runs right to left in a right-to-left layout, as on the timeline. The counts
(:func:`~explorer.core.overview.bucket_counts`) and the labels are worked out once per dataset or
filter change and per resize, never while painting.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QAbstractItemModel, QEvent, QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from explorer.core.overview import Grip, bucket_counts, close_frame, dragged_range
from explorer.core.ticks import axis_ticks
from explorer.core.timescale import TimeScale
from explorer.qt.timeline_colors import TimelineColors, mix
from explorer.qt.timeline_view import TimelineView

#: Pixels from a frame edge within which a press takes the edge (zoom) instead of the frame.
EDGE_GRIP = 5.0
#: Pixels per bucket of the density band.
BUCKET_PX = 2
#: Pixels kept between two date labels under the band, so there are only a few.
LABEL_GAP = 72.0


class OverviewStrip(QWidget):
    """The whole timeline of ``view``'s model in a thin strip, with the view's range framed,
    and a line of date labels under it."""

    #: The height of the density band; the labels' line is under it.
    HEIGHT = 30

    def __init__(self, view: TimelineView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewStrip")
        self._view = view
        self._scale = TimeScale(mirrored=self.isRightToLeft())
        self._bars: list[QRect] = []
        self._labels: list[tuple[float, str]] = []  # x of the label's left, text
        self._has_events = False
        self._grip: Grip | None = None
        self._press_time = 0.0
        self._press_range = (0.0, 0.0)
        self._refresh = QTimer(self)  # model signals come in bursts: count once after them
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self.recount)
        self._model: QAbstractItemModel | None = None
        self.setMouseTracking(True)
        self.setFixedHeight(self.HEIGHT + self._label_line())
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        view.visibleRangeChanged.connect(self.update)
        self._watch_model()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Overview of the whole timeline"))
        self.setToolTip(
            self.tr(
                "The whole timeline, with the part in view framed. Click to go there, drag the "
                "frame to move, drag its edges or use the wheel to zoom."
            )
        )

    def sizeHint(self) -> QSize:
        return QSize(400, self.HEIGHT + self._label_line())

    def _label_line(self) -> int:
        return round(QFontMetricsF(self.font()).height() + 3)

    def labels(self) -> list[tuple[float, str]]:
        """The date labels under the band: where each begins (x) and its text."""
        return list(self._labels)

    def _watch_model(self) -> None:
        model = self._view.model()
        if model is self._model:
            return
        self._model = model
        if model is not None:
            for signal in (
                model.modelReset,
                model.rowsInserted,
                model.rowsRemoved,
                model.layoutChanged,
            ):
                signal.connect(self._refresh.start)
        self._refresh.start()

    # --- the counts, once per change --------------------------------------------------------

    def recount(self) -> None:
        """Count the events per bucket again (the model or the width changed)."""
        self._watch_model()
        self._scale.mirrored = self.isRightToLeft()
        self._scale.set_width(max(1, self.width()))
        geometry = self._view.event_geometry()
        extent = geometry.time_range() if geometry is not None else None
        self._has_events = extent is not None
        self._bars = []
        self._labels = []
        if geometry is None or extent is None:
            self.update()
            return
        first, last = extent
        if len(geometry) == 1:  # as the view frames it when it is found or chosen
            first, last = close_frame(first, last, bool(geometry.instants[0]))
        elif last - first < 1.0:
            first, last = first - 1.0, last + 1.0
        self._scale.fit(first, last, 4.0, 4.0)
        left, right = sorted((self._scale.x_for(first), self._scale.x_for(last)))
        buckets = max(1, math.ceil((right - left) / BUCKET_PX))
        counts = bucket_counts(geometry.starts, first, last, buckets)
        if self._scale.mirrored:
            counts.reverse()
        peak = math.log1p(max(counts, default=0)) or 1.0
        room = self.HEIGHT - 8
        self._bars = [
            QRect(round(left) + i * BUCKET_PX, self.HEIGHT - 4 - bar, BUCKET_PX, bar)
            for i, count in enumerate(counts)
            if count and (bar := max(2, round(room * math.log1p(count) / peak)))
        ]
        self._labels = self._date_labels()
        self.update()

    def _date_labels(self) -> list[tuple[float, str]]:
        """A few labels of the axis ticks over the whole strip, in the timeline's language."""
        metrics = QFontMetricsF(self.font())
        start, end = sorted((self._scale.time_at(0), self._scale.time_at(self.width())))
        ticks = axis_ticks(
            start, end, self.width(), metrics.horizontalAdvance, self._view.language(), LABEL_GAP
        )
        return [
            (self._scale.x_for(tick.time) - metrics.horizontalAdvance(tick.label) / 2, tick.label)
            for tick in ticks.major
            if tick.label
        ]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh.start()

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind in (
            QEvent.Type.LayoutDirectionChange,
            QEvent.Type.LocaleChange,
            QEvent.Type.FontChange,
        ):
            if kind == QEvent.Type.FontChange:
                self.setFixedHeight(self.HEIGHT + self._label_line())
            self._refresh.start()
        elif kind == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._refresh.start()
        elif kind == QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)

    # --- painting ---------------------------------------------------------------------------

    def frame_rect(self) -> QRectF:
        """Where the visible range is framed, at least a few pixels wide."""
        start, end = self._view.visible_range()
        left, right = sorted((self._scale.x_for(start), self._scale.x_for(end)))
        if right - left < 6:
            middle = (left + right) / 2
            left, right = middle - 3, middle + 3
        return QRectF(left, 1.5, right - left, self.HEIGHT - 3)

    def paintEvent(self, event: QPaintEvent) -> None:
        colors = TimelineColors.from_palette(self.palette())
        painter = QPainter(self)
        painter.fillRect(self.rect(), colors.axis_band)
        painter.setPen(QPen(colors.grid, 1))
        painter.drawLine(0, 0, self.width(), 0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.density)
        painter.drawRects(self._bars)
        if self._labels:
            painter.setPen(colors.muted)
            baseline = self.HEIGHT + QFontMetricsF(self.font()).ascent()
            for left, text in self._labels:
                painter.drawText(QPointF(left, baseline), text)
        if self._has_events:
            frame = self.frame_rect()
            shade = mix(colors.text, colors.base, 0.08)
            shade.setAlphaF(0.55)
            painter.fillRect(QRectF(0, 1, frame.left(), self.HEIGHT - 1), shade)
            painter.fillRect(
                QRectF(frame.right(), 1, self.width() - frame.right(), self.HEIGHT - 1), shade
            )
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(frame, 3, 3)
        painter.end()

    # --- mouse --------------------------------------------------------------------------------

    def _grip_at(self, x: float) -> Grip | None:
        """The frame's edge (in time: its start or end) or the frame under ``x``, or None."""
        frame = self.frame_rect()
        near_left, near_right = abs(x - frame.left()), abs(x - frame.right())
        if min(near_left, near_right) <= EDGE_GRIP and frame.width() > 2 * EDGE_GRIP:
            at_left = near_left <= near_right
            return Grip.START if at_left != self._scale.mirrored else Grip.END
        if frame.left() <= x <= frame.right():
            return Grip.FRAME
        return None

    def _cursor_for(self, grip: Grip | None) -> Qt.CursorShape:
        if grip in (Grip.START, Grip.END):
            return Qt.CursorShape.SizeHorCursor
        if grip is Grip.FRAME:
            return Qt.CursorShape.OpenHandCursor
        return Qt.CursorShape.PointingHandCursor

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._has_events:
            super().mousePressEvent(event)
            return
        x = event.position().x()
        grip = self._grip_at(x)
        if grip is None:  # elsewhere: go there, and keep holding the frame
            self.centre_on(self._scale.time_at(x))
            grip = Grip.FRAME
        self._grip = grip
        self._press_time = self._scale.time_at(x)
        self._press_range = self._view.visible_range()
        if grip is Grip.FRAME:
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x = event.position().x()
        if self._grip is None:
            self.setCursor(self._cursor_for(self._grip_at(x)))
            return
        moved = self._scale.time_at(x) - self._press_time
        start, end = self._press_range
        shortest = self._scale.days_per_pixel * 4  # an edge never crosses the other
        self._view.set_visible_range(*dragged_range(self._grip, start, end, moved, shortest))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._grip is not None and event.button() == Qt.MouseButton.LeftButton:
            self._grip = None
            self.setCursor(self._cursor_for(self._grip_at(event.position().x())))
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Zoom the timeline around the time under the pointer (as far as it is in view)."""
        steps = event.angleDelta().y() / 120
        if steps and self._has_events:
            scale = self._view.scale
            anchor = scale.x_for(self._scale.time_at(event.position().x()))
            anchor = min(max(anchor, 0.0), scale.width)
            self._view.zoom_by(self._view.ZOOM_STEP**steps, anchor)
        event.accept()

    def centre_on(self, time: float) -> None:
        """Show ``time`` in the middle of the timeline, at the same zoom."""
        start, end = self._view.visible_range()
        half = (end - start) / 2
        self._view.set_visible_range(time - half, time + half)

    def time_at(self, x: float) -> float:
        """The time at ``x`` on the strip (for tests and tools)."""
        return self._scale.time_at(x)

    def x_for(self, time: float) -> float:
        return self._scale.x_for(time)

    def bar_count(self) -> int:
        """How many density bars are drawn (the buckets with events)."""
        return len(self._bars)

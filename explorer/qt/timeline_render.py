"""Drawing the timeline with QPainter: one painter class for the view and for pictures.

:class:`TimelinePainter` reads a model's events through its roles into compact arrays (once per
model change, in :meth:`TimelinePainter._collect`), lays them out with the plain geometry of
:mod:`explorer.core.lanes` and paints what meets the exposed rectangle: lanes of markers and bars
with their labels, gridlines and a labelled time axis, or a density histogram when too many events
are in view. :class:`~explorer.qt.timeline_view.TimelineView` paints with it on screen;
:func:`paint_timeline` fits and paints the same picture into any QPainter (image, SVG, PDF).
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import NamedTuple

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF

from explorer.core.lanes import LaneLayout, LaneMetrics, Placement, TimelineGeometry, item_boxes
from explorer.core.ticks import AxisTicks, axis_ticks
from explorer.core.timescale import TimeScale
from explorer.qt.event_model import EventRole
from explorer.qt.fonts import app_font, load_bundled_fonts
from explorer.qt.style import ACCENT, KIND_COLORS

KINDS: tuple[str, ...] = ("event", "treaty", "cause", "period")
_KIND_CODES = {kind: code for code, kind in enumerate(KINDS)}


def _mix(color: QColor, base: QColor, amount: float) -> QColor:
    """``amount`` of ``color`` over ``base``, opaque (so gridlines don't show through bars)."""
    return QColor.fromRgbF(
        base.redF() + (color.redF() - base.redF()) * amount,
        base.greenF() + (color.greenF() - base.greenF()) * amount,
        base.blueF() + (color.blueF() - base.blueF()) * amount,
    )


@dataclass(frozen=True, slots=True)
class TimelineColors:
    """The colours of everything but the event kinds: text, grid, axis, density, highlight."""

    text: QColor
    muted: QColor
    grid: QColor
    grid_minor: QColor
    axis: QColor
    axis_band: QColor
    density: QColor
    highlight: QColor
    highlighted_text: QColor
    base: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> TimelineColors:
        role = QPalette.ColorRole
        text, base = palette.color(role.Text), palette.color(role.Base)
        density = _mix(KIND_COLORS["event"], base, 0.55)
        return cls(
            text=text,
            muted=_mix(text, base, 0.62),
            grid=_mix(text, base, 0.11),
            grid_minor=_mix(text, base, 0.05),
            axis=_mix(text, base, 0.3),
            axis_band=_mix(text, base, 0.03),
            density=density,
            highlight=palette.color(role.Highlight),
            highlighted_text=palette.color(role.HighlightedText),
            base=base,
        )

    @classmethod
    def light(cls) -> TimelineColors:
        """The colours of exported pictures: dark text on white, the app's accent."""
        palette = QPalette()
        for role, color in (
            (QPalette.ColorRole.Text, QColor("#111827")),
            (QPalette.ColorRole.Base, QColor("#fff")),
            (QPalette.ColorRole.Highlight, ACCENT),
            (QPalette.ColorRole.HighlightedText, "#fff"),
        ):
            palette.setColor(role, QColor(color))
        return cls.from_palette(palette)


class Bands(NamedTuple):
    """The vertical layout of a timeline: lanes above, then a density strip, then the axis."""

    lanes_bottom: float
    strip_top: float
    axis_top: float


class TimelinePainter:
    """The events of a model, their layout for a scale and a height, and how to paint them.

    ``lane_limit`` None fits the lanes to the height (pictures); a view that scrolls vertically
    sets a large limit and ``scroll_y``, the content's offset (the axis stays at the bottom).
    """

    def __init__(self, font: QFont | None = None) -> None:
        self.lane_limit: int | None = None
        self.scroll_y = 0.0
        self._model: QAbstractItemModel | None = None
        self._geometry: TimelineGeometry | None = None
        self._titles: list[str | None] = []
        self._widths = array("d")
        self._kinds = array("b")
        self._text_widths: dict[str, float] = {}
        self._elided: dict[tuple[int, int], str] = {}
        self.set_font(font or QFont())

    def set_font(self, font: QFont) -> None:
        """Use ``font`` for labels; the sizes of lanes and markers follow it."""
        self._font = QFont(font)
        self._fm = QFontMetricsF(self._font)
        self.metrics = LaneMetrics.for_text(self._fm.height(), self._fm.averageCharWidth())
        self._text_widths.clear()
        self._elided.clear()
        self._widths = array("d", [-1.0]) * len(self._titles)
        if self._geometry is not None:
            self._geometry.metrics = self.metrics
            self._geometry.invalidate()

    def set_model(self, model: QAbstractItemModel | None) -> None:
        self._model = model
        self.invalidate()

    def invalidate(self) -> None:
        """Forget everything read from the model; the next use reads it again."""
        self._geometry = None
        self._elided.clear()

    @property
    def geometry(self) -> TimelineGeometry:
        if self._geometry is None:
            self._geometry = self._collect()
        return self._geometry

    def _collect(self) -> TimelineGeometry:
        """Read start, end, kind and instant-ness of every row into arrays, once per change.

        The event under ``EventRole.EVENT`` is read when the model has it (one call per row);
        other models are read through the time roles.
        """
        starts, ends, instants, kinds = array("d"), array("d"), array("b"), array("b")
        model = self._model
        rows = model.rowCount() if model is not None else 0
        if model is not None:
            index, data = model.index, model.data
            for row in range(rows):
                item = index(row, 0)
                event = data(item, EventRole.EVENT)
                if event is not None:
                    start, end = event.start_time, event.end_time
                    kind, instant = event.kind, event.end is None
                else:
                    start = float(data(item, EventRole.START_TIME) or 0.0)
                    end = max(start, float(data(item, EventRole.END_TIME) or start))
                    kind, instant = data(item, EventRole.KIND), not data(item, EventRole.END)
                starts.append(start)
                ends.append(end)
                instants.append(instant)
                kinds.append(_KIND_CODES.get(kind, 0))
        self._titles = [None] * rows
        self._widths = array("d", [-1.0]) * rows
        self._kinds = kinds
        return TimelineGeometry(starts, ends, instants, self.label_width, self.metrics)

    def title(self, row: int) -> str:
        title = self._titles[row]
        if title is None and self._model is not None:
            title = str(self._model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) or "")
            self._titles[row] = title
        return title or ""

    def label_width(self, row: int) -> float:
        """The width of a row's title in pixels, measured the first time it is needed."""
        width = self._widths[row]
        if width < 0:
            width = self._widths[row] = math.ceil(self._fm.horizontalAdvance(self.title(row)))
        return width

    def measure(self, text: str) -> float:
        width = self._text_widths.get(text)
        if width is None:
            width = self._text_widths[text] = self._fm.horizontalAdvance(text)
        return width

    # --- geometry -----------------------------------------------------------------------------

    def bands(self, height: float) -> Bands:
        """Lanes down to just above the axis; the strip of hidden events, when there are any,
        covers the bottom of the lanes."""
        axis_top = height - math.ceil(self._fm.height() + 10)
        return Bands(axis_top - 2, axis_top - 8, axis_top)

    def max_lanes(self, height: float) -> int:
        """The lane limit, or as many lanes as fit above the strip of hidden events."""
        if self.lane_limit is not None:
            return self.lane_limit
        m = self.metrics
        return max(1, int((self.bands(height).strip_top - m.top) // m.lane_height))

    def content_height(self, scale: TimeScale, height: float) -> float:
        """How tall the lanes are, from the top of the first to below the last."""
        layout = self.layout(scale, height)
        lanes = layout.lane_count if layout is not None else 0
        return self.metrics.lane_top(lanes) + self.metrics.top

    def spread_lanes(self, scale: TimeScale, height: float, most: float = 1.5) -> None:
        """Space the lanes out over ``height``, up to ``most`` times as far apart as the font's
        metrics: a picture has no scroll bar to save room for. The layout stays the same."""
        layout = self.layout(scale, height)
        if layout is None or not layout.lane_count:
            return
        m = self.metrics
        room = self.bands(height).strip_top - 2 * m.top
        lane_height = math.floor(min(room / layout.lane_count, m.lane_height * most))
        if lane_height > m.lane_height:
            self.metrics = replace(m, lane_height=lane_height)
            self.geometry.metrics = self.metrics
            self.geometry.invalidate()

    def layout(self, scale: TimeScale, height: float) -> LaneLayout | None:
        """The lanes at this scale and height, or None when the view shows density instead."""
        return self.geometry.layout_for(scale, self.max_lanes(height))

    def row_at(self, scale: TimeScale, height: float, x: float, y: float) -> int:
        """The row drawn at (x, y), or -1."""
        layout = self.layout(scale, height)
        if layout is None or y > self.bands(height).lanes_bottom:
            return -1
        placement = layout.item_at(self.metrics.lane_at(y + self.scroll_y), scale.time_at(x))
        if placement is None:
            return -1
        boxes = item_boxes(placement, scale, self.metrics)
        return placement.row if boxes.left - 1 <= x <= boxes.right + 1 else -1

    def item_rect(self, scale: TimeScale, height: float, row: int) -> QRectF:
        """Where a row is drawn (mark and label), or an empty rectangle if it isn't."""
        layout = self.layout(scale, height)
        placement = layout.placement(row) if layout is not None else None
        if placement is None:
            return QRectF()
        boxes = item_boxes(placement, scale, self.metrics)
        top = self.metrics.bar_top(placement.lane) - self.scroll_y
        return QRectF(boxes.left, top, boxes.right - boxes.left, self.metrics.bar_height)

    # --- painting -----------------------------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        width: float,
        height: float,
        exposed: QRectF,
        scale: TimeScale,
        language: str,
        colors: TimelineColors,
        current_row: int = -1,
        is_selected: Callable[[int], bool] = lambda row: False,
        has_focus: bool = False,
        hover_row: int = -1,
    ) -> None:
        """Paint what meets ``exposed`` of a ``width`` × ``height`` timeline at ``scale``.

        ``current_row`` gets the axis mark and, with ``has_focus`` and unselected, a focus ring;
        rows for which ``is_selected`` holds are drawn in the highlight colour; ``hover_row``
        (the event under the mouse) gets a tinted background.
        """
        painter.setFont(self._font)
        bands = self.bands(height)
        ticks = axis_ticks(scale.start, scale.end, width, self.measure, language)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for times, color in (
            (ticks.minor, colors.grid_minor),
            ([t.time for t in ticks.major], colors.grid),
        ):
            painter.setPen(QPen(color, 1))
            painter.drawLines(_rules(scale, times, 0, bands.axis_top))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout = self.layout(scale, height)
        if layout is None:
            self._paint_density(painter, scale, bands, colors, full=True)
        else:
            t0, t1 = sorted((scale.time_at(exposed.left() - 1), scale.time_at(exposed.right() + 1)))
            painter.save()
            lanes_area = QRectF(0, 0, width, bands.lanes_bottom)
            painter.setClipRect(lanes_area, Qt.ClipOperation.IntersectClip)
            painter.translate(0, -self.scroll_y)
            area = exposed.translated(0, self.scroll_y)
            lanes = range(self.metrics.lane_at(area.top()), self.metrics.lane_at(area.bottom()) + 1)
            self._paint_items(
                painter,
                layout.items_in(t0, t1, lanes),
                scale,
                area,
                colors,
                _ItemState(current_row, is_selected, has_focus, hover_row),
            )
            painter.restore()
            if layout.hidden:
                self._paint_density(painter, scale, bands, colors, full=False)
        starts = self.geometry.starts
        current = starts[current_row] if 0 <= current_row < len(starts) else None
        self._paint_axis(painter, scale, ticks, bands.axis_top, height, colors, current)

    def _paint_axis(
        self,
        painter: QPainter,
        scale: TimeScale,
        ticks: AxisTicks,
        top: float,
        height: float,
        colors: TimelineColors,
        current: float | None,
    ) -> None:
        """The axis band: a baseline, minor and major ticks, labels, the current event's mark."""
        width = scale.width
        top = math.floor(top)
        painter.fillRect(QRectF(0, top, width, height - top), colors.axis_band)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(colors.axis, 1))
        painter.drawLine(QLineF(0, top + 0.5, width, top + 0.5))
        for times, length in ((ticks.minor, 3), ([t.time for t in ticks.major], 5)):
            painter.drawLines(_rules(scale, times, top, top + length))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(colors.text)
        baseline = top + 6 + self._fm.ascent()
        for tick in ticks.major:
            if tick.label:
                left = scale.x_for(tick.time) - self.measure(tick.label) / 2
                painter.drawText(QPointF(left, baseline), tick.label)
        if current is not None:
            x = scale.x_for(current)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.highlight)
            painter.drawPolygon(
                QPolygonF([QPointF(x, top + 1), QPointF(x - 5, top + 7), QPointF(x + 5, top + 7)])
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_density(
        self, painter: QPainter, scale: TimeScale, bands: Bands, colors: TimelineColors, full: bool
    ) -> None:
        """Events per column: a histogram over the lanes (``full``) or a strip above the axis."""
        bin_px = 3 if full else 2
        counts = self.geometry.density(scale, 0.0, scale.width, bin_px)
        top = round(self.metrics.top + self._fm.height() + 12 if full else bands.strip_top)
        bottom = round(bands.lanes_bottom if full else bands.axis_top - 2)
        peak = math.log1p(max(counts, default=0)) or 1.0
        rects = [  # whole pixels without antialiasing: a thousand bars in well under a millisecond
            QRect(column * bin_px, bottom - bar, bin_px - 1, bar)
            for column, count in enumerate(counts)
            if count and (bar := max(2, round((bottom - top) * math.log1p(count) / peak)))
        ]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.density if full else _mix(colors.muted, colors.base, 0.45))
        painter.drawRects(rects)
        painter.restore()
        if full:
            total = sum(counts)
            text = QCoreApplication.translate(
                "TimelinePainter", "%n event(s) in view — zoom in to see them", "", total
            ).replace(str(total), f"{total:,}")
            left = scale.width - 12 - self.measure(text) if scale.mirrored else 12.0
            painter.setPen(colors.muted)
            painter.drawText(QPointF(left, self.metrics.top + self._fm.ascent()), text)

    def _label_text(self, row: int, width: float) -> str:
        """The row's title, elided to ``width`` pixels when it is wider."""
        title = self.title(row)
        if self.label_width(row) <= width + 0.5:
            return title
        key = (row, int(width))
        text = self._elided.get(key)
        if text is None:
            text = self._elided[key] = self._fm.elidedText(
                title, Qt.TextElideMode.ElideRight, width
            )
        return text

    def _paint_items(
        self,
        painter: QPainter,
        placements: list[Placement],
        scale: TimeScale,
        exposed: QRectF,
        colors: TimelineColors,
        state: _ItemState,
    ) -> None:
        """Diamonds for instants, rounded bars for spans, their labels beside or inside them.

        Marks are drawn a colour at a time, then the labels, so the painter changes state a few
        times per frame, not per event. A label is drawn against its mark: after it in time, or
        before it (``label_before``). A selected event sits on a chip of the highlight colour
        (a bar with its label inside is filled with it instead).
        """
        m = self.metrics
        bar_height, radius, pad = m.bar_height, m.marker_radius, m.inside_padding
        text_shift = self._fm.capHeight() / 2  # caps centred on the bar: optically centred
        # by kind, then selected bars with their labels inside, then selected marks on chips
        marks: list[list[tuple[Placement, float, float, float]]] = [[] for _ in range(6)]
        labels: list[tuple[float, float, str, bool]] = []
        chips: list[QRectF] = []
        hover = ring = None
        for placement in placements:
            row, top = placement.row, m.bar_top(placement.lane)
            if top > exposed.bottom() or top + bar_height < exposed.top():
                continue
            boxes, centre = item_boxes(placement, scale, m), top + bar_height / 2
            selected = state.is_selected(row)
            on_chip = selected and not placement.label_inside
            style = (5 if on_chip else 4) if selected else self._kinds[row]
            marks[style].append((placement, boxes.mark_left, boxes.mark_right, centre))
            chip_left, chip_right = boxes.mark_left, boxes.mark_right
            left, right = boxes.label_left, boxes.label_right
            if placement.label_inside:  # keep the label of a long bar in view
                left, right = max(left, pad), min(right, scale.width - pad)
            if right - left >= 12:
                text = self._label_text(row, right - left)
                text_width = self.measure(text)
                if scale.mirrored != placement.label_before:  # against the mark, on its right
                    left = right - text_width
                labels.append((left, centre, text, selected))
                chip_left, chip_right = min(chip_left, left), max(chip_right, left + text_width)
            if on_chip:
                chips.append(
                    QRectF(chip_left - 4, top - 1, chip_right - chip_left + 8, bar_height + 2)
                )
            if row == state.hover_row or (row == state.current_row and state.has_focus):
                item = QRectF(boxes.left, top, boxes.right - boxes.left, bar_height)
                if row == state.hover_row:
                    hover = item.adjusted(-5, -1.5, 5, 1.5)
                if row == state.current_row and state.has_focus and not selected:
                    ring = item.adjusted(-4, -1.5, 4, 1.5)
        if hover is not None:
            painter.setPen(QPen(_mix(colors.highlight, colors.base, 0.3), 1))
            painter.setBrush(_mix(colors.highlight, colors.base, 0.1))
            painter.drawRoundedRect(hover, 5, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.highlight)
        for chip in chips:
            painter.drawRoundedRect(chip, 5, 5)
        styles = [(KIND_COLORS[k], _mix(KIND_COLORS[k], colors.base, 0.16)) for k in KINDS]
        styles.append((colors.highlight, colors.highlight))
        styles.append((colors.highlighted_text, colors.highlight))
        for (color, tint), group in zip(styles, marks, strict=True):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            for p, left, right, y in group:
                if p.instant:
                    x = (left + right) / 2
                    painter.drawConvexPolygon(
                        QPolygonF(
                            [
                                QPointF(x, y - radius),
                                QPointF(x + radius, y),
                                QPointF(x, y + radius),
                                QPointF(x - radius, y),
                            ]
                        )
                    )
            painter.setPen(QPen(color, 1))
            painter.setBrush(tint)
            for p, left, right, y in group:
                if not p.instant:
                    corner = min(4.0, (right - left) / 2)
                    bar = QRectF(
                        left + 0.5, y - bar_height / 2 + 0.5, right - left - 1, bar_height - 1
                    )
                    painter.drawRoundedRect(bar, corner, corner)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for pen, chosen in ((colors.text, False), (colors.highlighted_text, True)):
            painter.setPen(pen)
            for left, centre, text, selected in labels:
                if selected is chosen:
                    painter.drawText(QPointF(left, centre + text_shift), text)
        if ring is not None:
            painter.setPen(QPen(colors.highlight, 1.5))
            painter.drawRoundedRect(ring, 5, 5)


class _ItemState(NamedTuple):
    """Which rows are drawn differently: the current one, the selected ones, the hovered one."""

    current_row: int
    is_selected: Callable[[int], bool]
    has_focus: bool
    hover_row: int


def _rules(scale: TimeScale, times: list[float], top: float, bottom: float) -> list[QLineF]:
    """Vertical lines at ``times`` on pixel centres: crisp, and quick to draw unantialiased."""
    xs = (math.floor(scale.x_for(t)) + 0.5 for t in times)
    return [QLineF(x, top, x, bottom) for x in xs]


def paint_timeline(
    painter: QPainter,
    rect: QRect | QRectF,
    model: QAbstractItemModel,
    language: str,
    selected_event_id: str | None = None,
) -> None:
    """Fit the model's events into ``rect`` and paint them as the timeline view shows them.

    Arabic runs right to left. Nothing outside ``rect`` is touched; no title is drawn.
    """
    load_bundled_fonts()
    area = QRectF(rect)
    font = app_font(10)
    font.setPixelSize(13)  # the same size on screens, images, SVG and PDF alike
    timeline = TimelinePainter(font)
    timeline.set_model(model)
    scale = TimeScale(width=area.width(), mirrored=language == "ar")
    timeline.geometry.fit(scale)
    timeline.spread_lanes(scale, area.height())
    selected = -1
    if selected_event_id is not None:
        for row in range(model.rowCount()):
            if model.index(row, 0).data(EventRole.EVENT_ID) == selected_event_id:
                selected = row
                break
    painter.save()
    painter.translate(area.topLeft())
    painter.setClipRect(QRectF(0, 0, area.width(), area.height()))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    timeline.paint(
        painter,
        area.width(),
        area.height(),
        QRectF(0, 0, area.width(), area.height()),
        scale,
        language,
        TimelineColors.light(),
        selected,
        lambda row: row == selected,
    )
    painter.restore()

"""Drawing the timeline with QPainter: one painter class for the view and for pictures.

:class:`TimelinePainter` paints a model's events, read and laid out by its base class
:class:`~explorer.qt.timeline_rows.TimelineRows`, where they meet the exposed rectangle: lanes of
markers and bars with their labels, gridlines and a labelled time axis, or a density histogram
when too many events are in view. :class:`~explorer.qt.timeline_view.TimelineView` paints with it
on screen; :func:`paint_timeline` fits and paints the same picture into any QPainter (image, SVG,
PDF).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from explorer.core.bidi import isolated_line
from explorer.core.lanes import LaneLayout, Placement, item_boxes
from explorer.core.ticks import AxisTicks, axis_ticks
from explorer.core.timescale import TimeScale
from explorer.qt.event_model import EventRole
from explorer.qt.fonts import app_font, load_bundled_fonts
from explorer.qt.i18n import with_grouped_count
from explorer.qt.timeline_arrows import paint_arrows, paint_edge_titles, plan_arrows
from explorer.qt.timeline_clusters import Badge, first_lane_below, lay_out_badges, paint_badges
from explorer.qt.timeline_colors import TimelineColors, mark_styles, mix
from explorer.qt.timeline_eras import paint_era_bands, paint_era_titles
from explorer.qt.timeline_rows import Bands, TimelineRows
from explorer.qt.timeline_sprites import diamond_shape


@dataclass(frozen=True, slots=True)
class Frame:
    """All one frame is painted from: a ``width`` × ``height`` timeline at ``scale``, of which the
    ``exposed`` rectangle is painted, in ``language`` and ``colors``.

    ``current_row`` gets the axis mark and, with ``has_focus`` and unselected, a focus ring; the
    rows of the ``selected`` ranges (first and last row, inclusive) are drawn in the highlight
    colour; ``hover_row`` (the event under the mouse) gets a tinted background. A ``note`` (what
    the view shows, when it is not everything) is written under the axis labels, if the painter's
    ``note_line`` is set. The links of the ``focus`` rows (the selected events) are drawn as arrows
    from their causes and to what they led to, and the events not linked to them are dimmed.
    """

    width: float
    height: float
    exposed: QRectF
    scale: TimeScale
    language: str
    colors: TimelineColors
    current_row: int = -1
    selected: tuple[tuple[int, int], ...] = ()
    has_focus: bool = False
    hover_row: int = -1
    note: str = ""
    focus: tuple[int, ...] = ()

    def is_selected(self, row: int) -> bool:
        return any(first <= row <= last for first, last in self.selected)


class TimelinePainter(TimelineRows):
    """How to paint the events of a model, laid out for a scale and a height."""

    def paint(self, painter: QPainter, frame: Frame) -> None:
        """Paint ``frame``: what meets its exposed rectangle of the timeline it describes."""
        width, height, exposed, scale = frame.width, frame.height, frame.exposed, frame.scale
        language, colors, current_row, focus = (
            frame.language,
            frame.colors,
            frame.current_row,
            frame.focus,
        )
        painter.setFont(self._font)
        bands = self.bands(height)
        ticks = axis_ticks(scale.start, scale.end, width, self.measure, language)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        layout = self.layout(scale, height)  # reads the rows (and the eras) when they changed
        if self.eras:
            paint_era_bands(painter, self.eras, scale, bands.axis_top, colors)
        for times, color in (
            (ticks.minor, colors.grid_minor),
            ([t.time for t in ticks.major], colors.grid),
        ):
            _paint_rules(painter, _rules(scale, times, 0, bands.axis_top), color)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if layout is None:
            self._paint_density(painter, scale, bands, colors, full=True)
        else:
            t0, t1 = sorted((scale.time_at(exposed.left() - 1), scale.time_at(exposed.right() + 1)))
            painter.save()
            lanes_area = QRectF(0, 0, width, self.lanes_drawn_bottom(scale, height))
            painter.setClipRect(lanes_area, Qt.ClipOperation.IntersectClip)
            painter.translate(0, -self.scroll_y)
            area = exposed.translated(0, self.scroll_y)
            lanes = range(self.metrics.lane_at(area.top()), self.metrics.lane_at(area.bottom()) + 1)
            pairs = self.links.pairs(focus) if focus else []
            visible = QRectF(0, self.scroll_y, width, bands.lanes_bottom)
            plan = plan_arrows(
                pairs, layout, scale, self.metrics, visible, self.geometry.starts, self.title
            )
            paint_arrows(painter, plan, colors, scale.mirrored)
            linked = {row for pair in pairs for row in pair} if pairs else None
            self._paint_items(
                painter,
                layout.items_in(t0, t1, lanes),
                scale,
                area,
                colors,
                _ItemState(
                    current_row, frame.is_selected, frame.has_focus, frame.hover_row, linked
                ),
            )
            paint_edge_titles(painter, plan, colors, self._fm, width)
            painter.restore()
            if layout.hidden:
                self._paint_density(painter, scale, bands, colors, full=False)
            paint_badges(painter, self.badges(scale, height), self._fm, colors)
        if self.eras:
            paint_era_titles(painter, self.eras, scale, self._fm, language, colors)
        starts = self.geometry.starts
        current = starts[current_row] if 0 <= current_row < len(starts) else None
        self._paint_axis(painter, scale, ticks, bands.axis_top, height, colors, current)
        if frame.note and self.note_line:
            self._paint_note(painter, frame.note, scale, bands.axis_top, colors)

    def badges(self, scale: TimeScale, height: float) -> list[Badge]:
        """The counts of the events with no room on screen at this scale, height and scroll,
        gathered in clusters (none when the view shows density instead of lanes)."""
        layout = self.layout(scale, height)
        if layout is None:
            return []
        bottom = self._badges_bottom(layout, self.bands(height))
        key: tuple[object, ...] = (layout, scale.start, scale.span, scale.width, scale.mirrored)
        key += (bottom, self.scroll_y)
        if key != self._badges_key:
            shown_to = self._badge_line(bottom) + self.scroll_y
            items = self._overflow.items(layout, self.geometry, scale, shown_to)
            self._badges = lay_out_badges(items, self._fm, bottom, scale.width)
            self._badges_key = key
        return self._badges

    def lanes_drawn_bottom(self, scale: TimeScale, height: float) -> float:
        """The y where drawing the lanes stops. With badges, the lanes whose bars reach below
        the badges' line are counted in them: drawn, they would run under them (scrolling down
        shows them), and a lane the line cuts is left out whole, not as specks of its top."""
        if not self.badges(scale, height):
            return self.bands(height).lanes_bottom
        line = self.lanes_shown_bottom(scale, height) + self.scroll_y
        return self.metrics.lane_top(first_lane_below(self.metrics, line)) - self.scroll_y

    def lanes_shown_bottom(self, scale: TimeScale, height: float) -> float:
        """The badges' line: lanes above it are shown whole, those below are counted."""
        return self._badge_line(self._badges_bottom(self.layout(scale, height), self.bands(height)))

    @staticmethod
    def _badges_bottom(layout: LaneLayout | None, bands: Bands) -> float:
        """Where the badges stand: on the strip of hidden events when there is one."""
        return (bands.strip_top if layout is not None and layout.hidden else bands.lanes_bottom) - 1

    def _badge_line(self, bottom: float) -> float:
        """The y above the badges drawn with their feet at ``bottom``."""
        return bottom - self._fm.height() - 2

    def badge_at(self, scale: TimeScale, height: float, x: float, y: float) -> Badge | None:
        """The badge drawn at (x, y), if any."""
        for badge in self.badges(scale, height):
            if badge.rect.adjusted(-2, -2, 2, 2).contains(QPointF(x, y)):
                return badge
        return None

    def _paint_note(
        self,
        painter: QPainter,
        note: str,
        scale: TimeScale,
        axis_top: float,
        colors: TimelineColors,
    ) -> None:
        """``note`` on the axis's second line (see ``note_line``), under the labels, from the
        side where reading starts (the right when mirrored)."""
        baseline = math.floor(axis_top) + 6 + self._fm.ascent() + self._fm.height() + 2
        left = scale.width - 8 - self.measure(note) if scale.mirrored else 8.0
        painter.setPen(colors.muted)
        painter.drawText(QPointF(left, baseline), note)

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
            _paint_rules(painter, _rules(scale, times, top, top + length), colors.axis)
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
        painter.setBrush(colors.density if full else mix(colors.muted, colors.base, 0.45))
        painter.drawRects(rects)
        painter.restore()
        if full:
            total = sum(counts)
            text = with_grouped_count(
                QCoreApplication.translate(
                    "TimelinePainter", "%n event(s) in view — zoom in to see them", "", total
                ),
                total,
            )
            left = scale.width - 12 - self.measure(text) if scale.mirrored else 12.0
            painter.setPen(colors.muted)
            painter.drawText(QPointF(left, self.metrics.top + self._fm.ascent()), text)

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
        # Mark groups (see mark_styles): by kind or category, then selected bars with their
        # labels inside, then selected marks on chips, then by kind or category again, dimmed
        # (not linked to the selected events, while their links are drawn).
        palette = len(self.mark_palette)
        marks: list[list[tuple[Placement, float, float, float]]] = [
            [] for _ in range(2 * palette + 2)
        ]
        labels: list[tuple[float, float, str, int]] = []  # 0 plain, 1 selected, 2 dimmed
        hatched: list[tuple[int, float, float, float]] = []  # imprecise dates: style, extent
        chips: list[QRectF] = []
        hover = ring = None
        for placement in placements:
            row, top = placement.row, m.bar_top(placement.lane)
            if top > exposed.bottom() or top + bar_height < exposed.top():
                continue
            boxes, centre = item_boxes(placement, scale, m), top + bar_height / 2
            selected = state.is_selected(row)
            on_chip = selected and not placement.label_inside
            dimmed = not selected and state.linked is not None and row not in state.linked
            style = self._kinds[row] + (palette + 2 if dimmed else 0)
            if selected:
                style = palette + 1 if on_chip else palette
            if self._imprecise[row] and not selected:
                hatched.append((style, boxes.mark_left, boxes.mark_right, centre))
            else:
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
                labels.append((left, centre, text, 1 if selected else 2 if dimmed else 0))
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
            painter.setPen(QPen(mix(colors.highlight, colors.base, 0.3), 1))
            painter.setBrush(mix(colors.highlight, colors.base, 0.1))
            painter.drawRoundedRect(hover, 5, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.highlight)
        for chip in chips:
            painter.drawRoundedRect(chip, 5, 5)
        styles = mark_styles(self.mark_palette, colors)
        self._paint_hatched(painter, hatched, styles, colors)
        ratio = painter.device().devicePixelRatioF()
        sprites = self.sprites if self.fast_drawing else None
        for (color, tint), group in zip(styles, marks, strict=True):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            diamond = sprites.diamond(color, radius, ratio) if sprites and group else None
            for p, left, right, y in group:
                if not p.instant:
                    continue
                x = (left + right) / 2
                if diamond is not None:
                    painter.drawPixmap(QPointF(x - radius - 1, y - radius - 1), diamond)
                    continue
                painter.drawConvexPolygon(diamond_shape(x, y, radius))
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
        pens = (colors.text, colors.highlighted_text, mix(colors.text, colors.base, 0.4))
        rtl = painter.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for chosen, pen in enumerate(pens):
            painter.setPen(pen)
            for left, centre, title, kind_of_label in labels:
                if kind_of_label != chosen:
                    continue
                text = isolated_line(title, rtl)
                if self.fast_drawing:
                    static, ascent = self.sprites.text(text, rtl)
                    painter.drawStaticText(QPointF(left, centre + text_shift - ascent), static)
                else:
                    painter.drawText(QPointF(left, centre + text_shift), text)
        if ring is not None:
            painter.setPen(QPen(colors.highlight, 1.5))
            painter.drawRoundedRect(ring, 5, 5)

    def _paint_hatched(
        self,
        painter: QPainter,
        hatched: list[tuple[int, float, float, float]],
        styles: list[tuple[QColor, QColor]],
        colors: TimelineColors,
    ) -> None:
        """Dates known only to the month or the year: faded, hatched, with a dashed outline,
        over all the time they may be."""
        height = self.metrics.bar_height
        for style, left, right, y in hatched:
            color = styles[style][0]
            bar = QRectF(left + 0.5, y - height / 2 + 0.5, right - left - 1, height - 1)
            corner = min(4.0, (right - left) / 2)
            painter.setPen(QPen(mix(color, colors.base, 0.7), 1, Qt.PenStyle.DashLine))
            painter.setBrush(mix(color, colors.base, 0.06))
            painter.drawRoundedRect(bar, corner, corner)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(mix(color, colors.base, 0.35), Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(bar, corner, corner)


class _ItemState(NamedTuple):
    """Which rows are drawn differently: the current one, the selected ones, the hovered one,
    and the ones not ``linked`` to the selected ones (dimmed)."""

    current_row: int
    is_selected: Callable[[int], bool]
    has_focus: bool
    hover_row: int
    linked: Collection[int] | None = None  # rows linked to the selected ones; others dimmed


def _rules(scale: TimeScale, times: list[float], top: float, bottom: float) -> list[QRect]:
    """Vertical lines at ``times``, a pixel wide: crisp, and quick to fill as rectangles."""
    top_px, length = math.floor(top), max(1, math.ceil(bottom - top))
    return [QRect(math.floor(scale.x_for(t)), top_px, 1, length) for t in times]


def _paint_rules(painter: QPainter, rules: list[QRect], color: QColor) -> None:
    """Fill ``rules`` in ``color``: whole-pixel rectangles fill several times faster than lines."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRects(rules)
    painter.restore()


def paint_timeline(
    painter: QPainter,
    rect: QRect | QRectF,
    model: QAbstractItemModel,
    language: str,
    selected_event_id: str | None = None,
    time_range: tuple[float, float] | None = None,
) -> None:
    """Fit the model's events into ``rect`` and paint them as the timeline view shows them.

    ``time_range`` (days) shows that range instead of fitting the events. Arabic runs right to
    left. Nothing outside ``rect`` is touched; no title is drawn.
    """
    load_bundled_fonts()
    area = QRectF(rect)
    font = app_font(10)
    font.setPixelSize(13)  # the same size on screens, images, SVG and PDF alike
    timeline = TimelinePainter(font)
    timeline.fast_drawing = False  # SVG and PDF keep their labels as text, their marks as shapes
    timeline.set_model(model)
    scale = TimeScale(width=area.width(), mirrored=language == "ar")
    if time_range is None:
        timeline.geometry.fit(scale)
    else:
        scale.set_range(*time_range)
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
    frame = Frame(
        area.width(),
        area.height(),
        QRectF(0, 0, area.width(), area.height()),
        scale,
        language,
        TimelineColors.light(),
        current_row=selected,
        selected=((selected, selected),) if selected >= 0 else (),
    )
    timeline.paint(painter, frame)
    painter.restore()

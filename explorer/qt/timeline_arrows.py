"""Painting cause arrows on the timeline: from the selected event's causes to it, and on to what
it led to, under the markers and in the selection colour.

The geometry (which rows, where the ends go, how an arrow bends) is plain
:mod:`explorer.core.cause_arrows`; this module turns it into QPainter paths. An event outside the
view is drawn as an arrow to the edge of the view on its side in time, with its title there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from explorer.core.bidi import isolated_line
from explorer.core.cause_arrows import Anchor, arrow_between, edge_anchor, head_points
from explorer.core.lanes import LaneLayout, LaneMetrics, item_boxes
from explorer.core.timescale import TimeScale
from explorer.qt.timeline_colors import TimelineColors, mix

#: The widest an off-view event's title is written at the edge, in pixels.
EDGE_TITLE_WIDTH = 220.0


class ArrowPlan(NamedTuple):
    """The arrows of a frame, in content coordinates, and the titles written at the edges."""

    arrows: list[tuple[Anchor, Anchor]]
    edge_titles: list[Anchor]


def plan_arrows(
    pairs: list[tuple[int, int]],
    layout: LaneLayout,
    scale: TimeScale,
    metrics: LaneMetrics,
    area: QRectF,
    starts: Sequence[float],
    title: Callable[[int], str],
) -> ArrowPlan:
    """Where each (cause, effect) arrow goes: between marks in view, or to the edge of the view
    (``area``, in content coordinates) for an event outside it, stacked a lane apart."""
    anchors: dict[int, Anchor] = {}
    offs: dict[int, tuple[bool, str]] = {}
    width = scale.width
    for row in {row for pair in pairs for row in pair}:
        placement = layout.placement(row)
        if placement is not None:
            boxes = item_boxes(placement, scale, metrics)
            top = metrics.bar_top(placement.lane)
            centre = top + metrics.bar_height / 2
            on_screen = boxes.mark_right >= 0 and boxes.mark_left <= width
            if on_screen:
                anchors[row] = Anchor(boxes.mark_left, boxes.mark_right, centre)
                continue
        offs[row] = (starts[row] < scale.start, title(row))
    low, high = area.top() + metrics.lane_height, area.bottom() - metrics.lane_height / 2
    stacked: dict[bool, int] = {}
    arrows: list[tuple[Anchor, Anchor]] = []
    edge_titles: list[Anchor] = []
    for cause, effect in pairs:
        near = anchors.get(effect if cause in offs else cause)
        far_row = cause if cause in offs else effect if effect in offs else -1
        if far_row >= 0:
            if near is None:  # both outside the view: nothing to point from
                continue
            before, text = offs[far_row]
            count = stacked[before] = stacked.get(before, -1) + 1
            base = min(max(near.y, low), max(low, high))
            towards = -1 if base > (low + high) / 2 else 1  # stack towards the middle
            y = base + towards * count * metrics.lane_height
            edge = edge_anchor(before, scale.mirrored, width, y, text)
            edge_titles.append(edge)
            arrows.append((edge, near) if far_row == cause else (near, edge))
        elif cause in anchors and effect in anchors:
            arrows.append((anchors[cause], anchors[effect]))
    return ArrowPlan(arrows, edge_titles)


def paint_arrows(
    painter: QPainter,
    plan: ArrowPlan,
    colors: TimelineColors,
    mirrored: bool = False,
    head_size: float = 7.0,
) -> None:
    """The curves and their heads, in the highlight colour; drawn before the marks."""
    if not plan.arrows:
        return
    color = colors.highlight
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(color, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    heads: list[QPolygonF] = []
    for source, target in plan.arrows:
        arrow = arrow_between(source, target, mirrored=mirrored)
        path = QPainterPath(QPointF(*arrow.start))
        path.quadTo(QPointF(*arrow.control), QPointF(*arrow.end))
        painter.drawPath(path)
        heads.append(QPolygonF([QPointF(*p) for p in head_points(arrow, head_size)]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    for head in heads:
        painter.drawConvexPolygon(head)
    painter.restore()


def paint_edge_titles(
    painter: QPainter,
    plan: ArrowPlan,
    colors: TimelineColors,
    metrics: QFontMetricsF,
    width: float,
) -> None:
    """The title of each event outside the view, on a chip just inside the edge it is beyond."""
    if not plan.edge_titles:
        return
    painter.save()
    for anchor in plan.edge_titles:
        text = metrics.elidedText(anchor.title, Qt.TextElideMode.ElideRight, EDGE_TITLE_WIDTH)
        text_width = metrics.horizontalAdvance(text)
        at_left = anchor.left <= 0
        left = 10.0 if at_left else width - 10.0 - text_width
        top = anchor.y - metrics.height() - 5
        chip = QRectF(left - 4, top, text_width + 8, metrics.height() + 2)
        painter.setPen(QPen(mix(colors.highlight, colors.base, 0.6), 1))
        painter.setBrush(mix(colors.highlight, colors.base, 0.1))
        painter.drawRoundedRect(chip, 4, 4)
        painter.setPen(colors.text)
        rtl = painter.layoutDirection() == Qt.LayoutDirection.RightToLeft
        painter.drawText(QPointF(left, top + 1 + metrics.ascent()), isolated_line(text, rtl))
    painter.restore()

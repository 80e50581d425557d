"""Counts of the events a timeline has no room to show, as badges ("+37") along its lanes' foot.

Where more events share a stretch of the view than there are lanes on screen for them, the
events left over (laid out in lanes scrolled out of view, or in no lane at all) are gathered
into :class:`~explorer.core.clusters.Cluster` s; each is drawn as a badge with its count under
the lanes, where a click zooms into it (:func:`~explorer.core.clusters.zoom_range`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from explorer.core.clusters import Cluster, gather_clusters
from explorer.core.lanes import LaneLayout, LaneMetrics
from explorer.core.timeline_geometry import TimelineGeometry
from explorer.core.timescale import TimeScale
from explorer.qt.timeline_colors import TimelineColors, mix


@dataclass(frozen=True, slots=True)
class Badge:
    """A cluster's badge: where it is drawn and what it says."""

    rect: QRectF
    text: str
    cluster: Cluster


def first_lane_below(metrics: LaneMetrics, shown_to: float) -> int:
    """The first lane whose bars reach below ``shown_to`` (a y in the lanes' content)."""
    lane = max(0, metrics.lane_at(shown_to) - 1)
    while lane > 0 and metrics.bar_top(lane - 1) + metrics.bar_height > shown_to:
        lane -= 1
    while metrics.bar_top(lane) + metrics.bar_height <= shown_to:
        lane += 1
    return lane


class Overflow:
    """Which events of a layout have no room on screen, kept per layout and lanes' foot, and
    where they are at a scale: a few numpy passes a frame, whatever their number."""

    def __init__(self) -> None:
        self._key: tuple[object, ...] = ()
        self._below = np.empty(0, dtype=np.int64)

    def items(
        self,
        layout: LaneLayout,
        geometry: TimelineGeometry,
        scale: TimeScale,
        lanes_shown_to: float,
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        """The x, start and end of the events in view drawn in no lane, or in lanes below
        ``lanes_shown_to`` (the content's y of the lanes' foot on screen): what badges count."""
        first_below = first_lane_below(geometry.metrics, lanes_shown_to)
        key = (layout, first_below)
        if key != self._key:
            below = [p.row for lane in layout.lanes[first_below:] for p in lane]
            self._below = np.array(below, dtype=np.int64)
            self._key = key
        start, end = scale.start, scale.end
        rows = self._below
        if layout.hidden:
            in_view = geometry.index.items_in(start, end)
            hidden = [row for row in in_view if layout.placement(row) is None]
            rows = np.concatenate((rows, np.array(hidden, dtype=np.int64)))
        starts = np.asarray(geometry.starts, dtype=np.float64)[rows]
        ends = np.asarray(geometry.ends, dtype=np.float64)[rows]
        shown = (ends >= start) & (starts <= end)
        starts, ends = starts[shown], ends[shown]
        xs = (np.clip(starts, start, end) - start) * (scale.width / scale.span)
        if scale.mirrored:
            xs = scale.width - xs
        return xs, starts, ends


def badge_text(count: int) -> str:
    """ "+37": how many more events there are (left to right in either language, as a number)."""
    text = QCoreApplication.translate("TimelinePainter", "+%1").replace("%1", f"{count:,}")
    return f"\u200e{text}"  # a left-to-right mark: the sign stays before the number in Arabic


def badge_tooltip(count: int) -> str:
    """What a badge's tooltip says: how many events are left over, and what a click does."""
    text = QCoreApplication.translate(
        "TimelineView", "%n more event(s) here: click to zoom in", "", count
    )
    return text.replace(str(count), f"{count:,}")


def lay_out_badges(
    items: tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], npt.NDArray[np.float64]],
    fm: QFontMetricsF,
    bottom: float,
    width: float,
) -> list[Badge]:
    """The badges of ``items`` (see :meth:`Overflow.items`), their feet at ``bottom``, within
    the ``width``: clusters are a widest badge apart, so badges never overlap."""
    reach = fm.horizontalAdvance(badge_text(88_888)) + 14
    height = round(fm.height() + 2)
    badges = []
    for cluster in gather_clusters(*items, reach):
        text = badge_text(cluster.count)
        badge_width = fm.horizontalAdvance(text) + 10
        left = min(max(cluster.x - badge_width / 2, 1.0), width - badge_width - 1)
        badges.append(Badge(QRectF(left, bottom - height, badge_width, height), text, cluster))
    return badges


def paint_badges(
    painter: QPainter, badges: list[Badge], fm: QFontMetricsF, colors: TimelineColors
) -> None:
    """Each badge as a pill in the highlight colour's tint with its count."""
    painter.setPen(QPen(mix(colors.highlight, colors.base, 0.55), 1))
    painter.setBrush(mix(colors.highlight, colors.base, 0.14))
    for badge in badges:
        radius = badge.rect.height() / 2
        painter.drawRoundedRect(badge.rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    painter.setPen(colors.text)
    shift = (fm.ascent() - fm.descent()) / 2
    for badge in badges:
        centre = badge.rect.center()
        left = centre.x() - fm.horizontalAdvance(badge.text) / 2
        painter.drawText(QPointF(left, centre.y() + shift), badge.text)

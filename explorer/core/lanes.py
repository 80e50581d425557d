"""Where each event goes on the timeline: lanes in which marks and labels never overlap.

Plain Python (no Qt), so the view, the headless renderer and the tests share it.
:func:`layout_lanes` gives each event in a window a lane so that markers, bars and labels never
overlap at the current scale; a label goes after its event in time, or before it when it would
reach past the last event. :class:`LaneMetrics` holds the sizes in pixels, :func:`item_boxes`
says where a placed event is drawn, and :class:`LaneLayout` finds placements with bisects.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from heapq import heappop, heappush
from operator import itemgetter
from typing import NamedTuple

from explorer.core.timescale import TimeScale


@dataclass(frozen=True, slots=True)
class LaneMetrics:
    """Sizes in pixels: lanes, bars, markers, labels and the gaps between them.

    What is drawn and hit-tested comes from here: lane ``n`` begins at :meth:`lane_top` and is
    ``lane_height`` tall, with its bar (``bar_height``) or marker and its label centred in it.
    ``edge_margin`` is kept between the first and last events and the edges of a fitted view;
    a label that would reach further than that past the last event goes before its event.
    """

    top: float = 3.0
    lane_height: float = 19.0
    bar_height: float = 15.0
    marker_radius: float = 5.0
    min_bar: float = 6.0
    label_gap: float = 5.0
    item_gap: float = 12.0
    inside_padding: float = 6.0
    max_label: float = 420.0
    edge_margin: float = 20.0

    @classmethod
    def for_text(cls, line_height: float, char_width: float) -> LaneMetrics:
        """Compact sizes for labels of a font: a bar holds one line of text (its ascent and
        descent, not the line spacing), lanes are four pixels apart, labels are elided after
        about 56 average characters. A 13 px font gives the defaults."""
        bar = max(8.0, float(math.ceil(line_height) - 3))
        return cls(
            lane_height=bar + 4,
            bar_height=bar,
            marker_radius=max(3.0, float(round(bar / 3))),
            label_gap=max(4.0, float(round(char_width * 0.7))),
            inside_padding=max(4.0, float(round(char_width * 0.8))),
            max_label=float(round(char_width * 56)),
        )

    def lane_top(self, lane: int) -> float:
        return self.top + lane * self.lane_height

    def lane_at(self, y: float) -> int:
        return math.floor((y - self.top) / self.lane_height)

    def bar_top(self, lane: int) -> float:
        """The top of the bars (and of the item boxes) of ``lane``."""
        return self.lane_top(lane) + (self.lane_height - self.bar_height) / 2


@dataclass(frozen=True, slots=True)
class Placement:
    """One event laid out: its lane, its time, its label's width in pixels and where the label
    goes (inside its bar, or before the event in time instead of after it), and the time it may
    cover with them (``extent_start`` … ``extent_end``, in days, at the most zoomed-out scale
    the layout serves)."""

    row: int
    lane: int
    start: float
    end: float
    instant: bool
    label_px: float
    label_inside: bool
    extent_start: float
    extent_end: float
    label_before: bool = False


class ItemBoxes(NamedTuple):
    """Where a placed event is drawn, in pixels from the left of the scale (left < right)."""

    mark_left: float
    mark_right: float
    label_left: float
    label_right: float

    @property
    def left(self) -> float:
        return min(self.mark_left, self.label_left) if self.has_label else self.mark_left

    @property
    def right(self) -> float:
        return max(self.mark_right, self.label_right) if self.has_label else self.mark_right

    @property
    def has_label(self) -> bool:
        return self.label_right > self.label_left


def item_boxes(placement: Placement, scale: TimeScale, metrics: LaneMetrics) -> ItemBoxes:
    """The mark and label boxes of a placement at this scale (labels after the mark in time
    order, or before it when ``label_before``)."""
    x = scale.x_for(placement.start)
    direction = -1.0 if scale.mirrored else 1.0
    if placement.instant:
        radius = metrics.marker_radius
        mark_left, mark_right = x - radius, x + radius
        early, far = x - direction * radius, x + direction * radius
    else:
        length = max(metrics.min_bar, scale.length_px(placement.end - placement.start))
        early, far = x, x + direction * length
        mark_left, mark_right = min(x, far), max(x, far)
    if placement.label_px <= 0:
        return ItemBoxes(mark_left, mark_right, far, far)
    if placement.label_inside:
        pad = metrics.inside_padding
        return ItemBoxes(mark_left, mark_right, mark_left + pad, mark_right - pad)
    if placement.label_before:
        direction, far = -direction, early
    near = far + direction * metrics.label_gap
    beyond = near + direction * placement.label_px
    return ItemBoxes(mark_left, mark_right, min(near, beyond), max(near, beyond))


class LaneLayout:
    """Placements grouped by lane; in a lane they never overlap, so lookups are bisects."""

    def __init__(self, placements: list[Placement], hidden: int) -> None:
        self.hidden = hidden
        self.lanes: list[list[Placement]] = []
        for placement in placements:
            while len(self.lanes) <= placement.lane:
                self.lanes.append([])
            self.lanes[placement.lane].append(placement)
        for lane in self.lanes:
            lane.sort(key=lambda p: p.extent_start)
        self._starts = [[p.extent_start for p in lane] for lane in self.lanes]
        self._ends = [[p.extent_end for p in lane] for lane in self.lanes]
        self._by_row = {p.row: p for p in placements}

    def __len__(self) -> int:
        return len(self._by_row)

    @property
    def lane_count(self) -> int:
        return len(self.lanes)

    def placement(self, row: int) -> Placement | None:
        return self._by_row.get(row)

    def items_in(self, t0: float, t1: float, lanes: range | None = None) -> list[Placement]:
        """The placements whose extent meets ``t0`` … ``t1``, lane by lane (of ``lanes``)."""
        found: list[Placement] = []
        for number in lanes or range(len(self.lanes)):
            if 0 <= number < len(self.lanes):
                lane, starts, ends = self.lanes[number], self._starts[number], self._ends[number]
                found.extend(lane[bisect_left(ends, t0) : bisect_right(starts, t1)])
        return found

    def item_at(self, lane: int, time: float) -> Placement | None:
        """The placement of ``lane`` whose extent holds ``time``, if any."""
        if not 0 <= lane < len(self.lanes):
            return None
        position = bisect_right(self._starts[lane], time) - 1
        if position >= 0 and self._ends[lane][position] >= time:
            return self.lanes[lane][position]
        return None


#: What :func:`layout_lanes` knows of an event before it has a lane: its extent, row, start,
#: instant-ness, label width, whether the label goes inside and whether it goes before.
_Item = tuple[float, float, int, float, bool, float, bool, bool]


def layout_lanes(
    rows: Iterable[int],
    starts: Sequence[float],
    ends: Sequence[float],
    instants: Sequence[int],
    label_width: Callable[[int], float],
    days_per_pixel: float,
    metrics: LaneMetrics,
    max_lanes: int,
    far_edge: float = math.inf,
    near_edge: float = -math.inf,
    previous: Mapping[int, int] | None = None,
) -> LaneLayout:
    """First-fit lanes for ``rows`` at ``days_per_pixel``.

    Each event takes its mark and its label (inside a bar wide enough for it, else after it)
    plus ``item_gap`` pixels. A label that would reach past ``far_edge`` (a time) goes before
    its event instead, unless it would stick out further past ``near_edge`` there. In order of
    where they begin, events go to the lowest lane free by then (two heaps: busy lanes by when
    they free up, free lanes by number), which takes as few lanes as can be; then the lanes are
    numbered in the order of their first events' starts. Events that find no lane among
    ``max_lanes`` are counted in ``hidden``. The layout also holds when zoomed in further: marks
    and labels then take less time, and labels that fit inside bars still do.

    With the lanes of a ``previous`` layout (row → lane), each event keeps its lane wherever it
    still fits there, so rows stay put while the user zooms (see :func:`_sticky_lanes`).
    """
    dpp, m = days_per_pixel, metrics
    gap = m.item_gap * dpp
    items = [
        _measure(row, starts, ends, instants, label_width, dpp, m, far_edge, near_edge)
        for row in rows
    ]
    items.sort(key=itemgetter(0))
    if previous:
        return _sticky_lanes(items, previous, ends, gap, max_lanes)
    busy: list[tuple[float, int]] = []
    free: list[int] = []
    taken: list[tuple[_Item, int]] = []
    firsts: list[tuple[float, int]] = []  # each lane's first event: its start and row
    for item in items:
        while busy and busy[0][0] <= item[0]:
            heappush(free, heappop(busy)[1])
        if free:
            lane = heappop(free)
        elif len(firsts) < max_lanes:
            lane = len(firsts)
            firsts.append((item[3], item[2]))
        else:
            continue
        heappush(busy, (item[1] + gap, lane))
        taken.append((item, lane))
    # Lanes in the order of their first events, so a cluster whose labels go before their
    # events still reads as a staircase in time; any order of lanes keeps them apart.
    order = sorted(range(len(firsts)), key=firsts.__getitem__)
    number = [0] * len(order)
    for position, lane in enumerate(order):
        number[lane] = position
    placements = [
        Placement(row, number[lane], start, ends[row], instant, label, inside, low, high, before)
        for (low, high, row, start, instant, label, inside, before), lane in taken
    ]
    return LaneLayout(placements, len(items) - len(placements))


def _sticky_lanes(
    items: list[_Item], previous: Mapping[int, int], ends: Sequence[float], gap: float, most: int
) -> LaneLayout:
    """Lanes for ``items`` (sorted by where they begin) that keep each event in its
    ``previous`` lane when that lane is free by then, else first-fit, and keep the lanes'
    numbers. Zooming in, every event still fits where it was; zooming out, only those that
    would now overlap move."""
    free_at: list[float] = []  # when each lane frees up
    busy: list[tuple[float, int]] = []  # (free_at, lane); stale entries are skipped
    free: list[int] = []  # lanes free now, perhaps taken since (checked when popped)
    taken: list[tuple[_Item, int]] = []
    for item in items:
        low = item[0]
        while busy and busy[0][0] <= low:
            time, lane = heappop(busy)
            if free_at[lane] == time:
                heappush(free, lane)
        lane = previous.get(item[2], -1)
        if not (0 <= lane < most and (lane >= len(free_at) or free_at[lane] <= low)):
            lane = -1
            while free:
                candidate = heappop(free)
                if free_at[candidate] <= low:
                    lane = candidate
                    break
            if lane < 0:
                if len(free_at) >= most:
                    continue
                lane = len(free_at)
        while len(free_at) <= lane:  # lanes skipped on the way are free for others
            heappush(free, len(free_at))
            free_at.append(-math.inf)
        free_at[lane] = item[1] + gap
        heappush(busy, (free_at[lane], lane))
        taken.append((item, lane))
    placements = [
        Placement(row, lane, start, ends[row], instant, label, inside, low, high, before)
        for (low, high, row, start, instant, label, inside, before), lane in taken
    ]
    return LaneLayout(placements, len(items) - len(placements))


def _measure(
    row: int,
    starts: Sequence[float],
    ends: Sequence[float],
    instants: Sequence[int],
    label_width: Callable[[int], float],
    dpp: float,
    m: LaneMetrics,
    far_edge: float,
    near_edge: float,
) -> _Item:
    """An event's extent, row, start, instant-ness, label width, and where its label goes."""
    start = starts[row]
    label = min(label_width(row), m.max_label)
    instant = bool(instants[row])
    if instant:
        mark, before, after = 0.0, m.marker_radius, m.marker_radius
    else:
        mark = max(m.min_bar, (ends[row] - start) / dpp)
        before, after = 0.0, mark
    inside = not instant and 0 < label <= mark - 2 * m.inside_padding
    flip = False
    if label > 0 and not inside:
        beyond = (start - far_edge) / dpp + after + m.label_gap + label
        if beyond > 0:  # past the far edge: before the event, if it sticks out less there
            flip = (near_edge - start) / dpp + before + m.label_gap + label < beyond
        if flip:
            before += m.label_gap + label
        else:
            after += m.label_gap + label
    return (start - before * dpp, start + after * dpp, row, start, instant, label, inside, flip)

"""Where each event goes on the timeline: an index for range queries, lanes, and density counts.

Plain Python (no Qt), so the view, the headless renderer and the tests share it. The per-event
geometry is kept in compact arrays; :class:`EventIndex` sorts it once per model change and buckets
it by duration so that "what intersects this time range" costs a few bisects, with a million events.
:func:`layout_lanes` gives each event in a window a lane so that markers, bars and labels never
overlap at the current scale; a label goes after its event in time, or before it when it would
reach past the last event. :class:`TimelineGeometry` decides what to lay out (everything for
small timelines, so lanes stay put while panning; the neighbourhood of the view for large ones)
and falls back to density counts per pixel column when too many events are in view.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from heapq import heappop, heappush
from itertools import pairwise
from operator import itemgetter
from typing import NamedTuple

from explorer.core.timescale import TimeScale


class EventIndex:
    """Events in time order, bucketed by duration, answering range queries with bisects.

    An event of class ``c`` lasts less than ``2**c`` days, so the events of that class that reach
    ``t0`` started after ``t0 - 2**c``: each class is one sorted array and one bisect per query.
    """

    def __init__(self, starts: Sequence[float], ends: Sequence[float]) -> None:
        self._starts = starts
        self._ends = ends
        pairs = list(zip(starts, ends, strict=True))
        if all(a <= b for a, b in pairwise(pairs)):
            order: Sequence[int] = range(len(pairs))
        else:
            order = sorted(range(len(pairs)), key=pairs.__getitem__)
        self.order = array("q", order)
        self.rank = array("q", bytes(8 * len(pairs)))
        for position, row in enumerate(self.order):
            self.rank[row] = position
        self.sorted_starts = array("d", (starts[row] for row in self.order))
        classes: dict[int, tuple[array[float], array[int]]] = {}
        for row in self.order:
            key = min(max(math.frexp(ends[row] - starts[row])[1], -12), 64)
            bucket = classes.get(key)
            if bucket is None:
                bucket = classes[key] = (array("d"), array("q"))
            bucket[0].append(starts[row])
            bucket[1].append(row)
        self._classes = [(2.0**key, s, r) for key, (s, r) in sorted(classes.items())]

    def __len__(self) -> int:
        return len(self.order)

    def rank_at(self, time: float) -> int:
        """The time-order rank of the first event starting at or after ``time``."""
        return bisect_left(self.sorted_starts, time)

    def items_in(self, t0: float, t1: float, slack: float = 0.0) -> list[int]:
        """Rows of events meeting ``t0`` … ``t1`` (ends stretched by ``slack``), in time order."""
        rows: list[int] = []
        ends = self._ends
        for longest, starts, class_rows in self._classes:
            low = bisect_left(starts, t0 - slack - longest)
            high = bisect_right(starts, t1)
            rows.extend(row for row in class_rows[low:high] if ends[row] + slack >= t0)
        rows.sort(key=self.rank.__getitem__)
        return rows

    def count_in(self, t0: float, t1: float, slack: float = 0.0) -> int:
        """An upper bound of ``len(items_in(t0, t1, slack))``, in a few bisects."""
        total = 0
        for longest, starts, _rows in self._classes:
            total += bisect_right(starts, t1) - bisect_left(starts, t0 - slack - longest)
        return total

    def start_counts(self, edges: Sequence[float]) -> list[int]:
        """How many events start in each ``[edges[i], edges[i + 1])``; ``edges`` increasing."""
        starts = self.sorted_starts
        positions = [bisect_left(starts, edge) for edge in edges]
        return [b - a for a, b in pairwise(positions)]


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
    """
    dpp, m = days_per_pixel, metrics
    gap = m.item_gap * dpp
    items = [
        _measure(row, starts, ends, instants, label_width, dpp, m, far_edge, near_edge)
        for row in rows
    ]
    items.sort(key=itemgetter(0))
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


class TimelineGeometry:
    """Per-event geometry of a model (arrays indexed by row) and the lane layout for a scale.

    Up to ``global_limit`` events are laid out all at once, so lanes don't move while panning;
    beyond, the neighbourhood of the view is laid out from a start snapped to the visible span.
    With more than ``detail_limit`` events in view, :meth:`layout_for` returns None and the
    caller draws :meth:`density` instead.
    """

    #: Pixels between a label and the edge of a fitted view.
    EDGE_PAD = 6.0

    def __init__(
        self,
        starts: Sequence[float],
        ends: Sequence[float],
        instants: Sequence[int],
        label_width: Callable[[int], float],
        metrics: LaneMetrics | None = None,
        global_limit: int = 3000,
        detail_limit: int = 1000,
    ) -> None:
        self.starts = starts
        self.ends = ends
        self.instants = instants
        self.label_width = label_width
        self.metrics = metrics or LaneMetrics()
        self.global_limit = global_limit
        self.detail_limit = detail_limit
        self.index = EventIndex(starts, ends)
        self._cache_key: tuple[int, float, int] | None = None
        self._cached: LaneLayout | None = None
        self._reach = math.inf
        self._range = self._fitted_range()

    def __len__(self) -> int:
        return len(self.index)

    def _fitted_range(self) -> tuple[float, float] | None:
        """What :meth:`fit` shows: the events' time range, widened for a short timeline to
        thirty times its dates' precision (a day among a month of days), so a single event is
        shown in the middle of its neighbourhood."""
        if not len(self.index):
            return None
        first, last = self.index.sorted_starts[0], max(self.ends)
        if len(self) <= self.global_limit:
            rows = zip(self.starts, self.ends, self.instants, strict=True)
            shortest_view = 30 * max((end - start for start, end, i in rows if i), default=1.0)
            if last - first < shortest_view:
                middle = (first + last) / 2
                first, last = middle - shortest_view / 2, middle + shortest_view / 2
        return first, last

    def time_range(self) -> tuple[float, float] | None:
        """From the first start to the last end, or None without events."""
        if not len(self.index):
            return None
        return self.index.sorted_starts[0], max(self.ends)

    def slack(self, scale: TimeScale) -> float:
        """How far (in days) a label can reach beyond its event's end, or before its start."""
        m = self.metrics
        return (m.max_label + m.label_gap + m.marker_radius + m.min_bar) * scale.days_per_pixel

    def count_in_view(self, scale: TimeScale) -> int:
        slack = self.slack(scale)
        return self.index.count_in(scale.start, scale.end + slack, slack)

    def fit(self, scale: TimeScale, margin: float | None = None) -> bool:
        """Fit every event and its label into the scale, ``margin`` px (default: the metrics'
        ``edge_margin``) from the edges, more where a label sticks out.

        Labels reaching past the last event go before their events (see :func:`layout_lanes`),
        so only the odd label needs more room; it is measured, for timelines laid out all at
        once (larger ones are shown as density when fitted anyway), with a layout at the fitted
        zoom, refined until the margins hold.
        """
        if self._range is None:
            return False
        first, last = self._range
        margin = self.metrics.edge_margin if margin is None else max(0.0, margin)
        before = after = margin
        if len(self) <= self.global_limit:
            plain = TimeScale(width=scale.width)  # time order, whatever the direction
            for _ in range(4):
                plain.fit(first, last, before, after)
                if self.count_in_view(plain) > self.detail_limit:
                    break
                layout = self._layout(self.index.order, plain, len(self))
                boxes = [item_boxes(p, plain, self.metrics) for lane in layout.lanes for p in lane]
                left = min((b.left for b in boxes), default=0.0)
                right = max((b.right for b in boxes), default=0.0)
                pad = min(margin, self.EDGE_PAD)
                need_before = max(before, plain.x_for(first) - left + pad)
                need_after = max(after, right - plain.x_for(last) + pad)
                if need_before <= before + 0.5 and need_after <= after + 0.5:
                    break
                before, after = need_before, need_after
        return scale.fit(first, last, before, after)

    def invalidate(self) -> None:
        """Forget the cached layout (label widths or metrics changed)."""
        self._cache_key = None
        self._cached = None

    def layout_for(self, scale: TimeScale, max_lanes: int) -> LaneLayout | None:
        """The lanes at this scale, or None when too many events are in view to draw them.

        Lanes are laid out for the next rung up a ladder of zooms (√2 apart), which holds at
        this zoom too: a layout serves a few wheel steps, and lanes stay put while zooming.
        """
        if self.count_in_view(scale) > self.detail_limit:
            return None
        dpp = self._ladder_dpp(scale)
        rung = round(2 * math.log2(dpp))
        tile = dpp * scale.width
        slack = self.slack(scale) * dpp / scale.days_per_pixel
        if len(self.index) <= self.global_limit:
            anchor = -math.inf
        else:
            anchor = math.floor(scale.start / tile) * tile
            if self.index.count_in(anchor, anchor + 3 * tile, slack) > 3 * self.detail_limit:
                anchor = scale.start
        key = (rung, anchor, max_lanes)
        if key == self._cache_key and self._cached is not None and scale.end <= self._reach:
            return self._cached
        rows: Sequence[int]
        if anchor == -math.inf:
            rows, self._reach = self.index.order, math.inf
        else:
            self._reach = max(anchor + 3 * tile, scale.end)
            rows = self.index.items_in(anchor, self._reach + slack, slack)
        self._cached = self._layout(rows, scale, max_lanes)
        self._cache_key = key
        return self._cached

    @staticmethod
    def _ladder_dpp(scale: TimeScale) -> float:
        """The days per pixel of the next rung up a ladder of zooms √2 apart (never below the
        scale's own, despite rounding)."""
        rung = math.ceil(2 * math.log2(scale.days_per_pixel) - 1e-9)
        return max(2.0 ** (rung / 2), scale.days_per_pixel)

    def _layout(self, rows: Sequence[int], scale: TimeScale, max_lanes: int) -> LaneLayout:
        """Lanes for ``rows`` at the rung above ``scale``; labels stay within the fitted range."""
        dpp = self._ladder_dpp(scale)
        far_edge, near_edge = math.inf, -math.inf
        if self._range is not None:
            margin = max(0.0, self.metrics.edge_margin - self.EDGE_PAD) * dpp
            near_edge, far_edge = self._range[0] - margin, self._range[1] + margin
        return layout_lanes(
            rows,
            self.starts,
            self.ends,
            self.instants,
            self.label_width,
            dpp,
            self.metrics,
            max_lanes,
            far_edge,
            near_edge,
        )

    def density(self, scale: TimeScale, left: float, right: float, bin_px: float) -> list[int]:
        """How many events start under each ``bin_px``-wide column from ``left`` to ``right``."""
        columns = max(1, math.ceil((right - left) / bin_px))
        edges = [scale.time_at(left + i * bin_px) for i in range(columns + 1)]
        if scale.mirrored:
            return self.index.start_counts(edges[::-1])[::-1]
        return self.index.start_counts(edges)

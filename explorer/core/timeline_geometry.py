"""What to lay out for a scale: lanes for the events in view, or density counts instead.

Plain Python (no Qt). :class:`TimelineGeometry` keeps the per-event geometry of a model in
compact arrays with an :class:`~explorer.core.event_index.EventIndex` over them, decides what to
lay out (everything for small timelines, so lanes stay put while panning; the neighbourhood of the
view for large ones) and falls back to density counts per pixel column when too many events are
in view.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from explorer.core.event_index import EventIndex
from explorer.core.lanes import LaneLayout, LaneMetrics, item_boxes, layout_lanes
from explorer.core.timescale import TimeScale


class TimelineGeometry:
    """Per-event geometry of a model (arrays indexed by row) and the lane layout for a scale.

    Up to ``global_limit`` events are laid out all at once, so lanes don't move while panning;
    beyond, the neighbourhood of the view is laid out from a start snapped to the visible span.
    With more than ``detail_limit`` events in view, :meth:`layout_for` returns None and the
    caller draws :meth:`density` instead.
    """

    #: Pixels between a label and the edge of a fitted view.
    EDGE_PAD = 6.0
    #: How many layouts (rungs of zoom) are kept for zooming back.
    RECENT_LAYOUTS = 8

    def __init__(
        self,
        starts: Sequence[float],
        ends: Sequence[float],
        instants: Sequence[int],
        label_width: Callable[[int], float],
        metrics: LaneMetrics | None = None,
        global_limit: int = 3000,
        detail_limit: int = 1000,
        index: EventIndex | None = None,
    ) -> None:
        self.starts = starts
        self.ends = ends
        self.instants = instants
        self.label_width = label_width
        self.metrics = metrics or LaneMetrics()
        self.global_limit = global_limit
        self.detail_limit = detail_limit
        # ``index``: one made beforehand over these ``starts`` and ``ends`` (off the UI thread).
        self.index = index if index is not None else EventIndex(starts, ends)
        self._cache_key: tuple[int, float, int] | None = None
        self._cached: LaneLayout | None = None
        self._reach = math.inf
        #: The last few layouts by key, with their reach: zooming back to a rung reuses its
        #: layout (the same lanes as before, and no time spent laying out again).
        self._recent: dict[tuple[int, float, int], tuple[LaneLayout, float]] = {}
        self._range = self._fitted_range()
        #: The lane of each row in the last layout shown, which the next one keeps where it can.
        self._lanes: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.index)

    def _fitted_range(self) -> tuple[float, float] | None:
        """What :meth:`fit` shows: the events' time range, widened for a short timeline to
        thirty times its dates' precision (a day among a month of days), so a single event is
        shown in the middle of its neighbourhood."""
        if not len(self.index):
            return None
        first, last = self.index.sorted_starts[0], self.index.latest_end
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
        return self.index.sorted_starts[0], self.index.latest_end

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
        self.forget_lanes()  # a fitted view starts afresh
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

    def forget_lanes(self) -> None:
        """Lay the next layout out afresh (a staircase in time) instead of keeping the lanes
        of the last one: for a view the program frames, not one the user zooms."""
        self._lanes = {}

    def invalidate(self) -> None:
        """Forget the cached layout (label widths or metrics changed)."""
        self._cache_key = None
        self._cached = None
        self._recent.clear()

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
        recent = self._recent.get(key)
        if recent is not None and scale.end <= recent[1]:
            self._cached, self._reach = recent
            self._cache_key = key
            self._lanes = {p.row: p.lane for lane in self._cached.lanes for p in lane}
            return self._cached
        rows: Sequence[int]
        if anchor == -math.inf:
            rows, self._reach = self.index.order, math.inf
        else:
            self._reach = max(anchor + 3 * tile, scale.end)
            rows = self.index.items_in(anchor, self._reach + slack, slack)
        self._cached = self._layout(rows, scale, max_lanes, self._lanes)
        self._cache_key = key
        if len(self._recent) >= self.RECENT_LAYOUTS:
            del self._recent[next(iter(self._recent))]
        self._recent[key] = (self._cached, self._reach)
        self._lanes = {p.row: p.lane for lane in self._cached.lanes for p in lane}
        return self._cached

    @staticmethod
    def _ladder_dpp(scale: TimeScale) -> float:
        """The days per pixel of the next rung up a ladder of zooms √2 apart (never below the
        scale's own, despite rounding)."""
        rung = math.ceil(2 * math.log2(scale.days_per_pixel) - 1e-9)
        return max(2.0 ** (rung / 2), scale.days_per_pixel)

    def _layout(
        self,
        rows: Sequence[int],
        scale: TimeScale,
        max_lanes: int,
        previous: dict[int, int] | None = None,
    ) -> LaneLayout:
        """Lanes for ``rows`` at the rung above ``scale``; labels stay within the fitted range;
        rows keep their ``previous`` lanes where they fit."""
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
            previous,
        )

    def density(self, scale: TimeScale, left: float, right: float, bin_px: float) -> list[int]:
        """How many events start under each ``bin_px``-wide column from ``left`` to ``right``."""
        columns = max(1, math.ceil((right - left) / bin_px))
        edges = [scale.time_at(left + i * bin_px) for i in range(columns + 1)]
        if scale.mirrored:
            return self.index.start_counts(edges[::-1])[::-1]
        return self.index.start_counts(edges)

"""Lanes: range queries on the event index, non-overlapping lanes, level of detail, fitting."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from explorer.core.lanes import (
    EventIndex,
    LaneMetrics,
    TimelineGeometry,
    item_boxes,
    layout_lanes,
)
from explorer.core.timescale import TimeScale

METRICS = LaneMetrics()

# (start, length or None for an instant, label width in px)
event_specs = st.lists(
    st.tuples(
        st.floats(min_value=-5000, max_value=5000),
        st.one_of(st.none(), st.floats(min_value=0.01, max_value=3000)),
        st.integers(min_value=0, max_value=400),
    ),
    max_size=60,
)


Spec = tuple[float, float | None, int]


def arrays(specs: Sequence[Spec]) -> tuple[array, array, array, list[int]]:
    starts = array("d", (s for s, _, _ in specs))
    ends = array("d", (s + (length if length is not None else 1.0) for s, length, _ in specs))
    instants = array("b", (length is None for _, length, _ in specs))
    return starts, ends, instants, [w for _, _, w in specs]


def geometry_of(specs: Sequence[Spec], **kwargs: int) -> TimelineGeometry:
    starts, ends, instants, widths = arrays(specs)
    return TimelineGeometry(starts, ends, instants, widths.__getitem__, METRICS, **kwargs)


def test_index_orders_rows_by_time() -> None:
    index = EventIndex(array("d", [5, 1, 3, 1]), array("d", [6, 9, 4, 2]))
    assert list(index.order) == [3, 1, 2, 0]  # equal starts: the one ending first comes first
    assert [index.rank[row] for row in range(4)] == [3, 1, 2, 0]
    assert list(index.sorted_starts) == [1, 1, 3, 5]
    assert index.rank_at(2) == 2


def test_items_in_finds_long_spans_that_started_long_before() -> None:
    index = EventIndex(array("d", [0, 500, 990]), array("d", [1000, 501, 991]))
    assert index.items_in(995, 996) == [0]
    assert index.items_in(400, 995) == [0, 1, 2]
    assert index.items_in(1001, 2000) == []
    assert index.items_in(1001, 2000, slack=5) == [0]  # a label may reach beyond the end


def test_start_counts_is_a_histogram_of_starts() -> None:
    index = EventIndex(array("d", [0, 1, 1, 5, 9]), array("d", [1, 2, 2, 6, 10]))
    assert index.start_counts([0, 1, 5, 10]) == [1, 2, 2]


def test_label_goes_inside_a_bar_wide_enough_and_after_one_too_narrow() -> None:
    starts, ends, instants = array("d", [0, 0]), array("d", [100, 2]), array("b", [0, 0])
    layout = layout_lanes([0, 1], starts, ends, instants, lambda row: 50, 0.1, METRICS, 10)
    wide, narrow = layout.placement(0), layout.placement(1)
    assert wide is not None and narrow is not None
    assert wide.label_inside and not narrow.label_inside
    scale = TimeScale(0, 100, 1000)  # 0.1 days a pixel
    assert item_boxes(wide, scale, METRICS)[:2] == (0, 1000)
    assert item_boxes(narrow, scale, METRICS)[:2] == (0, 20)
    assert (wide.lane, narrow.lane) == (0, 1)


def test_events_beyond_the_last_lane_are_hidden() -> None:
    specs = [(0.0, None, 100)] * 5
    starts, ends, instants, widths = arrays(specs)
    layout = layout_lanes(range(5), starts, ends, instants, widths.__getitem__, 1.0, METRICS, 3)
    assert layout.lane_count == 3
    assert len(layout) == 3 and layout.hidden == 2


def test_too_many_events_in_view_give_density_instead_of_lanes() -> None:
    geometry = geometry_of([(float(i), None, 50) for i in range(100)], detail_limit=50)
    scale = TimeScale(0, 100, 1000)
    assert geometry.layout_for(scale, 20) is None
    assert sum(geometry.density(scale, 0, 1000, 2)) == 100
    scale.zoom_by(10, 0)  # 10 events in view
    assert geometry.layout_for(scale, 20) is not None


def test_density_columns_follow_a_mirrored_scale() -> None:
    geometry = geometry_of([(1.0, None, 10), (9.0, None, 10), (9.5, None, 10)])
    plain = geometry.density(TimeScale(0, 10, 100), 0, 100, 50)
    mirrored = geometry.density(TimeScale(0, 10, 100, mirrored=True), 0, 100, 50)
    assert plain == [1, 2] and mirrored == [2, 1]


def test_large_timelines_keep_their_lanes_while_panning_within_a_span() -> None:
    specs = [(float(i), None, 30) for i in range(0, 10_000, 3)]
    geometry = geometry_of(specs, global_limit=100, detail_limit=500)
    scale = TimeScale(1000, 1100, 1000)
    first = geometry.layout_for(scale, 30)
    scale.pan_by(-10)
    assert geometry.layout_for(scale, 30) is first


def test_lanes_stay_put_while_zooming_a_little() -> None:
    geometry = geometry_of([(float(i), None, 30) for i in range(0, 300, 3)])
    scale = TimeScale(0, 256, 1024)  # a quarter of a day a pixel, a step of the ladder
    first = geometry.layout_for(scale, 30)
    scale.zoom_by(1.2, 500)
    assert geometry.layout_for(scale, 30) is first
    scale.zoom_by(1.2, 500)
    assert geometry.layout_for(scale, 30) is not first


def test_fit_shows_every_event_and_its_label() -> None:
    specs = [(0.0, 300.0, 120), (250.0, None, 200), (300.0, None, 260)]
    geometry = geometry_of(specs)
    scale = TimeScale(width=800)
    geometry.fit(scale, margin=20)
    layout = geometry.layout_for(scale, 20)
    assert layout is not None and len(layout) == 3
    for row in range(3):
        placement = layout.placement(row)
        assert placement is not None
        boxes = item_boxes(placement, scale, METRICS)
        assert boxes.left >= 0 and boxes.right <= 800


@given(
    specs=event_specs, t0=st.floats(-6000, 9000), length=st.floats(0, 5000), slack=st.floats(0, 100)
)
def test_items_in_matches_a_scan(
    specs: list[tuple[float, float | None, int]], t0: float, length: float, slack: float
) -> None:
    starts, ends, _, _ = arrays(specs)
    index = EventIndex(starts, ends)
    t1 = t0 + length
    expected = sorted(
        (row for row in range(len(specs)) if starts[row] <= t1 and ends[row] + slack >= t0),
        key=lambda row: (starts[row], ends[row], row),
    )
    assert index.items_in(t0, t1, slack) == expected
    assert index.count_in(t0, t1, slack) >= len(expected)


@given(
    specs=event_specs,
    days_per_pixel=st.floats(0.01, 100),
    max_lanes=st.integers(1, 30),
    zoom=st.floats(1, 4),
    mirrored=st.booleans(),
)
def test_lanes_never_overlap_at_the_layout_zoom_or_closer(
    specs: list[tuple[float, float | None, int]],
    days_per_pixel: float,
    max_lanes: int,
    zoom: float,
    mirrored: bool,
) -> None:
    starts, ends, instants, widths = arrays(specs)
    layout = layout_lanes(
        EventIndex(starts, ends).order,
        starts,
        ends,
        instants,
        widths.__getitem__,
        days_per_pixel,
        METRICS,
        max_lanes,
    )
    assert len(layout) + layout.hidden == len(specs)
    assert layout.lane_count <= max_lanes
    scale = TimeScale(-6000, -6000 + 1000 * days_per_pixel / zoom, 1000, mirrored)
    for lane in layout.lanes:
        boxes = sorted((item_boxes(p, scale, METRICS) for p in lane), key=lambda b: b.left)
        for before, after in pairwise(boxes):
            assert before.right + METRICS.item_gap <= after.left + 1e-6 * max(1, abs(after.left))
    for lane_number, lane in enumerate(layout.lanes):
        for placement in lane:
            assert placement.lane == lane_number
            middle = (placement.extent_start + placement.extent_end) / 2
            assert layout.item_at(lane_number, middle) is placement
            assert placement in layout.items_in(middle, middle)


@given(specs=event_specs)
def test_first_fit_uses_the_lowest_free_lane(specs: list[tuple[float, float | None, int]]) -> None:
    starts, ends, instants, widths = arrays(specs)
    layout = layout_lanes(
        range(len(specs)), starts, ends, instants, widths.__getitem__, 1.0, METRICS, 100
    )
    for lane_number, lane in enumerate(layout.lanes[1:], start=1):
        for placement in lane:  # every lane below was busy when this event began
            below = layout.lanes[lane_number - 1]
            assert any(
                other.extent_start <= placement.extent_start < other.extent_end + METRICS.item_gap
                for other in below
            )

"""Lanes: range queries on the event index, non-overlapping lanes, labels that go before their
events near the end, level of detail, fitting."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.core.event_index import EventIndex
from explorer.core.lanes import LaneMetrics, item_boxes, layout_lanes
from explorer.core.timeline_geometry import TimelineGeometry
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


@pytest.mark.parametrize("mirrored", [False, True])
def test_a_label_past_the_far_edge_goes_before_its_event(mirrored: bool) -> None:
    starts, ends, instants = (
        array("d", [0, 90, 95]),
        array("d", [1, 91, 100]),
        array("b", [1, 1, 0]),
    )
    layout = layout_lanes(
        [0, 1, 2], starts, ends, instants, lambda row: 200, 0.1, METRICS, 10, far_edge=100
    )
    early, instant, bar = (layout.placement(row) for row in range(3))
    assert early is not None and instant is not None and bar is not None
    assert not early.label_before and instant.label_before and bar.label_before
    scale = TimeScale(0, 100, 1000, mirrored)  # 0.1 days a pixel
    for placement in (instant, bar):
        boxes = item_boxes(placement, scale, METRICS)
        mark, label = (boxes.mark_left, boxes.mark_right), (boxes.label_left, boxes.label_right)
        assert label[1] - label[0] == 200
        if mirrored:  # before in time is to the right
            assert label[0] == mark[1] + METRICS.label_gap
        else:
            assert label[1] == mark[0] - METRICS.label_gap
        assert placement.extent_start <= scale.time_at(boxes.left if not mirrored else boxes.right)


def test_a_label_stays_after_its_event_when_it_would_stick_out_further_before() -> None:
    starts, ends, instants = array("d", [10]), array("d", [11]), array("b", [1])
    layout = layout_lanes(
        [0], starts, ends, instants, lambda row: 300, 0.1, METRICS, 10, 30.0, 0.0
    )  # after it, the label sticks out 110 px past the far edge; before it, 210 px
    placement = layout.placement(0)
    assert placement is not None and not placement.label_before


def test_metrics_for_a_font_are_compact_and_the_defaults_are_a_13_px_font() -> None:
    assert LaneMetrics.for_text(17.6875, 7.5) == LaneMetrics()  # Noto Sans at 13 px
    for line_height in (12.0, 17.7, 24.3, 40.0):
        metrics = LaneMetrics.for_text(line_height, line_height * 0.42)
        assert metrics.lane_height - metrics.bar_height == 4
        assert line_height - 3 <= metrics.bar_height <= line_height
        assert 2 * metrics.marker_radius <= metrics.bar_height
        assert metrics.bar_top(2) - metrics.lane_top(2) == 2


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


@pytest.mark.parametrize("mirrored", [False, True])
def test_fit_keeps_only_a_small_margin_after_the_last_events(mirrored: bool) -> None:
    specs = [(0.0, 8000.0, 150)] + [(7000.0 + 100 * i, None, 250) for i in range(10)]
    geometry = geometry_of(specs)
    scale = TimeScale(width=1000, mirrored=mirrored)
    geometry.fit(scale)
    last = scale.x_for(8000.0)
    assert (last if mirrored else 1000 - last) == pytest.approx(METRICS.edge_margin)
    layout = geometry.layout_for(scale, 50)
    assert layout is not None and len(layout) == len(specs)
    for row in range(1, len(specs)):
        placement = layout.placement(row)
        assert placement is not None and placement.label_before
        boxes = item_boxes(placement, scale, METRICS)
        assert boxes.left >= 0 and boxes.right <= 1000


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
    edges=st.tuples(st.floats(-6000, 6000), st.floats(0, 12000)),
)
def test_lanes_never_overlap_at_the_layout_zoom_or_closer(
    specs: list[Spec],
    days_per_pixel: float,
    max_lanes: int,
    zoom: float,
    mirrored: bool,
    edges: tuple[float, float],
) -> None:
    starts, ends, instants, widths = arrays(specs)
    near_edge, far_edge = edges[0], edges[0] + edges[1]
    layout = layout_lanes(
        EventIndex(starts, ends).order,
        starts,
        ends,
        instants,
        widths.__getitem__,
        days_per_pixel,
        METRICS,
        max_lanes,
        far_edge,
        near_edge,
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
            boxes = item_boxes(placement, scale, METRICS)
            drawn = sorted((scale.time_at(boxes.left), scale.time_at(boxes.right)))
            slack = 1e-9 * max(1.0, *map(abs, drawn))
            assert placement.extent_start - slack <= drawn[0] <= drawn[1]
            assert drawn[1] <= placement.extent_end + slack
            middle = (placement.extent_start + placement.extent_end) / 2
            assert layout.item_at(lane_number, middle) is placement
            assert placement in layout.items_in(middle, middle)


@given(specs=event_specs, far_edge=st.floats(-6000, 12000))
def test_lanes_are_as_few_as_can_be_and_ordered_by_their_first_events(
    specs: list[Spec], far_edge: float
) -> None:
    starts, ends, instants, widths = arrays(specs)
    layout = layout_lanes(
        range(len(specs)), starts, ends, instants, widths.__getitem__, 1.0, METRICS, 100, far_edge
    )
    # as many lanes as the most extents (each with its gap after it) that meet at one time
    changes = sorted(
        change
        for lane in layout.lanes
        for p in lane
        for change in ((p.extent_start, 1), (p.extent_end + METRICS.item_gap, -1))
    )
    meeting = [0]
    for _, change in changes:
        meeting.append(meeting[-1] + change)
    assert layout.lane_count == max(meeting)
    firsts = [(lane[0].start, lane[0].row) for lane in layout.lanes]
    assert firsts == sorted(firsts)


@given(
    specs=event_specs.filter(bool),
    width=st.floats(600, 2000),
    mirrored=st.booleans(),
)
def test_fit_shows_every_label_it_can(specs: list[Spec], width: float, mirrored: bool) -> None:
    specs = [(start, length, min(label, int(width / 4))) for start, length, label in specs]
    geometry = geometry_of(specs)
    scale = TimeScale(width=width, mirrored=mirrored)
    geometry.fit(scale)
    layout = geometry.layout_for(scale, 100)
    assert layout is not None and len(layout) == len(specs)
    for lane in layout.lanes:
        for placement in lane:
            boxes = item_boxes(placement, scale, METRICS)
            assert boxes.left >= -0.5 and boxes.right <= width + 0.5

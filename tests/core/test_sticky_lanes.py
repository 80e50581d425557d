"""Rows stay put: a layout given the previous one keeps each event's lane where it still fits."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from explorer.core.event_index import EventIndex
from explorer.core.lanes import LaneLayout, item_boxes, layout_lanes
from explorer.core.timescale import TimeScale
from tests.core.test_lanes import METRICS, Spec, arrays, event_specs


def lay_out(specs: list[Spec], dpp: float, previous: dict[int, int] | None, most: int = 100):
    starts, ends, instants, widths = arrays(specs)
    return layout_lanes(
        EventIndex(starts, ends).order,
        starts,
        ends,
        instants,
        widths.__getitem__,
        dpp,
        METRICS,
        most,
        previous=previous,
    )


def lanes_of(layout: LaneLayout) -> dict[int, int]:
    return {p.row: p.lane for lane in layout.lanes for p in lane}


def assert_no_overlap(layout: LaneLayout, dpp: float) -> None:
    scale = TimeScale(-6000, -6000 + 1000 * dpp, 1000)
    for lane_number, lane in enumerate(layout.lanes):
        assert all(p.lane == lane_number for p in lane)
        boxes = sorted((item_boxes(p, scale, METRICS) for p in lane), key=lambda b: b.left)
        for before, after in pairwise(boxes):
            assert before.right + METRICS.item_gap <= after.left + 1e-6 * max(1, abs(after.left))


@given(specs=event_specs, dpp=st.floats(0.05, 50), zoom=st.floats(1, 8))
def test_zooming_in_every_event_keeps_its_lane(specs: list[Spec], dpp: float, zoom: float) -> None:
    first = lay_out(specs, dpp, None)
    closer = lay_out(specs, dpp / zoom, lanes_of(first))
    assert lanes_of(closer) == lanes_of(first)
    assert_no_overlap(closer, dpp / zoom)


@given(
    specs=event_specs,
    dpp=st.floats(0.05, 50),
    previous=st.dictionaries(st.integers(0, 59), st.integers(0, 40)),
    most=st.integers(1, 30),
)
def test_whatever_the_previous_lanes_nothing_overlaps(
    specs: list[Spec], dpp: float, previous: dict[int, int], most: int
) -> None:
    layout = lay_out(specs, dpp, previous or None, most)
    assert len(layout) + layout.hidden == len(specs)
    assert layout.lane_count <= most
    assert_no_overlap(layout, dpp)

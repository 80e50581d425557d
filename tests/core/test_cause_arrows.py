"""Cause links between rows and the arrows drawn for them (plain geometry)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from explorer.core.cause_arrows import (
    Anchor,
    CauseLinks,
    arrow_between,
    edge_anchor,
    head_points,
)

IDS = ["economy", "glasnost", "coup", "accords", "resignation"]
CAUSES = {2: ["glasnost", "economy", "missing"], 3: ["coup", "economy"], 4: ["accords"]}


def test_causes_and_led_to_are_rows() -> None:
    links = CauseLinks(IDS, CAUSES)
    assert links.causes_of(2) == [1, 0]  # a missing (filtered out) cause is left out
    assert links.led_to(0) == [2, 3]
    assert links.led_to(4) == []
    assert links.causes_of(0) == []


def test_pairs_go_from_cause_to_effect_once() -> None:
    links = CauseLinks(IDS, CAUSES)
    assert links.pairs([3]) == [(2, 3), (0, 3), (3, 4)]
    assert links.pairs([2, 3]) == [(1, 2), (0, 2), (2, 3), (0, 3), (3, 4)]


def test_an_arrow_joins_the_facing_sides_of_two_marks_and_points_at_the_target() -> None:
    arrow = arrow_between(Anchor(10, 20, 50), Anchor(100, 110, 80))
    assert arrow.start == (20, 50) and arrow.end == (100, 80)
    assert arrow.control[1] < 50  # bows up, above both ends
    assert arrow.head[0] > 0  # arriving from the left
    backwards = arrow_between(Anchor(100, 110, 50), Anchor(10, 20, 80))
    assert backwards.start == (100, 50) and backwards.end == (20, 80)


def test_marks_above_each_other_join_in_their_overlap_bowing_towards_earlier_times() -> None:
    arrow = arrow_between(Anchor(0, 100, 10), Anchor(60, 70, 200))
    assert arrow.start[0] == arrow.end[0] == 65
    assert arrow.control[0] < 65
    assert arrow_between(Anchor(0, 100, 10), Anchor(60, 70, 200), mirrored=True).control[0] > 65


def test_an_event_outside_the_view_is_on_the_edge_of_its_side_in_time() -> None:
    assert edge_anchor(True, False, 800, 40, "t").left == 0
    assert edge_anchor(False, False, 800, 40, "t").left == 800
    assert edge_anchor(True, True, 800, 40, "t").left == 800
    assert edge_anchor(True, False, 800, 40, "t").off


@given(
    st.tuples(*[st.floats(-1000, 1000) for _ in range(6)]),
)
def test_the_head_tip_is_the_end_of_the_arrow(values: tuple[float, ...]) -> None:
    a, b, y0, c, d, y1 = values
    arrow = arrow_between(Anchor(min(a, b), max(a, b), y0), Anchor(min(c, d), max(c, d), y1))
    tip, *_base = head_points(arrow, 7)
    assert tip == arrow.end
    assert abs(arrow.head[0] ** 2 + arrow.head[1] ** 2 - 1) < 1e-6 or arrow.head == (0.0, 0.0)

"""Back and Forward over visited events, as a browser does it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from explorer.core.history import VisitHistory


def test_back_and_forward_walk_the_visits() -> None:
    history = VisitHistory()
    for event_id in ("a", "b", "c"):
        history.visit(event_id)
    assert not history.can_go_forward
    assert history.back() == "b"
    assert history.back() == "a"
    assert history.back() is None and not history.can_go_back
    assert history.forward() == "b"
    assert history.current == "b"


def test_visiting_after_going_back_drops_what_was_ahead() -> None:
    history = VisitHistory()
    for event_id in ("a", "b", "c"):
        history.visit(event_id)
    history.back()
    history.visit("d")
    assert not history.can_go_forward
    assert history.back() == "b"


def test_the_current_event_is_recorded_once() -> None:
    history = VisitHistory()
    assert history.visit("a")
    assert not history.visit("a")
    history.visit("b")
    assert history.back() == "a" and not history.can_go_back


def test_the_oldest_visits_go_past_the_limit() -> None:
    history = VisitHistory(limit=3)
    for event_id in "abcde":
        history.visit(event_id)
    assert [history.back(), history.back(), history.back()] == ["d", "c", None]


def test_forgetting_removed_events_keeps_the_rest_in_order() -> None:
    history = VisitHistory()
    for event_id in "abcb":
        history.visit(event_id)
    history.forget({"a", "b"})
    assert history.current == "b"
    assert history.back() == "a" and history.back() is None


@given(st.lists(st.sampled_from("abcd"), max_size=30), st.lists(st.booleans(), max_size=30))
def test_back_then_forward_returns_to_the_same_event(visits: list[str], steps: list[bool]) -> None:
    history = VisitHistory()
    for event_id in visits:
        history.visit(event_id)
    start = history.current
    backs = 0
    for go_back in steps:
        if go_back and history.back() is not None:
            backs += 1
    for _ in range(backs):
        history.forward()
    assert history.current == start

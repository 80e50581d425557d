"""The event store: time order, rows by id and the "led to" index, whatever the events."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from msgspec.structs import replace

from explorer.core.loader import load_dataset_bytes
from explorer.core.schema import Dataset, Event, encode_dataset
from explorer.core.store import EventStore, led_to_index
from explorer.core.summary import build_summary
from tests.factories import small_dataset

_BASE = small_dataset()
_TEMPLATE = _BASE.events[0]


def _events(draw_ids: list[str], starts: list[int]) -> list[Event]:
    from explorer.core.dates import PartialDate

    return [
        replace(_TEMPLATE, id=event_id, start=PartialDate(1900 + year % 5), end=None, causes=[])
        for event_id, year in zip(draw_ids, starts, strict=False)
    ]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b", "c", "d", "e", "f"]), min_size=0, max_size=20),
    st.lists(st.integers(0, 20), min_size=20, max_size=20),
)
def test_rows_are_in_time_then_id_order_like_a_python_sort(
    ids: list[str], years: list[int]
) -> None:
    events = _events(ids, years)
    store = EventStore.build(replace(_BASE, events=events))
    expected = sorted(events, key=lambda e: (e.start_time, e.end_time, e.id))
    assert [e.id for e in store.events] == [e.id for e in expected]
    assert store.start_times.tolist() == [e.start_time for e in expected]
    assert store.end_times.tolist() == [e.end_time for e in expected]
    for event_id in set(ids):
        assert store.events[store.row_of(event_id)].id == event_id
        assert store.row_of(event_id) == min(r for r, e in enumerate(expected) if e.id == event_id)
    assert store.row_of("nowhere") == -1


def test_led_to_lists_the_effects_of_each_cause(dataset: Dataset) -> None:
    store = EventStore.build(dataset)
    for event in dataset.events:
        for cause in event.causes:
            assert event.id in store.led_to[cause]
    assert len(store) == len(dataset.events)


def test_an_effect_is_listed_once_and_never_as_its_own_effect() -> None:
    """The pane's "Led to" and an export's agree: one index, written once."""
    first, second, third = small_dataset().events[:3]
    events = [
        first,
        replace(second, causes=[first.id, first.id]),
        replace(third, causes=[third.id, first.id]),
    ]
    assert led_to_index(events) == {first.id: [second.id, third.id]}
    dataset = replace(small_dataset(), events=events)
    exported = build_summary(dataset, events).events[0].led_to
    assert [reference.id for reference in exported] == [second.id, third.id]


def test_the_search_index_follows_the_rows(dataset: Dataset) -> None:
    store = EventStore.build(dataset)
    from explorer.core.search import event_matches

    rows = store.search_index().matching_rows("belovezha")
    expected = [row for row, event in enumerate(store.events) if event_matches("belovezha", event)]
    assert rows.tolist() == expected and expected
    assert store.search_index() is store.search_index()  # built once


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b", "c", "d", "e", "f"]), min_size=0, max_size=12),
    st.lists(st.integers(0, 20), min_size=12, max_size=12),
    st.lists(st.sampled_from(["a", "b", "x", "e"]), max_size=3),
)
def test_ids_the_loader_made_find_the_same_rows_as_ids_made_anew(
    ids: list[str], years: list[int], causes: list[str]
) -> None:
    """A loaded file comes with the rows of its ids (validation made them): the store puts
    them in time order instead of hashing every id again, and finds the same rows."""
    events = _events(ids, years)
    if events:
        events[-1] = replace(events[-1], causes=causes)  # maybe a cause to drop, maybe not
    document = encode_dataset(replace(_BASE, events=events, story=[]))
    result = load_dataset_bytes(document, "ids.json")
    assert (result.ids is not None) == (len(set(ids)) == len(ids))
    loaded = EventStore.build(result.dataset, result.ids)
    anew = EventStore.build(result.dataset)
    for event_id in {*ids, "nowhere"}:
        assert loaded.row_of(event_id) == anew.row_of(event_id)
        assert event_id in loaded.rows_by_id or loaded.row_of(event_id) == -1
    assert sorted(loaded.rows_by_id) == sorted(anew.rows_by_id)


def test_events_in_the_same_place_share_its_text_once_the_search_index_is_made() -> None:
    minsk, kyiv = {"en": "Minsk", "ar": "مينسك"}, {"en": "Kyiv"}
    places = [minsk, kyiv, dict(minsk), {"ar": "مينسك", "en": "Minsk"}, dict(minsk)]
    events = [
        replace(_TEMPLATE, id=f"e{number}", place=dict(place), causes=[])
        for number, place in enumerate(places)
    ]
    store = EventStore.build(replace(_BASE, events=events))
    assert store.search_index().matching_rows("minsk").tolist() == [0, 2, 3, 4]
    by_id = {event.id: event.place for event in store.events}
    assert [by_id[f"e{number}"] for number in range(5)] == places
    assert by_id["e0"] is by_id["e2"] is by_id["e4"]
    assert by_id["e1"] is not by_id["e0"]
    assert by_id["e3"] is not by_id["e0"]  # another order of languages: kept as written

"""Checks across events: duplicate ids and bad causes are dropped and reported, in file order."""

from __future__ import annotations

from msgspec.structs import replace

from explorer.core.dates import PartialDate
from explorer.core.schema import FORMAT_ID, Dataset, Event
from explorer.core.validate import validate_dataset


def event(event_id: str, *causes: str) -> Event:
    return Event(id=event_id, title={"en": event_id}, start=PartialDate(1991), causes=list(causes))


def dataset(*events: Event) -> Dataset:
    return Dataset(format=FORMAT_ID, title={"en": "T"}, events=list(events))


def test_a_clean_dataset_is_returned_as_it_is() -> None:
    clean = dataset(event("a"), event("b", "a"), event("c", "a", "b"))
    result = validate_dataset(clean)
    assert result.dataset is clean
    assert result.issues == []


def test_problems_are_fixed_and_reported_in_file_order() -> None:
    result = validate_dataset(
        dataset(
            event("a", "b", "b", "a", "nowhere"),
            event("b", "a"),
            event("a", "nowhere"),  # a duplicate: dropped, its causes are not looked at
            event("c", "a", "c"),
            event("b"),
        )
    )
    assert [e.id for e in result.dataset.events] == ["a", "b", "c"]
    assert [e.causes for e in result.dataset.events] == [["b"], ["a"], ["a"]]
    assert result.warnings() == [
        "$.events[0].causes[1]: cause “b” is listed twice; ignored",
        "$.events[0].causes[2]: event “a” lists itself as a cause; ignored",
        "$.events[0].causes[3]: cause “nowhere” is not the id of any event; ignored",
        "$.events[2].id: duplicate id “a”: an earlier event has it; this one is ignored",
        "$.events[3].causes[1]: event “c” lists itself as a cause; ignored",
        "$.events[4].id: duplicate id “b”: an earlier event has it; this one is ignored",
    ]
    assert result.warnings(json_paths=False)[3] == (
        "event 3 (“a”): duplicate id “a”: an earlier event has it; this one is ignored"
    )


def test_events_that_need_no_fix_are_kept_as_they_are() -> None:
    good = event("b", "a")
    result = validate_dataset(dataset(event("a"), good, event("c", "missing")))
    assert result.dataset.events[1] is good
    assert result.dataset.events[2].causes == []


def test_story_steps_that_name_no_event_or_come_twice_are_dropped_and_reported() -> None:
    events = [event("a"), event("b", "a")]
    result = validate_dataset(replace(dataset(*events), story=["b", "nowhere", "a", "b"]))
    assert result.dataset.story == ["b", "a"]
    assert result.dataset.events == events
    assert result.warnings() == [
        "$.story[1]: story step “nowhere” is not the id of any event; ignored",
        "$.story[3]: story step “b” is listed twice; ignored",
    ]
    assert result.warnings(json_paths=False)[0].startswith("$.story[1]: story step")


def test_a_good_story_leaves_the_dataset_as_it_is() -> None:
    clean = replace(dataset(event("a"), event("b")), story=["b", "a"])
    result = validate_dataset(clean)
    assert result.dataset is clean and result.issues == []


def test_story_issues_come_before_the_events_issues() -> None:
    bad = replace(dataset(event("a", "nowhere"), event("a")), story=["a", "gone"])
    result = validate_dataset(bad)
    assert [issue.json_path() for issue in result.issues] == [
        "$.story[1]",
        "$.events[0].causes[0]",
        "$.events[1].id",
    ]
    assert result.dataset.story == ["a"]

"""Validation and limits look at the events a slice at a time; what they find does not depend on
where the slices fall."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from msgspec.structs import replace

import explorer.core.limits as limits
import explorer.core.validate as validate
from explorer.core.dates import PartialDate
from explorer.core.schema import FORMAT_ID, Dataset, Event

_IDS = ["a", "b", "c", "d"]


def _dataset(specs: list[tuple[str, list[str]]]) -> Dataset:
    events = [
        Event(id=event_id, title={"en": event_id}, start=PartialDate(1991), causes=causes)
        for event_id, causes in specs
    ]
    return Dataset(format=FORMAT_ID, title={"en": "T"}, events=events)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_IDS), st.lists(st.sampled_from([*_IDS, "x"]), max_size=3)),
        max_size=12,
    )
)
def test_validation_finds_the_same_whatever_the_slice(specs: list[tuple[str, list[str]]]) -> None:
    whole = validate.validate_dataset(_dataset(specs))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(validate, "_SLICE", 2)
        sliced = validate.validate_dataset(_dataset(specs))
    assert sliced.warnings() == whole.warnings()
    assert [(e.id, e.causes) for e in sliced.dataset.events] == [
        (e.id, e.causes) for e in whole.dataset.events
    ]


def test_limits_find_the_long_texts_in_any_slice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "_SLICE", 2)
    dataset = _dataset([(event_id, []) for event_id in "abcde"])
    long_title = "x" * (limits.MAX_TITLE_CHARS + 5)
    events = list(dataset.events)
    events[3] = replace(events[3], title={"en": long_title})
    cut, issues = limits.enforce_limits(replace(dataset, events=events))
    assert [issue.event_index for issue in issues] == [3]
    assert len(cut.events[3].title["en"]) <= limits.MAX_TITLE_CHARS

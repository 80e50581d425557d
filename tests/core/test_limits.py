"""Limits at load: what would make a view or an export hang is cut, and the user is told."""

from __future__ import annotations

import json

import pytest

from explorer.core import limits
from explorer.core.errors import DatasetError
from explorer.core.loader import load_dataset_bytes
from explorer.core.schema import Event


def dataset_bytes(**event: object) -> bytes:
    base = {"id": "big", "title": {"en": "Big"}, "start": "1991-12-21", "kind": "treaty"}
    document = {
        "format": "timeline-explorer/1",
        "title": {"en": "Limits"},
        "events": [dict(base, **event), {"id": "other", "title": {"en": "Other"}, "start": "1991"}],
    }
    return json.dumps(document).encode()


def test_an_agreement_with_100000_parties_keeps_the_first_500_and_says_so() -> None:
    parties = [{"party": {"en": f"State {n}"}, "status": "signed"} for n in range(100_000)]
    result = load_dataset_bytes(dataset_bytes(participants=parties), "huge.json")
    event = result.dataset.events[0]
    assert len(event.participants) == limits.MAX_PARTICIPANTS == 500
    assert event.participants[-1].party == {"en": "State 499"}
    [warning] = result.warnings
    assert warning.startswith("huge.json: $.events[0].participants: 100,000 participants")
    assert "first 500 are kept" in warning


def test_a_title_of_a_million_characters_is_cut_to_the_limit() -> None:
    result = load_dataset_bytes(dataset_bytes(title={"en": "x" * 1_000_000}), "t.json")
    title = result.dataset.events[0].title["en"]
    assert len(title) == limits.MAX_TITLE_CHARS and title.endswith("…")
    assert "$.events[0].title: 1,000,000 characters; cut to the limit of 500" in result.warnings[0]


def test_long_names_and_quotes_inside_an_event_are_cut() -> None:
    parties = [
        {
            "party": {"en": "P"},
            "representatives": [{"name": {"en": "n" * 50_000}, "office": {"en": "o"}}] * 60,
        }
    ]
    sources = [{"citation": "c", "quote": "q" * 100_000}]
    result = load_dataset_bytes(dataset_bytes(participants=parties, sources=sources), "t.json")
    event = result.dataset.events[0]
    assert len(event.participants[0].representatives) == limits.MAX_REPRESENTATIVES
    assert len(event.participants[0].representatives[0].name["en"]) == 2_000
    assert len(event.sources[0].quote) == limits.MAX_LONG_TEXT_CHARS
    assert any("longer than its limit" in warning for warning in result.warnings)


def test_ordinary_events_are_left_as_they_are() -> None:
    data = dataset_bytes(summary={"en": "s" * limits.MAX_LONG_TEXT_CHARS})
    result = load_dataset_bytes(data, "t.json")
    assert result.warnings == []
    assert len(result.dataset.events[0].summary["en"]) == limits.MAX_LONG_TEXT_CHARS


def test_too_many_events_is_an_error_naming_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_EVENTS", 1)
    with pytest.raises(DatasetError, match=r"2 events is more than Timeline Explorer opens \(1\)"):
        load_dataset_bytes(dataset_bytes(), "t.json")


def test_thousands_of_eras_and_categories_and_long_names_are_cut_and_reported() -> None:
    document = json.loads(dataset_bytes())
    document["title"] = {"en": "T" * 5_000}
    era = {"start": "1900", "end": "1950"}
    document["eras"] = [
        dict(era, title={"en": f"Era {n}" + "e" * (2_000 if n == 3 else 0)}) for n in range(1_200)
    ]
    document["categories"] = [
        {"id": f"c{n}", "name": {"en": f"Category {n}"}, "colour": "#336699"} for n in range(600)
    ]
    result = load_dataset_bytes(json.dumps(document).encode(), "many.json")
    dataset = result.dataset
    assert len(dataset.eras) == limits.MAX_ERAS and dataset.eras[-1].title == {"en": "Era 999"}
    assert len(dataset.categories) == limits.MAX_CATEGORIES
    assert len(dataset.title["en"]) == len(dataset.eras[3].title["en"]) == limits.MAX_TITLE_CHARS
    assert result.warnings == [
        "many.json: $.title: 5,000 characters; cut to the limit of 500",
        "many.json: $.eras: 1,200 eras; the first 1,000 are kept (the limit)",
        "many.json: $.categories: 600 categories; the first 500 are kept (the limit)",
        "many.json: $.eras[3].title: cut to the limit of 500 characters",
    ]


def compact_bytes(**event: object) -> bytes:
    """The dataset of :func:`dataset_bytes` written as tightly as JSON allows."""
    return json.dumps(json.loads(dataset_bytes(**event)), separators=(",", ":")).encode()


def _tight_event(**fields: object) -> Event:
    """The first event of a dataset written as tightly as JSON allows, loaded; one warning."""
    data = json.dumps(json.loads(dataset_bytes(**fields)), separators=(",", ":")).encode()
    result = load_dataset_bytes(data, "tight.json")
    assert len(result.warnings) == 1
    return result.dataset.events[0]


def test_the_smallest_files_past_a_limit_are_cut_too() -> None:
    """Events whose JSON is too short to break a limit are not measured: the shortest that can
    break one is."""
    name, party = {"name": {"a": ""}}, {"party": {"a": ""}}
    tight = _tight_event(participants=[{**party, "representatives": [name] * 51}])
    assert len(tight.participants[0].representatives) == 50
    assert len(_tight_event(participants=[party] * 501).participants) == 500
    assert len(_tight_event(sources=[{"citation": "c"}] * 201).sources) == 200
    assert len(_tight_event(title={"a": "t" * 501}).title["a"]) == 500
    assert len(_tight_event(place={"a": "p" * 2001}).place["a"]) == 2000

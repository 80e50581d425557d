"""Eras, categories and what imported files carry (display dates, media, milestones)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from explorer.core.errors import DatasetError
from explorer.core.export.base import ExportRequest
from explorer.core.export.json import JsonExporter
from explorer.core.loader import load_dataset, load_dataset_bytes
from explorer.core.schema import FORMAT_ID, Dataset, decode_dataset, encode_dataset
from explorer.paths import default_dataset_path
from tests.core.strategies import datasets

EVENT = {"id": "a", "title": {"en": "A"}, "start": "1991-12-08"}
FULL = {
    "format": FORMAT_ID,
    "title": {"en": "T"},
    "eras": [
        {"title": {"en": "Cold War", "ar": "الحرب الباردة"}, "start": "1947", "end": "1991"},
        {"title": {"en": "Perestroika"}, "start": "1985", "end": "1991", "colour": "#aabbcc"},
    ],
    "categories": [{"id": "treaty", "name": {"en": "Treaties"}, "colour": "#4E79A7"}],
    "events": [
        dict(
            EVENT,
            category="treaty",
            display_date={"en": "Winter 1991"},
            media={"url": "https://example.org/a.jpg", "credit": "Example", "caption": {"en": "A"}},
            milestone=True,
        )
    ],
}


def load(document: dict[str, object]) -> tuple[Dataset, list[str]]:
    result = load_dataset_bytes(json.dumps(document, indent=2).encode(), "t.json")
    return result.dataset, result.warnings


def test_a_file_without_the_new_fields_still_loads_as_format_1() -> None:
    dataset, warnings = load({"format": FORMAT_ID, "title": {"en": "T"}, "events": [EVENT]})
    assert warnings == []
    assert dataset.eras == [] and dataset.categories == []
    event = dataset.events[0]
    assert (event.category, event.display_date, event.media, event.milestone) == (
        "",
        {},
        None,
        False,
    )
    assert b"eras" not in encode_dataset(dataset) and b"display_date" not in encode_dataset(dataset)


def test_the_built_in_dataset_still_loads_without_warnings() -> None:
    result = load_dataset(default_dataset_path())
    assert result.warnings == [] and len(result.dataset.events) > 20


def test_eras_categories_and_event_extras_are_read_and_written_back() -> None:
    dataset, warnings = load(FULL)
    assert warnings == []
    cold_war, perestroika = dataset.eras
    assert (cold_war.start.iso(), cold_war.end.iso(), cold_war.colour) == ("1947", "1991", None)
    assert perestroika.colour == "#aabbcc"
    assert dataset.categories[0].name == {"en": "Treaties"}
    event = dataset.events[0]
    assert event.category == "treaty" and event.milestone
    assert event.display_date == {"en": "Winter 1991"}
    assert event.media is not None and event.media.caption == {"en": "A"}
    written = JsonExporter().render(ExportRequest(dataset, dataset.events))
    assert json.loads(written)["eras"][1]["colour"] == "#aabbcc"
    assert decode_dataset(written) == dataset


def test_an_unknown_category_is_a_warning_with_its_path_and_is_dropped() -> None:
    document = dict(FULL, events=[EVENT, dict(EVENT, id="b", category="battle")])
    dataset, warnings = load(document)
    assert warnings == [
        "t.json: $.events[1].category: category “battle” is not the id of any category in "
        "“categories”; ignored"
    ]
    assert [event.category for event in dataset.events] == ["", ""]


def test_a_repeated_category_id_is_a_warning_and_the_first_one_wins() -> None:
    first = {"id": "x", "name": {"en": "First"}, "colour": "#000000"}
    document = dict(FULL, categories=[first, dict(first, name={"en": "Second"})], events=[EVENT])
    dataset, warnings = load(document)
    assert [category.name for category in dataset.categories] == [{"en": "First"}]
    assert len(warnings) == 1 and warnings[0].startswith("t.json: $.categories[1].id: duplicate")


@pytest.mark.parametrize(
    ("change", "path", "problem", "hint"),
    [
        (
            {"categories": [{"id": "x", "name": {"en": "X"}, "colour": "blue"}]},
            "$.categories[0].colour",
            "a colour must be written #rrggbb",
            "#4e79a7",
        ),
        (
            {"eras": [{"title": {"en": "E"}, "start": "1990", "end": "1990", "colour": "#abc"}]},
            "$.eras[0].colour",
            "#rrggbb",
            "#4e79a7",
        ),
        (
            {"eras": [{"title": {"en": "E"}, "start": "1991", "end": "1985"}]},
            "$.eras[0].end",
            "the end (1985) is before the start (1991)",
            "swap",
        ),
        (
            {"categories": [{"id": "a b", "name": {"en": "X"}, "colour": "#000000"}]},
            "$.categories[0].id",
            "cannot contain spaces",
            "",
        ),
    ],
)
def test_bad_colours_and_eras_are_errors_with_the_path_and_a_hint(
    change: dict[str, object], path: str, problem: str, hint: str
) -> None:
    with pytest.raises(DatasetError) as caught:
        load(dict(FULL, **change))
    message = str(caught.value)
    assert path in message and problem in message and hint in message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datasets())
def test_any_dataset_survives_a_json_export_and_reading_back(dataset: Dataset) -> None:
    written = JsonExporter().render(ExportRequest(dataset, dataset.events))
    result = load_dataset_bytes(written, "export.json")
    assert result.warnings == []
    assert result.dataset == dataset


def test_cosmic_years_from_timelinejs_are_kept_and_written_in_billions() -> None:
    slides = [
        {"start_date": {"year": -13_800_000_000, "hour": 5}, "text": {"headline": "Big Bang"}},
        {"start_date": {"year": "-66000000"}, "text": {"headline": "Dinosaurs die out"}},
        {"start_date": {"year": -30_000_000_000}, "text": {"headline": "Too early"}},
    ]
    era = {
        "start_date": {"year": -13_800_000_000},
        "end_date": {"year": -4_540_000_000},
        "text": {"headline": "Before the Earth"},
    }
    data = json.dumps({"scale": "cosmological", "events": slides, "eras": [era]}).encode()
    result = load_dataset_bytes(data, "cosmo.json")
    big_bang, dinosaurs = result.dataset.events
    # TimelineJS has no year 0; a time of day that far back is dropped.
    assert big_bang.start.iso() == "-13799999999"
    assert big_bang.start.format("en") == "13.8 billion years ago"
    assert big_bang.start.format("ar") == "قبل 13.8 مليار سنة"
    assert dinosaurs.start.format("en") == "66 million years ago"
    assert big_bang.start_time < dinosaurs.start_time < 0
    assert len(result.warnings) == 1 and "year -30000000000 is out of range" in result.warnings[0]
    (before,) = result.dataset.eras
    assert before.end.format("en") == "4.54 billion years ago"
    written = encode_dataset(result.dataset)
    assert load_dataset_bytes(written, "cosmo-copy.json").dataset == result.dataset


SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"


@pytest.mark.parametrize(
    ("name", "eras", "categories"),
    [
        ("timelinejs-eras.json", 3, 0),
        ("timelinejs-houston.json", 0, 0),
        ("timelinejs-my-own-timeline.csv", 0, 0),
        ("thetimeline-versions.timeline", 0, 3),
    ],
)
def test_each_sample_saved_in_our_format_reopens_identical(
    name: str, eras: int, categories: int
) -> None:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"sample {name} is not beside the checkout")
    imported = load_dataset(path)
    assert imported.warnings == []
    dataset = imported.dataset
    assert (len(dataset.eras), len(dataset.categories)) == (eras, categories)
    assert len({category.colour for category in dataset.categories}) == categories
    saved = JsonExporter().render(ExportRequest(dataset, dataset.events))
    reopened = load_dataset_bytes(saved, "saved.json")
    assert reopened.warnings == [] and reopened.dataset == dataset

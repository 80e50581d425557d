"""TimelineJS 2 files, the format of TimelineJS's own older examples, open like the others."""

from __future__ import annotations

import json

import pytest

from explorer.core.dates import format_span
from explorer.core.errors import DatasetError
from explorer.core.loader import load_dataset_bytes


def timeline(**fields: object) -> bytes:
    document = {
        "timeline": {
            "headline": "The <i>Sh*t</i> Year",
            "type": "default",
            "text": "<p>A year of news.</p>",
            "asset": {"media": "https://example.org/cover.jpg", "credit": "Example"},
            "date": [
                {
                    "startDate": "2011,12,10",
                    "endDate": "2011,12,11",
                    "headline": "Two days",
                    "text": "<p>First &amp; second</p>",
                    "tag": "News",
                    "asset": {"media": "https://example.org/a.jpg", "caption": "A picture"},
                },
                {"startDate": "-500", "headline": "Ancient"},
                {"startDate": "1991,12,25,19,38", "headline": "Evening"},
                {"startDate": "1991,13,1", "headline": "Bad month"},
                {"headline": "No date"},
            ],
            "era": [{"startDate": "2011,1,1", "endDate": "2011,12,31", "headline": "2011"}],
            **fields,
        }
    }
    return json.dumps(document).encode()


def test_slides_eras_dates_and_the_title_are_read() -> None:
    result = load_dataset_bytes(timeline(), "example.json")
    assert result.format_name == "TimelineJS 2 JSON"
    dataset = result.dataset
    assert dataset.title == {"en": "The Sh*t Year"}
    events = {event.title["en"]: event for event in dataset.events}
    two = events["Two days"]
    assert (two.start.iso(), two.end and two.end.iso()) == ("2011-12-10", "2011-12-11")
    assert two.summary["en"] == "First & second"
    assert [(c.id, c.name) for c in dataset.categories] == [("news", {"en": "News"})]
    assert two.category == "news"
    assert two.media is not None and two.media.url == "https://example.org/a.jpg"
    assert two.media.caption == {"en": "A picture"}
    assert format_span(events["Ancient"].start, None, "en") == "500 BC"
    assert events["Evening"].start.iso() == "1991-12-25T19:38"
    assert [(era.title, era.start.iso(), era.end.iso()) for era in dataset.eras] == [
        ({"en": "2011"}, "2011-01-01", "2011-12-31")
    ]
    assert "2011" not in events
    assert "Bad month" not in events and "No date" not in events
    assert len(result.warnings) == 2 and result.dropped_events == 2
    assert "$.timeline.date[3].startDate" in result.warnings[0]


def test_a_timeline_that_is_not_an_object_is_refused_with_the_place() -> None:
    with pytest.raises(DatasetError) as caught:
        load_dataset_bytes(b'{"timeline": {"date": "soon", "startDate": "1"}}', "t.json")
    assert caught.value.location == "$.timeline.date"

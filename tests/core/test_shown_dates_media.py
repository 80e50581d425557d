"""What an event shows beyond its dates: its own date text, its media as a link, a milestone mark.

Every summary export (Markdown, HTML, the handout) shows ``display_date`` instead of the dates
written out, the media as "Media: caption (credit)" linking to a web address (http and https
only) and a milestone as a word beside the kind; CSV and JSON keep the computed dates as data.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from msgspec.structs import replace

from explorer.core.dates import PartialDate
from explorer.core.export.base import ExportRequest
from explorer.core.export.csv import CsvExporter
from explorer.core.export.html import render_html
from explorer.core.export.json import JsonExporter
from explorer.core.export.markdown import render_markdown
from explorer.core.export.print_html import render_handout
from explorer.core.loader import load_dataset, load_dataset_bytes
from explorer.core.schema import FORMAT_ID, Dataset, Event, Media
from explorer.core.search import event_matches
from explorer.core.summary import build_summary, event_date_text

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"


def moon_dataset(url: str = "https://www.nasa.gov/mission/apollo-11/") -> Dataset:
    landing = Event(
        id="apollo-11",
        title={"en": "Apollo 11 lands on the Moon", "ar": "هبوط أبولو 11 على القمر"},
        start=PartialDate.parse("1969-07-20"),
        display_date={"en": "Summer 1969", "ar": "صيف 1969"},
        milestone=True,
        media=Media(
            url=url, credit="NASA", caption={"en": "The Apollo 11 mission", "ar": "مهمة أبولو 11"}
        ),
    )
    plain = Event(id="sputnik", title={"en": "Sputnik 1"}, start=PartialDate.parse("1957-10-04"))
    return Dataset(format=FORMAT_ID, title={"en": "Space"}, events=[plain, landing])


def test_the_display_date_replaces_the_dates_written_out() -> None:
    dataset = moon_dataset()
    sputnik, landing = dataset.events
    assert event_date_text(landing, "en") == "Summer 1969"
    assert event_date_text(landing, "ar") == "صيف 1969"
    assert event_date_text(sputnik, "en") == "4 October 1957"
    only_english = replace(landing, display_date={"en": "Summer 1969"})
    summary = build_summary(dataset, [only_english], "ar")
    assert (summary.events[0].date_text, summary.events[0].date_language) == ("Summer 1969", "en")
    assert summary.events[0].start == "1969-07-20"  # the data keeps the computed date


def test_the_summary_carries_the_media_and_the_milestone() -> None:
    dataset = moon_dataset()
    sputnik, landing = build_summary(dataset, dataset.events, "en").events
    assert landing.milestone and not sputnik.milestone
    assert sputnik.media is None
    assert landing.media is not None
    assert landing.media.url == "https://www.nasa.gov/mission/apollo-11/"
    assert (landing.media.caption, landing.media.credit) == ("The Apollo 11 mission", "NASA")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "mailto:a@b.org"])
def test_only_web_addresses_of_media_are_followed(url: str) -> None:
    summary = build_summary(moon_dataset(url), moon_dataset(url).events, "en")
    media = summary.events[1].media
    assert media is not None and media.url == "" and media.address == url
    assert "href" not in render_html(summary).split("<main", 1)[1].split("Media")[1][:200]
    assert "](<" not in render_markdown(summary)


def test_markdown_shows_the_date_the_milestone_and_a_media_link() -> None:
    dataset = moon_dataset()
    text = render_markdown(build_summary(dataset, dataset.events, "en"))
    assert "- **Date:** Summer 1969" in text
    assert "- **Kind:** Event · Milestone" in text
    media = "- **Media:** [The Apollo 11 mission](<https://www.nasa.gov/mission/apollo-11/>) (NASA)"
    assert media in text
    assert "20 July 1969" not in text
    arabic = render_markdown(build_summary(dataset, dataset.events, "ar"))
    assert "صيف 1969" in arabic and "محطة بارزة" in arabic and "وسائط" in arabic


@pytest.mark.parametrize("render", [render_html, render_handout])
def test_html_and_the_handout_show_the_date_the_milestone_and_a_media_link(render) -> None:  # type: ignore[no-untyped-def]
    dataset = moon_dataset()
    page = render(build_summary(dataset, dataset.events, "en"))
    assert "Summer 1969" in page and "20 July 1969" not in page
    assert '<span class="badge milestone">Milestone</span>' in page
    assert (
        '<b>Media:</b> <a href="https://www.nasa.gov/mission/apollo-11/">The Apollo 11 mission'
        "</a> (NASA)"
    ) in page


def test_csv_and_json_keep_the_computed_dates_as_data() -> None:
    dataset = moon_dataset()
    request = ExportRequest(dataset, dataset.events)
    rows = list(csv.DictReader(io.StringIO(CsvExporter().render(request).decode("utf-8-sig"))))
    assert (rows[1]["Start"], rows[1]["Date"]) == ("1969-07-20", "Summer 1969")
    saved = json.loads(JsonExporter().render(request))
    assert saved["events"][1]["start"] == "1969-07-20"
    assert saved["events"][1]["display_date"] == {"en": "Summer 1969", "ar": "صيف 1969"}
    assert saved["events"][1]["milestone"] is True


def sample(name: str) -> Path:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"sample {name} is not beside the checkout")
    return path


def test_the_houston_sample_shows_its_media_as_links() -> None:
    dataset = load_dataset(sample("timelinejs-houston.json")).dataset
    text = render_markdown(build_summary(dataset, dataset.events, "en"))
    song = "I'm Every Women as performed by Whitney Houston."
    assert f"- **Media:** [{song}](<https://youtu.be/" in text
    assert text.count("- **Media:** [") == sum(event.media is not None for event in dataset.events)


def test_a_fuzzy_milestone_of_the_timeline_shows_about_its_date() -> None:
    data = sample("thetimeline-versions.timeline").read_bytes()
    marked = data.replace(
        b"<fuzzy>False</fuzzy>", b"<fuzzy>True</fuzzy><milestone>True</milestone>", 1
    )
    dataset = load_dataset_bytes(marked, "versions.timeline").dataset
    marked_events = [event for event in dataset.events if event.milestone]
    assert len(marked_events) == 1
    event = build_summary(dataset, marked_events, "en").events[0]
    assert event.date_text.startswith("about ") and event.milestone
    assert "Milestone" in render_markdown(build_summary(dataset, marked_events, "en"))


def test_the_display_date_is_searchable_as_shown() -> None:
    landing = moon_dataset().events[1]
    assert event_matches("summer 1969", landing) and event_matches("صيف", landing)

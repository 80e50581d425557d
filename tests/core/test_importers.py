"""Importers: real files from TimelineJS3 and The Timeline, bad input, and HTML → plain text."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core.dates import format_span
from explorer.core.errors import DatasetError
from explorer.core.importers import (
    IMPORTERS,
    Importer,
    TheTimelineImporter,
    TimelineJSCsvImporter,
    TimelineJSJsonImporter,
    find_importer,
)
from explorer.core.importers.html_text import html_to_text
from explorer.core.importers.rest_text import description_text
from explorer.core.schema import Category, Dataset, Event, decode_dataset, encode_dataset

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
JSON = TimelineJSJsonImporter()
CSV = TimelineJSCsvImporter()
XML = TheTimelineImporter()
TAG = re.compile(r"<[A-Za-z!/?]")


def sample(name: str) -> bytes:
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"sample {name} is not beside the checkout")
    return path.read_bytes()


def import_sample(name: str) -> Dataset:
    data = sample(name)
    importer = find_importer(data)
    assert importer is not None, f"no importer recognizes {name}"
    dataset, warnings = importer.load_with_warnings(data, name)
    assert warnings == []
    assert_round_trips(dataset)
    return dataset


def assert_round_trips(dataset: Dataset) -> None:
    assert decode_dataset(encode_dataset(dataset)) == dataset


def by_title(dataset: Dataset) -> dict[str, Event]:
    return {next(iter(event.title.values())): event for event in dataset.events}


def all_texts(dataset: Dataset) -> list[str]:
    texts = [*dataset.title.values(), *dataset.description.values()]
    for event in dataset.events:
        texts += [*event.title.values(), *event.summary.values(), event.group]
        for source in event.sources:
            texts += [source.citation, source.quote, *source.note.values()]
    return texts


# --- The real files -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "importer"),
    [
        ("timelinejs-eras.json", JSON),
        ("timelinejs-houston.json", JSON),
        ("timelinejs-my-own-timeline.csv", CSV),
        ("thetimeline-versions.timeline", XML),
    ],
)
def test_each_sample_is_recognized_by_its_importer_only(name: str, importer: Importer) -> None:
    data = sample(name)
    assert [type(found) for found in IMPORTERS if found.sniff(data)] == [type(importer)]


def test_timelinejs_eras_gives_20_events_and_3_eras_in_the_7th_century() -> None:
    dataset = import_sample("timelinejs-eras.json")
    assert dataset.title == {"en": "Eras Test"}
    kinds = Counter(event.kind for event in dataset.events)
    assert kinds == {"event": 20}
    assert all(600 <= event.start.year <= 720 for event in dataset.events)
    eras = [(era.title["en"], era.start.iso(), era.end.iso()) for era in dataset.eras]
    assert sorted(eras) == [
        ("Era Test 600-650", "0600", "0650"),
        ("Era Test 650-700", "0650", "0700"),
        ("Era Test 700-720", "0700", "0720"),
    ]
    assert all(era.colour is None for era in dataset.eras)  # TimelineJS eras have no colour
    assert dataset.categories == []
    events = by_title(dataset)
    war = events["Last great Roman-Persian War."]
    assert (war.start.iso(), war.end and war.end.iso()) == ("0602", "0629")
    hijra = events["Muhammad Migrates from Mecca to Medina"]
    assert (hijra.start.iso(), hijra.end and hijra.end.iso()) == ("0622-08-09", "0622-08-23")
    assert events["Synod of Whitby"].start.iso() == "0663"
    assert events["Synod of Whitby"].is_instant
    assert war.media is not None
    assert war.media.url == "https://en.wikipedia.org/wiki/Roman-Persian_Wars"
    assert [source.note for source in war.sources] == [{"en": "Background image"}]
    assert sum(event.media is not None for event in dataset.events) == 19
    assert len({event.id for event in dataset.events}) == 20


def test_timelinejs_houston_gives_18_events_as_plain_text() -> None:
    dataset = import_sample("timelinejs-houston.json")
    assert dataset.title == {"en": "Whitney Houston 1963 - 2012"}
    assert dataset.description["en"].startswith("Houston's voice caught the imagination")
    assert len(dataset.events) == 18
    events = by_title(dataset)
    assert events["A Musical Heritage"].start.iso() == "1963-08-09"
    assert events["Whitney Houston 1963-2012"].start.iso() == "2012-02-11"
    assert [e.start.iso() for e in dataset.events].count("1978") == 3
    assert events["'Whitney'"].start.iso() == "1987"
    for text in all_texts(dataset):
        assert not TAG.search(text), text
    # <i>Bodyguard</i> is plain text; two <p> are two paragraphs.
    assert "remade for the Bodyguard soundtrack" in events["The Early Years"].summary["en"]
    married = events["Married Life"].summary["en"]
    assert "born in 1993.\n\nIn 2003 Brown" in married
    # A credit that is a link keeps its text and its address; the media link is the url.
    first = events["First Recording"].media
    assert first is not None and first.url == "https://youtu.be/fSrO91XO1Ck"
    assert first.credit == "Unidisc Music (http://unidiscmusic.com)"
    early = events["The Early Years"].media
    assert early is not None and early.credit == "EbonyJet"
    assert early.caption == {"en": "A young poised Whitney Houston in an interview with EbonyJet."}
    # A protocol-relative address gets https:, an empty media gives nothing.
    crack = events["Crack is Whack"].media
    assert crack is not None and crack.url.startswith("https://upload.wikimedia.org/")
    assert events["Bobby Brown"].media is None and events["Bobby Brown"].sources == []
    assert sum(event.media is not None for event in dataset.events) == 14
    # A picture on TimelineJS's own site is no link: kept as a source, caption first.
    family = events["A Musical Heritage"]
    assert family.media is None
    assert family.sources[0].note["en"].startswith("Houston's mother and Gospel singer")


def test_timelinejs_csv_uses_the_title_row_and_reads_ranges() -> None:
    dataset = import_sample("timelinejs-my-own-timeline.csv")
    assert dataset.title == {"en": "MY OWN CSV"}
    assert dataset.description["en"].startswith("In this sample timeline, we'll walk you through")
    assert len(dataset.events) == 10
    events = by_title(dataset)
    ada = events["Ada Lovelace"]
    assert (ada.start.iso(), ada.end and ada.end.iso()) == ("1815-12-10", "1852-11-27")
    eniac = events["...And the women who made it work"]
    assert (eniac.start.iso(), eniac.end and eniac.end.iso()) == ("1943-07", "1946")
    space = events["Contributions to space exploration"]
    assert (space.start.iso(), space.end and space.end.iso()) == ("1956", "1962")
    assert events["The First Computer"].start.iso() == "1943-06-05"
    assert events["The First Computer"].is_instant
    assert "Take Ada Lovelace (https://en.wikipedia.org/wiki/Ada_Lovelace):" in ada.summary["en"]
    assert ada.media is not None and ada.media.credit == "Wikimedia Commons"
    assert ada.media.url.startswith("https://")
    assert sum(event.media is not None for event in dataset.events) == 9
    assert dataset.eras == [] and dataset.categories == []
    # A blockquote given as media is kept as the quote, without its tags, citing its <cite>.
    (edith,) = events["Edith Clarke: Bucking the Trend"].sources
    assert edith.quote.startswith("There is no demand for women engineers")
    assert edith.quote.endswith("a good piece of work.")
    assert edith.citation.startswith("Edith Clarke, first female professor")
    # The template's notes are paragraphs; its stray full stop is gone.
    space = events["Contributions to space exploration"].summary["en"]
    assert space.endswith("the Apollo Project.\n\nVideos from Vimeo are also easy to embed.")
    assert eniac.summary["en"].endswith(
        "\n\nYou can add a YouTube URL like this video on the ENIAC Women."
    )
    for text in all_texts(dataset):
        assert not TAG.search(text), text


def test_the_timeline_versions_gives_59_events_in_3_coloured_categories() -> None:
    dataset = import_sample("thetimeline-versions.timeline")
    assert len(dataset.events) == 59
    categories = {category.id: category for category in dataset.categories}
    assert {(c.name["en"], c.colour) for c in categories.values()} == {
        ("Planned Release", "#80ff80"),  # 128,255,128
        ("Correction Release", "#ff80ff"),
        ("Future Release", "#80ffff"),
    }
    named = Counter(categories[event.category].name["en"] for event in dataset.events)
    assert named == {"Planned Release": 45, "Correction Release": 13, "Future Release": 1}
    assert all(event.is_instant and not event.milestone for event in dataset.events)
    assert dataset.eras == []
    assert dataset.view is not None  # the period The Timeline last displayed
    assert (dataset.view.start.iso(), dataset.view.end.iso()) == (
        "2018-08-04T21:47",
        "2021-11-11T11:39",
    )
    events = by_title(dataset)
    assert events["Timeline 0.21.1"].start.iso() == "2013-07-07"  # 00:00:00: to the day
    assert events["Timeline 0.20.0"].start.iso() == "2013-03-30T11:16"
    assert events["Timeline 2.3.0"].start.iso() == "2020-10-18T05:36"
    assert categories[events["Timeline 2.3.0"].category].name == {"en": "Future Release"}
    assert events["Timeline 0.21.1"].summary["en"].startswith("Timeline 0.21.1, released on 7 July")
    assert events["Timeline 1.0.1"].summary == {}
    # The descriptions' reStructuredText as a reader sees it.
    old = events["Timeline 0.20.0"].summary["en"]
    assert old.startswith("Timeline 0.20.0, released on 30 March 2013\n\nNew features")
    assert "\n• Added 'Save As' feature\n" in old and "\n\nBug fixes:\n• Fixed" in old
    planned = events["Timeline 2.3.0"].summary["en"]
    assert planned.startswith("Planned to be Released on 18 October 2020.\n\n")
    assert "• Download source (https://jenkins.rickardlindberg.me/" in planned
    for text in all_texts(dataset):
        assert not re.search(r"\*\*|``|`_|^={3,}|^-{3,}", text, re.MULTILINE), text
    assert dataset.title == {"en": "thetimeline-versions"}


# --- TimelineJS JSON details and bad input --------------------------------------------------------


def timelinejs(*events: object, **extra: object) -> bytes:
    return json.dumps({"events": list(events), **extra}).encode()


def slide(headline: str, **fields: object) -> dict[str, object]:
    return {"start_date": {"year": 1991}, "text": {"headline": headline}, **fields}


def test_month_13_is_skipped_with_a_warning_naming_the_place() -> None:
    data = timelinejs(slide("Good"), slide("Bad", start_date={"year": "1991", "month": "13"}))
    dataset, warnings = JSON.load_with_warnings(data, "t.json")
    assert [event.title for event in dataset.events] == [{"en": "Good"}]
    assert len(warnings) == 1
    assert warnings[0].startswith("t.json:$.events[1].start_date.month: month 13")
    assert "skipped" in warnings[0]
    assert JSON.load(data, "t.json") == dataset


def test_a_file_where_no_event_can_be_dated_is_an_error() -> None:
    data = timelinejs({"text": {"headline": "No date"}}, slide("Bad", start_date={"year": "x"}))
    with pytest.raises(DatasetError) as caught:
        JSON.load(data, "t.json")
    assert caught.value.location == "$.events[0].start_date"
    assert "no event can be read" in str(caught.value)


@pytest.mark.parametrize(
    ("data", "location", "problem"),
    [
        (b'{"events": [{"start_date": {"year": 1}},]}', "1:41", "invalid JSON"),
        (b'{\n  "events": [\n    {"start_date": }\n  ]\n}', "3:20", "invalid JSON"),
        (b'[{"start_date": {"year": 1}}]', "$", "not a JSON object"),
        (b'{"events": {"start_date": {"year": 1}}}', "$.events", "not a list"),
        (b'{"title": {"start_date": {}}, "events": []}', "$.events", "no events"),
        (b"[" * 100_000, "$", "nested too deeply"),
        (b'{"events": [\n{"start_date": {"year": 1}, "group": "\xff"}]}', "2:39", "not UTF-8"),
    ],
)
def test_bad_timelinejs_json_names_the_place(data: bytes, location: str, problem: str) -> None:
    with pytest.raises(DatasetError) as caught:
        JSON.load(data, "t.json")
    assert caught.value.location == location
    assert problem in caught.value.problem
    assert str(caught.value).startswith(f"t.json:{location}: ")


def test_a_number_too_large_for_json_says_so_and_how_large_years_go() -> None:
    with pytest.raises(DatasetError) as caught:
        JSON.load(b'{"events": [{"start_date": {"year": 1e400}}]}', "t.json")
    assert str(caught.value).startswith("t.json: a number is too large to read")
    assert "years go from -20,000,000,000 to 20,000,000,000" in str(caught.value)


def test_timelinejs_dates_ids_groups_and_languages() -> None:
    data = timelinejs(
        slide("A", unique_id="first", start_date={"year": -500}, group="<b>Wars</b>"),
        slide("B", unique_id="first"),  # taken: a slug of the headline instead
        slide("", text={"text": ""}),
        slide(
            "Times",
            start_date={"year": 1991, "month": 12, "day": "8", "hour": "14"},
            end_date={"year": 1991, "month": 12, "day": 8, "hour": 16, "minute": "30"},
        ),
        slide("No day", start_date={"year": "1991", "hour": 5}, display_date="Winter 1991"),
        slide("مؤتمر ألما آتا", text={"headline": "مؤتمر ألما آتا", "text": "<p>إعلان</p>"}),
        slide("Backwards", end_date={"year": 1990}),
    )
    dataset, warnings = JSON.load_with_warnings(data, "t.json")
    ids = [event.id for event in dataset.events]
    assert ids[:3] == ["first", "b", "event-3"]
    first = dataset.events[0]
    # TimelineJS has no year 0: its -500 is 500 BC, astronomical year -499.
    assert first.start.iso() == "-0499"
    assert dataset.categories == [Category(id="wars", name={"en": "Wars"}, colour="#4e79a7")]
    assert first.category == "wars"
    assert format_span(first.start, None, "en") == "500 BC"
    times = dataset.events[3]
    assert (times.start.iso(), times.end and times.end.iso()) == (
        "1991-12-08T14:00",
        "1991-12-08T16:30",
    )
    no_day = dataset.events[4]
    assert no_day.start.iso() == "1991"
    assert no_day.display_date == {"en": "Winter 1991"} and no_day.summary == {}
    arabic = dataset.events[5]
    assert arabic.title == {"ar": "مؤتمر ألما آتا"}
    assert arabic.summary == {"ar": "إعلان"}
    backwards = dataset.events[6]
    assert backwards.is_instant
    assert warnings == [
        "t.json:$.events[6]: the end 1990 is before the start 1991 "
        "(the event is shown as an instant at its start)"
    ]
    assert_round_trips(dataset)


def test_our_own_format_is_not_taken_for_timelinejs() -> None:
    ours = b'{"format": "timeline-explorer/1", "title": {"en": "x"}, "events": []}'
    assert find_importer(ours) is None


# --- TimelineJS CSV details and bad input --------------------------------------------------------

HEADER = (
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Type,Tag\n"
)


def test_csv_bad_month_is_skipped_with_its_line_and_column() -> None:
    data = (HEADER + "1991,12,8,,,,,,,Good,,,\n1991,13,,,,,,,,Bad,,,\n").encode()
    dataset, warnings = CSV.load_with_warnings(data, "t.csv")
    assert [event.title for event in dataset.events] == [{"en": "Good"}]
    assert warnings[0].startswith("t.csv:3:2: Month '13'") or warnings[0].startswith(
        "t.csv:3:2: month 13"
    )
    assert "skipped" in warnings[0]


def test_csv_times_eras_tags_and_semicolons() -> None:
    rows = [
        "Year;Month;Day;Time;End Year;End Time;Headline;Type;Tag",
        "1991;12;8;2:30 PM;;;Signed;;Treaties",
        "1922;;;;1991;;USSR;era;",
        "1991;12;25;19:32;1991;;Flag lowered;;",
    ]
    dataset = CSV.load("\n".join(rows).encode(), "t.csv")
    signed, flag = dataset.events
    assert signed.start.iso() == "1991-12-08T14:30"
    assert signed.category == "treaties" and flag.category == ""
    assert [category.name for category in dataset.categories] == [{"en": "Treaties"}]
    (ussr,) = dataset.eras
    assert (ussr.title, ussr.start.iso(), ussr.end.iso()) == ({"en": "USSR"}, "1922", "1991")
    assert flag.start.iso() == "1991-12-25T19:32"
    assert dataset.title == {"en": "t"}  # no title row: the file name


@pytest.mark.parametrize(
    ("text", "location", "problem"),
    [
        (HEADER + '1991,,,,,,,,,"Unclosed\n', "2", "not valid CSV"),
        (HEADER + '1991,,,,,,,,,"A"B,,,\n', "2", "not valid CSV"),
        (HEADER, "2", "no event rows"),
        (HEADER + ",,,,,,,,,No year,,,\n", "2:1", "no event can be read"),
        (HEADER + "1991,12,8,25:00,,,,,,Late,,,\n", "2:4", "hour 25"),
    ],
)
def test_bad_csv_names_the_line(text: str, location: str, problem: str) -> None:
    with pytest.raises(DatasetError) as caught:
        CSV.load(text.encode(), "t.csv")
    assert caught.value.location == location
    assert problem in caught.value.problem


def test_csv_that_is_not_utf8_is_an_error() -> None:
    with pytest.raises(DatasetError, match="not UTF-8"):
        CSV.load(HEADER.encode() + b"1991,,,,,,,,,Caf\xe9,,,\n", "t.csv")


# --- The Timeline details and bad input ----------------------------------------------------------


def the_timeline(events: str, extra: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<timeline>\n<version>2.3.0</version>\n'
        f"<timetype>gregoriantime</timetype>\n{extra}<categories/>\n<events>\n{events}</events>\n"
        "</timeline>\n"
    ).encode()


def event_xml(start: str, end: str, text: str, extra: str = "") -> str:
    return f"<event><start>{start}</start><end>{end}</end><text>{text}</text>{extra}</event>\n"


def test_the_timeline_periods_eras_links_and_containers() -> None:
    events = (
        event_xml("2000-03-01 00:00:00", "2000-03-02 00:00:00", "One day")
        + event_xml(
            "2000-03-01 00:00:00",
            "2000-03-05 00:00:00",
            "[1]Container",
            "<hyperlink>https://example.org/a</hyperlink>",
        )
        + event_xml(
            "-500-01-01 00:00:00",
            "-500-01-02 00:00:00",
            "(1)Ancient",
            "<category>Old</category><milestone>True</milestone>",
        )
        + event_xml("2000-03-01 10:00:00", "2000-03-01 12:30:00", " [not a container]")
        + event_xml(
            "2000-03-03 10:00:00",
            "2000-03-03 10:00:00",
            "(1)Member",
            "<category>New</category><description>&lt;p&gt;A &lt;b&gt;b&lt;/b&gt;&lt;/p&gt;"
            "</description>",
        )
    )
    extra = (
        "<eras><era><name>The Era</name><start>1990-01-01 00:00:00</start>"
        "<end>2000-01-01 00:00:00</end><color>1,2,255</color></era></eras>\n"
        "<categories><category><name>New</name><color>255,0,16</color></category></categories>\n"
    )
    dataset = XML.load(the_timeline(events, extra), "my.timeline")
    day, container, ancient, hours, member = dataset.events
    (era,) = dataset.eras
    assert (era.title, era.start.iso(), era.end.iso(), era.colour) == (
        {"en": "The Era"},
        "1990-01-01",
        "1999-12-31",
        "#0102ff",
    )
    assert (day.start.iso(), day.end) == ("2000-03-01", None)
    assert container.title == {"en": "Container"}
    assert container.end is not None and container.end.iso() == "2000-03-04"
    assert container.sources[0].url == "https://example.org/a"
    assert container.sources[0].citation == "example.org"
    # Containers are groups: the container and its members share one.
    assert (container.group, ancient.group, member.group, day.group) == (
        "Container",
        "Container",
        "Container",
        "",
    )
    assert ancient.title == {"en": "Ancient"}
    assert (ancient.start.iso(), ancient.end, ancient.milestone) == ("-0500-01-01", None, True)
    # Declared categories keep their colours; one named only by an event gets the palette's.
    assert [(c.id, c.name, c.colour) for c in dataset.categories] == [
        ("new", {"en": "New"}, "#ff0010"),
        ("old", {"en": "Old"}, "#f28e2b"),
    ]
    assert (ancient.category, member.category, day.category) == ("old", "new", "")
    assert member.summary == {"en": "A b"}  # HTML in a description is read as HTML
    assert hours.title == {"en": "[not a container]"}
    assert (hours.start.iso(), hours.end and hours.end.iso()) == (
        "2000-03-01T10:00",
        "2000-03-01T12:29",
    )
    assert dataset.title == {"en": "my"}
    assert_round_trips(dataset)


def test_a_fuzzy_the_timeline_event_is_known_to_the_month_and_shown_as_about() -> None:
    events = event_xml(
        "2000-03-01 10:00:00", "2000-05-20 00:00:00", "Vague", "<fuzzy>True</fuzzy>"
    ) + event_xml("2001-07-14 00:00:00", "2001-07-14 00:00:00", "Day", "<fuzzy>True</fuzzy>")
    vague, day = XML.load(the_timeline(events), "f.timeline").events
    assert (vague.start.iso(), vague.end and vague.end.iso()) == ("2000-03", "2000-05")
    assert vague.display_date["en"] == "about 1 March 2000 10:00 – 19 May 2000"
    assert (day.start.iso(), day.end) == ("2001-07", None)
    assert day.display_date == {"en": "about 14 July 2001", "ar": "حوالي 14 تموز/يوليو 2001"}


def test_the_timeline_backwards_eras_and_events_are_reported() -> None:
    events = event_xml("2000-01-01 00:00:00", "1999-01-01 00:00:00", "Back") + event_xml(
        "2000-01-01 10:00:00", "2000-01-01 10:00:30", "Within a minute"
    )
    era = (
        "<eras><era><name>E</name><start>2000-01-01 00:00:00</start>"
        "<end>1990-01-01 00:00:00</end></era></eras>"
    )
    dataset, warnings = XML.load_with_warnings(the_timeline(events, era), "b.timeline")
    assert dataset.eras == []
    back, moment = dataset.events
    assert back.is_instant and moment.is_instant
    assert [warning.split(": ", 1)[0] for warning in warnings] == [
        "b.timeline:/timeline/eras/era[1]",
        "b.timeline:/timeline/events/event[1]",
    ]
    assert "the era ends (1989-12-31) before it starts (2000-01-01)" in warnings[0]
    assert warnings[0].endswith("the era was skipped)")
    assert "skipped" not in warnings[1]  # the event is kept, as an instant


def test_timelinejs_an_era_without_a_date_is_reported_as_a_skipped_era() -> None:
    data = {
        "events": [slide("Kept", start_date={"year": "1991"})],
        "eras": [{"text": {"headline": "Undated"}}],
    }
    dataset, warnings = JSON.load_with_warnings(json.dumps(data).encode(), "eras.json")
    assert [event.title["en"] for event in dataset.events] == ["Kept"] and dataset.eras == []
    assert len(warnings) == 1 and warnings[0].startswith("eras.json:$.eras[0]")
    assert warnings[0].endswith("the era was skipped)"), warnings[0]


def test_the_timeline_bad_time_is_skipped_with_its_element() -> None:
    events = event_xml("2000-13-01 00:00:00", "2000-13-01 00:00:00", "Bad") + event_xml(
        "2000-01-01 00:00:00", "2000-01-01 00:00:00", "Good"
    )
    dataset, warnings = XML.load_with_warnings(the_timeline(events), "t.timeline")
    assert [event.title for event in dataset.events] == [{"en": "Good"}]
    assert warnings[0].startswith("t.timeline:/timeline/events/event[1]/start: month 13")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE timeline [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<timeline><version>1.0.0</version><events><event><start>2000-01-01 00:00:00</start>
<end>2000-01-01 00:00:00</end><text>&lol3;</text></event></events></timeline>
"""


@pytest.mark.parametrize(
    ("data", "location", "problem"),
    [
        (BILLION_LAUGHS, "2:1", "declares a DOCTYPE"),
        (b"<timeline><version>1</version><events><event></timeline>", "1:48", "not valid XML"),
        (
            b"<timeline><version>1</version>\n<events>&nbsp;</events></timeline>",
            "2:9",
            "not valid XML",
        ),
        (
            b"<timeline><timetype>numtime</timetype><events/></timeline>",
            "/timeline/timetype",
            "'numtime' is not a calendar date",
        ),
        (b"<?xml version='1.0'?><timelines><version/></timelines>", "1:1", "root element"),
        (b"<timeline><version>1</version>\xff</timeline>", "1:31", "not UTF-8"),
    ],
)
def test_bad_the_timeline_files_name_the_place(data: bytes, location: str, problem: str) -> None:
    with pytest.raises(DatasetError) as caught:
        XML.load(data, "t.timeline")
    assert caught.value.location == location
    assert problem in caught.value.problem


def test_an_empty_the_timeline_file_is_an_empty_dataset() -> None:
    dataset = XML.load(the_timeline(""), "new.timeline")
    assert dataset.events == []
    assert_round_trips(dataset)


# --- HTML → plain text -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ("a<br>b<br/>c", "a\nb\nc"),
        ("<ul><li>one</li><li>two</li></ul>after", "• one\n• two\n\nafter"),
        ("x<script>alert('<p>')</script>y<style>p { color: red }</style>z", "xyz"),
        ("Tom &amp; Jerry &eacute;t&eacute; &#8217; &lt;3", "Tom & Jerry été ’ <3"),
        ('<a href="https://example.org">Example</a>', "Example (https://example.org)"),
        ('<a href="https://example.org">https://example.org</a>', "https://example.org"),
        ('<a href="javascript:alert(1)">click</a>', "click"),
        ("  lots   of\n\n spaces ", "lots of spaces"),
        ("&lt;script&gt;alert(1)&lt;/script&gt;", "< script>alert(1)< /script>"),
        ("<!-- a comment -->text", "text"),
        ("", ""),
        # TimelineJS's template notes are paragraphs of their own; stray punctuation goes.
        ('<p>Moon.</p> <span class="tl-note">A note.\n.</span>', "Moon.\n\nA note."),
        ('Project.<span class="tl-note">Vimeo</span> <span>x</span>', "Project.\n\nVimeo\n\nx"),
        ("<p>A</p><p>— </p><p>B</p>", "A\n\nB"),
        ("Dr. . Drew, e.g. .NET", "Dr. Drew, e.g. .NET"),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


@pytest.mark.parametrize(
    ("rest", "text"),
    [
        (
            "Version 1.0\n-----------\n\n**Released on 5 April 2014.**\n\nFixes:\n\n"
            "* Encoding problems with\n  navigation menus\n* ``Code`` and *emphasis*",
            "Version 1.0\n\nReleased on 5 April 2014.\n\nFixes:\n\n"
            "• Encoding problems with navigation menus\n• Code and emphasis",
        ),
        (
            "Timeline 0.5.0 ===== New: * Added menu * Printing Bug fixes: * Dates before 1752",
            "Timeline 0.5.0\n\nNew:\n• Added menu\n• Printing\n\nBug fixes:\n• Dates before 1752",
        ),
        (
            "* `Download source <https://example.org/src>`_.\n* `#88 <https://x.org/88>`_ and "
            "`https://x.org`_",
            "• Download source (https://example.org/src).\n• #88 (https://x.org/88) and https://x.org",
        ),
        ("A plain line\nwrapped in two.", "A plain line wrapped in two."),
        ("<p>HTML &amp; <b>bold</b></p>", "HTML & bold"),
        ("2 * 3 = 6 and a<b", "2 * 3 = 6 and a< b"),
    ],
)
def test_the_timeline_descriptions_lose_their_markup(rest: str, text: str) -> None:
    assert description_text(rest) == text


HTML_PIECES = st.sampled_from(
    [
        "<script>",
        "</script>",
        "<SCRIPT ",
        "<",
        ">",
        "&lt;",
        "&gt;",
        "script",
        "<p>",
        "</p>",
        "<a href='https://x.org'>",
        "</a>",
        "&",
        "#",
        ";",
        "<!--",
        "-->",
        "<![",
        "]]>",
        "<style>",
        "<br/>",
        "<li>",
        "\n",
        " ",
        "'",
        '"',
        "<scr",
        "ipt>",
        "<!DOCTYPE html>",
        "<?php",
        "x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(HTML_PIECES | st.text(max_size=8), max_size=30).map("".join))
def test_html_to_text_never_returns_a_tag(html: str) -> None:
    text = html_to_text(html)
    assert "<script" not in text.lower()
    assert not TAG.search(text)


# --- Any bytes: a clear error or a dataset -------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "year",
                    "month",
                    "day",
                    "hour",
                    "minute",
                    "start_date",
                    "end_date",
                    "text",
                    "headline",
                    "media",
                    "url",
                    "credit",
                    "group",
                    "unique_id",
                    "display_date",
                    "background",
                ]
            ),
            inner,
            max_size=5,
        )
    ),
    max_leaves=20,
)


def check_load(importer: Importer, data: bytes) -> None:
    try:
        dataset, warnings = importer.load_with_warnings(data, "fuzz")
    except DatasetError as error:
        assert error.path == "fuzz"
        return
    assert all(isinstance(warning, str) for warning in warnings)
    assert_round_trips(dataset)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_random_bytes_never_crash_sniff_or_load(data: bytes) -> None:
    for importer in IMPORTERS:
        assert importer.sniff(data) in (True, False)
        check_load(importer, data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(JSON_VALUES, max_size=4), JSON_VALUES)
def test_odd_timelinejs_json_gives_an_error_or_a_valid_dataset(
    events: list[object], title: object
) -> None:
    data = json.dumps({"title": title, "events": events, "eras": events[:1]}).encode()
    check_load(JSON, data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.lists(st.text(max_size=6) | st.integers(-20, 40).map(str), max_size=14), max_size=5)
)
def test_odd_timelinejs_csv_gives_an_error_or_a_valid_dataset(rows: list[list[str]]) -> None:
    lines = [HEADER.strip()] + [",".join(json.dumps(cell) for cell in row) for row in rows]
    check_load(CSV, "\n".join(lines).encode())


TIME_TEXT = st.one_of(
    st.text(max_size=20),
    st.builds(
        "{}-{}-{} {}:{}:{}".format,
        st.integers(-(10**8), 10**8),
        st.integers(0, 13),
        st.integers(0, 32),
        st.integers(0, 25),
        st.integers(0, 61),
        st.integers(0, 61),
    ),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(TIME_TEXT, TIME_TEXT, st.text(max_size=10)), max_size=4))
def test_odd_the_timeline_gives_an_error_or_a_valid_dataset(
    events: list[tuple[str, str, str]],
) -> None:
    from xml.sax.saxutils import escape

    body = "".join(event_xml(escape(a), escape(b), escape(c)) for a, b, c in events)
    check_load(XML, the_timeline(body))

"""TimelineJS3 timelines (Knight Lab): what both formats share, and the JSON format.

A TimelineJS slide becomes one of our events: the headline its title, the text its summary (HTML
turned into plain text), the display date its ``display_date``, the slide's media its ``media``
(a web address with its credit and caption; an embedded quote or a path on TimelineJS's own site
becomes a :class:`~explorer.core.schema.Source` instead), thumbnail and background image a source
each, so nothing is lost and nothing is fetched. A slide's group becomes its category (named as
the group, coloured from a fixed palette). Eras become the dataset's ``eras``; the ``title``
slide (or the spreadsheet's ``title`` row) gives the dataset's title and description. Texts go
under ``"ar"`` when they are mostly Arabic script, else ``"en"``. Years are read as TimelineJS
shows them: it has no year 0 and shows ``-500`` as 500 BCE, so that is what we read (astronomical
year -499). The Google Sheets template, saved as CSV, is read by :mod:`.timelinejs_csv`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import msgspec

from explorer.core.dates import PartialDate
from explorer.core.encoding import check_utf8
from explorer.core.errors import DatasetError
from explorer.core.explain import malformed_json_error
from explorer.core.importers._common import (
    SNIFF_BYTES,
    DatasetBuilder,
    Importer,
    Skip,
    build_date,
    date_span,
    is_web_address,
    language_of,
    localized,
    timelinejs_year,
    whole_number,
)
from explorer.core.importers.html_text import html_to_text, plain_text
from explorer.core.importers.media import media_source, web_media
from explorer.core.messages import Message
from explorer.core.schema import Dataset, Event, EventKind

_UTF8_BOM = b"\xef\xbb\xbf"
_DATE_PARTS = ("year", "month", "day", "hour", "minute")


@dataclass
class Slide:
    """What TimelineJS says about one slide, in either format, before it becomes an event."""

    start: PartialDate
    end: PartialDate | None
    headline: str = ""
    text: str = ""
    display_date: str = ""
    media: str = ""
    credit: str = ""
    caption: str = ""
    thumbnail: str = ""
    background: str = ""
    group: str = ""
    unique_id: str = ""
    kind: EventKind = "event"
    """``"period"`` for an era, which becomes one of the dataset's eras rather than an event."""


def slide_texts(headline: str, text: str) -> tuple[str, str, str]:
    """``(title, summary, language)`` of a title slide or an event, as plain text."""
    title = " ".join(plain_text(headline).split())
    summary = html_to_text(text)
    return title, summary, language_of(title, summary)


def title_slide(
    headline: str, text: str, media: str, credit: str
) -> tuple[dict[str, str], dict[str, str]]:
    """The dataset's title and description from the title slide; its media ends the description."""
    title, description, language = slide_texts(headline, text)
    source = media_source(media, credit)
    if source is not None:
        link = f" ({source.url})" if source.url else ""
        description = f"{description}\n\nMedia: {source.citation}{link}".strip()
    return localized(title, language), localized(description, language)


def add_slide(builder: DatasetBuilder, slide: Slide, location: str, number: int) -> None:
    """Makes ``slide`` an event of ``builder``'s dataset, or an era if it is one."""
    title, summary, language = slide_texts(slide.headline, slide.text)
    if slide.kind == "period":
        builder.add_era(title, slide.start, slide.end, location)
        return
    event_id = builder.unique_id(slide.unique_id, title, number)
    display_date = " ".join(plain_text(slide.display_date).split())
    if not title:
        first_line = summary.split("\n", 1)[0] if summary else ""
        title = first_line[:80] or display_date or slide.start.iso()
    media = web_media(slide.media, slide.credit, slide.caption)
    candidates = [
        media_source(slide.media, slide.credit, slide.caption) if media is None else None,
        media_source(slide.thumbnail, kind="Thumbnail") if slide.thumbnail != slide.media else None,
        media_source(slide.background, kind="Background image")
        if is_web_address(slide.background)
        else None,
    ]
    sources = [source for source in candidates if source is not None]
    start, end = date_span(slide.start, slide.end, builder, location)
    builder.events.append(
        Event(
            id=event_id,
            title={language: title},
            start=start,
            end=end,
            kind=slide.kind,
            summary=localized(summary, language),
            sources=sources,
            category=builder.category_id(plain_text(slide.group)),
            display_date=localized(display_date, language),
            media=media,
        )
    )


class TimelineJSJsonImporter(Importer):
    """TimelineJS3 JSON: ``{"title": slide, "events": [slide], "eras": [era], "scale": …}``."""

    name = "TimelineJS3 JSON"
    extensions = (".json",)

    def sniff(self, data: bytes) -> bool:
        head = data[:SNIFF_BYTES].removeprefix(_UTF8_BOM).lstrip()
        return (
            head.startswith(b"{") and b'"start_date"' in head and b'"timeline-explorer/' not in head
        )

    def load_with_warnings(self, data: bytes, name: str) -> tuple[Dataset, list[str]]:
        document = decode_json(data, name)
        if not isinstance(document, dict):
            raise DatasetError(
                name,
                Message("the top level is not a JSON object"),
                "$",
                Message('a TimelineJS3 file is {"title": …, "events": […]}'),
            )
        slides = {key: document.get(key) or [] for key in ("events", "eras")}
        for key, value in slides.items():
            if not isinstance(value, list):
                raise DatasetError(
                    name,
                    not_a_list(key),
                    f"$.{key}",
                    one_object_per_slide(key),
                )
        if not slides["events"] and not slides["eras"]:
            raise DatasetError(
                name,
                NO_EVENTS,
                "$.events",
                Message('a TimelineJS3 file lists its slides under "events"'),
            )
        builder = DatasetBuilder(name)
        number = 0
        kinds: tuple[tuple[str, EventKind], ...] = (("events", "event"), ("eras", "period"))
        for key, kind in kinds:
            for index, slide in enumerate(slides[key]):
                number += 1
                builder.attempted += 1
                location = f"$.{key}[{index}]"
                try:
                    add_slide(builder, _json_slide(slide, location, kind), location, number)
                except Skip as skip:
                    builder.skip(skip, era=kind == "period")
        title, description = _json_title(document.get("title"))
        return builder.finish(title, description), builder.warnings


def _json_title(slide: object) -> tuple[dict[str, str], dict[str, str]]:
    text, media = (
        json_object(json_object(slide).get("text")),
        json_object(json_object(slide).get("media")),
    )
    return title_slide(
        json_text(text.get("headline")),
        json_text(text.get("text")),
        json_text(media.get("url")),
        json_text(media.get("credit")),
    )


NO_EVENTS = Message("the timeline has no events")
NO_YEAR = Message("the date has no year")


def not_a_list(key: str) -> Message:
    return Message('"{key}" is not a list', key=key)


def one_object_per_slide(key: str) -> Message:
    return Message('write "{key}": [ … ] with one object per slide', key=key)


def decode_json(data: bytes, name: str) -> object:
    """A TimelineJS file's JSON (either version), or a DatasetError with the place."""
    data = data.removeprefix(_UTF8_BOM)
    check_utf8(data, name)
    try:
        return msgspec.json.decode(data)
    except msgspec.DecodeError as error:
        raise malformed_json_error(error, data, name) from None
    except RecursionError:
        too_deep = Message("the JSON is nested too deeply for a timeline")
        raise DatasetError(name, too_deep, "$") from None


def slide_start(
    slide: object,
    location: str,
    key: str,
    read_date: Callable[[object, str], PartialDate | None],
    example: str,
) -> tuple[dict[str, Any], PartialDate]:
    """The slide as an object and its start date (under ``key``); Skip when either is missing."""
    if not isinstance(slide, dict):
        raise Skip(
            Message("the slide is not a JSON object"),
            location,
            Message("write each slide as { … }"),
        )
    start = read_date(slide.get(key), f"{location}.{key}")
    if start is None:
        raise Skip(
            Message("the slide has no start date"),
            f"{location}.{key}",
            Message('give it "{key}": {example}', key=key, example=example),
        )
    return slide, start


def _json_slide(value: object, location: str, kind: EventKind) -> Slide:
    slide, start = slide_start(value, location, "start_date", _json_date, '{"year": …}')
    text = json_object(slide.get("text"))
    media = json_object(slide.get("media"))
    background = json_object(slide.get("background"))
    display_date = json_text(slide.get("display_date")) or json_text(
        json_object(slide.get("start_date")).get("display_date")
    )
    return Slide(
        start=start,
        end=_json_date(slide.get("end_date"), f"{location}.end_date"),
        headline=json_text(text.get("headline")),
        text=json_text(text.get("text")),
        display_date=display_date,
        media=json_text(media.get("url")),
        credit=json_text(media.get("credit")),
        caption=json_text(media.get("caption")),
        thumbnail=json_text(media.get("thumbnail")),
        background=json_text(background.get("url")),
        group=json_text(slide.get("group")),
        unique_id=json_text(slide.get("unique_id")),
        kind=kind,
    )


def _json_date(value: object, location: str) -> PartialDate | None:
    """A TimelineJS date object (parts may be numbers or strings), or None if it is absent."""
    if value is None or value == {}:
        return None
    if not isinstance(value, dict):
        raise Skip(
            Message("the date is not an object"),
            location,
            Message('write it as {"year": …, "month": …}'),
        )
    parts: dict[str, int | None] = {}
    for part in _DATE_PARTS:
        parts[part] = whole_number(value.get(part), f"{location}.{part}")
    year = parts["year"]
    if year is None:
        raise Skip(NO_YEAR, f"{location}.year", Message('add "year": …'))
    return build_date(
        timelinejs_year(year, f"{location}.year"),
        parts["month"],
        parts["day"],
        parts["hour"],
        parts["minute"],
        lambda part: f"{location}.{part}",
    )


def json_object(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def json_text(value: object) -> str:
    """A text field; numbers are written as text, anything else counts as empty."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""

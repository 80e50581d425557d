"""TimelineJS3 timelines (Knight Lab): the JSON format and the Google Sheets template as CSV.

A TimelineJS slide becomes one of our events: the headline its title, the text its summary (HTML
turned into plain text), the display date a first paragraph of the summary, media, background image
and thumbnail a :class:`~explorer.core.schema.Source` each (credit or host, address, caption), so
nothing is lost and nothing is fetched. Eras become ``period`` events; the ``title`` slide (or the
spreadsheet's ``title`` row) gives the dataset's title and description. Texts go under ``"ar"``
when they are mostly Arabic script, else ``"en"``. Years are read as written (astronomical, as
JavaScript's ``Date`` reads them), so ``-500`` is 501 BC.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import msgspec

from explorer.core.dates import PartialDate
from explorer.core.errors import DatasetError
from explorer.core.importers._common import (
    SNIFF_BYTES,
    DatasetBuilder,
    Importer,
    Skip,
    build_date,
    date_span,
    is_web_address,
    json_syntax_error,
    language_of,
    localized,
    media_source,
    not_utf8,
    whole_number,
)
from explorer.core.importers.html_text import html_to_text, plain_text
from explorer.core.schema import Dataset, Event, EventKind

_UTF8_BOM = b"\xef\xbb\xbf"
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:([AaPp])\.?[Mm]\.?)?$")
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
    """Makes ``slide`` an event of ``builder``'s dataset."""
    title, summary, language = slide_texts(slide.headline, slide.text)
    event_id = builder.unique_id(slide.unique_id, title, number)
    display_date = " ".join(plain_text(slide.display_date).split())
    if display_date:
        summary = f"{display_date}\n\n{summary}".strip()
    if not title:
        first_line = summary.split("\n", 1)[0] if summary else ""
        title = first_line[:80] or slide.start.iso()
    candidates = [
        media_source(slide.media, slide.credit, slide.caption),
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
            group=" ".join(plain_text(slide.group).split()),
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
        data = data.removeprefix(_UTF8_BOM)
        try:
            document = msgspec.json.decode(data)
        except msgspec.DecodeError as error:
            raise json_syntax_error(name, data, error) from None
        except UnicodeDecodeError:
            raise not_utf8(name, data) from None
        except RecursionError:
            raise DatasetError(name, "the JSON is nested too deeply for a timeline", "$") from None
        if not isinstance(document, dict):
            raise DatasetError(
                name,
                "the top level is not a JSON object",
                "$",
                'a TimelineJS3 file is {"title": …, "events": […]}',
            )
        slides = {key: document.get(key) or [] for key in ("events", "eras")}
        for key, value in slides.items():
            if not isinstance(value, list):
                raise DatasetError(
                    name,
                    f'"{key}" is not a list',
                    f"$.{key}",
                    f'write "{key}": [ … ] with one object per slide',
                )
        if not slides["events"] and not slides["eras"]:
            raise DatasetError(
                name,
                "the timeline has no events",
                "$.events",
                'a TimelineJS3 file lists its slides under "events"',
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
                    builder.skip(skip)
        title, description = _json_title(document.get("title"))
        return builder.finish(title, description), builder.warnings


def _json_title(slide: object) -> tuple[dict[str, str], dict[str, str]]:
    text, media = _object(_object(slide).get("text")), _object(_object(slide).get("media"))
    return title_slide(
        _text(text.get("headline")),
        _text(text.get("text")),
        _text(media.get("url")),
        _text(media.get("credit")),
    )


def _json_slide(slide: object, location: str, kind: EventKind) -> Slide:
    if not isinstance(slide, dict):
        raise Skip("the slide is not a JSON object", location, "write each slide as { … }")
    start = _json_date(slide.get("start_date"), f"{location}.start_date")
    if start is None:
        raise Skip(
            "the slide has no start date",
            f"{location}.start_date",
            'give it "start_date": {"year": …}',
        )
    text = _object(slide.get("text"))
    media = _object(slide.get("media"))
    background = _object(slide.get("background"))
    display_date = _text(slide.get("display_date")) or _text(
        _object(slide.get("start_date")).get("display_date")
    )
    return Slide(
        start=start,
        end=_json_date(slide.get("end_date"), f"{location}.end_date"),
        headline=_text(text.get("headline")),
        text=_text(text.get("text")),
        display_date=display_date,
        media=_text(media.get("url")),
        credit=_text(media.get("credit")),
        caption=_text(media.get("caption")),
        thumbnail=_text(media.get("thumbnail")),
        background=_text(background.get("url")),
        group=_text(slide.get("group")),
        unique_id=_text(slide.get("unique_id")),
        kind=kind,
    )


def _json_date(value: object, location: str) -> PartialDate | None:
    """A TimelineJS date object (parts may be numbers or strings), or None if it is absent."""
    if value is None or value == {}:
        return None
    if not isinstance(value, dict):
        raise Skip("the date is not an object", location, 'write it as {"year": …, "month": …}')
    parts: dict[str, int | None] = {}
    for part in _DATE_PARTS:
        parts[part] = whole_number(value.get(part), f"{location}.{part}")
    year = parts["year"]
    if year is None:
        raise Skip("the date has no year", f"{location}.year", 'add "year": …')
    return build_date(
        year,
        parts["month"],
        parts["day"],
        parts["hour"],
        parts["minute"],
        lambda part: f"{location}.{part}",
    )


def _object(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: object) -> str:
    """A text field; numbers are written as text, anything else counts as empty."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


# --- The spreadsheet template, saved as CSV ---------------------------------------------------

#: Header texts (lower case) → our column names; "tag" is the template's old name for "group".
_COLUMNS = {
    header: header
    for header in (
        "year",
        "month",
        "day",
        "time",
        "end year",
        "end month",
        "end day",
        "end time",
        "display date",
        "headline",
        "text",
        "media",
        "media credit",
        "media caption",
        "media thumbnail",
        "type",
        "group",
        "background",
    )
} | {"tag": "group"}


def _header_columns(cells: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = _COLUMNS.get(" ".join(cell.lower().split()))
        if key is not None and key not in columns:
            columns[key] = index
    return columns


def _find_header(text: str) -> tuple[str, list[str]] | None:
    """The delimiter and header cells of a TimelineJS sheet, if its first line is one."""
    first_line = text.lstrip("\ufeff\r\n").split("\n", 1)[0]
    for delimiter in (",", ";", "\t"):
        try:
            cells = next(csv.reader([first_line], delimiter=delimiter), [])
        except csv.Error:
            continue
        columns = _header_columns(cells)
        if "year" in columns and "headline" in columns:
            return delimiter, cells
    return None


class TimelineJSCsvImporter(Importer):
    """The TimelineJS3 Google Sheets template saved as CSV; columns are found by header text."""

    name = "TimelineJS3 spreadsheet (CSV)"
    extensions = (".csv", ".tsv")

    def sniff(self, data: bytes) -> bool:
        head = data[:SNIFF_BYTES].decode("utf-8", "replace")
        return _find_header(head) is not None

    def load_with_warnings(self, data: bytes, name: str) -> tuple[Dataset, list[str]]:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise not_utf8(name, data, "save the sheet as CSV UTF-8") from None
        found = _find_header(text)
        if found is None:
            raise DatasetError(
                name,
                "the first line is not a TimelineJS3 sheet header",
                "1:1",
                "the first row names the columns: Year, Month, Day, …, Headline",
            )
        delimiter, _ = found
        builder = DatasetBuilder(name)
        title: dict[str, str] = {}
        description: dict[str, str] = {}
        rows = _rows(text, delimiter, name)
        columns: dict[str, int] = {}
        for _, header in rows:  # the first row that is not blank
            if header:
                columns = _header_columns(header)
                break
        for line, cells in rows:

            def cell(column: str, cells: list[str] = cells) -> str:
                index = columns.get(column)
                return cells[index].strip() if index is not None and index < len(cells) else ""

            row_type = cell("type").lower()
            if row_type == "title":
                if not title:
                    title, description = title_slide(
                        cell("headline"), cell("text"), cell("media"), cell("media credit")
                    )
                continue
            if not any(value.strip() for value in cells):
                continue
            builder.attempted += 1
            where = _cell_locator(line, columns)
            try:
                add_slide(
                    builder, _csv_slide(cell, where, row_type), where("end year"), builder.attempted
                )
            except Skip as skip:
                builder.skip(skip)
        if builder.attempted == 0:
            raise DatasetError(
                name,
                "the sheet has no event rows",
                "2",
                "add a row with a Year and a Headline under the header",
            )
        return builder.finish(title, description), builder.warnings


def _rows(text: str, delimiter: str, name: str) -> Iterator[tuple[int, list[str]]]:
    """``(line where the row starts, cells)``; malformed quoting is a :class:`DatasetError`."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise DatasetError(
                name,
                f"not valid CSV: {error}",
                str(reader.line_num or line),
                'a cell with quotes starts and ends with ", and "" stands for "',
            ) from None
        yield line, cells


def _cell_locator(line: int, columns: dict[str, int]) -> Callable[[str], str]:
    """Maps a date part ("end year", "hour"…) to ``line:column`` of its cell."""

    def where(part: str) -> str:
        prefix = "end " if part.startswith("end ") else ""
        bare = part.removeprefix("end ")
        column = prefix + ("time" if bare in ("hour", "minute") else bare)
        index = columns.get(column, columns.get(prefix + "year", 0))
        return f"{line}:{index + 1}"

    return where


def _csv_slide(cell: Callable[[str], str], where: Callable[[str], str], row_type: str) -> Slide:
    start = _csv_date(cell, where, "")
    if start is None:
        raise Skip(
            "the row has no Year",
            where("year"),
            'give every event a Year (a title row has Type "title")',
        )
    return Slide(
        start=start,
        end=_csv_date(cell, where, "end "),
        headline=cell("headline"),
        text=cell("text"),
        display_date=cell("display date"),
        media=cell("media"),
        credit=cell("media credit"),
        caption=cell("media caption"),
        thumbnail=cell("media thumbnail"),
        background=cell("background"),
        group=cell("group"),
        kind="period" if row_type == "era" else "event",
    )


def _csv_date(
    cell: Callable[[str], str], where: Callable[[str], str], prefix: str
) -> PartialDate | None:
    """The start (``prefix=""``) or end (``"end "``) date of a row, or None if it has no year."""
    numbers: dict[str, int | None] = {}
    for part in ("year", "month", "day"):
        column = prefix + part
        numbers[part] = whole_number(cell(column), where(column), column.title())
    year = numbers["year"]
    if year is None:
        return None
    hour = minute = None
    time = cell(prefix + "time")
    if time:
        match = _TIME.match(time)
        if match is None:
            raise Skip(
                f"{(prefix + 'time').title()} {time!r} is not a time of day",
                where(prefix + "hour"),
                "write it as HH:MM, e.g. 14:30 or 2:30 PM",
            )
        hour, minute = int(match.group(1)), int(match.group(2))
        meridiem = (match.group(3) or "").lower()
        if meridiem and not 1 <= hour <= 12:
            raise Skip(
                f"{(prefix + 'time').title()} {time!r} is not a time of day",
                where(prefix + "hour"),
                "with AM or PM, the hour is from 1 to 12",
            )
        if meridiem:
            hour = hour % 12 + (12 if meridiem == "p" else 0)
    return build_date(
        year, numbers["month"], numbers["day"], hour, minute, lambda part: where(prefix + part)
    )

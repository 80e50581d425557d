"""TimelineJS 2 timelines, the format of TimelineJS's own older examples (``example.json``).

``{"timeline": {"headline", "text", "asset", "date": [slide], "era": [era]}}``, where a slide has
``startDate``/``endDate`` written ``"YYYY,MM,DD"`` (or ``"YYYY,MM,DD,HH,MM"``, or just the year),
``headline``, ``text`` (HTML), ``tag`` and an ``asset`` (``media``, ``credit``, ``caption``,
``thumbnail``). Slides become events and eras ``period`` events, as for TimelineJS3
(:mod:`.timelinejs`), with the same year reading: ``-500`` is 500 BC.
"""

from __future__ import annotations

import re

from explorer.core.dates import PartialDate
from explorer.core.errors import DatasetError
from explorer.core.importers._common import (
    SNIFF_BYTES,
    DatasetBuilder,
    Importer,
    Skip,
    build_date,
    timelinejs_year,
    whole_number,
)
from explorer.core.importers.timelinejs import (
    NO_EVENTS,
    NO_YEAR,
    Slide,
    add_slide,
    decode_json,
    json_object,
    json_text,
    not_a_list,
    one_object_per_slide,
    slide_start,
    title_slide,
)
from explorer.core.messages import Message
from explorer.core.schema import Dataset, EventKind

_UTF8_BOM = b"\xef\xbb\xbf"
_MARKER = re.compile(rb'^\s*\{\s*"timeline"\s*:\s*\{')
_DATE_PARTS = ("year", "month", "day", "hour", "minute")
_WRITE_IT_AS = Message('write it as "YYYY,MM,DD"')


class TimelineJS2Importer(Importer):
    """TimelineJS 2 JSON: ``{"timeline": {"headline", "date": [slide], "era": [era]}}``."""

    name = "TimelineJS 2 JSON"
    extensions = (".json",)

    def sniff(self, data: bytes) -> bool:
        head = data[:SNIFF_BYTES].removeprefix(_UTF8_BOM)
        return _MARKER.match(head) is not None and b'"startDate"' in head

    def load_with_warnings(self, data: bytes, name: str) -> tuple[Dataset, list[str]]:
        document = decode_json(data, name)
        timeline = document.get("timeline") if isinstance(document, dict) else None
        if not isinstance(timeline, dict):
            raise DatasetError(
                name,
                Message('"timeline" is not an object'),
                "$.timeline",
                Message('a TimelineJS 2 file is {"timeline": {"headline": …, "date": […]}}'),
            )
        builder = DatasetBuilder(name)
        number = 0
        kinds: tuple[tuple[str, EventKind], ...] = (("date", "event"), ("era", "period"))
        for key, kind in kinds:
            slides = timeline.get(key) or []
            if not isinstance(slides, list):
                raise DatasetError(
                    name,
                    not_a_list(key),
                    f"$.timeline.{key}",
                    one_object_per_slide(key),
                )
            for index, slide in enumerate(slides):
                number += 1
                builder.attempted += 1
                location = f"$.timeline.{key}[{index}]"
                try:
                    add_slide(builder, _slide(slide, location, kind), location, number)
                except Skip as skip:
                    builder.skip(skip, era=kind == "period")
        if builder.attempted == 0:
            raise DatasetError(
                name,
                NO_EVENTS,
                "$.timeline.date",
                Message('a TimelineJS 2 file lists its slides under "date"'),
            )
        asset = json_object(timeline.get("asset"))
        title, description = title_slide(
            json_text(timeline.get("headline")),
            json_text(timeline.get("text")),
            json_text(asset.get("media")),
            json_text(asset.get("credit")),
        )
        return builder.finish(title, description), builder.warnings


def _slide(value: object, location: str, kind: EventKind) -> Slide:
    slide, start = slide_start(value, location, "startDate", _date, '"YYYY,MM,DD"')
    asset = json_object(slide.get("asset"))
    return Slide(
        start=start,
        end=_date(slide.get("endDate"), f"{location}.endDate"),
        headline=json_text(slide.get("headline")),
        text=json_text(slide.get("text")),
        media=json_text(asset.get("media")),
        credit=json_text(asset.get("credit")),
        caption=json_text(asset.get("caption")),
        thumbnail=json_text(asset.get("thumbnail")),
        group=json_text(slide.get("tag")),
        kind=kind,
    )


def _date(value: object, location: str) -> PartialDate | None:
    """``"YYYY,MM,DD[,HH,MM]"`` (or a number for the year alone), or None if it is absent."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(int(value)) if float(value).is_integer() else str(value)
    if not isinstance(value, str):
        raise Skip(Message("the date is not text"), location, _WRITE_IT_AS)
    pieces = [piece.strip() for piece in value.split(",")]
    if len(pieces) > len(_DATE_PARTS) or not pieces[0]:
        raise Skip(
            Message("{text} is not a date", text=repr(value[:40])),
            location,
            Message('write it as "YYYY,MM,DD" or "YYYY,MM,DD,HH,MM"'),
        )
    parts = {
        part: whole_number(piece, location, part)
        for part, piece in zip(_DATE_PARTS, pieces, strict=False)
    }
    year = parts.get("year")
    if year is None:
        raise Skip(NO_YEAR, location, _WRITE_IT_AS)
    return build_date(
        timelinejs_year(year, location),
        parts.get("month"),
        parts.get("day"),
        parts.get("hour"),
        parts.get("minute"),
        lambda _part: location,
    )

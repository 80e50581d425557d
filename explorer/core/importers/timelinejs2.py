"""TimelineJS 2 timelines, the format of TimelineJS's own older examples (``example.json``).

``{"timeline": {"headline", "text", "asset", "date": [slide], "era": [era]}}``, where a slide has
``startDate``/``endDate`` written ``"YYYY,MM,DD"`` (or ``"YYYY,MM,DD,HH,MM"``, or just the year),
``headline``, ``text`` (HTML), ``tag`` and an ``asset`` (``media``, ``credit``, ``caption``,
``thumbnail``). Slides become events and eras ``period`` events, as for TimelineJS3
(:mod:`.timelinejs`), with the same year reading: ``-500`` is 500 BC.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec

from explorer.core.dates import PartialDate
from explorer.core.encoding import check_utf8
from explorer.core.errors import DatasetError
from explorer.core.importers._common import (
    SNIFF_BYTES,
    DatasetBuilder,
    Importer,
    Skip,
    build_date,
    json_syntax_error,
    timelinejs_year,
    whole_number,
)
from explorer.core.importers.timelinejs import Slide, add_slide, title_slide
from explorer.core.schema import Dataset, EventKind

_UTF8_BOM = b"\xef\xbb\xbf"
_MARKER = re.compile(rb'^\s*\{\s*"timeline"\s*:\s*\{')
_DATE_PARTS = ("year", "month", "day", "hour", "minute")


class TimelineJS2Importer(Importer):
    """TimelineJS 2 JSON: ``{"timeline": {"headline", "date": [slide], "era": [era]}}``."""

    name = "TimelineJS 2 JSON"
    extensions = (".json",)

    def sniff(self, data: bytes) -> bool:
        head = data[:SNIFF_BYTES].removeprefix(_UTF8_BOM)
        return _MARKER.match(head) is not None and b'"startDate"' in head

    def load_with_warnings(self, data: bytes, name: str) -> tuple[Dataset, list[str]]:
        data = data.removeprefix(_UTF8_BOM)
        check_utf8(data, name)
        try:
            document = msgspec.json.decode(data)
        except msgspec.DecodeError as error:
            raise json_syntax_error(name, data, error) from None
        except RecursionError:
            raise DatasetError(name, "the JSON is nested too deeply for a timeline", "$") from None
        timeline = document.get("timeline") if isinstance(document, dict) else None
        if not isinstance(timeline, dict):
            raise DatasetError(
                name,
                '"timeline" is not an object',
                "$.timeline",
                'a TimelineJS 2 file is {"timeline": {"headline": …, "date": […]}}',
            )
        builder = DatasetBuilder(name)
        number = 0
        kinds: tuple[tuple[str, EventKind], ...] = (("date", "event"), ("era", "period"))
        for key, kind in kinds:
            slides = timeline.get(key) or []
            if not isinstance(slides, list):
                raise DatasetError(
                    name,
                    f'"{key}" is not a list',
                    f"$.timeline.{key}",
                    f'write "{key}": [ … ] with one object per slide',
                )
            for index, slide in enumerate(slides):
                number += 1
                builder.attempted += 1
                location = f"$.timeline.{key}[{index}]"
                try:
                    add_slide(builder, _slide(slide, location, kind), location, number)
                except Skip as skip:
                    builder.skip(skip)
        if builder.attempted == 0:
            raise DatasetError(
                name,
                "the timeline has no events",
                "$.timeline.date",
                'a TimelineJS 2 file lists its slides under "date"',
            )
        asset = _object(timeline.get("asset"))
        title, description = title_slide(
            _text(timeline.get("headline")),
            _text(timeline.get("text")),
            _text(asset.get("media")),
            _text(asset.get("credit")),
        )
        return builder.finish(title, description), builder.warnings


def _slide(slide: object, location: str, kind: EventKind) -> Slide:
    if not isinstance(slide, dict):
        raise Skip("the slide is not a JSON object", location, "write each slide as { … }")
    start = _date(slide.get("startDate"), f"{location}.startDate")
    if start is None:
        raise Skip(
            "the slide has no start date",
            f"{location}.startDate",
            'give it "startDate": "YYYY,MM,DD"',
        )
    asset = _object(slide.get("asset"))
    return Slide(
        start=start,
        end=_date(slide.get("endDate"), f"{location}.endDate"),
        headline=_text(slide.get("headline")),
        text=_text(slide.get("text")),
        media=_text(asset.get("media")),
        credit=_text(asset.get("credit")),
        caption=_text(asset.get("caption")),
        thumbnail=_text(asset.get("thumbnail")),
        group=_text(slide.get("tag")),
        kind=kind,
    )


def _date(value: object, location: str) -> PartialDate | None:
    """``"YYYY,MM,DD[,HH,MM]"`` (or a number for the year alone), or None if it is absent."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(int(value)) if float(value).is_integer() else str(value)
    if not isinstance(value, str):
        raise Skip("the date is not text", location, 'write it as "YYYY,MM,DD"')
    pieces = [piece.strip() for piece in value.split(",")]
    if len(pieces) > len(_DATE_PARTS) or not pieces[0]:
        raise Skip(
            f"{value[:40]!r} is not a date",
            location,
            'write it as "YYYY,MM,DD" or "YYYY,MM,DD,HH,MM"',
        )
    parts = {
        part: whole_number(piece, location, part)
        for part, piece in zip(_DATE_PARTS, pieces, strict=False)
    }
    year = parts.get("year")
    if year is None:
        raise Skip("the date has no year", location, 'write it as "YYYY,MM,DD"')
    return build_date(
        timelinejs_year(year),
        parts.get("month"),
        parts.get("day"),
        parts.get("hour"),
        parts.get("minute"),
        lambda _part: location,
    )


def _object(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""

"""The TimelineJS3 Google Sheets template saved as CSV: one row per slide, found by header text.

The rows become slides as in :mod:`.timelinejs`, which turns them into events; a row of type
``title`` gives the dataset's title and description, ``era`` rows become ``period`` events.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator

from explorer.core.dates import PartialDate
from explorer.core.encoding import check_utf8
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
from explorer.core.importers.timelinejs import Slide, add_slide, title_slide
from explorer.core.messages import Message
from explorer.core.schema import Dataset

_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:([AaPp])\.?[Mm]\.?)?$")

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
        check_utf8(data, name, Message("save the sheet as CSV UTF-8"))
        text = data.decode("utf-8-sig")
        found = _find_header(text)
        if found is None:
            raise DatasetError(
                name,
                Message("the first line is not a TimelineJS3 sheet header"),
                "1:1",
                Message("the first row names the columns: Year, Month, Day, …, Headline"),
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
                builder.skip(skip, era=row_type == "era")
        if builder.attempted == 0:
            raise DatasetError(
                name,
                Message("the sheet has no event rows"),
                "2",
                Message("add a row with a Year and a Headline under the header"),
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
                Message("not valid CSV: {detail}", detail=str(error)),
                str(reader.line_num or line),
                Message('a cell with quotes starts and ends with ", and "" stands for "'),
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
            Message("the row has no Year"),
            where("year"),
            Message('give every event a Year (a title row has Type "title")'),
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


def _not_a_time(prefix: str, time: str) -> Message:
    column = (prefix + "time").title()  # the sheet's column, "Time" or "End Time"
    return Message("{column} {time} is not a time of day", column=column, time=repr(time))


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
                _not_a_time(prefix, time),
                where(prefix + "hour"),
                Message("write it as HH:MM, e.g. 14:30 or 2:30 PM"),
            )
        hour, minute = int(match.group(1)), int(match.group(2))
        meridiem = (match.group(3) or "").lower()
        if meridiem and not 1 <= hour <= 12:
            raise Skip(
                _not_a_time(prefix, time),
                where(prefix + "hour"),
                Message("with AM or PM, the hour is from 1 to 12"),
            )
        if meridiem:
            hour = hour % 12 + (12 if meridiem == "p" else 0)
    return build_date(
        timelinejs_year(year, where(prefix + "year")),
        numbers["month"],
        numbers["day"],
        hour,
        minute,
        lambda part: where(prefix + part),
    )

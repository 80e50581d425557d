"""What every importer shares: the :class:`Importer` interface and helpers that build events.

Importers read other tools' files into our :class:`~explorer.core.schema.Dataset`. They never fetch
anything, never keep markup (see :mod:`.html_text`) and never raise anything but
:class:`~explorer.core.errors.DatasetError`. An event that cannot be dated is skipped with a warning
that names its place in the file; only a file where no event at all can be read is an error.
"""

from __future__ import annotations

import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Callable
from pathlib import PurePath

from explorer.core.dates import (
    MAX_ABS_YEAR,
    MAX_ABS_YEAR_WITH_TIME,
    PartialDate,
    days_in_month,
)
from explorer.core.errors import ERA_SKIPPED_NOTE, SKIPPED_NOTE, DatasetError
from explorer.core.messages import Message
from explorer.core.schema import Category, Dataset, Era, Event

#: How much of a file :meth:`Importer.sniff` looks at; detection must stay cheap on big files.
SNIFF_BYTES = 256 * 1024
_MAX_ID_LENGTH = 80
_WHOLE_NUMBER = re.compile(r"^([+-]?\d{1,18})(?:\.0*)?$")
#: Colours given to categories a file names without a colour (TimelineJS groups), in order: the
#: Tableau 10 palette, distinct from each other and readable on a light or a dark background.
CATEGORY_PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


class Importer(ABC):
    """A foreign timeline format: detected by content, read into our dataset.

    ``load_with_warnings`` returns the dataset and notices about what was skipped (one line each,
    naming the file and the place); ``load`` is the same without the notices.
    """

    #: Shown to users, e.g. "TimelineJS3 JSON".
    name: str = ""
    #: File name endings an open dialog can offer, e.g. ``(".json",)``; detection never uses them.
    extensions: tuple[str, ...] = ()

    @abstractmethod
    def sniff(self, data: bytes) -> bool:
        """Whether ``data`` looks like this format: cheap, never raises, never reads it all."""

    @abstractmethod
    def load_with_warnings(self, data: bytes, name: str) -> tuple[Dataset, list[str]]:
        """The dataset in ``data`` and the warnings; raises :class:`DatasetError` only."""

    def load(self, data: bytes, name: str) -> Dataset:
        """The dataset in ``data`` (warnings dropped); raises :class:`DatasetError` only."""
        return self.load_with_warnings(data, name)[0]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


class Skip(Exception):
    """One event (or row) that cannot be read: what is wrong, where, and how to fix it."""

    def __init__(self, problem: str, location: str, hint: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.location = location
        self.hint = hint


class DatasetBuilder:
    """Collects events, unique ids and skip notices for one file, then makes the dataset."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.events: list[Event] = []
        self.eras: list[Era] = []
        self.categories: list[Category] = []
        self.warnings: list[str] = []
        self.attempted = 0
        self._first_skip: Skip | None = None
        self._ids: set[str] = set()
        self._next_suffix: dict[str, int] = {}
        self._category_ids: dict[str, str] = {}

    def skip(self, error: Skip, *, era: bool = False) -> None:
        """Records an event (or an ``era``) that cannot be read; the file fails only if every
        event does."""
        self._first_skip = self._first_skip or error
        note = ERA_SKIPPED_NOTE if era else SKIPPED_NOTE
        hint = Message("{first}; {second}", first=error.hint, second=note) if error.hint else note
        self.warnings.append(DatasetError(self.name, error.problem, error.location, hint).message())

    def warn(self, problem: str, location: str, hint: str = "") -> None:
        """Records something read differently than written (the event itself is kept)."""
        self.warnings.append(DatasetError(self.name, problem, location, hint).message())

    def unique_id(self, preferred: str, title: str, number: int) -> str:
        """``preferred`` if usable and not taken, else a slug of ``title``, else ``event-N``.

        A taken id never wins: the first event keeps it and later ones get a slug, with ``-2``,
        ``-3``… added where slugs collide.
        """
        preferred = preferred.strip()
        if preferred and preferred not in self._ids and _is_usable_id(preferred):
            candidate = preferred
        elif preferred and preferred not in self._ids:
            candidate = slug(preferred) or slug(title) or f"event-{number}"
        else:
            candidate = slug(title) or f"event-{number}"
        base, counter = candidate, self._next_suffix.get(candidate, 2)
        while candidate in self._ids:
            candidate = f"{base}-{counter}"
            counter += 1
        self._next_suffix[base] = counter  # a thousand "Untitled" stay linear
        self._ids.add(candidate)
        return candidate

    def category_id(self, name: str, colour: str = "") -> str:
        """The id of the category called ``name``, made the first time (``""`` for no name).

        A category without a colour of its own gets the next one of :data:`CATEGORY_PALETTE`;
        ids are slugs of the names, unique among the categories.
        """
        name = " ".join(name.split())
        if not name:
            return ""
        known = self._category_ids.get(name.casefold())
        if known is not None:
            return known
        taken = {category.id for category in self.categories}
        base = slug(name) or f"category-{len(taken) + 1}"
        category_id, counter = base, 2
        while category_id in taken:
            category_id, counter = f"{base}-{counter}", counter + 1
        colour = colour or CATEGORY_PALETTE[len(self.categories) % len(CATEGORY_PALETTE)]
        self.categories.append(
            Category(id=category_id, name={language_of(name): name}, colour=colour)
        )
        self._category_ids[name.casefold()] = category_id
        return category_id

    def add_era(
        self,
        title: str,
        start: PartialDate,
        end: PartialDate | None,
        location: str,
        colour: str | None = None,
    ) -> None:
        """An era from ``start`` to ``end`` (or over ``start`` alone); one without a title is
        named by its dates; one that ends before it starts is a :class:`Skip` at ``location``."""
        end = end or start
        if end.end_time() <= start.start_time():
            raise Skip(
                Message("the era ends ({end}) before it starts ({start})", end=end, start=start),
                location,
                Message("correct the dates or swap them"),
            )
        title = " ".join(title.split()) or f"{start.iso()} – {end.iso()}"
        self.eras.append(
            Era(title={language_of(title): title}, start=start, end=end, colour=colour)
        )

    def finish(self, title: dict[str, str], description: dict[str, str]) -> Dataset:
        """The dataset; a :class:`DatasetError` if events were there but none could be read."""
        if not self.events and not self.eras and self._first_skip is not None:
            first = self._first_skip
            more = max(self.attempted - 1, 0)  # eras are not counted
            problem = first.problem
            if more:
                problem = Message(
                    "{problem} (and {count} more events cannot be read)",
                    problem=problem,
                    count=f"{more:,}",
                )
            none_read = Message("no event can be read: {problem}", problem=problem)
            raise DatasetError(self.name, none_read, first.location, first.hint)
        return Dataset(
            format="timeline-explorer/1",
            title=title or {"en": default_title(self.name)},
            description=description,
            eras=self.eras,
            categories=self.categories,
            events=self.events,
        )


def _shown(value: object) -> str:
    """A value as a message quotes it: its repr, shortened when it is long."""
    if isinstance(value, str) and len(value) > 30:
        return f"{value[:20]!r}… ({len(value):,} characters)"
    return repr(value)


def whole_number(value: object, location: str, label: str = "") -> int | None:
    """An integer written as a number or as text ("08", "1991.0"); None if empty, else Skip."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    match = _WHOLE_NUMBER.match(value.strip()) if isinstance(value, str) else None
    if match is not None:
        return int(match.group(1))
    shown = f"{label} {_shown(value)}" if label else _shown(value)
    if isinstance(value, str) and value.strip().lstrip("+-").isdigit():
        raise Skip(
            Message("{value} is too large", value=shown),
            location,
            Message("years go from -{limit} to {limit}", limit=f"{MAX_ABS_YEAR:,}"),
        )
    raise Skip(
        Message("{value} is not a whole number", value=shown),
        location,
        Message("write the number with digits only"),
    )


def _is_usable_id(text: str) -> bool:
    return len(text) <= 200 and not any(character.isspace() for character in text)


def slug(text: str) -> str:
    """A readable id from a title: lower case, words joined by hyphens, any script kept."""
    text = unicodedata.normalize("NFKC", text).casefold()
    words = re.findall(r"[^\W_]+", text)
    result = ""
    for word in words:
        if len(result) + len(word) + 1 > _MAX_ID_LENGTH:
            break
        result = f"{result}-{word}" if result else word
    return result or (words[0][:_MAX_ID_LENGTH] if words else "")


def default_title(name: str) -> str:
    """A dataset title from the file name, for formats that have no title."""
    stem = PurePath(name.replace("\\", "/")).stem.strip()
    return stem or "Imported timeline"


def language_of(*texts: str) -> str:
    """``"ar"`` if the letters are mostly Arabic script, else ``"en"``."""
    arabic = letters = 0
    for text in texts:
        arabic += len(_ARABIC.findall(text))
        letters += sum(1 for character in text if character.isalpha())
    return "ar" if letters and arabic * 2 > letters else "en"


def localized(text: str, language: str) -> dict[str, str]:
    """``{language: text}``, or ``{}`` for an empty text."""
    return {language: text} if text else {}


def is_web_address(text: str) -> bool:
    """Whether ``text`` is an absolute http(s) address or a protocol-relative ``//host/…``."""
    lowered = text.strip().lower()
    return lowered.startswith(("http://", "https://", "//")) and " " not in lowered.strip()


def rgb_colour(text: str) -> str | None:
    """``"r,g,b"`` (each 0–255, as The Timeline writes colours) as ``#rrggbb``; None if not one."""
    parts = text.split(",")
    if len(parts) != 3 or not all(part.strip().isdigit() for part in parts):
        return None
    values = [int(part) for part in parts]
    if any(value > 255 for value in values):
        return None
    return "#" + "".join(f"{value:02x}" for value in values)


def timelinejs_year(year: int, location: str) -> int:
    """TimelineJS's year as an astronomical one: it has no year 0, so its -500 is 500 BC (-499).

    A year out of range is a :class:`Skip` at ``location`` that quotes the year as written.
    """
    _check_year(year, location)
    return year + 1 if year < 0 else year


def _check_year(year: int, location: str) -> None:
    if not -MAX_ABS_YEAR <= year <= MAX_ABS_YEAR:
        raise Skip(
            Message("year {year} is out of range", year=year),
            location,
            Message("years from -{limit} to {limit} can be shown", limit=f"{MAX_ABS_YEAR:,}"),
        )


def build_date(
    year: int,
    month: int | None,
    day: int | None,
    hour: int | None,
    minute: int | None,
    where: Callable[[str], str],
) -> PartialDate:
    """A :class:`PartialDate` from a foreign file's date parts, or :class:`Skip` naming the part.

    ``where(part)`` gives the location of ``"year"``, ``"month"``, ``"day"``, ``"hour"`` or
    ``"minute"`` in the file. A day without a month, or a time without a day, is dropped (foreign
    tools fill those in with defaults that would claim a precision the author never gave), and
    so is a time of day more than a million years away (our dates have none there).
    """
    _check_year(year, where("year"))
    if month is None:
        return PartialDate(year)
    if not 1 <= month <= 12:
        raise Skip(
            Message("month {month} is not between 1 and 12", month=month),
            where("month"),
            Message("write the month as a number from 1 (January) to 12 (December)"),
        )
    if day is None:
        return PartialDate(year, month)
    last = days_in_month(year, month)
    if not 1 <= day <= last:
        raise Skip(
            Message(
                "day {day} is not between 1 and {last} in {month}",
                day=day,
                last=last,
                month=f"{year}-{month:02d}",
            ),
            where("day"),
            Message("check the day of the month"),
        )
    if hour is None or abs(year) > MAX_ABS_YEAR_WITH_TIME:  # no time of day that far away
        return PartialDate(year, month, day)
    if not 0 <= hour <= 23:
        raise Skip(
            Message("hour {hour} is not between 0 and 23", hour=hour),
            where("hour"),
            Message("write the time on a 24-hour clock"),
        )
    minute = minute or 0
    if not 0 <= minute <= 59:
        raise Skip(
            Message("minute {minute} is not between 0 and 59", minute=minute),
            where("minute"),
            Message("check the minutes"),
        )
    return PartialDate(year, month, day, hour, minute)


def date_span(
    start: PartialDate, end: PartialDate | None, builder: DatasetBuilder, location: str
) -> tuple[PartialDate, PartialDate | None]:
    """``(start, end)`` for an event: an end equal to the start, or before it, is dropped."""
    if end is None or end == start:
        return start, None
    if end.end_time() <= start.start_time():
        builder.warn(
            Message("the end {end} is before the start {start}", end=end, start=start),
            location,
            Message("the event is shown as an instant at its start"),
        )
        return start, None
    return start, end

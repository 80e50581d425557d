"""Partial historical dates: a year, a month or a day (optionally a time), any year, BC included.

Years are astronomical (ISO 8601): year 0 is 1 BC, year -1 is 2 BC. A date covers an interval of
time, e.g. ``1991-12`` covers all of December 1991; positions on the timeline are measured in days
(a float) from 1970-01-01 on the proleptic Gregorian calendar: years go to ±20 billion (the age of
the universe, as TimelineJS's cosmological timelines have it), exact to the day everywhere and to
the minute from -1,000,000 to +1,000,000, the only years a time of day can be given for.
``datetime`` and epoch seconds are never used for event dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import IntEnum
from functools import total_ordering
from operator import attrgetter

from explorer.core.messages import Message

_ISO_PATTERN = re.compile(
    r"^(?P<year>[+-]?\d{1,11})"
    r"(?:-(?P<month>\d{2})"
    r"(?:-(?P<day>\d{2})"
    r"(?:T(?P<hour>\d{2}):(?P<minute>\d{2}))?)?)?$"
)

#: The JSON Schema pattern matching what :meth:`PartialDate.parse` accepts.
ISO_SCHEMA_PATTERN = r"^[+-]?\d{1,11}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$"

#: The furthest year from year 0, either way: more than the age of the universe.
MAX_ABS_YEAR = 20_000_000_000
#: The furthest year a time of day can be given for: a minute is a day's 1/1440, and days
#: counted from 1970 stay exact to the minute in a float up to here.
MAX_ABS_YEAR_WITH_TIME = 1_000_000
#: Years BC this far back are written in millions or billions of years ago.
_YEARS_AGO_FROM = 1_000_000

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: Month names as the source article writes them: the Levantine name, a slash, the Egyptian name.
MONTHS_AR = (
    "كانون الثاني/يناير",
    "شباط/فبراير",
    "آذار/مارس",
    "نيسان/أبريل",
    "أيار/مايو",
    "حزيران/يونيو",
    "تموز/يوليو",
    "آب/أغسطس",
    "أيلول/سبتمبر",
    "تشرين الأول/أكتوبر",
    "تشرين الثاني/نوفمبر",
    "كانون الأول/ديسمبر",
)


class Precision(IntEnum):
    """How much of a date is known."""

    YEAR = 1
    MONTH = 2
    DAY = 3
    MINUTE = 4


def is_leap_year(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap_year(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days from 1970-01-01 to the given proleptic Gregorian date (negative before it)."""
    y = year - (1 if month <= 2 else 0)
    era = y // 400
    year_of_era = y - era * 400
    shifted_month = month + (-3 if month > 2 else 9)
    day_of_year = (153 * shifted_month + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


def civil_from_days(days: int) -> tuple[int, int, int]:
    """The proleptic Gregorian (year, month, day) of a day number from :func:`days_from_civil`."""
    z = days + 719468
    era = z // 146097
    day_of_era = z - era * 146097
    year_of_era = (
        day_of_era - day_of_era // 1460 + day_of_era // 36524 - day_of_era // 146096
    ) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    shifted_month = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * shifted_month + 2) // 5 + 1
    month = shifted_month + (3 if shifted_month < 10 else -9)
    year = year_of_era + era * 400 + (1 if month <= 2 else 0)
    return year, month, day


#: Parsed dates by their text: datasets repeat dates, and dates are immutable, so share them.
#: The decoder of our format looks dates up here first (see :mod:`explorer.core.schema`).
PARSED_DATES: dict[str, PartialDate] = {}
_PARSED_LIMIT = 200_000


class DateError(ValueError):
    """A text that is not a partial ISO 8601 date; the message says what is expected."""


#: What each :class:`DateError` says (see :mod:`explorer.core.messages`).
_NOT_A_DATE = (
    "{text} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 1991-12-08; -0500 for 501 BC)"
)
_YEAR = "year {year} is out of range (±{limit})"
_DAY_NEEDS_MONTH = "a day needs a month"
_MONTH = "month {month} is not between 1 and 12"
_TIME_NEEDS_DAY = "a time needs a day"
_DAY = "day {day} is not between 1 and {last} for this month"
_HOURS_AND_MINUTES = "a time needs both hours and minutes"
_TIME = "time {time} is not a valid time of day"
_TIME_YEARS = "a time of day can be given for years up to ±{limit} only"
DATE_PROBLEMS = (
    _NOT_A_DATE,
    _YEAR,
    _DAY_NEEDS_MONTH,
    _MONTH,
    _TIME_NEEDS_DAY,
    _DAY,
    _HOURS_AND_MINUTES,
    _TIME,
    _TIME_YEARS,
)


def _not_a_date(text: object) -> Message:
    return Message(_NOT_A_DATE, text=repr(text))


@total_ordering
class PartialDate:
    """A date known to the year, month, day or minute; immutable and hashable.

    A plain class rather than a dataclass so that msgspec treats it as a custom type, read from and
    written to a JSON string.
    """

    __slots__ = ("_end", "_start", "day", "hour", "minute", "month", "year")

    def __init__(
        self,
        year: int,
        month: int | None = None,
        day: int | None = None,
        hour: int | None = None,
        minute: int | None = None,
    ) -> None:
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self._validate()
        # Worked out once: a million events share a few thousand dates, and a view reads the
        # times of all of them (with START_TIME and END_TIME, without a Python call each).
        self._start = self._compute_start_time()
        self._end = self._compute_end_time()

    def _fields(self) -> tuple[int, int | None, int | None, int | None, int | None]:
        return (self.year, self.month, self.day, self.hour, self.minute)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"PartialDate.parse({self.iso()!r})"

    def _validate(self) -> None:
        if not -MAX_ABS_YEAR <= self.year <= MAX_ABS_YEAR:
            raise DateError(Message(_YEAR, year=self.year, limit=f"{MAX_ABS_YEAR:,}"))
        if self.month is None:
            if self.day is not None:
                raise DateError(Message(_DAY_NEEDS_MONTH))
            return
        if not 1 <= self.month <= 12:
            raise DateError(Message(_MONTH, month=self.month))
        if self.day is None:
            if self.hour is not None:
                raise DateError(Message(_TIME_NEEDS_DAY))
            return
        last = days_in_month(self.year, self.month)
        if not 1 <= self.day <= last:
            raise DateError(Message(_DAY, day=self.day, last=last))
        if (self.hour is None) != (self.minute is None):
            raise DateError(Message(_HOURS_AND_MINUTES))
        if self.hour is not None and not (0 <= self.hour <= 23 and 0 <= (self.minute or 0) <= 59):
            raise DateError(Message(_TIME, time=f"{self.hour:02d}:{self.minute:02d}"))
        if self.hour is not None and abs(self.year) > MAX_ABS_YEAR_WITH_TIME:
            raise DateError(Message(_TIME_YEARS, limit=f"{MAX_ABS_YEAR_WITH_TIME:,}"))

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``; years may be < 0."""
        if not isinstance(text, str):
            raise DateError(_not_a_date(text))
        cached = PARSED_DATES.get(text)
        if cached is not None:
            return cached
        if (
            len(text) == 10
            and text[4] == "-"
            and text[7] == "-"
            and text[:4].isdecimal()
            and text[5:7].isdecimal()
            and text[8:].isdecimal()
        ):  # YYYY-MM-DD, by far the most common form, without the regular expression
            date = cls(int(text[:4]), int(text[5:7]), int(text[8:]))
        else:
            match = _ISO_PATTERN.match(text.strip())
            if match is None:
                raise DateError(_not_a_date(text))
            year, month, day, hour, minute = match.groups()
            date = cls(
                int(year),
                None if month is None else int(month),
                None if day is None else int(day),
                None if hour is None else int(hour),
                None if minute is None else int(minute),
            )
        if len(PARSED_DATES) >= _PARSED_LIMIT:
            PARSED_DATES.clear()
        PARSED_DATES[text] = date
        return date

    @property
    def precision(self) -> Precision:
        if self.month is None:
            return Precision.YEAR
        if self.day is None:
            return Precision.MONTH
        if self.hour is None:
            return Precision.DAY
        return Precision.MINUTE

    def iso(self) -> str:
        """The ISO 8601 text, as precise as the date is."""
        sign = "-" if self.year < 0 else ""
        text = f"{sign}{abs(self.year):04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.hour is not None:
            text += f"T{self.hour:02d}:{self.minute:02d}"
        return text

    def __str__(self) -> str:
        return self.iso()

    def start_time(self) -> float:
        """The first instant this date covers, in days since 1970-01-01."""
        return self._start

    def end_time(self) -> float:
        """The instant just after the last one this date covers (exclusive), in days."""
        return self._end

    def _compute_start_time(self) -> float:
        days = days_from_civil(self.year, self.month or 1, self.day or 1)
        if self.hour is not None:
            return days + (self.hour * 60 + (self.minute or 0)) / 1440
        return float(days)

    def _compute_end_time(self) -> float:
        precision = self.precision
        if precision is Precision.YEAR:
            return float(days_from_civil(self.year + 1, 1, 1))
        if precision is Precision.MONTH:
            assert self.month is not None
            year, month = (self.year + 1, 1) if self.month == 12 else (self.year, self.month + 1)
            return float(days_from_civil(year, month, 1))
        if precision is Precision.DAY:
            return self.start_time() + 1
        return self.start_time() + 1 / 1440

    def sort_key(self) -> tuple[float, int]:
        return (self.start_time(), int(self.precision))

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def format(self, language: str = "en") -> str:
        """The date as a reader writes it: "8 December 1991", or "8 كانون الأول/ديسمبر 1991"."""
        arabic = language == "ar"
        year = year_text(self.year, language)
        if self.month is None:
            return year
        month = (MONTHS_AR if arabic else MONTHS_EN)[self.month - 1]
        text = f"{month} {year}"
        if self.day is not None:
            text = f"{self.day} {text}"
        if self.hour is not None:
            text += f" {self.hour:02d}:{self.minute:02d}"
        return text


#: :meth:`PartialDate.start_time` and :meth:`PartialDate.end_time` read without a Python call:
#: for ``map`` over the dates of many events.
START_TIME: Callable[[PartialDate], float] = attrgetter("_start")
END_TIME: Callable[[PartialDate], float] = attrgetter("_end")


def year_text(year: int, language: str = "en", digits: int = 3) -> str:
    """An astronomical year as readers write it: 1991, 44 BC, 100,000 BC, 65 million years ago.

    Millions and billions of years ago are rounded to ``digits`` significant digits.
    """
    arabic = language == "ar"
    if year > 0:
        return f"{year:,}" if year >= 10_000 else str(year)
    before = 1 - year
    if before >= _YEARS_AGO_FROM:
        amount = f"{before / 1e6:.{digits}g}"
        billions = before >= 1_000_000_000 or "e" in amount  # 999.9 million rounds to 1 billion
        if billions:
            amount = f"{before / 1e9:.{digits}g}"
        if arabic:
            return f"قبل {amount} {'مليار' if billions else 'مليون'} سنة"
        return f"{amount} {'billion' if billions else 'million'} years ago"
    number = f"{before:,}" if before >= 10_000 else str(before)
    return f"{number} ق.م" if arabic else f"{number} BC"


def format_span(start: PartialDate, end: PartialDate | None, language: str = "en") -> str:
    """A date or a range of dates as text; a range whose ends are equal is one date.

    Two days of one month share the month and year, as readers write them: "19–22 August 1991",
    "10–12 كانون الأول/ديسمبر 1991".
    """
    if end is None or end == start:
        return start.format(language)
    if (
        start.day is not None
        and end.day is not None
        and start.hour is None
        and end.hour is None
        and (start.year, start.month) == (end.year, end.month)
    ):
        return f"{start.day}–{end.format(language)}"
    separator = " – "
    return f"{start.format(language)}{separator}{end.format(language)}"

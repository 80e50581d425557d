"""Axis ticks for any zoom, from billions of years to minutes, described as a table of levels.

A level is a unit and a step (10 years, 3 months, 1 day, 15 minutes). :func:`axis_ticks` picks the
finest level whose labels, measured with an injected function (so this is testable without a
screen), don't collide at the current time-per-pixel, plus a finer level for minor gridlines.
Dates come from :mod:`explorer.core.dates` (proleptic Gregorian day numbers), so years before 1
work: year ticks fall on round numbers of years BC before the era and of years AD after it, with
a tick at AD 1 between them for long steps. A million years before the era and more, labels read
in millions and billions of years ago, as precise as the step needs ("66.1 million years ago").
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal, NamedTuple

from explorer.core.dates import MONTHS_AR, MONTHS_EN, civil_from_days, days_from_civil, year_text

Unit = Literal["year", "month", "week", "day", "minute"]
Measure = Callable[[str], float]

_MINUTES_PER_DAY = 1440
#: At most about this many minor steps to a major one, so gridlines stay calm.
MAX_MINORS = 14
#: 1970-01-01 was a Thursday: day numbers ≡ 4 (mod 7) are Mondays, where week ticks fall.
_MONDAY = 4


@dataclass(frozen=True, slots=True)
class TickLevel:
    """Ticks every ``step`` units; ``min_days`` is the smallest gap between two of them."""

    unit: Unit
    step: int
    min_days: float


def _years(step: int) -> TickLevel:
    return TickLevel("year", step, step * 365.0)


#: Every level, finest first.
TICK_LEVELS: tuple[TickLevel, ...] = (
    *(TickLevel("minute", m, m / _MINUTES_PER_DAY) for m in (5, 15, 30, 60, 180, 360, 720)),
    TickLevel("day", 1, 1.0),
    TickLevel("week", 1, 7.0),
    TickLevel("month", 1, 28.0),
    TickLevel("month", 3, 89.0),
    TickLevel("month", 6, 181.0),
    *(_years(step) for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000)),
    *(_years(step) for step in (10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000)),
    *(_years(step * 10**power) for power in range(6, 10) for step in (2, 5, 10)),
)


class Tick(NamedTuple):
    time: float
    label: str


@dataclass(frozen=True, slots=True)
class AxisTicks:
    """What an axis draws: labelled major ticks and unlabelled minor ones (never on a major)."""

    level: TickLevel
    major: list[Tick]
    minor: list[float]


# --- labels ---------------------------------------------------------------------------------


def year_label(year: int, language: str = "en", step: int = 1) -> str:
    """An astronomical year as readers write it: 1991, 44 BC (year -43), 100,000 BC, and from a
    million years back "4.5 billion years ago", with the digits that tell ``step`` apart."""
    return year_text(year, language, _significant_digits(1 - year, step))


def _significant_digits(years_ago: int, step: int) -> int:
    """How many significant digits write ``years_ago`` in millions or billions of years to a
    precision of ``step`` years: 66.1 million for a step of 100,000 years, 66.01 for 10,000."""
    if years_ago < 1_000_000:
        return 3  # written in full, as years BC
    unit = 1_000_000_000 if years_ago >= 999_500_000 else 1_000_000
    decimals = max(0, math.ceil(math.log10(unit / step))) if step < unit else 0
    return max(3, len(str(years_ago // unit)) + decimals)


def _month_name(month: int, language: str) -> str:
    return MONTHS_AR[month - 1] if language == "ar" else MONTHS_EN[month - 1][:3]


def _label(
    level: TickLevel, year: int, month: int, day: int, minute: int, full: bool, language: str
) -> str:
    """The short label of a tick, or the full one (with the year, the date) that gives context."""
    if level.unit == "year":
        if year == 1 and level.step >= 1_000_000:  # "1" beside "1 billion years ago" misleads
            return "1 م" if language == "ar" else "AD 1"
        return year_label(year, language, level.step)
    if level.unit == "month":
        name = _month_name(month, language)
        return f"{name} {year_label(year, language)}" if full else name
    if level.unit == "day" and language == "ar" and not full:
        # Arabic months are long ("كانون الأول/ديسمبر"): within a month its days need only numbers
        return str(day)
    date = f"{day} {_month_name(month, language)}"
    if full:
        date = f"{date} {year_label(year, language)}"
    if level.unit != "minute":
        return date
    clock = f"{minute // 60:02d}:{minute % 60:02d}"
    if not full:
        return clock
    return date if minute == 0 else f"{date} {clock}"


# --- positions ------------------------------------------------------------------------------

_Position = tuple[float, int, int, int, int]  # time, year, month, day, minute of the day


def _year_positions(step: int, start: float, end: float) -> Iterator[_Position]:
    first = civil_from_days(math.floor(start))[0]
    last = civil_from_days(math.floor(end))[0]
    if first <= 0:  # years BC: round numbers of years before the era (-99 is 100 BC)
        low_bc, high_bc = 1 - min(last, 0), 1 - first
        for k in range(high_bc // step, -(-low_bc // step) - 1, -1):
            year = 1 - k * step
            yield float(days_from_civil(year, 1, 1)), year, 1, 1, 0
    if step >= 10 and first <= 1 <= last:  # the era itself, so long steps have no hole there
        yield float(days_from_civil(1, 1, 1)), 1, 1, 1, 0
    for k in range(-(-max(first, 1) // step), last // step + 1):
        year = k * step
        yield float(days_from_civil(year, 1, 1)), year, 1, 1, 0


def _month_positions(step: int, start: float, end: float) -> Iterator[_Position]:
    year, month, _ = civil_from_days(math.floor(start))
    index = -(-(year * 12 + month - 1) // step) * step
    while True:
        year, month = divmod(index, 12)
        time = float(days_from_civil(year, month + 1, 1))
        if time > end:
            return
        yield time, year, month + 1, 1, 0
        index += step


def _day_positions(step: int, start: float, end: float) -> Iterator[_Position]:
    day = math.ceil(start)
    if step == 7:
        day += (_MONDAY - day) % 7
    while day <= end:
        year, month, dom = civil_from_days(day)
        yield float(day), year, month, dom, 0
        day += step


def _minute_positions(step: int, start: float, end: float) -> Iterator[_Position]:
    k = math.ceil(start * _MINUTES_PER_DAY / step)
    while True:
        total = k * step
        time = total / _MINUTES_PER_DAY
        if time > end:
            return
        day, minute = divmod(total, _MINUTES_PER_DAY)
        year, month, dom = civil_from_days(day)
        yield time, year, month, dom, minute
        k += 1


def _positions(level: TickLevel, start: float, end: float) -> Iterator[_Position]:
    if level.unit == "year":
        source = _year_positions(level.step, start, end)
    elif level.unit == "month":
        source = _month_positions(level.step, start, end)
    elif level.unit in ("week", "day"):
        source = _day_positions(7 if level.unit == "week" else level.step, start, end)
    else:
        source = _minute_positions(level.step, start, end)
    return (p for p in source if start <= p[0] <= end)


def tick_times(level: TickLevel, start: float, end: float, limit: int = 10_000) -> list[float]:
    """The instants of a level's ticks within ``start`` … ``end`` (inclusive), at most ``limit``."""
    if (end - start) / level.min_days > limit:
        raise ValueError(f"more than {limit} ticks of {level} between {start} and {end}")
    return [position[0] for position in _positions(level, start, end)]


def major_ticks(
    level: TickLevel,
    start: float,
    end: float,
    language: str = "en",
    limit: int = 10_000,
    fits: Callable[[float, str], bool] | None = None,
) -> list[Tick]:
    """A level's labelled ticks within ``start`` … ``end``.

    The first labelled tick, and each one that starts a new year (a new day for clock times; in
    Arabic, a new month for days), gets the full label so the axis always says which year or day
    it shows. A tick whose label
    ``fits`` rejects (it would stick out of the axis) keeps its place but gets no label.
    """
    if (end - start) / level.min_days > limit:
        raise ValueError(f"more than {limit} ticks of {level} between {start} and {end}")
    ticks: list[Tick] = []
    previous: tuple[int, ...] | None = None
    for time, year, month, day, minute in _positions(level, start, end):
        context: tuple[int, ...] = (year, month, day) if level.unit == "minute" else (year,)
        if level.unit == "day" and language == "ar":
            context = (year, month)  # each month named once (see _label)
        label = _label(level, year, month, day, minute, context != previous, language)
        if fits is not None and not fits(time, label):
            label = ""
        else:
            previous = context
        ticks.append(Tick(time, label))
    return ticks


# --- choosing a level -----------------------------------------------------------------------


def _labels_fit(ticks: list[Tick], days_per_pixel: float, measure: Measure, gap: float) -> bool:
    ticks = [tick for tick in ticks if tick.label]
    widths = [measure(tick.label) for tick in ticks]
    for i in range(1, len(ticks)):
        distance = (ticks[i].time - ticks[i - 1].time) / days_per_pixel
        if distance < (widths[i] + widths[i - 1]) / 2 + gap:
            return False
    return True


def _refines(minor: TickLevel, major: TickLevel) -> bool:
    """Whether every tick of ``major`` is also a tick of ``minor``."""
    if minor.unit == major.unit:
        return major.step % minor.step == 0
    order = ("minute", "day", "month", "year")
    if minor.unit == "week" or minor.unit not in order:
        return False
    if major.unit == "week":
        return minor.unit in ("day", "minute")
    return order.index(minor.unit) < order.index(major.unit)


def axis_ticks(
    start: float,
    end: float,
    width: float,
    measure: Measure,
    language: str = "en",
    gap: float = 24.0,
    min_minor_px: float = 12.0,
) -> AxisTicks:
    """The ticks of an axis showing ``start`` … ``end`` over ``width`` pixels.

    The major level is the finest one whose labels (as wide as ``measure`` says) keep ``gap``
    pixels apart; the minor level the finest one that refines it with ticks at least
    ``min_minor_px`` apart and at most about :data:`MAX_MINORS` to a major step (months in a
    year, days in a week, years in a decade). Labels that would stick out at either end are
    left out (their ticks stay), so the first label shown is the one with the year. The scale
    may be mirrored: labels are centred on their ticks, so what fits does not change.
    """
    days_per_pixel = max(end - start, 1e-9) / max(width, 1.0)

    def fits(time: float, label: str) -> bool:  # inside the axis, centred on its tick
        x, half = (time - start) / days_per_pixel, measure(label) / 2
        return x - half >= 2 and x + half <= width - 2

    major_level = TICK_LEVELS[-1]
    major: list[Tick] = []
    for level in TICK_LEVELS:
        if level.min_days / days_per_pixel < gap:
            continue
        ticks = major_ticks(level, start, end, language, fits=fits)
        if _labels_fit(ticks, days_per_pixel, measure, gap):
            major_level, major = level, ticks
            break
    else:
        major = major_ticks(major_level, start, end, language, fits=fits)
    minor: list[float] = []
    for level in TICK_LEVELS:
        if (
            level.min_days / days_per_pixel >= min_minor_px
            and major_level.min_days / level.min_days <= MAX_MINORS
            and _refines(level, major_level)
        ):
            if level != major_level:
                taken = {tick.time for tick in major}
                minor = [t for t in tick_times(level, start, end) if t not in taken]
            break
    return AxisTicks(major_level, major, minor)

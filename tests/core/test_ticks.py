"""Axis ticks: levels picked by time per pixel and label width, labels in English and Arabic."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.core.dates import civil_from_days, days_from_civil
from explorer.core.ticks import (
    TICK_LEVELS,
    TickLevel,
    axis_ticks,
    major_ticks,
    tick_times,
    year_label,
)
from explorer.core.timescale import EARLIEST, LATEST, MAX_SPAN, MIN_SPAN, narrowest_span


def measure(text: str) -> float:
    """A stand-in for font metrics: 7 pixels a character."""
    return 7.0 * len(text)


def day(year: int, month: int = 1, dom: int = 1) -> float:
    return float(days_from_civil(year, month, dom))


def level(unit: str, step: int) -> TickLevel:
    return next(lv for lv in TICK_LEVELS if lv.unit == unit and lv.step == step)


def test_levels_are_ordered_finest_first() -> None:
    gaps = [lv.min_days for lv in TICK_LEVELS]
    assert gaps == sorted(gaps)
    assert len(set(TICK_LEVELS)) == len(TICK_LEVELS)


def test_year_labels_write_years_bc_and_group_large_numbers() -> None:
    assert year_label(1991) == "1991"
    assert year_label(0) == "1 BC"
    assert year_label(-43) == "44 BC"
    assert year_label(-43, "ar") == "44 ق.م"
    assert year_label(-99_999) == "100,000 BC"
    assert year_label(250_000) == "250,000"


def test_a_decade_over_a_thousand_pixels_gets_yearly_ticks() -> None:
    ticks = axis_ticks(day(1985), day(1995), 1000, measure)
    assert ticks.level == level("year", 1)
    labels = [str(y) for y in range(1986, 1995)]
    assert [t.label for t in ticks.major] == ["", *labels, ""]  # the ends would stick out
    assert ticks.major[0].time == day(1985)
    assert ticks.minor and all(day(1985) < t < day(1995) for t in ticks.minor)


def test_month_ticks_name_the_year_at_first_and_in_january() -> None:
    ticks = major_ticks(level("month", 1), day(1991, 11), day(1992, 2, 15))
    assert [t.label for t in ticks] == ["Nov 1991", "Dec", "Jan 1992", "Feb"]


def test_arabic_month_ticks_use_the_seed_month_names() -> None:
    ticks = major_ticks(level("month", 1), day(1991, 12), day(1992, 1, 20), "ar")
    assert [t.label for t in ticks] == ["كانون الأول/ديسمبر 1991", "كانون الثاني/يناير 1992"]


def test_clock_ticks_give_the_date_at_midnight_and_first() -> None:
    ticks = major_ticks(level("minute", 360), day(1991, 12, 7) + 0.5, day(1991, 12, 8) + 0.3)
    assert [t.label for t in ticks] == ["7 Dec 1991 12:00", "18:00", "8 Dec 1991", "06:00"]


def test_the_first_label_shown_has_the_year_even_when_the_first_tick_is_at_the_edge() -> None:
    start = day(1991, 6, 25)  # 1 July is 18 px in: too close to the edge for its label
    ticks = axis_ticks(start, start + 330, 1000, measure)
    assert ticks.major[0].time == day(1991, 7) and ticks.major[0].label == ""
    assert ticks.major[1].label == "Aug 1991"
    assert [t.label for t in ticks.major[2:7]] == ["Sep", "Oct", "Nov", "Dec", "Jan 1992"]


def test_week_ticks_fall_on_mondays() -> None:
    for time in tick_times(level("week", 1), day(1991, 1), day(1991, 6)):
        assert (int(time) - 4) % 7 == 0  # 1970-01-05 (day 4) was a Monday


def test_ticks_before_the_era_fall_on_round_years_bc() -> None:
    ticks = major_ticks(level("year", 100), day(-350), day(250))
    assert [t.label for t in ticks] == ["300 BC", "200 BC", "100 BC", "1", "100", "200"]
    assert civil_from_days(int(ticks[0].time)) == (-299, 1, 1)


def test_a_million_years_is_labelled_in_hundreds_of_thousands() -> None:
    ticks = axis_ticks(day(-1_000_000), day(1_000_000), 1600, measure)
    assert ticks.level.unit == "year" and ticks.level.step >= 100_000
    labels = [t.label for t in ticks.major]
    assert "800,000 BC" in labels and "1" in labels


def test_an_hour_across_the_width_still_has_labels() -> None:
    start = day(1991, 12, 25) + 19 / 24
    ticks = axis_ticks(start, start + MIN_SPAN, 1000, measure)
    assert ticks.level.unit == "minute"
    assert len(ticks.major) >= 2


def test_wider_labels_choose_a_coarser_level() -> None:
    narrow = axis_ticks(day(1900), day(2000), 1000, lambda text: 2.0 * len(text))
    wide = axis_ticks(day(1900), day(2000), 1000, lambda text: 20.0 * len(text))
    assert wide.level.min_days > narrow.level.min_days


@given(
    start=st.floats(min_value=EARLIEST, max_value=LATEST),
    span_exponent=st.floats(min_value=0, max_value=1),
    width=st.floats(min_value=200, max_value=3000),
    language=st.sampled_from(["en", "ar"]),
)
def test_ticks_are_increasing_inside_the_range_and_their_labels_fit(
    start: float, span_exponent: float, width: float, language: str
) -> None:
    narrowest = narrowest_span(start)  # far from our era floats allow no hour-wide view
    span = narrowest * (MAX_SPAN / narrowest) ** span_exponent
    end = start + span
    ticks = axis_ticks(start, end, width, measure, language)
    times = [t.time for t in ticks.major]
    assert all(a < b for a, b in pairwise(times))
    assert all(start <= t <= end for t in times + ticks.minor)
    for tick in ticks.major:  # labels never stick out of the axis
        if tick.label:
            x, half = (tick.time - start) / (span / width), measure(tick.label) / 2
            assert x - half >= 0 and x + half <= width
    assert all(b > a for a, b in pairwise(ticks.minor))
    assert not set(ticks.minor) & set(times)
    days_per_pixel = span / width
    for a, b in pairwise([tick for tick in ticks.major if tick.label]):  # labels never overlap
        room = (b.time - a.time) / days_per_pixel
        assert room >= (measure(a.label) + measure(b.label)) / 2 or ticks.level == TICK_LEVELS[-1]


@given(
    first=st.integers(min_value=-1_000_000, max_value=999_000),
    years=st.integers(min_value=1, max_value=1000),
    step=st.sampled_from([1, 2, 5, 10, 100, 1000]),
)
def test_year_ticks_work_for_negative_years(first: int, years: int, step: int) -> None:
    ticks = major_ticks(level("year", step), day(first), day(first + years))
    for tick in ticks:
        year, month, dom = civil_from_days(int(tick.time))
        assert (month, dom) == (1, 1)
        assert first <= year <= first + years
        written = year if year > 0 else 1 - year  # years BC are counted back from 1 BC
        assert written % step == 0 or (year == 1 and step >= 10)  # and the era
        assert tick.label.endswith(("BC", "years ago")) == (year <= 0)


def test_a_cosmic_range_reads_in_billions_of_years() -> None:
    start, end = day(-13_800_000_000), day(1969)
    pad = (end - start) * 0.05
    english = axis_ticks(start - pad, end + pad, 1200, measure)
    labels = [t.label for t in english.major if t.label]
    assert len(labels) >= 2
    assert all(label.endswith("billion years ago") for label in labels[:-1])
    assert "5 billion years ago" in labels
    arabic = axis_ticks(start - pad, end + pad, 1200, measure, "ar")
    labels = [t.label for t in arabic.major if t.label]
    assert all(label.startswith("قبل ") and label.endswith(" مليار سنة") for label in labels[:-1])
    assert arabic.level.step in (2_000_000_000, 5_000_000_000)


def test_million_year_labels_are_as_precise_as_their_step() -> None:
    assert year_label(1 - 4_500_000_000, step=500_000_000) == "4.5 billion years ago"
    assert year_label(1 - 4_500_000_000, "ar", step=500_000_000) == "قبل 4.5 مليار سنة"
    assert year_label(1 - 66_100_000, step=100_000) == "66.1 million years ago"
    assert year_label(1 - 66_010_000, step=10_000) == "66.01 million years ago"
    assert year_label(1 - 13_801_000_000, step=1_000_000) == "13.801 billion years ago"
    assert year_label(1 - 999_000_000, step=1_000_000) == "999 million years ago"


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("centre_year", [-13_800_000_000, -66_000_000, -300_000, 1969])
def test_zooming_from_the_big_bang_keeps_every_axis_readable(
    centre_year: int, language: str
) -> None:
    """From the whole age of the universe down to a day, around a few moments of it."""
    centre, span = day(centre_year), day(2000) - day(-13_800_000_000)
    while span > 1:
        start, end = centre - span / 2, centre + span / 2
        ticks = axis_ticks(start, end, 1000, measure, language)
        labelled = [tick for tick in ticks.major if tick.label]
        assert labelled, (span, ticks)  # deep in time, "13.80005 billion years ago" is long
        times = [tick.time for tick in ticks.major]
        assert all(a < b for a, b in pairwise(times))
        assert all(start <= t <= end for t in times + ticks.minor)
        days_per_pixel = span / 1000
        for a, b in pairwise(labelled):  # labels never overlap
            assert (b.time - a.time) / days_per_pixel >= (measure(a.label) + measure(b.label)) / 2
        if ticks.level.unit == "year":  # each label names a different year
            assert len({tick.label for tick in labelled}) == len(labelled), labelled
        span /= 7


def test_arabic_days_name_their_month_once() -> None:
    # a week over 1000 px: the days labelled, the long Arabic month written once a month
    start, end = day(1991, 12, 5) + 0.5, day(1991, 12, 12)
    labels = [t.label for t in axis_ticks(start, end, 1000, measure, "ar").major if t.label]
    assert labels == ["7 كانون الأول/ديسمبر 1991", "8", "9", "10", "11"]
    start, end = day(1991, 12, 28) + 0.5, day(1992, 1, 4)
    labels = [t.label for t in axis_ticks(start, end, 1000, measure, "ar").major if t.label]
    assert labels == ["30 كانون الأول/ديسمبر 1991", "31", "1 كانون الثاني/يناير 1992", "2", "3"]

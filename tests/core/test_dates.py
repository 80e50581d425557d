"""Partial dates: parsing, ordering, the covered interval, and how readers write them."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.core.dates import (
    DateError,
    PartialDate,
    Precision,
    civil_from_days,
    days_from_civil,
    format_span,
)


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("1991", Precision.YEAR),
        ("1991-12", Precision.MONTH),
        ("1991-12-08", Precision.DAY),
        ("1991-12-25T19:38", Precision.MINUTE),
        ("-0500", Precision.YEAR),
        ("-1000000", Precision.YEAR),
    ],
)
def test_parse_round_trips_iso_text(text: str, precision: Precision) -> None:
    date = PartialDate.parse(text)
    assert date.precision is precision
    assert PartialDate.parse(date.iso()) == date


@pytest.mark.parametrize(
    "text", ["", "1991-13", "1991-02-30", "1991-12-8", "8 December 1991", "1991-12-08T25:00", "x"]
)
def test_bad_dates_say_what_is_expected(text: str) -> None:
    with pytest.raises(DateError):
        PartialDate.parse(text)


def test_error_message_shows_the_expected_form() -> None:
    with pytest.raises(DateError, match="YYYY-MM-DD"):
        PartialDate.parse("8/12/1991")


def test_day_numbers_agree_with_the_standard_library_where_it_can_count() -> None:
    for year, month, day in [(1970, 1, 1), (1991, 12, 8), (1, 1, 1), (9999, 12, 31), (2000, 2, 29)]:
        expected = (dt.date(year, month, day) - dt.date(1970, 1, 1)).days
        assert days_from_civil(year, month, day) == expected


@given(st.integers(min_value=-3_000_000_000, max_value=3_000_000_000))
def test_civil_from_days_inverts_days_from_civil(days: int) -> None:
    assert days_from_civil(*civil_from_days(days)) == days


@given(
    st.integers(min_value=-1_000_000, max_value=1_000_000),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
)
def test_a_date_covers_its_own_interval(year: int, month: int, day: int) -> None:
    year_date, month_date = PartialDate(year), PartialDate(year, month)
    day_date = PartialDate(year, month, day)
    assert year_date.start_time() <= month_date.start_time() <= day_date.start_time()
    assert day_date.end_time() <= month_date.end_time() <= year_date.end_time()
    assert day_date.end_time() - day_date.start_time() == 1
    assert 365 <= year_date.end_time() - year_date.start_time() <= 366


def test_ordering_is_by_time_then_precision() -> None:
    dates = [PartialDate.parse(t) for t in ["1991-12-26", "1991", "1991-12", "-0044", "1985-03-11"]]
    assert [d.iso() for d in sorted(dates)] == [
        "-0044",
        "1985-03-11",
        "1991",
        "1991-12",
        "1991-12-26",
    ]


@pytest.mark.parametrize(
    ("text", "english", "arabic"),
    [
        ("1991-12-08", "8 December 1991", "8 كانون الأول/ديسمبر 1991"),
        ("1991-12", "December 1991", "كانون الأول/ديسمبر 1991"),
        ("1922", "1922", "1922"),
        ("-0043", "44 BC", "44 ق.م"),
    ],
)
def test_format_as_the_seed_writes_dates(text: str, english: str, arabic: str) -> None:
    date = PartialDate.parse(text)
    assert date.format("en") == english
    assert date.format("ar") == arabic


def test_format_span_joins_two_dates_and_collapses_equal_ones() -> None:
    start, end = PartialDate.parse("1985"), PartialDate.parse("1991")
    assert format_span(start, end, "en") == "1985 – 1991"
    assert format_span(start, start, "en") == "1985"
    assert format_span(start, None, "ar") == "1985"


def test_format_span_writes_days_of_one_month_as_one_range() -> None:
    start, end = PartialDate.parse("1991-12-10"), PartialDate.parse("1991-12-12")
    assert format_span(start, end, "en") == "10–12 December 1991"
    assert format_span(start, end, "ar") == "10–12 كانون الأول/ديسمبر 1991"
    other_month = PartialDate.parse("1992-01-06")
    assert format_span(start, other_month, "en") == "10 December 1991 – 6 January 1992"


@given(
    st.integers(min_value=0, max_value=9999),
    st.integers(min_value=0, max_value=99),
    st.integers(min_value=0, max_value=99),
)
def test_the_day_fast_path_agrees_with_the_general_parser(year: int, month: int, day: int) -> None:
    text = f"{year:04d}-{month:02d}-{day:02d}"
    general = f" {text}"  # a leading space takes the general path (and is stripped)
    try:
        expected = PartialDate.parse(general)
    except DateError as error:
        with pytest.raises(DateError, match=re.escape(str(error))):
            PartialDate.parse(text)
    else:
        assert PartialDate.parse(text) == expected


def test_any_decimal_digits_are_read_as_before() -> None:
    assert PartialDate.parse("١٩٩١-١٢-٠٨") == PartialDate(1991, 12, 8)
    with pytest.raises(DateError, match="is not a date"):
        PartialDate.parse("1991-1²-08")

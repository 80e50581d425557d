"""Dates as users type them into Go to date…, in English and Arabic."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.core.dates import PartialDate
from explorer.core.user_dates import parse_user_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1991-12", "1991-12"),
        ("1991-12-08", "1991-12-08"),
        ("1991", "1991"),
        (" -500 ", "-0500"),
        ("December 1991", "1991-12"),
        ("december 1991", "1991-12"),
        ("Dec 8, 1991", "1991-12-08"),
        ("8 December 1991", "1991-12-08"),
        ("1991 December", "1991-12"),
        ("Sept. 1991", "1991-09"),
        ("كانون الأول 1991", "1991-12"),
        ("كانون الأول/ديسمبر 1991", "1991-12"),
        ("8 كانون الأول 1991", "1991-12-08"),
        ("ديسمبر ١٩٩١", "1991-12"),
        ("آب 1991", "1991-08"),
        ("اب 1991", "1991-08"),  # without hamza
        ("تشرين الثاني 1991", "1991-11"),
        ("تشرين الأول ١٩٩١ م", "1991-10"),
        ("12/1991", "1991-12"),
        ("8/12/1991", "1991-12-08"),
        ("1991/12/08", "1991-12-08"),
        ("44 BC", "-0043"),
        ("44 ق.م", "-0043"),
    ],
)
def test_partial_dates_in_either_language(text: str, iso: str) -> None:
    date = parse_user_date(text)
    assert date is not None and date.iso() == iso


@pytest.mark.parametrize(
    "text", ["", "  ", "nonsense", "31 February 1991", "تشرين 1991", "13/1991"]
)
def test_what_names_no_date_is_none(text: str) -> None:
    assert parse_user_date(text) is None


@given(st.integers(1, 3000), st.integers(1, 12), st.integers(1, 28), st.sampled_from(["en", "ar"]))
def test_what_the_app_writes_reads_back(year: int, month: int, day: int, language: str) -> None:
    for date in (PartialDate(year), PartialDate(year, month), PartialDate(year, month, day)):
        assert parse_user_date(date.format(language)) == date

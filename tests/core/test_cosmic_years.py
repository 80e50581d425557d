"""Years in millions and billions: how dates and the range a view shows are named at that scale."""

from __future__ import annotations

from explorer.core.dates import days_from_civil, year_text
from explorer.core.first_view import range_label


def test_years_ago_are_rounded_never_written_in_exponents() -> None:
    assert year_text(1 - 13_800_000_000) == "13.8 billion years ago"
    assert year_text(1 - 4_500_000_000, "ar") == "قبل 4.5 مليار سنة"
    assert year_text(1 - 66_000_000) == "66 million years ago"
    assert year_text(1 - 999_700_000) == "1 billion years ago"
    assert year_text(1 - 66_010_000, digits=4) == "66.01 million years ago"


def test_a_cosmic_range_is_named_to_three_figures() -> None:
    start = days_from_civil(-4_860_000_123, 5, 1)
    assert range_label(start, days_from_civil(1969, 7, 21)) == "4.86 billion years ago – 1969"
    assert range_label(start, days_from_civil(360_002_126, 3, 1)) == (
        "4.86 billion years ago – 360,000,000"
    )
    assert range_label(start, days_from_civil(1970, 1, 1), "ar") == "قبل 4.86 مليار سنة – 1969"

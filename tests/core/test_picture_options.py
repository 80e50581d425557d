"""Picture options: their limits, and reading them as the command line gets them."""

from __future__ import annotations

import pytest

from explorer.core.dates import days_from_civil
from explorer.core.errors import ExportError
from explorer.core.export import ExportRequest
from explorer.core.picture import (
    PictureOptions,
    parse_scale,
    parse_size,
    parse_time_range,
    range_label,
)
from explorer.core.schema import Dataset


def test_a_request_asks_for_the_default_picture_unless_told() -> None:
    request = ExportRequest(Dataset(format="timeline-explorer/1", title={"en": "t"}), [])
    assert request.picture == PictureOptions(1600, 900, 2.0, None, True)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"width": 199}, "width 199 px is out of range"),
        ({"height": 10_001}, "height 10001 px is out of range"),
        ({"scale": 0.25}, "scale 0.25 is out of range"),
        ({"scale": 5}, "scale 5 is out of range"),
        ({"time_range": (10.0, 10.0)}, "must end after it starts"),
    ],
)
def test_options_out_of_range_say_what_to_use(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ExportError, match=message):
        PictureOptions(**changes)  # type: ignore[arg-type]


def test_too_many_png_pixels_is_a_problem_an_svg_does_not_have() -> None:
    huge = PictureOptions(10_000, 10_000, 4.0)
    assert "40000x40000 PNG" in huge.png_problem()
    assert PictureOptions(10_000, 10_000, 1.0).png_problem() == ""
    assert PictureOptions(1600, 900, 1.5).png_size == (2400, 1350)


def test_sizes_and_scales_as_people_type_them() -> None:
    assert parse_size("2400x1200") == (2400, 1200)
    assert parse_size(" 800 × 600 ") == (800, 600)
    assert parse_scale("1.5") == 1.5
    for bad in ("2400", "x", "2400x", "-5x300"):
        with pytest.raises(ValueError, match="WIDTHxHEIGHT"):
            parse_size(bad)
    for bad in ("0", "nan", "inf", "fast"):
        with pytest.raises(ValueError, match="--scale"):
            parse_scale(bad)


def test_a_range_runs_from_the_start_of_its_first_date_to_the_end_of_its_last() -> None:
    assert parse_time_range("1985..1991-12") == (
        days_from_civil(1985, 1, 1),
        days_from_civil(1992, 1, 1),
    )
    assert parse_time_range("March 1985..8 كانون الأول 1991") == (
        days_from_civil(1985, 3, 1),
        days_from_civil(1991, 12, 9),
    )
    assert parse_time_range("all") is None
    assert parse_time_range("ALL") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1991", "START..END"),
        ("1991..1990", "end after it starts"),
        ("..1991", "'' is not a date"),
        ("1985..soon", "'soon' is not a date"),
    ],
)
def test_a_bad_range_says_how_to_write_one(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_time_range(text)


def parse_range(text: str) -> tuple[float, float]:
    time_range = parse_time_range(text)
    assert time_range is not None
    return time_range


def test_a_range_is_named_as_precisely_as_its_ends_need() -> None:
    assert range_label(parse_range("1985..1991")) == "1985 – 1991"
    assert range_label(parse_range("March 1985..1991-12"), "ar") == (
        "آذار/مارس 1985 – كانون الأول/ديسمبر 1991"
    )
    assert range_label(parse_range("1991-12-08..1991-12-08")) == "8 December 1991"
    assert range_label((float(days_from_civil(1985, 1, 1)), 8035.5)) == (
        "1 January 1985 – 1 January 1992"
    )
    assert range_label((float("nan"), 3.0)) == ""

"""TimeScale: the time↔pixel mapping, zoom around an anchor, pan, fit, mirroring, limits."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from explorer.core.dates import days_from_civil
from explorer.core.timescale import (
    DAYS_PER_YEAR,
    EARLIEST,
    LATEST,
    MAX_SPAN,
    MIN_SPAN,
    TimeScale,
    narrowest_span,
)

YEAR_1991 = float(days_from_civil(1991, 1, 1))
YEAR_1992 = float(days_from_civil(1992, 1, 1))

times = st.floats(min_value=EARLIEST, max_value=LATEST, allow_nan=False)
spans = st.floats(min_value=MIN_SPAN, max_value=MAX_SPAN, allow_nan=False)
widths = st.floats(min_value=50, max_value=4000, allow_nan=False)
factors = st.floats(min_value=1e-3, max_value=1e3, allow_nan=False)


def time_tolerance(scale: TimeScale, time: float) -> float:
    """A few units of float rounding at this magnitude (days near ±1M years are ~4e8)."""
    return 16 * math.ulp(abs(time) + abs(scale.start) + scale.span) + scale.span * 1e-12


def test_maps_the_visible_range_onto_the_width() -> None:
    scale = TimeScale(YEAR_1991, YEAR_1992, 1000)
    assert scale.visible_range == (YEAR_1991, YEAR_1992)
    assert scale.x_for(YEAR_1991) == 0
    assert scale.x_for(YEAR_1992) == 1000
    assert scale.time_at(500) == pytest.approx((YEAR_1991 + YEAR_1992) / 2)
    assert scale.days_per_pixel == pytest.approx(0.365)


def test_mirrored_scale_runs_right_to_left() -> None:
    scale = TimeScale(YEAR_1991, YEAR_1992, 1000, mirrored=True)
    assert scale.x_for(YEAR_1991) == 1000
    assert scale.x_for(YEAR_1992) == 0
    assert scale.time_at(1000) == pytest.approx(YEAR_1991)


def test_resizing_keeps_the_visible_range() -> None:
    scale = TimeScale(YEAR_1991, YEAR_1992, 1000)
    assert scale.set_width(500)
    assert scale.visible_range == (YEAR_1991, YEAR_1992)
    assert scale.x_for(YEAR_1992) == 500
    assert not scale.set_width(500)


def test_zoom_in_halves_the_span_around_the_anchor() -> None:
    scale = TimeScale(0, 1000, 1000)
    assert scale.zoom_by(2, anchor_x=250)
    assert scale.visible_range == pytest.approx((125, 625))
    assert scale.time_at(250) == pytest.approx(250)


def test_zoom_without_an_anchor_keeps_the_centre() -> None:
    scale = TimeScale(0, 1000, 1000)
    scale.zoom_by(0.5)
    assert scale.visible_range == pytest.approx((-500, 1500))


def test_zoom_is_clamped_between_an_hour_and_forty_billion_years() -> None:
    scale = TimeScale(YEAR_1991, YEAR_1992, 1000)
    scale.zoom_by(1e12, anchor_x=300)
    assert scale.span == pytest.approx(MIN_SPAN)
    assert not scale.zoom_by(10, anchor_x=300)  # already as deep as it goes
    scale.zoom_by(1e-15, anchor_x=300)
    assert scale.span == pytest.approx(MAX_SPAN)
    assert MAX_SPAN >= 40e9 * DAYS_PER_YEAR


def test_zoom_rejects_nonsense_factors() -> None:
    scale = TimeScale()
    for factor in (0.0, -2.0, math.inf, math.nan):
        with pytest.raises(ValueError):
            scale.zoom_by(factor)


def test_pan_moves_the_picture_with_the_pointer() -> None:
    scale = TimeScale(0, 1000, 1000)
    scale.pan_by(100)  # dragging right shows earlier times
    assert scale.visible_range == pytest.approx((-100, 900))
    mirrored = TimeScale(0, 1000, 1000, mirrored=True)
    mirrored.pan_by(100)  # right to left, dragging right shows later times
    assert mirrored.visible_range == pytest.approx((100, 1100))


def test_pan_stops_at_twenty_billion_years() -> None:
    scale = TimeScale(LATEST - 10, LATEST + 10, 100)
    scale.pan_by(-1e9)
    assert (scale.start + scale.end) / 2 == pytest.approx(LATEST)


def test_fit_leaves_margins_in_pixels_before_and_after() -> None:
    scale = TimeScale(width=1000)
    scale.fit(0, 800, margin=100)
    assert scale.x_for(0) == pytest.approx(100)
    assert scale.x_for(800) == pytest.approx(900)
    scale.fit(0, 800, margin=100, end_margin=300)
    assert scale.x_for(0) == pytest.approx(100)
    assert scale.x_for(800) == pytest.approx(700)
    scale.mirrored = True
    assert scale.x_for(0) == pytest.approx(900)  # the margin before comes first in time
    assert scale.x_for(800) == pytest.approx(300)


def test_fit_of_a_single_instant_shows_a_narrow_range_around_it() -> None:
    scale = TimeScale(width=1000)
    scale.fit(YEAR_1991, YEAR_1991, margin=10)
    assert scale.start < YEAR_1991 < scale.end
    assert scale.span >= MIN_SPAN


def test_ensure_visible_pans_as_little_as_needed() -> None:
    scale = TimeScale(0, 1000, 1000)
    assert not scale.ensure_visible(100, 200, margin=10)
    assert scale.ensure_visible(1500, 1500, margin=50)
    assert scale.visible_range == pytest.approx((550, 1550))
    assert scale.ensure_visible(0, 10, margin=50)
    assert scale.visible_range == pytest.approx((-50, 950))


@given(start=times, span=spans, width=widths, x=st.floats(-2000, 6000), mirrored=st.booleans())
def test_x_for_and_time_at_round_trip(
    start: float, span: float, width: float, x: float, mirrored: bool
) -> None:
    scale = TimeScale(start, start + span, width, mirrored)
    time = scale.time_at(x)
    tolerance = time_tolerance(scale, time)
    assert abs(scale.x_for(time) - x) <= tolerance / scale.days_per_pixel + 1e-9
    assert abs(scale.time_at(scale.x_for(time)) - time) <= tolerance


@given(
    start=times,
    span=spans,
    width=widths,
    factor=factors,
    fraction=st.floats(0, 1),
    mirrored=st.booleans(),
)
def test_zoom_keeps_the_time_under_the_anchor(
    start: float, span: float, width: float, factor: float, fraction: float, mirrored: bool
) -> None:
    scale = TimeScale(start, start + span, width, mirrored)
    anchor_x = fraction * width
    before = scale.time_at(anchor_x)
    scale.zoom_by(factor, anchor_x)
    rounding = time_tolerance(scale, before)
    assert MIN_SPAN - rounding <= scale.span <= MAX_SPAN + rounding
    assert abs(scale.time_at(anchor_x) - before) <= time_tolerance(scale, before) + span * 1e-12


@given(start=times, span=spans, width=widths, factor=factors)
def test_zoom_in_then_out_restores_the_range(
    start: float, span: float, width: float, factor: float
) -> None:
    scale = TimeScale(start, start + span, width)
    span = scale.span  # far from our era, wider than asked for (narrowest_span)
    assume(narrowest_span(scale.time_at(width / 3)) <= span / factor <= MAX_SPAN)
    scale.zoom_by(factor, width / 3)
    scale.zoom_by(1 / factor, width / 3)
    assert abs(scale.span - span) <= 4 * time_tolerance(scale, scale.start) + span * 1e-9


BIG_BANG = float(days_from_civil(-13_800_000_000, 1, 1))
MOON_LANDING = float(days_from_civil(1969, 7, 20)) + (20 * 60 + 17) / 1440


def test_a_cosmic_fit_zooms_into_the_moon_landing_to_the_minute() -> None:
    scale = TimeScale(width=1000)
    scale.fit(BIG_BANG, MOON_LANDING, margin=40)
    assert scale.x_for(BIG_BANG) == pytest.approx(40)
    assert scale.x_for(MOON_LANDING) == pytest.approx(960)
    anchor_x = scale.x_for(MOON_LANDING)
    steps = 0
    while scale.zoom_by(1.25, anchor_x):  # the zoom step of the view, as far as it goes
        steps += 1
        assert abs(scale.time_at(anchor_x) - MOON_LANDING) < 1e-3  # it stays under the pointer
    assert scale.span == pytest.approx(MIN_SPAN)  # an hour across the view, 146 steps in
    assert steps > 140
    # The cosmic view's day numbers (~5e12) are exact to a thousandth of a day (a minute and a
    # half): that much drift is left once the view is an hour wide, a few pixels in a thousand.
    assert abs(scale.time_at(anchor_x) - MOON_LANDING) * 1440 < 1.5
    assert abs(scale.x_for(MOON_LANDING) - anchor_x) < 0.03 * scale.width


def test_far_from_our_era_the_narrowest_view_is_a_few_days_and_still_smooth() -> None:
    assert narrowest_span(MOON_LANDING) == MIN_SPAN
    assert MIN_SPAN < narrowest_span(BIG_BANG) < 10
    scale = TimeScale(BIG_BANG - 1000, BIG_BANG + 1000, 1000)
    scale.zoom_by(1e9, anchor_x=500)
    assert scale.span == pytest.approx(narrowest_span(BIG_BANG), rel=0.01)
    xs = [scale.x_for(scale.start + k * scale.days_per_pixel) for k in range(0, 1001, 50)]
    assert all(abs(x - k) < 0.5 for x, k in zip(xs, range(0, 1001, 50), strict=True))

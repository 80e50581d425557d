"""Contrast as WCAG measures it, and text colours made readable on any background."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from explorer.core.contrast import TEXT_CONTRAST, contrast_ratio, is_dark, readable_on

channels = st.integers(min_value=0, max_value=255)
colors = st.tuples(channels, channels, channels)


def test_black_on_white_is_21_and_a_colour_on_itself_is_1() -> None:
    assert round(contrast_ratio((0, 0, 0), (255, 255, 255)), 2) == 21.0
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == contrast_ratio((255, 255, 255), (0, 0, 0))
    assert contrast_ratio((120, 30, 200), (120, 30, 200)) == 1.0


def test_known_pairs_match_the_published_ratios() -> None:
    # #767676 on white is the lightest grey WCAG tools pass at 4.5:1.
    assert 4.5 <= contrast_ratio((0x76, 0x76, 0x76), (255, 255, 255)) < 4.6
    assert contrast_ratio((0x77, 0x77, 0x77), (255, 255, 255)) < 4.5


def test_dark_backgrounds_are_told_apart_from_light_ones() -> None:
    assert is_dark((0x15, 0x17, 0x1B))
    assert not is_dark((0xF6, 0xF7, 0xF9))


def test_a_readable_colour_is_kept_as_it_is() -> None:
    assert readable_on((0x04, 0x78, 0x57), (255, 255, 255)) == (0x04, 0x78, 0x57)


def test_green_on_charcoal_is_lightened_and_keeps_its_hue() -> None:
    green, charcoal = (0x04, 0x78, 0x57), (0x15, 0x17, 0x1B)
    assert contrast_ratio(green, charcoal) < TEXT_CONTRAST
    red, lighter_green, blue = readable_on(green, charcoal)
    assert contrast_ratio((red, lighter_green, blue), charcoal) >= TEXT_CONTRAST
    assert lighter_green > red and lighter_green > blue


@given(colors, colors)
def test_the_readable_colour_always_reads(
    color: tuple[int, int, int], background: tuple[int, int, int]
) -> None:
    result = readable_on(color, background)
    # Mid-grey backgrounds reach 4.5 with neither black nor white text; then the best one is taken.
    best = max(contrast_ratio((0, 0, 0), background), contrast_ratio((255, 255, 255), background))
    assert contrast_ratio(result, background) >= min(TEXT_CONTRAST, best) - 1e-9

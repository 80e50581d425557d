"""Colour contrast as WCAG 2 measures it, so text colours can be checked and made readable.

Colours are ``(red, green, blue)`` tuples of 0–255 integers. The ratio runs from 1 (the same
colour) to 21 (black on white); WCAG asks at least 4.5 for body text.
"""

from __future__ import annotations

from functools import lru_cache

RGB = tuple[int, int, int]

#: The least contrast WCAG 2 (level AA) asks of normal-sized text.
TEXT_CONTRAST = 4.5
#: The least contrast WCAG 2.1 asks of graphics that carry meaning (markers, bars, icons).
GRAPHIC_CONTRAST = 3.0


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(rgb: RGB) -> float:
    """How bright a colour looks, from 0 (black) to 1 (white)."""
    red, green, blue = (_linear(channel) for channel in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: RGB, second: RGB) -> float:
    """The contrast between two colours, from 1 to 21, whichever is the lighter."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark(rgb: RGB) -> bool:
    """Whether text on this background should be light: it is nearer black than white."""
    return contrast_ratio(rgb, (255, 255, 255)) > contrast_ratio(rgb, (0, 0, 0))


@lru_cache(maxsize=4096)  # the timeline asks for its few mark colours every frame
def readable_on(color: RGB, background: RGB, minimum: float = TEXT_CONTRAST) -> RGB:
    """``color``, or the nearest mix of it towards white or black (away from ``background``)
    that has at least ``minimum`` contrast on ``background``: the hue stays, the text reads."""
    if contrast_ratio(color, background) >= minimum:
        return color
    target = (0, 0, 0) if not is_dark(background) else (255, 255, 255)
    for step in range(1, 21):
        amount = step / 20
        mixed = (
            round(color[0] + (target[0] - color[0]) * amount),
            round(color[1] + (target[1] - color[1]) * amount),
            round(color[2] + (target[2] - color[2]) * amount),
        )
        if contrast_ratio(mixed, background) >= minimum:
            return mixed
    return target

"""What a picture of the timeline (PNG, SVG) is asked to be: its size, pixel scale, time range
and whether it carries a legend; and reading those choices as people type them.

Plain Python (no Qt): the command line and the export dialog build :class:`PictureOptions`, the
picture exporters in ``explorer.qt.picture_export`` read them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from explorer.core.dates import PartialDate, civil_from_days, days_in_month, format_span
from explorer.core.errors import ExportError
from explorer.core.messages import Message
from explorer.core.user_dates import parse_user_date

MIN_SIDE, MAX_SIDE = 200, 10_000
"""The smallest and largest width or height of a picture, in pixels before scaling."""
MIN_SCALE, MAX_SCALE = 0.5, 4.0
"""How many device pixels a PNG has per picture pixel: 2 is sharp on high-density screens."""

MAX_PNG_PIXELS = 150_000_000
"""The largest PNG, in device pixels (600 MB while it is painted)."""

_SIZE = re.compile(r"^\s*(\d{1,6})\s*[x×X*]\s*(\d{1,6})\s*$")


@dataclass(frozen=True)
class PictureOptions:
    """A picture of ``width`` × ``height`` pixels, a PNG with ``scale`` device pixels per pixel.

    ``time_range`` is ``(start, end)`` in days since 1970-01-01 (the window's current view, or
    a range typed on the command line), or ``None`` for the whole timeline fitted to its
    events. ``legend`` adds a strip naming each kind of event shown, with its colour and mark.
    """

    width: int = 1600
    height: int = 900
    scale: float = 2.0
    time_range: tuple[float, float] | None = None
    legend: bool = True

    def __post_init__(self) -> None:
        problem = picture_problem(self.width, self.height, self.scale, self.time_range)
        if problem:
            raise ExportError(problem)

    @property
    def png_size(self) -> tuple[int, int]:
        """The PNG's size in device pixels: the picture's times ``scale``."""
        return round(self.width * self.scale), round(self.height * self.scale)

    def png_problem(self) -> str:
        """Why a PNG this large cannot be made, in words a user can act on; "" if it can."""
        width, height = self.png_size
        if width * height <= MAX_PNG_PIXELS:
            return ""
        return Message(
            "a {size} picture at scale {scale} is a {pixels} PNG, more than {limit} megapixels: "
            "choose a smaller size or scale",
            size=f"{self.width}x{self.height}",
            scale=f"{self.scale:g}",
            pixels=f"{width}x{height}",
            limit=MAX_PNG_PIXELS // 1_000_000,
        )


def picture_problem(
    width: int, height: int, scale: float, time_range: tuple[float, float] | None = None
) -> str:
    """What is wrong with these picture choices, in words a user can act on; "" if nothing."""
    for name, side in ((Message("width"), width), (Message("height"), height)):
        if not MIN_SIDE <= side <= MAX_SIDE:
            return Message(
                "picture {name} {side} px is out of range: use {least} to {most} px",
                name=name,
                side=side,
                least=MIN_SIDE,
                most=MAX_SIDE,
            )
    if not MIN_SCALE <= scale <= MAX_SCALE:
        return Message(
            "picture scale {scale} is out of range: use {least} to {most}",
            scale=f"{scale:g}",
            least=f"{MIN_SCALE:g}",
            most=f"{MAX_SCALE:g}",
        )
    if time_range is not None and not time_range[0] < time_range[1]:
        return Message("the picture's time range must end after it starts")
    return ""


def parse_size(text: str) -> tuple[int, int]:
    """``"2400x1200"`` → ``(2400, 1200)``; ValueError saying what to write otherwise."""
    match = _SIZE.match(text)
    if match is None:
        raise ValueError(
            f"--size {text!r}: write the size as WIDTHxHEIGHT in pixels, e.g. 2400x1200"
        )
    width, height = int(match.group(1)), int(match.group(2))
    problem = picture_problem(width, height, MIN_SCALE)
    if problem:
        raise ValueError(f"--size {text!r}: {problem}")
    return width, height


def parse_scale(text: str) -> float:
    """``"1.5"`` → ``1.5``, from :data:`MIN_SCALE` to :data:`MAX_SCALE`; else ValueError."""
    try:
        scale = float(text)
    except ValueError:
        raise ValueError(f"--scale {text!r}: write a number such as 2 or 1.5") from None
    if scale != scale or not MIN_SCALE <= scale <= MAX_SCALE:  # NaN is never in range
        raise ValueError(
            f"--scale {text!r}: picture scale is out of range: use {MIN_SCALE:g} to {MAX_SCALE:g}"
        )
    return scale


def parse_time_range(text: str) -> tuple[float, float] | None:
    """``"1985..1991-12"`` → from the start of 1985 to the end of December 1991, in days.

    Either end is written as Go to Date… takes it ("December 1991", "8 كانون الأول 1991",
    "44 BC"); ``"all"`` is the whole timeline (``None``). ValueError saying what to write
    otherwise.
    """
    if text.strip().lower() == "all":
        return None
    if ".." not in text:
        raise ValueError(
            f"--range {text!r}: write START..END (e.g. 1985..1991-12 or 'March 1985..1991') "
            "or 'all'"
        )
    start_text, end_text = (part.strip() for part in text.split("..", 1))
    dates = []
    for part in (start_text, end_text):
        date = parse_user_date(part)
        if date is None:
            raise ValueError(
                f"--range {text!r}: {part!r} is not a date; write e.g. 1991, 1991-12, "
                "'December 1991' or 1991-12-08"
            )
        dates.append(date)
    start, end = dates[0].start_time(), dates[1].end_time()
    if not start < end:
        raise ValueError(f"--range {text!r}: the range must end after it starts")
    return start, end


def range_label(time_range: tuple[float, float], language: str = "en") -> str:
    """The days ``time_range`` covers, as precisely as its ends need: "1985 – 1991",
    "March 1985 – December 1991", "1–20 December 1991"; "" for days no date can name."""
    try:
        return _range_label(time_range, language)
    except (ValueError, OverflowError):
        return ""


def _range_label(time_range: tuple[float, float], language: str) -> str:
    first = civil_from_days(math.floor(time_range[0]))
    last = civil_from_days(max(math.floor(time_range[0]), math.ceil(time_range[1]) - 1))
    whole_months = first[2] == 1 and last[2] == days_in_month(last[0], last[1])
    if whole_months and first[1] == 1 and last[1] == 12:
        return format_span(PartialDate(first[0]), PartialDate(last[0]), language)
    if whole_months:
        start, end = PartialDate(first[0], first[1]), PartialDate(last[0], last[1])
        return format_span(start, end, language)
    return format_span(PartialDate(*first), PartialDate(*last), language)

"""The mapping between time (days since 1970-01-01) and horizontal pixels, without Qt.

A :class:`TimeScale` is the visible range of a timeline (``start`` to ``end``, in days) spread over
a width in pixels. It is plain state, so zooming and panning are tested without rendering, and the
view, the headless renderer and the hit-testing all ask the same object. In a right-to-left layout
the scale is ``mirrored``: time runs from right to left, and ``x_for``/``time_at`` take care of it.
"""

from __future__ import annotations

import math

from explorer.core.dates import MAX_ABS_YEAR, days_from_civil

DAYS_PER_YEAR = 365.2425
MINUTES_PER_DAY = 1440

#: The narrowest visible range: one hour across the width.
MIN_SPAN = 1 / 24
#: The widest visible range: every year a date can have (±20 billion years), about 7.3e12 days
#: each way; a float holds such day numbers to a thousandth of a day.
MAX_SPAN = 2 * MAX_ABS_YEAR * DAYS_PER_YEAR
#: Panning and fitting keep the centre of the view between these instants.
EARLIEST = float(days_from_civil(-MAX_ABS_YEAR, 1, 1))
LATEST = float(days_from_civil(MAX_ABS_YEAR, 1, 1))
#: The narrowest span, in units of float rounding at its place in time: far from 1970 a day
#: number is coarse (a minute or so, billions of years ago), and a view a few hundred of those
#: wide would jitter as it pans; near 1970 :data:`MIN_SPAN` is the limit.
_MIN_SPAN_IN_ULPS = 4096


def narrowest_span(time: float) -> float:
    """The narrowest visible range centred near ``time``: an hour, or more where floats are
    too coarse for an hour to be drawn smoothly (from about 200 million years away)."""
    return max(MIN_SPAN, math.ulp(abs(time)) * _MIN_SPAN_IN_ULPS)


class TimeScale:
    """A visible time range over a width in pixels: ``x_for(time)`` and ``time_at(x)``.

    ``x`` is measured from the left edge of the scale (0 … ``width``). One setter, :meth:`zoom_by`,
    changes the zoom: it clamps the span between :func:`narrowest_span` (an hour near our era)
    and :data:`MAX_SPAN` and keeps the time under the anchor fixed. Every mutator returns whether
    the visible range changed.
    """

    __slots__ = ("_span", "_start", "_width", "mirrored")

    def __init__(
        self,
        start: float = 0.0,
        end: float = DAYS_PER_YEAR,
        width: float = 100.0,
        mirrored: bool = False,
    ) -> None:
        self._start = 0.0
        self._span = 1.0  # kept apart from the end, so zooming never loses precision to it
        self._width = 1.0
        self.mirrored = mirrored
        self.set_width(width)
        self.set_range(start, end)

    def __repr__(self) -> str:
        return (
            f"TimeScale(start={self._start!r}, end={self.end!r}, width={self._width!r}, "
            f"mirrored={self.mirrored!r})"
        )

    # --- state --------------------------------------------------------------------------------

    @property
    def start(self) -> float:
        """The earliest visible instant, in days."""
        return self._start

    @property
    def end(self) -> float:
        """The latest visible instant, in days."""
        return self._start + self._span

    @property
    def visible_range(self) -> tuple[float, float]:
        return (self._start, self.end)

    @property
    def span(self) -> float:
        return self._span

    @property
    def width(self) -> float:
        return self._width

    @property
    def days_per_pixel(self) -> float:
        return self._span / self._width

    def set_width(self, width: float) -> bool:
        """Spread the same visible range over a new width (a resized view shows the same time)."""
        width = max(1.0, float(width))
        if width == self._width:
            return False
        self._width = width
        return True

    def set_range(self, start: float, end: float) -> bool:
        """Show ``start`` … ``end``; the span is clamped and the centre kept within the limits."""
        if not (math.isfinite(start) and math.isfinite(end)):
            raise ValueError(f"range {start!r} … {end!r} is not finite")
        if end < start:
            start, end = end, start
        centre = min(max((start + end) / 2, EARLIEST), LATEST)
        span = min(max(end - start, narrowest_span(centre)), MAX_SPAN)
        return self._set(centre - span / 2, span)

    def _shift(self, delta: float) -> bool:
        """Pan by ``delta`` days keeping the span exactly; the centre stays within the limits."""
        half = self._span / 2
        start = min(max(self._start + delta, EARLIEST - half), LATEST - half)
        return self._set(start, self._span)

    def _set(self, start: float, span: float) -> bool:
        if start == self._start and span == self._span:
            return False
        self._start = start
        self._span = span
        return True

    # --- mapping ------------------------------------------------------------------------------

    def x_for(self, time: float) -> float:
        """The x of an instant (it may lie outside 0 … width)."""
        x = (time - self._start) * self._width / self._span
        return self._width - x if self.mirrored else x

    def time_at(self, x: float) -> float:
        """The instant at ``x``; the inverse of :meth:`x_for`."""
        if self.mirrored:
            x = self._width - x
        return self._start + x * self._span / self._width

    def length_px(self, days: float) -> float:
        """How many pixels a duration takes at this zoom (always positive)."""
        return abs(days) * self._width / self._span

    # --- changes ------------------------------------------------------------------------------

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> bool:
        """Zoom in (``factor`` > 1) or out (< 1), keeping the time at ``anchor_x`` where it is.

        Without an anchor the centre stays fixed. The span is clamped, so a zoom past the limits
        zooms as far as it can; the anchor stays fixed in every case.
        """
        if not (math.isfinite(factor) and factor > 0):
            raise ValueError(f"zoom factor {factor!r} must be a positive number")
        if anchor_x is None:
            anchor_x = self._width / 2
        anchor_time = self.time_at(anchor_x)
        fraction = anchor_x / self._width
        if self.mirrored:
            fraction = 1.0 - fraction
        span = min(max(self._span / factor, narrowest_span(anchor_time)), MAX_SPAN)
        return self._set(anchor_time - fraction * span, span)

    def pan_by(self, dx: float) -> bool:
        """Move the picture ``dx`` pixels right (as a drag does); the centre stays in the limits."""
        delta = dx * self.days_per_pixel
        if self.mirrored:
            delta = -delta
        return self._shift(-delta)

    def centre_on(self, time: float) -> bool:
        """Pan (without zooming) so that ``time`` is in the middle."""
        return self._shift(time - (self._start + self._span / 2))

    def fit(
        self, start: float, end: float, margin: float = 0.0, end_margin: float | None = None
    ) -> bool:
        """Zoom and pan so that ``start`` … ``end`` fills the width, less margins in pixels.

        ``margin`` is kept before ``start`` and ``end_margin`` (default: ``margin``) after ``end``
        in time order, so on a mirrored scale the end margin is on the left. Margins that would
        leave less than a fifth of the width are scaled down.
        """
        if end < start:
            start, end = end, start
        after = margin if end_margin is None else end_margin
        before, after = max(0.0, margin), max(0.0, after)
        if before + after > self._width * 0.8:
            shrink = self._width * 0.8 / (before + after)
            before, after = before * shrink, after * shrink
        available = self._width - before - after
        days_per_pixel = max(end - start, MIN_SPAN / 4) / available
        first = start - before * days_per_pixel
        return self.set_range(first, first + self._width * days_per_pixel)

    def ensure_visible(self, start: float, end: float, margin: float = 0.0) -> bool:
        """Pan as little as possible so that ``start`` … ``end`` is in view, ``margin`` px inside.

        A range wider than the view is shown from its start.
        """
        pad = min(max(0.0, margin), self._width / 4) * self.days_per_pixel
        low, high = self._start + pad, self.end - pad
        if start >= low and end <= high:
            return False
        shift = start - low if end - start > high - low or start < low else end - high
        return self._shift(shift)

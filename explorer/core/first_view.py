"""The range a timeline opens on, when its dataset does not say (``view``), and how to name it.

Fitting everything is a poor first view when one event lies decades before the rest: the story
is squeezed into a corner. :func:`opening_range` finds the shortest stretch of time that holds
most events and pads it; when that is nearly the whole span, the view just fits everything.
:func:`range_label` names a range for the note that tells the user what they are looking at.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from typing import NamedTuple

from explorer.core.dates import PartialDate, civil_from_days, days_from_civil, format_span

#: The share of events the opening range holds, from start to end.
SHARE = 0.8
#: The padding on each side, as a share of the stretch found.
MARGIN = 0.08
#: An opening range that covers this share of the whole span is no better than fitting it all.
NEARLY_EVERYTHING = 0.6
#: How many days of a year at the end of a range make it worth naming.
YEAR_SHOWN = 120
#: More events than this are sampled (evenly, in file order): a quantile needs no more.
SAMPLE = 10_000


class OpeningRange(NamedTuple):
    """Where to open: ``start`` … ``end`` in days since 1970-01-01, or everything."""

    start: float
    end: float
    is_everything: bool


def opening_range(
    starts: Sequence[float], ends: Sequence[float], share: float = SHARE
) -> OpeningRange:
    """The shortest stretch of time that holds ``share`` of the events whole, padded by a margin.

    A long period that began decades earlier does not drag the stretch back with it: it is one
    of the events left out (and still shows as a bar across the view). For each event in
    descending order of start, the stretch that starts there holds the events that start from
    there on, up to the ``k``-th smallest of their ends (a heap keeps the ``k`` smallest); the
    shortest wins. ``is_everything`` when the padded stretch is most of the span anyway (or
    there are fewer than three events); then ``start`` … ``end`` is the whole span.
    """
    if len(starts) != len(ends):
        raise ValueError("starts and ends differ in length")
    if not len(starts):
        return OpeningRange(0.0, 0.0, True)
    step = max(1, math.ceil(len(starts) / SAMPLE))
    spans = sorted(
        ((s, max(s, e)) for s, e in zip(starts[::step], ends[::step], strict=True)), reverse=True
    )
    first, last = spans[-1][0], max(end for _, end in spans)
    count = len(spans)
    held = math.ceil(count * min(max(share, 0.0), 1.0))
    if count < 3 or held >= count or last <= first:
        return OpeningRange(first, last, True)
    smallest_ends: list[float] = []  # negated: a max-heap of the ``held`` smallest ends
    best = (math.inf, first, last)
    for start, end in spans:
        if len(smallest_ends) < held:
            heapq.heappush(smallest_ends, -end)
        elif end < -smallest_ends[0]:
            heapq.heapreplace(smallest_ends, -end)
        if len(smallest_ends) == held:
            stop = -smallest_ends[0]
            best = min(best, (stop - start, start, stop))
    _, low, high = best
    total = last - first
    pad = max((high - low) * MARGIN, 0.5)
    low, high = low - pad, high + pad
    if high - low >= total * NEARLY_EVERYTHING:
        return OpeningRange(first, last, True)
    return OpeningRange(low, high, False)


def range_label(start: float, end: float, language: str = "en") -> str:
    """``start`` … ``end`` (days) as a reader names it: "1985 – 1992", "March 1991 – May 1991",
    or a single date; to the year, month or day depending on how long the range is. A year at
    either end is named only if most of a season of it (:data:`YEAR_SHOWN`) is in the range."""
    first = civil_from_days(math.floor(start))
    last = civil_from_days(max(math.floor(start), math.ceil(end) - 1))
    span = end - start
    if span >= 2 * 365:
        first_year, last_year = first[0], last[0]
        if days_from_civil(first_year + 1, 1, 1) - start < YEAR_SHOWN:
            first_year += 1
        if end - days_from_civil(last_year, 1, 1) < YEAR_SHOWN:
            last_year -= 1
        if span >= 2e6 * 365:  # three figures of the span: "4.86 billion years ago – 1969"
            step = 10 ** (len(str(round(span / 365.2425))) - 3)
            first_year, last_year = (
                year if abs(year) < step else round(year / step) * step
                for year in (first_year, last_year)
            )
        dates = PartialDate(first_year), PartialDate(last_year)
    elif span >= 60:
        dates = PartialDate(first[0], first[1]), PartialDate(last[0], last[1])
    else:
        dates = PartialDate(*first), PartialDate(*last)
    return format_span(dates[0], dates[1], language)

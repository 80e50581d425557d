"""The overview of a whole timeline: events per bucket of time, and how a drag on it moves the view.

Plain Python (no Qt). :func:`bucket_counts` counts event starts per bucket with numpy, once per
dataset or filter change, never per frame. :func:`dragged_range` is the rule
for dragging the frame of the visible range (pan) or one of its edges (zoom).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

import numpy as np


def bucket_counts(starts: Sequence[float], first: float, last: float, buckets: int) -> list[int]:
    """How many of ``starts`` fall in each of ``buckets`` equal buckets from ``first`` to
    ``last`` (the last bucket includes ``last``); starts outside are not counted."""
    if buckets <= 0:
        return []
    values = np.asarray(starts, dtype=np.float64)
    if not len(values) or not last > first:
        return [len(values)] + [0] * (buckets - 1)
    if len(values) > 1 and not np.all(values[:-1] <= values[1:]):
        counts, _edges = np.histogram(values, bins=buckets, range=(first, last))
        return [int(count) for count in counts]
    # Sorted (a timeline's rows are in time order): the bucket edges are looked up, as many
    # steps as there are buckets, instead of a pass over a million values.
    edges = np.linspace(first, last, buckets + 1)
    below = np.searchsorted(values, edges, side="left")
    below[-1] = np.searchsorted(values, last, side="right")  # the last bucket includes ``last``
    return np.diff(below).tolist()


#: A lone instant is framed in the middle of this many times its precision (a day among a
#: month of days): narrower, the axis would count hours of a day the event fills.
INSTANT_FRAME = 30
#: A span is framed with this share of its length as room on either side (a day at least).
SPAN_ROOM = 0.12


def close_frame(start: float, end: float, lone_instant: bool) -> tuple[float, float]:
    """The range that frames events from ``start`` to ``end`` closely (days): a lone instant in
    the middle of :data:`INSTANT_FRAME` times its precision (a minute at least), anything else
    with a little room on either side."""
    if lone_instant:
        half = INSTANT_FRAME / 2 * max(end - start, 1 / 1440)
        middle = (start + end) / 2
        return middle - half, middle + half
    room = max((end - start) * SPAN_ROOM, 1.0)
    return start - room, end + room


class Grip(Enum):
    """What a press on the overview holds: the whole frame, or its start or end edge."""

    FRAME = "frame"
    START = "start"
    END = "end"


def dragged_range(
    grip: Grip, start: float, end: float, moved: float, shortest: float
) -> tuple[float, float]:
    """The visible range after dragging ``grip`` by ``moved`` days from ``start`` … ``end``.

    The frame moves whole (a pan); an edge moves alone (a zoom), never closer than ``shortest``
    days to the other, and never past it.
    """
    if grip is Grip.FRAME:
        return start + moved, end + moved
    if grip is Grip.START:
        return min(start + moved, end - shortest), end
    return start, max(end + moved, start + shortest)

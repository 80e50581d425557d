"""The events of a timeline in time order, answering "what intersects this time range".

Plain Python (no Qt). The per-event geometry is kept in compact arrays; :class:`EventIndex` sorts
it once per model change and buckets it by duration so that a range query costs a few bisects,
with a million events.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import pairwise


class EventIndex:
    """Events in time order, bucketed by duration, answering range queries with bisects.

    An event of class ``c`` lasts less than ``2**c`` days, so the events of that class that reach
    ``t0`` started after ``t0 - 2**c``: each class is one sorted array and one bisect per query.
    """

    def __init__(self, starts: Sequence[float], ends: Sequence[float]) -> None:
        self._starts = starts
        self._ends = ends
        pairs = list(zip(starts, ends, strict=True))
        if all(a <= b for a, b in pairwise(pairs)):
            order: Sequence[int] = range(len(pairs))
        else:
            order = sorted(range(len(pairs)), key=pairs.__getitem__)
        self.order = array("q", order)
        self.rank = array("q", bytes(8 * len(pairs)))
        for position, row in enumerate(self.order):
            self.rank[row] = position
        self.sorted_starts = array("d", (starts[row] for row in self.order))
        classes: dict[int, tuple[array[float], array[int]]] = {}
        for row in self.order:
            key = min(max(math.frexp(ends[row] - starts[row])[1], -12), 64)
            bucket = classes.get(key)
            if bucket is None:
                bucket = classes[key] = (array("d"), array("q"))
            bucket[0].append(starts[row])
            bucket[1].append(row)
        self._classes = [(2.0**key, s, r) for key, (s, r) in sorted(classes.items())]

    def __len__(self) -> int:
        return len(self.order)

    def rank_at(self, time: float) -> int:
        """The time-order rank of the first event starting at or after ``time``."""
        return bisect_left(self.sorted_starts, time)

    def items_in(self, t0: float, t1: float, slack: float = 0.0) -> list[int]:
        """Rows of events meeting ``t0`` … ``t1`` (ends stretched by ``slack``), in time order."""
        rows: list[int] = []
        ends = self._ends
        for longest, starts, class_rows in self._classes:
            low = bisect_left(starts, t0 - slack - longest)
            high = bisect_right(starts, t1)
            rows.extend(row for row in class_rows[low:high] if ends[row] + slack >= t0)
        rows.sort(key=self.rank.__getitem__)
        return rows

    def count_in(self, t0: float, t1: float, slack: float = 0.0) -> int:
        """An upper bound of ``len(items_in(t0, t1, slack))``, in a few bisects."""
        total = 0
        for longest, starts, _rows in self._classes:
            total += bisect_right(starts, t1) - bisect_left(starts, t0 - slack - longest)
        return total

    def start_counts(self, edges: Sequence[float]) -> list[int]:
        """How many events start in each ``[edges[i], edges[i + 1])``; ``edges`` increasing."""
        starts = self.sorted_starts
        positions = [bisect_left(starts, edge) for edge in edges]
        return [b - a for a, b in pairwise(positions)]

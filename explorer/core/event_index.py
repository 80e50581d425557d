"""The events of a timeline in time order, answering "what intersects this time range".

Plain Python (no Qt). The per-event geometry is kept in compact arrays; :class:`EventIndex` sorts
it once per model change and buckets it by duration (numpy passes, no Python per event) so that a
range query costs a few bisects, with a million events.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import pairwise

import numpy as np
import numpy.typing as npt


def _compact(code: str, values: npt.NDArray[np.generic]) -> array:
    """A numpy array as a Python array (fast to index and bisect from Python), in one copy."""
    result = array(code)
    result.frombytes(np.ascontiguousarray(values, dtype=np.dtype(code)).tobytes())
    return result


class EventIndex:
    """Events in time order, bucketed by duration, answering range queries with bisects.

    An event of class ``c`` lasts less than ``2**c`` days, so the events of that class that reach
    ``t0`` started after ``t0 - 2**c``: each class is one sorted array and one bisect per query.
    """

    def __init__(self, starts: Sequence[float], ends: Sequence[float]) -> None:
        self._starts = starts
        self._ends = ends
        start_times = np.asarray(starts, dtype=np.float64)
        end_times = np.asarray(ends, dtype=np.float64)
        if len(start_times) != len(end_times):
            raise ValueError("starts and ends differ in length")
        count = len(start_times)
        #: When the last event ends (-inf without events).
        self.latest_end = float(end_times.max()) if count else -math.inf
        # By (start, end), ties in row order: one numpy sort, no Python per event.
        order = np.lexsort((end_times, start_times)).astype(np.int64)
        rank = np.empty(count, dtype=np.int64)
        rank[order] = np.arange(count, dtype=np.int64)
        self.order = _compact("q", order)
        self.rank = _compact("q", rank)
        self.sorted_starts = _compact("d", start_times[order])
        durations = end_times[order] - start_times[order]
        keys = np.clip(np.frexp(durations)[1], -12, 64)
        by_key = np.argsort(keys, kind="stable")  # each class stays in time order
        sorted_keys = keys[by_key]
        bounds = np.flatnonzero(np.diff(sorted_keys)) + 1
        self._classes = []
        for begin, end in pairwise([0, *bounds.tolist(), count]):
            if begin == end:
                continue
            class_rows = order[by_key[begin:end]]
            key = int(sorted_keys[begin])
            self._classes.append(
                (2.0**key, _compact("d", start_times[class_rows]), _compact("q", class_rows))
            )

    def __len__(self) -> int:
        return len(self.order)

    @property
    def starts(self) -> Sequence[float]:
        """The start of each row, as given."""
        return self._starts

    @property
    def ends(self) -> Sequence[float]:
        """The end of each row, as given."""
        return self._ends

    @classmethod
    def of_arrays(
        cls, starts: npt.NDArray[np.float64], ends: npt.NDArray[np.float64]
    ) -> EventIndex:
        """The index of numpy ``starts`` and ``ends``, kept as compact Python arrays."""
        return cls(_compact("d", starts), _compact("d", ends))

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

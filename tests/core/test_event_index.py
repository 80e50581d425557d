"""The event index (built with numpy) answers range queries as a scan of every event would."""

from __future__ import annotations

import random
from array import array

import pytest

from explorer.core.event_index import EventIndex


@pytest.mark.parametrize("seed", range(20))
def test_items_in_finds_what_a_scan_finds_in_time_order(seed: int) -> None:
    rng = random.Random(seed)
    count = rng.randrange(0, 80)
    starts = [rng.randrange(-10, 10) + rng.choice([0.0, 0.5]) for _ in range(count)]
    # Instants, days, ties, long periods and one longer than any bucket.
    ends = [start + rng.choice([0.0, 0.0, 1.0, 0.25, 3.0, 40.0, 2.0**70]) for start in starts]
    index = EventIndex(array("d", starts), array("d", ends))
    in_time_order = sorted(range(count), key=lambda row: (starts[row], ends[row], row))
    assert list(index.order) == in_time_order
    assert [index.rank[row] for row in in_time_order] == list(range(count))
    assert list(index.sorted_starts) == sorted(starts)
    for _ in range(20):
        t0 = rng.uniform(-15, 15)
        t1 = t0 + rng.uniform(0, 6)
        slack = rng.choice([0.0, 1.0])
        expected = [row for row in in_time_order if starts[row] <= t1 and ends[row] + slack >= t0]
        assert index.items_in(t0, t1, slack) == expected
        assert index.count_in(t0, t1, slack) >= len(expected)

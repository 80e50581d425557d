"""Clusters of events with no room on screen: gathered by distance, zoomed into closely."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from explorer.core.clusters import Cluster, gather_clusters, zoom_range


def arrays(*values: list[float]) -> tuple[np.ndarray, ...]:
    return tuple(np.array(v, dtype=np.float64) for v in values)


def test_items_closer_than_the_reach_share_a_cluster() -> None:
    xs, starts, ends = arrays([100, 10, 12, 40], [5, 1, 2, 3], [6, 1, 9, 3])
    clusters = gather_clusters(xs, starts, ends, reach=30)
    assert clusters == [Cluster(25.0, 3, 1.0, 9.0), Cluster(100.0, 1, 5.0, 6.0)]
    assert gather_clusters(*arrays([], [], []), reach=30) == []


@given(st.lists(st.floats(0, 2000), max_size=200), st.floats(1, 100))
def test_every_item_is_counted_once_and_clusters_keep_apart(xs: list[float], reach: float) -> None:
    clusters = gather_clusters(*arrays(xs, xs, xs), reach=reach)
    assert sum(cluster.count for cluster in clusters) == len(xs)
    for before, after in pairwise(clusters):
        assert after.start - before.end >= reach  # times equal the x here


def test_a_click_zooms_at_least_four_times_closer_onto_the_cluster() -> None:
    assert zoom_range(Cluster(0, 3, 10, 10), span=100) == (-2.5, 22.5)
    start, end = zoom_range(Cluster(0, 3, 10, 14), span=1000)
    assert start < 10 and end > 14 and end - start == 5.0
    start, end = zoom_range(Cluster(0, 3, 0, 1000), span=1000)
    assert end - start == 250

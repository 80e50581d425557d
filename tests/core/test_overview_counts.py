"""The overview's counts per bucket of time: what numpy's histogram counts, sorted or not."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from explorer.core.overview import bucket_counts

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@given(
    st.lists(finite, max_size=200),
    st.integers(min_value=1, max_value=40),
    finite,
    st.floats(min_value=0.001, max_value=1e6),
    st.booleans(),
)
def test_counts_are_the_histograms_whether_the_starts_are_sorted_or_not(
    values: list[float], buckets: int, first: float, width: float, on_edges: bool
) -> None:
    last = first + width
    if on_edges:  # values exactly on bucket edges, the ends included
        values = values + np.linspace(first, last, buckets + 1).tolist()
    expected = np.histogram(np.array(values, dtype=np.float64), bins=buckets, range=(first, last))
    assert bucket_counts(sorted(values), first, last, buckets) == expected[0].tolist()
    assert bucket_counts(values, first, last, buckets) == expected[0].tolist()

"""Hypothesis strategies and helpers shared by the loader's property tests."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

JsonPath = tuple[str | int, ...]


def json_values() -> st.SearchStrategy[Any]:
    """Any JSON value: scalars, lists and objects nested a few levels."""
    scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
        ),
        max_leaves=20,
    )


def paths_in(value: Any, prefix: JsonPath = ()) -> list[JsonPath]:
    """Every path in ``value``, the root (``()``) first."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(paths_in(item, (*prefix, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(paths_in(item, (*prefix, index)))
    return found

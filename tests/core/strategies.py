"""Hypothesis strategies and helpers shared by the loader's property tests."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from explorer.core.dates import PartialDate, days_in_month
from explorer.core.schema import Category, Dataset, Era, Event, Media

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


# --- Datasets of our format, with eras and categories ------------------------------------------

_LANGUAGES = st.sampled_from(["en", "ar"])
_WORDS = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12
)
_IDS = st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True)
_COLOURS = st.from_regex(r"#[0-9a-fA-F]{6}", fullmatch=True)


def localized_texts(min_size: int = 0) -> st.SearchStrategy[dict[str, str]]:
    """A text keyed by one or two language codes (or none, when ``min_size`` is 0)."""
    return st.dictionaries(_LANGUAGES, _WORDS, min_size=min_size, max_size=2)


@st.composite
def partial_dates(draw: st.DrawFn, min_year: int = -5000, max_year: int = 5000) -> PartialDate:
    """A :class:`PartialDate` to the year, month, day or minute."""
    year = draw(st.integers(min_year, max_year))
    precision = draw(st.integers(1, 4))
    if precision == 1:
        return PartialDate(year)
    month = draw(st.integers(1, 12))
    if precision == 2:
        return PartialDate(year, month)
    day = draw(st.integers(1, days_in_month(year, month)))
    if precision == 3:
        return PartialDate(year, month, day)
    return PartialDate(year, month, day, draw(st.integers(0, 23)), draw(st.integers(0, 59)))


@st.composite
def date_spans(draw: st.DrawFn) -> tuple[PartialDate, PartialDate | None]:
    """``(start, end)`` with ``end`` after ``start`` or None."""
    start = draw(partial_dates())
    end = draw(st.none() | partial_dates())
    if end is not None and end.end_time() <= start.start_time():
        end = None
    return start, end


@st.composite
def datasets(draw: st.DrawFn) -> Dataset:
    """A valid :class:`Dataset` with eras, categories and the events' optional fields."""
    category_ids = draw(st.lists(_IDS, unique=True, max_size=4))
    categories = [
        Category(id=category_id, name=draw(localized_texts(1)), colour=draw(_COLOURS))
        for category_id in category_ids
    ]
    eras = []
    for _ in range(draw(st.integers(0, 3))):
        start, end = draw(date_spans())
        colour = draw(st.none() | _COLOURS)
        eras.append(
            Era(title=draw(localized_texts(1)), start=start, end=end or start, colour=colour)
        )
    events = []
    for event_id in draw(st.lists(_IDS, unique=True, max_size=6)):
        start, end = draw(date_spans())
        media = draw(
            st.none()
            | st.builds(
                Media,
                url=st.just("https://example.org/") | _IDS.map("https://example.org/{}".format),
                credit=st.just("") | _WORDS,
                caption=localized_texts(),
            )
        )
        events.append(
            Event(
                id=event_id,
                title=draw(localized_texts(1)),
                start=start,
                end=end,
                category=draw(st.sampled_from(["", *category_ids])),
                display_date=draw(localized_texts()),
                media=media,
                milestone=draw(st.booleans()),
                group=draw(st.just("") | _WORDS),
            )
        )
    return Dataset(
        format="timeline-explorer/1",
        title=draw(localized_texts(1)),
        eras=eras,
        categories=categories,
        events=events,
    )

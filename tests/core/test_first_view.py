"""The first view: the densest stretch of a timeline, how it is named, and the built-in story."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from explorer.core.dates import days_from_civil
from explorer.core.first_view import opening_range, range_label
from explorer.core.loader import load_dataset
from explorer.paths import default_dataset_path


def year(y: float) -> float:
    whole = int(y)
    return days_from_civil(whole, 1, 1) + (y - whole) * 365.25


def test_one_early_event_does_not_squeeze_the_rest_into_a_corner() -> None:
    starts = [year(1922)] + [year(1985 + i / 3) for i in range(20)]
    result = opening_range(starts, starts)
    assert not result.is_everything
    assert year(1984) < result.start and result.end < year(1992)
    assert result.end - result.start > 0.8 * (starts[-1] - starts[1])


def test_a_long_period_that_began_long_before_does_not_drag_the_view_back() -> None:
    starts = [year(1900), year(1922)] + [year(1990 + i / 10) for i in range(10)]
    ends = [year(1999), year(1922), *starts[2:]]
    result = opening_range(starts, ends)
    assert not result.is_everything
    assert year(1989.5) < result.start < year(1990) and year(1990.9) < result.end < year(1991.5)


def test_evenly_spread_events_are_shown_whole() -> None:
    starts = [year(1900 + i) for i in range(50)]
    assert opening_range(starts, starts) == (starts[0], starts[-1], True)


def test_tiny_timelines_are_shown_whole() -> None:
    assert opening_range([], []).is_everything
    assert opening_range([5.0], [5.0]) == (5.0, 5.0, True)
    assert opening_range([5.0, 9000.0], [5.0, 9000.0]).is_everything


def test_periods_are_held_whole() -> None:
    starts = [year(1900)] + [year(1950)] * 9 + [year(2000)]
    ends = [year(1900)] + [year(1960)] * 9 + [year(2000)]
    result = opening_range(starts, ends)
    assert not result.is_everything
    assert year(1940) < result.start <= year(1950) and year(1960) <= result.end < year(1970)


@given(st.lists(st.tuples(st.floats(-1e6, 1e6), st.floats(0, 1e4)), min_size=1, max_size=60))
def test_the_opening_range_holds_most_events(spans: list[tuple[float, float]]) -> None:
    starts = [start for start, _ in spans]
    ends = [start + length for start, length in spans]
    result = opening_range(starts, ends)
    assert result.start <= result.end
    held = sum(result.start <= s and e <= result.end for s, e in zip(starts, ends, strict=True))
    assert held >= 0.8 * len(spans) - 1e-9
    if result.is_everything:
        assert (result.start, result.end) == (min(starts), max(ends))


def test_range_labels_are_to_the_year_month_or_day() -> None:
    assert range_label(year(1985), year(1993)) == "1985 – 1992"
    assert range_label(days_from_civil(1991, 3, 1), days_from_civil(1991, 6, 1)) == (
        "March 1991 – May 1991"
    )
    assert range_label(days_from_civil(1991, 12, 8), days_from_civil(1991, 12, 22)) == (
        "8–21 December 1991"
    )
    assert range_label(days_from_civil(1991, 12, 8), days_from_civil(1991, 12, 9)) == (
        "8 December 1991"
    )
    assert range_label(year(1985), year(1993), "ar") == "1985 – 1992"
    assert range_label(year(1984.75), year(1992.25)) == "1985 – 1991"  # a few months: no name
    assert range_label(year(1984.6), year(1992.4)) == "1984 – 1992"
    assert "كانون الأول/ديسمبر" in range_label(
        days_from_civil(1991, 12, 8), days_from_civil(1991, 12, 22), "ar"
    )


# --- the built-in dataset ---------------------------------------------------------------------


def test_the_built_in_timeline_opens_on_its_story() -> None:
    result = load_dataset(default_dataset_path())
    dataset = result.dataset
    assert result.warnings == []
    assert dataset.view is not None
    view = dataset.view
    outside = [
        e.id for e in dataset.events if e.end_time < view.start_time or e.start_time > view.end_time
    ]
    assert outside == ["treaty-on-the-creation-of-the-ussr"]  # reached by Fit or zooming out
    held = [e for e in dataset.events if view.start_time <= e.start_time]
    assert len(held) == len(dataset.events) - 3  # all but the treaty and two long causes
    assert dataset.view.start_time < days_from_civil(1985, 3, 11) - 90  # a margin
    assert dataset.view.end_time > days_from_civil(1991, 12, 26) + 30
    assert range_label(view.start_time, view.end_time) == "1985 – 1991"


def test_the_built_in_story_visits_every_event_causes_first_then_1991_in_time_order() -> None:
    dataset = load_dataset(default_dataset_path()).dataset
    events = {event.id: event for event in dataset.events}
    story = dataset.story
    assert set(story) == set(events) and len(story) == len(events)
    assert story[0] == "treaty-on-the-creation-of-the-ussr"
    assert story[-1] == "soviet-of-the-republics-declaration"
    first_of_1991 = next(i for i, e in enumerate(story) if events[e].start.year == 1991)
    before = story[:first_of_1991]
    assert {"planned-economy", "nationalities-problem", "glasnost"} <= set(before)
    assert all(events[e].start.year < 1991 for e in before)
    in_1991 = [events[e].start for e in story[first_of_1991:]]
    assert all(date.year == 1991 for date in in_1991)
    assert in_1991 == sorted(in_1991)


def test_a_large_timeline_is_sampled_and_still_opens_on_its_cluster() -> None:
    starts = [year(1500 + i % 500) for i in range(5_000)]  # a thin spread over five centuries
    starts += [year(1990 + i / 40_000) for i in range(40_000)]  # and a dense year
    result = opening_range(starts, starts)
    assert not result.is_everything
    assert year(1989) < result.start < year(1990.2) and year(1990.8) < result.end < year(1992)

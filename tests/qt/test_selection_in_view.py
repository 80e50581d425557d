"""A chosen event is always on screen in the timeline, drawn whole above the badges that count
what has no room — in a small window, in either language."""

from __future__ import annotations

import math

import pytest
from pytestqt.qtbot import QtBot

from explorer.core.dates import PartialDate
from explorer.core.schema import FORMAT_ID, Dataset, Event
from explorer.qt.event_model import EventRole
from explorer.qt.timeline_clusters import first_lane_below
from tests.qt.screen import show_window


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_event_chosen_in_the_list_is_drawn_above_the_badges(
    qtbot: QtBot, language: str
) -> None:
    window = show_window(qtbot, language=language, size=(1024, 700))
    view = window.timeline_view
    model = window.event_list.model()
    for row in range(model.rowCount()):
        window.event_list.setCurrentIndex(model.index(row, 0))
        event_id = model.index(row, 0).data(EventRole.EVENT_ID)
        rect = view.visualRect(view.currentIndex())
        shown_bottom = view._timeline.lanes_shown_bottom(view.scale, view.viewport().height())
        assert not rect.isEmpty(), event_id
        assert rect.top() >= 0 and rect.bottom() <= shown_bottom, (event_id, rect, shown_bottom)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_nothing_of_a_counted_lane_shows_above_the_badges(qtbot: QtBot, language: str) -> None:
    """The lanes the badges count are not drawn, not even the top edge of one the badges' line
    cuts (it showed as a row of specks over the "+6" of the story at 1024×700)."""
    window = show_window(qtbot, language=language, size=(1024, 700))
    view = window.timeline_view
    timeline, height = view._timeline, float(view.viewport().height())
    badges = timeline.badges(view.scale, height)
    assert badges  # the story does not fit at this size: some events are counted
    line = timeline.lanes_shown_bottom(view.scale, height)  # lanes below it are counted
    first_counted = first_lane_below(timeline.metrics, line + timeline.scroll_y)
    counted_top = timeline.metrics.lane_top(first_counted) - timeline.scroll_y
    badges_top = min(badge.rect.top() for badge in badges)
    assert counted_top < line
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    dark = [
        (x, y)
        for y in range(math.ceil(counted_top) + 1, math.floor(badges_top) - 1)
        for x in range(0, view.viewport().width(), 2)
        if image.pixelColor(int(x * ratio), int(y * ratio)).lightness() < 128
    ]
    assert dark == [], dark[:10]


def test_with_more_events_than_lanes_a_chosen_event_is_drawn_above_the_strip(
    qtbot: QtBot,
) -> None:
    """Hundreds of events on one day: the 300 lanes run out, a strip counts the rest, and every
    event that has a lane is scrolled to where it is drawn, not under the strip's badges."""
    day = PartialDate(1991, 12, 8)
    events = [
        Event(id=f"e{number:03d}", title={"en": f"Meeting {number}"}, start=day)
        for number in range(400)  # more than the 300 lanes a view lays out
    ]
    dataset = Dataset(format=FORMAT_ID, title={"en": "Crowded"}, events=events)
    window = show_window(qtbot, dataset, size=(1024, 700))
    view = window.timeline_view
    layout = view._timeline.layout(view.scale, float(view.viewport().height()))
    assert layout is not None and layout.hidden  # the strip of hidden events is there
    placed = [row for row in range(400) if layout.placement(row) is not None]
    for row in placed[-3:]:  # the lowest lanes, nearest the strip
        view.setCurrentIndex(view.model().index(row, 0))
        view.scrollTo(view.currentIndex())
        rect = view.visualRect(view.currentIndex())
        drawn_bottom = view._timeline.lanes_drawn_bottom(
            view.scale, float(view.viewport().height())
        )
        assert rect.top() >= 0 and rect.bottom() <= drawn_bottom, (row, rect, drawn_bottom)

"""A chosen event is always on screen in the timeline, drawn whole above the badges that count
what has no room — in a small window, in either language."""

from __future__ import annotations

import math

import pytest
from pytestqt.qtbot import QtBot

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
        shown_bottom = view._timeline.lanes_shown_bottom(view.viewport().height())
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
    line = timeline.lanes_shown_bottom(height)  # the badges' line: lanes below it are counted
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

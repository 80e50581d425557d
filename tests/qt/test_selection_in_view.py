"""A chosen event is always on screen in the timeline, drawn whole above the badges that count
what has no room — in a small window, in either language."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from explorer.qt.event_model import EventRole
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

"""The first view of a window: the built-in story opens on 1985–1991, not on 1922–1991.

The timeline opens on a dataset's ``view`` (or, without one, on its densest stretch), says so in
a note on the axis, keeps it through the first resizes, and Fit (Ctrl+0) still shows everything.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from msgspec.structs import replace
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from explorer.core.dates import PartialDate
from explorer.core.schema import ViewRange
from explorer.qt.event_model import EventRole
from explorer.qt.main_window import MainWindow
from explorer.qt.timeline_view import TimelineView
from tests.factories import small_dataset
from tests.qt.screen import show_window


def days(date: str) -> float:
    return PartialDate.parse(date).start_time()


def shown(qtbot, language: str = "en", size: tuple[int, int] = (1280, 800)) -> MainWindow:  # type: ignore[no-untyped-def]
    return show_window(qtbot, language=language, size=size)


def timeline(window: MainWindow) -> TimelineView:
    view = window.findChild(TimelineView, "timelineView")
    assert view is not None
    return view


def _id(index: QModelIndex) -> str:
    return str(index.data(EventRole.EVENT_ID))


def in_view(view: TimelineView, event_id: str) -> bool:
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if _id(index) == event_id:
            rect = view.visualRect(index)
            return not rect.isEmpty() and view.viewport().rect().intersects(rect)
    raise AssertionError(event_id)


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield shown(qtbot)


def assert_opens_on_the_story(view: TimelineView) -> None:
    start, end = view.visible_range()
    assert days("1984-06") < start < days("1985-03-11")  # Gorbachev, with a margin
    assert days("1991-12-26") < end < days("1992-07")  # the last day of the USSR, with a margin
    assert not in_view(view, "treaty-on-the-creation-of-the-ussr")
    for event_id in ("gorbachev-general-secretary", "august-coup", "belovezha-accords"):
        assert in_view(view, event_id), event_id


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_the_built_in_story_opens_on_1985_to_1991_at_any_size(qtbot, size) -> None:  # type: ignore[no-untyped-def]
    window = shown(qtbot, size=size)
    view = timeline(window)
    assert_opens_on_the_story(view)
    assert view.opening_note() == "Showing 1985 – 1991 · Fit (Ctrl+0) shows all"
    window.resize(1024 if size[0] == 1280 else 1280, 700)
    qtbot.waitUntil(lambda: window.width() != size[0])
    QApplication.processEvents()
    assert_opens_on_the_story(view)
    assert view.opening_note()


def test_fit_shows_the_1922_treaty_and_the_note_goes(window: MainWindow) -> None:
    view = timeline(window)
    assert window.fit_action.shortcut() == QKeySequence("Ctrl+0")
    window.fit_action.trigger()
    assert in_view(view, "treaty-on-the-creation-of-the-ussr")
    # The whole span is in view; rows past the bottom scroll (24 lanes at this zoom).
    start, end = view.visible_range()
    assert start <= days("1922-12-30") and days("1991-12-26") < end
    assert view.opening_note() == ""


def test_zooming_out_reaches_the_treaty_too(window: MainWindow) -> None:
    view = timeline(window)
    view.selectionModel().clearCurrentIndex()  # else it zooms around the current event
    for _ in range(14):
        window.zoom_out_action.trigger()
    assert view.visible_range()[0] < days("1922-12-30")
    assert view.opening_note() == ""


def test_selecting_the_treaty_goes_to_1922(window: MainWindow) -> None:
    view = timeline(window)
    assert window.select_event("treaty-on-the-creation-of-the-ussr")
    assert in_view(view, "treaty-on-the-creation-of-the-ussr")
    assert view.opening_note() == ""


def test_in_arabic_time_runs_right_to_left_from_1985(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = shown(qtbot, "ar")
    view = timeline(window)
    assert_opens_on_the_story(view)
    assert view.scale.x_for(days("1985-03-11")) > view.scale.x_for(days("1991-12-26")) + 600
    assert "1985 – 1991" in view.opening_note()


def test_a_new_dataset_opens_on_its_own_view_or_its_densest_stretch(window: MainWindow) -> None:
    view = timeline(window)
    dataset = small_dataset()  # a cause from 1960, everything else 1986 to 1991
    window.set_dataset(
        replace(dataset, view=ViewRange(start=PartialDate(1950), end=PartialDate(1995)))
    )
    assert view.visible_range() == (days("1950"), days("1996"))
    assert "1950 – 1995" in view.opening_note()
    window.set_dataset(dataset)
    start, end = view.visible_range()
    assert days("1985") < start < days("1987") and days("1991-12-25") < end < days("1993")
    assert in_view(view, "economy")  # the long cause crosses the view

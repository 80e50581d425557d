"""Zoom to Selection, double-click on an event and Go to Date…, as a user meets them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from explorer.core.dates import PartialDate
from explorer.qt.main_window import MainWindow
from explorer.qt.timeline_actions import GoToDateDialog
from tests.factories import small_dataset
from tests.qt.screen import show_window


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    yield show_window(qtbot, small_dataset(), size=(1200, 800))


def days(date: str) -> float:
    return PartialDate.parse(date).start_time()


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert isinstance(found, QAction), name
    return found


def test_the_actions_are_in_the_view_menu_with_their_keys(window: MainWindow) -> None:
    zoom, go = action(window, "actionZoomToSelection"), action(window, "actionGoToDate")
    assert zoom.shortcut() == QKeySequence("Ctrl+.")
    assert go.shortcut() == QKeySequence("Ctrl+G")
    assert zoom in window.view_menu.actions() and go in window.view_menu.actions()
    assert zoom.text() and go.text().replace("&", "").startswith("Go to Date")


def test_zoom_to_selection_frames_the_selected_event_closely(window: MainWindow) -> None:
    view = window.timeline_view
    fitted = view.visible_range()
    assert window.select_event("wall")
    action(window, "actionZoomToSelection").trigger()
    start, end = view.visible_range()
    wall = days("1989-11-09")
    assert start < wall < end
    assert end - start <= 31  # a day among a month of days
    assert end - start < (fitted[1] - fitted[0]) / 50
    rect = view.visualRect(view.currentIndex())
    assert view.viewport().rect().contains(rect)  # and it is drawn, its lane in view


def test_zoom_to_selection_frames_a_span_whole(window: MainWindow) -> None:
    view = window.timeline_view
    assert window.select_event("glasnost")
    action(window, "actionZoomToSelection").trigger()
    start, end = view.visible_range()
    assert start < days("1986") and days("1992") < end
    assert end - start < 2 * (days("1992") - days("1986"))


def test_double_click_on_an_event_frames_it_and_emits_activated(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.timeline_view
    window.timeline_view.fit_all()
    index = next(
        view.model().index(row, 0)
        for row in range(view.model().rowCount())
        if view.model().index(row, 0).data(Qt.ItemDataRole.DisplayRole).startswith("Fall")
    )
    centre = view.visualRect(index).center()
    with qtbot.waitSignal(view.activated) as activated:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert activated.args[0].row() == index.row()
    current = window.current_event()
    assert current is not None and current.id == "wall"
    start, end = view.visible_range()
    assert start < days("1989-11-09") < end and end - start <= 31


def answer(text: str, accept: bool = True) -> None:
    """Type ``text`` into the Go to Date dialog once it is shown, and press OK (or Cancel)."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, GoToDateDialog)
        dialog.field.setText(text)
        (dialog.accept if accept else dialog.reject)()

    QTimer.singleShot(0, fill)


@pytest.mark.parametrize("text", ["1991-12", "December 1991", "كانون الأول 1991"])
def test_go_to_date_shows_that_month(window: MainWindow, text: str) -> None:
    answer(text)
    action(window, "actionGoToDate").trigger()
    start, end = window.timeline_view.visible_range()
    assert start < days("1991-12-01") and days("1992-01-01") < end
    assert end - start < 70


def test_cancel_leaves_the_view(window: MainWindow) -> None:
    before = window.timeline_view.visible_range()
    answer("1991-12", accept=False)
    action(window, "actionGoToDate").trigger()
    assert window.timeline_view.visible_range() == before


def test_the_dialog_says_what_it_read_and_refuses_what_is_no_date(qtbot: QtBot) -> None:
    dialog = GoToDateDialog("ar")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.field.setText("December 1991")
    assert ok.isEnabled() and "كانون الأول/ديسمبر 1991" in dialog.reading.text()
    dialog.field.setText("not a date")
    assert not ok.isEnabled() and dialog.reading.text()

"""Back and Forward through visited events; the search that says when nothing matches."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolBar, QToolButton

from explorer.app import create_main_window
from explorer.qt.main_window import MainWindow
from tests.factories import small_dataset
from tests.qt.screen import click_event


def make_window(qtbot, language: str = "en") -> MainWindow:  # type: ignore[no-untyped-def]
    window = create_main_window(small_dataset(), language=language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield make_window(qtbot)


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def current_id(window: MainWindow) -> str | None:
    event = window.current_event()
    return event.id if event is not None else None


def toolbar_button(window: MainWindow, name: str) -> QToolButton:
    toolbar = window.findChild(QToolBar, "mainToolbar")
    button = toolbar.widgetForAction(action(window, name))
    assert isinstance(button, QToolButton)
    return button


def test_back_and_forward_retrace_every_way_of_changing_the_event(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    back, forward = action(window, "actionBack"), action(window, "actionForward")
    assert not back.isEnabled() and not forward.isEnabled()
    assert not toolbar_button(window, "actionBack").isEnabled()

    click_event(qtbot, window.timeline_view, 0)  # the timeline
    first = current_id(window)
    window.event_list.setCurrentIndex(window.filter_model.index(3, 0))  # the list
    second = current_id(window)
    window.detail_pane.eventActivated.emit("glasnost")  # a cause link in the pane
    assert len({first, second, "glasnost"}) == 3, window.navigator.history._visits
    assert back.isEnabled() and toolbar_button(window, "actionBack").isEnabled()

    qtbot.keyClick(window.timeline_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert current_id(window) == second
    back.trigger()
    assert current_id(window) == first
    assert forward.isEnabled()
    qtbot.keyClick(window.timeline_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert current_id(window) == second
    forward.trigger()
    assert current_id(window) == "glasnost" and not forward.isEnabled()


def test_the_standard_keys_are_mirrored_in_arabic(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, "ar")
    back = action(window, "actionBack")
    assert back.shortcut() == QKeySequence(QKeySequence.StandardKey.Forward)
    assert back.text() != "&Back"  # translated
    window.select_event("wall")
    window.select_event("accords")
    qtbot.keyClick(window.timeline_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert current_id(window) == "wall"


def test_the_mouse_back_and_forward_buttons(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.select_event("wall")
    window.select_event("accords")
    viewport = window.timeline_view.viewport()
    centre = QPointF(viewport.rect().center())
    for button, expected in (
        (Qt.MouseButton.BackButton, "wall"),
        (Qt.MouseButton.ForwardButton, "accords"),
    ):
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            centre,
            centre,
            button,
            button,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, press)
        assert current_id(window) == expected


def test_a_visit_is_recorded_once(window) -> None:  # type: ignore[no-untyped-def]
    window.select_event("economy")
    window.select_event("wall")
    window.select_event("wall")
    window.select_event("accords")
    window.navigator.go_back()
    assert current_id(window) == "wall"
    window.navigator.go_back()
    assert current_id(window) == "economy"


def test_no_match_says_so_and_esc_clears_the_search_keeping_the_event(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.select_event("accords")
    status = window.findChild(QLabel, "searchStatus")
    assert status is not None and status.text() == ""
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "zzzz")
    assert window.filter_model.rowCount() == 0
    assert "No events match" in status.text() and "Esc" in status.text()
    assert status.isVisible()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    assert status.text() == ""
    assert window.filter_model.rowCount() == len(window.dataset.events)
    assert current_id(window) == "accords"
    assert window.selection_model.isSelected(window.selection_model.currentIndex())


def test_the_event_list_shows_each_date_and_the_full_title_as_tooltip(window) -> None:  # type: ignore[no-untyped-def]
    index = window.filter_model.index(0, 0)
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    title = index.data(Qt.ItemDataRole.DisplayRole)
    assert title in tooltip and index.data(Qt.ItemDataRole.UserRole + 8) in tooltip
    one_line = window.event_list.fontMetrics().height()
    assert window.event_list.sizeHintForRow(0) > 1.8 * one_line  # title and date, two lines

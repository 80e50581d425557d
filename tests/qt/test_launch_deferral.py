"""What the window works out only when the user reaches it: the matrix tab, the presentation.

Opening the window does not pay for them (``tests/bench/bench_launch.py`` measures the launch);
these tests check that each is there, complete, the moment the user asks for it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTabWidget, QWidget

from explorer.app import create_main_window
from explorer.qt.main_window import MainWindow

BELOVEZHA = "belovezha-accords"


def shown_window(qtbot, language: str = "en") -> MainWindow:  # type: ignore[no-untyped-def]
    window = create_main_window(None, language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def click_tab(qtbot, window: MainWindow, index: int) -> QTabWidget:  # type: ignore[no-untyped-def]
    tabs = window.findChild(QTabWidget, "detailTabs")
    assert tabs is not None
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    return tabs


def matrix_of(window: MainWindow) -> QAbstractItemView | None:
    return window.findChild(QAbstractItemView, "participationMatrix")


def test_the_window_opens_on_the_details_without_working_out_the_matrix(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = shown_window(qtbot)
    tabs = window.findChild(QTabWidget, "detailTabs")
    assert tabs is not None
    assert tabs.currentWidget() is window.findChild(QWidget, "detailPane")
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Details", "Participation"]
    matrix = matrix_of(window)
    assert matrix is not None and not matrix.isVisible()
    assert window.participation_matrix.matrix_model.columnCount() == 0  # not worked out yet


def test_clicking_the_participation_tab_shows_the_whole_matrix(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = shown_window(qtbot)
    tabs = click_tab(qtbot, window, 1)
    matrix = matrix_of(window)
    assert matrix is not None
    qtbot.waitUntil(matrix.isVisible)
    assert tabs.currentWidget() is matrix and tabs.indexOf(matrix) == 1
    assert tabs.tabText(1) == "Participation"
    assert matrix.model().columnCount() == 3  # the built-in story's three agreements
    assert matrix.model().rowCount() > 10
    assert window.participation_matrix is matrix
    click_tab(qtbot, window, 0)
    assert tabs.currentWidget() is window.findChild(QWidget, "detailPane")


def test_the_matrix_made_late_marks_the_agreement_chosen_before(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = shown_window(qtbot)
    assert window.select_event(BELOVEZHA)
    click_tab(qtbot, window, 1)
    matrix = matrix_of(window)
    assert matrix is not None
    column = matrix.model().matrix.column_of(BELOVEZHA)  # type: ignore[attr-defined]
    assert column >= 0
    assert matrix.selectionModel().isColumnSelected(column, QModelIndex())


def test_the_matrix_made_after_a_language_switch_speaks_that_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = shown_window(qtbot, "ar")
    tabs = click_tab(qtbot, window, 1)
    matrix = matrix_of(window)
    assert matrix is not None
    assert tabs.tabText(1) != "Participation"  # the Arabic tab title
    assert matrix.layoutDirection() == Qt.LayoutDirection.RightToLeft
    first = str(matrix.model().headerData(0, Qt.Orientation.Horizontal))
    assert "1922" in first and "معاهدة" in first


def test_presenting_makes_the_slide_on_first_use(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = shown_window(qtbot)
    assert window.findChild(QWidget, "storyStage") is None
    window.story_mode.action.trigger()
    stage = window.findChild(QWidget, "storyStage")
    assert stage is not None and stage.isVisible()
    assert window.story_mode.slide.isVisible()
    window.story_mode.leave()
    assert not stage.isVisible()

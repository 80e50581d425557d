"""The dataset's title and one-line description above the timeline, in the window's language."""

from __future__ import annotations

import msgspec
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from explorer.qt.main_window import MainWindow
from tests.factories import small_dataset
from tests.qt.screen import show_window

LONG = "How it ended: " + "causes, reforms, coups and treaties; " * 30


def labels(window: MainWindow) -> tuple[QLabel, QLabel]:
    title = window.findChild(QLabel, "datasetTitle")
    description = window.findChild(QLabel, "datasetDescription")
    assert isinstance(title, QLabel) and isinstance(description, QLabel)
    return title, description


def test_the_title_and_description_are_above_the_timeline_on_one_line(qtbot: QtBot) -> None:
    dataset = msgspec.structs.replace(small_dataset(), description={"en": LONG, "ar": "وصف"})
    window = show_window(qtbot, dataset, size=(1200, 800))
    title, description = labels(window)
    assert title.isVisible() and title.text() == "A small story"
    assert description.isVisible()
    assert description.text().endswith("…") and len(description.text()) < len(LONG)
    assert description.height() < 2 * description.fontMetrics().height()  # one line
    assert "How it ended: causes, reforms" in description.toolTip()
    assert "<br/>" not in description.toolTip() and description.toolTip().count("coups") == 30
    heading = window.findChild(QWidget, "datasetHeading")
    assert heading is not None
    below = heading.mapTo(window, QPoint(0, heading.height()))
    assert window.timeline_view.mapTo(window, QPoint(0, 0)).y() >= below.y()


def test_arabic_shows_the_arabic_texts(qtbot: QtBot) -> None:
    dataset = msgspec.structs.replace(small_dataset(), description={"en": LONG, "ar": "وصف قصير"})
    window = show_window(qtbot, dataset, language="ar")
    title, description = labels(window)
    assert title.text() == "قصة صغيرة" and description.text() == "وصف قصير"


def test_a_new_dataset_replaces_them_and_no_description_hides_it(qtbot: QtBot) -> None:
    window = show_window(
        qtbot, msgspec.structs.replace(small_dataset(), description={"en": "Short."})
    )
    title, description = labels(window)
    assert description.isVisible() and description.text() == "Short."
    window.set_dataset(msgspec.structs.replace(small_dataset(), title={"en": "Another"}))
    assert title.text() == "Another"
    assert not description.isVisible()

"""Reading the window as a user sees it: the detail pane's text, a view's rows, a click."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMessageBox, QWidget

from explorer.app import create_main_window
from explorer.core.bidi import FSI, PDI
from explorer.core.schema import Dataset
from explorer.qt.main_window import MainWindow


def without_isolates(text: str) -> str:
    """``text`` as read: without the marks that isolate a run's direction."""
    return text.replace(FSI, "").replace(PDI, "")


class Message(NamedTuple):
    """A message box as the user saw it."""

    title: str
    text: str
    text_format: Qt.TextFormat


def messages_shown(monkeypatch: pytest.MonkeyPatch) -> list[Message]:
    """The message boxes shown from now on, each closed at once (as if OK were pressed)."""
    shown: list[Message] = []

    def record(box: QMessageBox) -> int:
        shown.append(Message(box.windowTitle(), box.text(), box.textFormat()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def answer_messages(monkeypatch: pytest.MonkeyPatch, role: QMessageBox.ButtonRole) -> list[Message]:
    """The message boxes shown from now on, each answered at once with its button of ``role``."""
    shown: list[Message] = []

    def answer(box: QMessageBox) -> int:
        shown.append(Message(box.windowTitle(), box.text(), box.textFormat()))
        chosen = [button for button in box.buttons() if box.buttonRole(button) == role]
        chosen[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


def click_event(qtbot, view: QAbstractItemView, row: int) -> None:  # type: ignore[no-untyped-def]
    """Scroll the timeline to the row's event and click the centre of what shows of its marker
    or bar (a long period may reach beyond both edges)."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index).intersected(view.viewport().rect())
    assert rect.isValid()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


#: Bidi isolates (LRI, RLI, FSI, PDI): they order text on screen but a reader never sees them.
_ISOLATES = str.maketrans("", "", "\u2066\u2067\u2068\u2069")


def detail_text(window: MainWindow) -> str:
    """The visible text of the detail pane, rich text read as plain text."""
    pane = window.findChild(QWidget, "detailPane")
    assert pane is not None
    return "\n".join(
        QTextDocumentFragment.fromHtml(label.text()).toPlainText()
        if label.textFormat() == Qt.TextFormat.RichText
        else label.text()
        for label in pane.findChildren(QLabel)
        if label.isVisibleTo(pane)
    ).translate(_ISOLATES)


def view_rows(view: QAbstractItemView) -> list[str]:
    """Each row of a view's model as its cells joined by tabs."""
    model = view.model()
    return [
        "\t".join(
            str(model.index(row, column).data() or "").translate(_ISOLATES)
            for column in range(model.columnCount())
        )
        for row in range(model.rowCount())
    ]


def show_window(  # type: ignore[no-untyped-def]
    qtbot,
    dataset: Dataset | None = None,
    language: str = "en",
    size: tuple[int, int] | None = None,
) -> MainWindow:
    """The main window on ``dataset`` (the built-in story by default), shown and exposed."""
    window = create_main_window(dataset, language=language)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window

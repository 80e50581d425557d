"""Reading the window as a user sees it: the detail pane's text, a view's rows, a click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from explorer.qt.main_window import MainWindow


def click_event(qtbot, view: QAbstractItemView, row: int) -> None:  # type: ignore[no-untyped-def]
    """Scroll the timeline to the row's event and click the centre of its marker or bar."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid() and view.viewport().rect().contains(rect.center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


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
    )


def view_rows(view: QAbstractItemView) -> list[str]:
    """Each row of a view's model as its cells joined by tabs."""
    model = view.model()
    return [
        "\t".join(
            str(model.index(row, column).data() or "") for column in range(model.columnCount())
        )
        for row in range(model.rowCount())
    ]

"""The events list: moves like a list, and never asks the model about rows it does not draw."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from explorer.core.dates import PartialDate
from explorer.core.schema import FORMAT_ID, Dataset, Event
from explorer.qt.event_list import EventList
from explorer.qt.event_model import EventListModel, EventRole
from explorer.qt.filter_model import EventFilterModel


def shown_list(qtbot: QtBot, count: int) -> tuple[EventList, EventFilterModel]:
    date = PartialDate.parse
    events = [
        Event(
            id=f"e{n}",
            title={"en": f"{'Minsk' if n % 2 else 'Kyiv'} meeting {n}"},
            start=date(f"{1800 + n % 200}-03-04"),
        )
        for n in range(count)
    ]
    source = EventListModel(Dataset(format=FORMAT_ID, title={"en": "List"}, events=events))  # type: ignore[arg-type]
    proxy = EventFilterModel()
    proxy.setSourceModel(source)
    view = EventList()
    view.setModel(proxy)
    view._models = (source, proxy)  # type: ignore[attr-defined]  # keep them alive
    qtbot.addWidget(view)
    view.resize(240, 400)
    view.show()
    qtbot.waitExposed(view)
    return view, proxy


def test_keys_move_as_in_a_list(qtbot: QtBot) -> None:
    view, proxy = shown_list(qtbot, 30)
    view.setFocus()
    view.setCurrentIndex(proxy.index(5, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 6
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.currentIndex().row() == 6
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex().row() == 29
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.currentIndex().row() == 0
    assert view.selectionModel().isRowSelected(0)


def test_rows_are_two_lines_tall_and_fill_the_width(qtbot: QtBot) -> None:
    view, proxy = shown_list(qtbot, 30)
    rect = view.visualRect(proxy.index(0, 0))
    assert rect.height() > 1.8 * view.fontMetrics().height()
    assert rect.width() >= view.viewport().width() - 1
    assert view.indexAt(rect.center()).data(EventRole.EVENT_ID) == "e0"


@pytest.mark.parametrize("query", ["minsk", "kyiv meeting 1", ""])
def test_a_search_asks_only_for_the_rows_drawn(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    """Showing new rows costs the list no Python call per row (a million would take seconds)."""
    calls: list[int] = []
    original = EventFilterModel.index

    def counted(self: EventFilterModel, row: int, column: int = 0, *args: object) -> object:
        calls.append(row)
        return original(self, row, column, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(EventFilterModel, "index", counted)  # before the proxy is made
    view, proxy = shown_list(qtbot, 10_000)
    proxy.set_query("zzz")  # start from no rows, so the query shows many
    QApplication.processEvents()
    calls.clear()
    proxy.set_query(query)
    QApplication.processEvents()  # the list lays its rows out (a QListView, every one of them)
    view.viewport().repaint()
    assert proxy.rowCount() > 1000
    assert len(calls) < 500
    assert view.indexAt(view.visualRect(proxy.index(0, 0)).center()).row() == 0

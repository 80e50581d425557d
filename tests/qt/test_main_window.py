"""The window as a user meets it: click events, follow causes, search, open and export files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from explorer.app import create_main_window
from explorer.core.loader import load_dataset
from explorer.core.schema import Event, text_in
from explorer.qt.event_model import EventRole
from explorer.qt.export_dialog import ExportChoice, ExportDialog
from explorer.qt.main_window import MainWindow
from tests.factories import small_dataset
from tests.qt.screen import click_event, detail_text, messages_shown, show_window, view_rows


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield show_window(qtbot, small_dataset())


def timeline(window: MainWindow) -> QAbstractItemView:
    view = window.findChild(QAbstractItemView, "timelineView")
    assert view is not None
    return view


def test_the_contract_object_names_exist(window: MainWindow) -> None:
    for name in ("timelineView", "causesView", "participantsView"):
        assert isinstance(window.findChild(QAbstractItemView, name), QAbstractItemView), name
    assert isinstance(window.findChild(QWidget, "detailPane"), QWidget)
    assert isinstance(window.findChild(QLineEdit, "searchField"), QLineEdit)


def test_clicking_each_event_shows_it_with_causes_and_participants(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = timeline(window)
    events: dict[str, Event] = {e.id: e for e in window.dataset.events}
    causes_view = window.findChild(QAbstractItemView, "causesView")
    participants_view = window.findChild(QAbstractItemView, "participantsView")
    for row in range(view.model().rowCount()):
        click_event(qtbot, view, row)
        event_id = view.model().index(row, 0).data(EventRole.EVENT_ID)
        qtbot.waitUntil(lambda: window.current_event() is not None)
        event = events[event_id]
        assert window.current_event().id == event_id  # type: ignore[union-attr]
        text = detail_text(window)
        assert text_in(event.title, "en") in text
        shown_causes = [row_text for row_text in view_rows(causes_view)]
        assert shown_causes == [
            text_in(events[c].title, "en")
            for c in sorted(event.causes, key=lambda c: events[c].start_time)
        ]
        assert len(view_rows(participants_view)) == len(event.participants)


def test_treaty_shows_signatories_offices_and_who_stayed_away(window: MainWindow) -> None:
    assert window.select_event("accords")
    rows = view_rows(window.findChild(QAbstractItemView, "participantsView"))
    assert rows[0].split("\t")[:4] == [
        "Belarus",
        "Stanislav Shushkevich\nVyacheslav Kebich",
        "Chairman of the Supreme Council\nPrime Minister",
        "Signed",
    ]
    assert rows[1].startswith("Georgia\t\t\tDid not take part\tDid not attend.")
    assert "Georgia (Did not take part): Did not attend." in detail_text(window)
    text = detail_text(window)
    assert "8 December 1991" in text and "Viskuli, Belarus" in text
    assert "Merges two signatories." in text  # the source's note


def test_clicking_a_cause_goes_to_that_event(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.select_event("accords")
    causes_view = window.findChild(QAbstractItemView, "causesView")
    index = causes_view.model().index(2, 0)
    assert index.data() == "Fall of the Berlin Wall"
    centre = causes_view.visualRect(index).center()
    qtbot.mouseClick(causes_view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: getattr(window.current_event(), "id", None) == "wall")
    assert timeline(window).currentIndex().data(EventRole.EVENT_ID) == "wall"
    effects_view = window.findChild(QAbstractItemView, "effectsView")
    assert view_rows(effects_view) == ["Belovezha Accords"]


def test_typing_in_the_search_field_filters_the_timeline(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = timeline(window)
    search = window.findChild(QLineEdit, "searchField")
    qtbot.keyClicks(search, "kebich")
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    assert view.model().index(0, 0).data(EventRole.EVENT_ID) == "accords"
    search.clear()
    qtbot.waitUntil(lambda: view.model().rowCount() == 5)


def test_selection_is_shared_by_the_list_and_the_timeline(window: MainWindow) -> None:
    window.event_list.setCurrentIndex(window.filter_model.index(1, 0))
    assert timeline(window).currentIndex().data(EventRole.EVENT_ID) == "glasnost"
    assert window.current_event().id == "glasnost"  # type: ignore[union-attr]


def test_arabic_window_is_right_to_left_and_arabic(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = create_main_window(small_dataset(), language="ar")
    qtbot.addWidget(window)
    window.select_event("accords")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    text = detail_text(window)
    assert "معاهدة بيلوفيزا" in text
    assert "8 كانون الأول/ديسمبر 1991" in text
    rows = view_rows(window.findChild(QAbstractItemView, "participantsView"))
    assert rows[0].startswith("بيلاروسيا\tستانيسلاف شوشكيفيتش")


def test_opening_a_bad_file_explains_and_keeps_the_timeline(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "timeline-explorer/1",\n "title": }', encoding="utf-8")
    shown = messages_shown(monkeypatch)
    assert not window.open_path(str(bad))
    assert len(shown) == 1 and "bad.json:2:" in shown[0].text
    assert shown[0].text_format == Qt.TextFormat.PlainText  # the file's text never becomes markup
    assert window.event_model.rowCount() == 5


def test_opening_a_file_replaces_the_timeline(window: MainWindow, tmp_path: Path) -> None:
    from msgspec.structs import replace

    from explorer.core.schema import encode_dataset

    dataset = small_dataset()
    smaller = replace(dataset, events=dataset.events[:2])
    path = tmp_path / "two.json"
    path.write_bytes(encode_dataset(smaller))
    assert window.open_path(str(path))
    assert timeline(window).model().rowCount() == 2


def test_export_from_the_file_menu_writes_the_chosen_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "summary.json"
    choice = ExportChoice(
        format="json", extension="json", label="JSON", scope="selected", language="en"
    )
    monkeypatch.setattr(ExportDialog, "exec", lambda _self: ExportDialog.DialogCode.Accepted)
    monkeypatch.setattr(ExportDialog, "choice", lambda _self: choice)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    window.select_event("accords")
    window.export_action.trigger()
    qtbot.waitUntil(lambda: not window.export_job().is_busy())  # it runs in a thread
    exported = load_dataset(target).dataset
    assert [event.id for event in exported.events] == ["accords"]
    assert exported.events[0].participants[0].representatives[1].name["en"] == "Vyacheslav Kebich"


def test_current_index_none_clears_the_detail_pane(window: MainWindow) -> None:
    window.select_event("wall")
    clear = window.selection_model.SelectionFlag.Clear
    window.selection_model.setCurrentIndex(QModelIndex(), clear)
    assert "No event selected" in detail_text(window)


def test_enter_in_the_search_field_goes_to_the_first_match(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    search = window.findChild(QLineEdit, "searchField")
    qtbot.keyClicks(search, "berlin")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(window.current_event(), "id", None) == "wall")
    view = timeline(window)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the keys now walk the timeline
    assert view.currentIndex().data(EventRole.EVENT_ID) == "wall"  # the only event shown
    search.clear()
    view.setCurrentIndex(view.model().index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert window.current_event().id == "accords"  # type: ignore[union-attr]


def test_window_geometry_is_remembered(qtbot) -> None:  # type: ignore[no-untyped-def]
    first = create_main_window(small_dataset())
    qtbot.addWidget(first)
    first.resize(760, 540)  # inside the offscreen screen (800×600)
    first.show()
    qtbot.waitExposed(first)
    first.close()
    second = create_main_window(small_dataset())
    qtbot.addWidget(second)
    second.restore_window_state()
    assert (second.width(), second.height()) == (760, 540)


def test_the_export_dialog_offers_every_format_and_scope(window: MainWindow) -> None:
    window.select_event("accords")
    dialog = ExportDialog("ar", True, window)
    formats = {dialog.format_box.itemData(i) for i in range(dialog.format_box.count())}
    assert formats == {"md", "html", "pdf", "csv", "json", "png", "svg", "odt"}
    scopes = [dialog.scope_box.itemData(i) for i in range(dialog.scope_box.count())]
    assert scopes == ["all", "filtered", "selected"]
    assert dialog.choice().language == "ar"

"""Files from the window: recent files, the built-in story, Save As, and a file dropped on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from explorer.core import event_pieces, loader
from explorer.core.loader import load_dataset
from explorer.core.schema import encode_dataset
from explorer.core.texts_in_file import summary_of
from explorer.qt.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.core.test_summaries_in_file import SUMMARIES, document
from tests.factories import small_dataset
from tests.qt.screen import messages_shown, show_window

HOUSTON = SAMPLES / "timelinejs-houston.json"


@pytest.fixture
def window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    return show_window(qtbot, small_dataset())


def recent_entries(window: MainWindow) -> list[QAction]:
    menu = window.findChild(QMenu, "menuRecentFiles")
    assert menu is not None
    window.file_actions.update_recent_menu()
    return [action for action in menu.actions() if action.data()]


def drop(window: MainWindow, path: Path) -> None:
    """Hand the window a drop of ``path`` as Qt does at the end of a drag (Qt delivers drops only
    while a real drag runs, so the test gives the event to the window's drop handler)."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert window.file_actions.eventFilter(window, event)
    assert event.isAccepted()


@pytest.mark.skipif(not HOUSTON.is_file(), reason="the samples are beside the checkout")
def test_an_imported_file_is_unsaved_until_save_as_and_reopens_identical(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(str(HOUSTON))
    assert window.isWindowModified() and "timelinejs-houston.json" in window.windowTitle()
    saved = tmp_path / "houston.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(saved), ""))
    window.findChild(QAction, "actionSaveAs").trigger()
    qtbot.waitUntil(lambda: not window.isWindowModified())
    assert saved.is_file() and "houston.json" in window.windowTitle()
    imported = window.dataset
    assert load_dataset(saved).dataset == imported
    assert window.open_path(str(saved))
    assert window.dataset == imported and not window.isWindowModified()


def test_recent_files_list_what_opened_grey_what_is_gone_and_clear(
    window: MainWindow, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    for path in (first, second):
        path.write_bytes(encode_dataset(small_dataset()))
        assert window.open_path(str(path))
    entries = recent_entries(window)
    assert [Path(str(a.data())).name for a in entries[:2]] == ["second.json", "first.json"]
    first.unlink()
    entries = recent_entries(window)
    gone = next(a for a in entries if Path(str(a.data())).name == "first.json")
    assert not gone.isEnabled() and "no longer there" in gone.toolTip()
    second_entry = next(a for a in entries if Path(str(a.data())).name == "second.json")
    assert second_entry.isEnabled()
    window.file_actions.clear_recent_action.trigger()
    assert recent_entries(window) == []


def test_the_built_in_story_comes_back(window: MainWindow) -> None:
    assert len(window.dataset.events) == 5
    window.findChild(QAction, "actionOpenBuiltIn").trigger()
    assert "belovezha-accords" in {event.id for event in window.dataset.events}
    assert not window.isWindowModified()


def test_a_dropped_file_opens_and_other_files_are_refused(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    timeline = tmp_path / "dropped.json"
    dataset = small_dataset()
    timeline.write_bytes(encode_dataset(dataset))
    drop(window, timeline)
    assert "dropped.json" in window.windowTitle()
    shown = messages_shown(monkeypatch)
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG")
    drop(window, picture)
    assert len(shown) == 1 and "photo.png is not a timeline file" in shown[0].text
    assert "dropped.json" in window.windowTitle()


SAMPLE_FILES = sorted(path for path in SAMPLES.glob("*") if path.suffix != ".md")


@pytest.mark.skipif(not SAMPLE_FILES, reason="the samples are beside the checkout")
@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda path: path.name)
def test_each_sample_opens_by_drop_and_from_recent_files_and_survives_save_as(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sample: Path
) -> None:
    expected = load_dataset(sample).dataset
    drop(window, sample)
    assert window.dataset == expected and sample.name in window.windowTitle()
    assert window.timeline_view.model().rowCount() == len(expected.events) > 0
    saved = tmp_path / f"{sample.stem}-saved.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(saved), ""))
    window.findChild(QAction, "actionSaveAs").trigger()
    qtbot.waitUntil(lambda: not window.isWindowModified())

    window.findChild(QAction, "actionOpenBuiltIn").trigger()
    assert window.dataset != expected
    for path in (saved, sample):  # each from File ▸ Open Recent, as the user picks it
        entry = next(a for a in recent_entries(window) if Path(str(a.data())) == path)
        entry.trigger()
        assert window.dataset == expected and path.name in window.windowTitle()


def test_save_as_of_a_big_file_changed_on_disk_says_why_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader, "BUFFER_FROM_BYTES", 1)
    monkeypatch.setattr(event_pieces, "PIECE_BYTES", 300)
    big = tmp_path / "big.json"
    big.write_bytes(document(SUMMARIES))
    assert window.open_path(str(big))
    saved = tmp_path / "saved.json"
    job = window.file_actions.save_job()
    assert window.file_actions.save_as(str(saved))  # the summaries come from the file
    qtbot.waitUntil(lambda: not job.is_busy())
    assert load_dataset(saved).dataset == load_dataset(big).dataset
    big.write_bytes(document([{"en": "changed"}] * len(SUMMARIES)))  # rewritten in place
    shown = messages_shown(monkeypatch)
    again = tmp_path / "again.json"
    assert window.file_actions.save_as(str(again))
    qtbot.waitUntil(lambda: bool(shown))
    assert not again.exists() and not list(tmp_path.glob("*.tmp*"))
    assert shown[0].title == "Cannot Save"
    assert len(shown) == 1 and f"{big}: changed on disk" in shown[0].text


def test_save_as_over_the_big_file_it_reads_its_summaries_from_keeps_every_summary(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The summaries are read from the file while it is replaced: the new one holds them all,
    and the window still reads them (from the file it opened, gone from the folder)."""
    monkeypatch.setattr(loader, "BUFFER_FROM_BYTES", 1)
    monkeypatch.setattr(event_pieces, "PIECE_BYTES", 300)
    big = tmp_path / "big.json"
    big.write_bytes(document(SUMMARIES))
    opened = load_dataset(big).dataset
    assert window.open_path(str(big))
    job = window.file_actions.save_job()
    assert window.file_actions.save_as(str(big))
    qtbot.waitUntil(lambda: not job.is_busy())
    assert load_dataset(big).dataset == opened
    assert [summary_of(event) for event in window.dataset.events] == [
        summary_of(event) for event in opened.events
    ]
    assert not window.isWindowModified() and list(tmp_path.iterdir()) == [big]

"""Save As runs in a thread: the status bar shows it with Cancel, Cancel writes nothing, and a
finished save reads back and becomes the window's file."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from explorer.core import dataset_writer
from explorer.core.loader import load_dataset
from explorer.core.schema import Dataset, encode_dataset
from explorer.qt import export_job
from explorer.qt.export_job import ExportJob
from explorer.qt.main_window import MainWindow
from tests.bench.bench_data import write_synthetic
from tests.factories import small_dataset
from tests.qt.screen import answer_messages, messages_shown, show_window

MANY_EVENTS = 2_000


@pytest.fixture(scope="module")
def many_events(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_synthetic(tmp_path_factory.mktemp("many") / "many.json", MANY_EVENTS)


@pytest.fixture
def window(qtbot: QtBot, many_events: Path) -> Iterator[MainWindow]:
    window = show_window(qtbot)
    assert window.open_path(str(many_events))
    qtbot.waitUntil(lambda: len(window.dataset.events) == MANY_EVENTS, timeout=60000)
    yield window
    window.file_actions.save_job().shut_down()


class SliceGate:
    """Holds Save As's thread after its first slice of events, until the test lets it go on."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.held = threading.Event()
        self.release = threading.Event()
        slices = dataset_writer.dataset_slices

        def gated(dataset: Dataset, *args: object, **kwargs: object) -> Iterator[bytes]:
            for number, piece in enumerate(slices(dataset, *args, **kwargs)):  # type: ignore[arg-type]
                if number == 2:
                    self.held.set()
                    self.release.wait(timeout=60)
                yield piece

        monkeypatch.setattr(export_job, "dataset_slices", gated)


def save_as(window: MainWindow, monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """File ▸ Save As…, answering its dialog with ``target``."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.findChild(QAction, "actionSaveAs").trigger()


def held_save(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, target: Path
) -> SliceGate:
    """A Save As to ``target``, started and held in its thread after its first slice."""
    gate = SliceGate(monkeypatch)
    save_as(window, monkeypatch, target)
    qtbot.waitUntil(gate.held.is_set)
    return gate


def test_save_as_writes_in_a_thread_with_progress_and_the_file_becomes_the_windows(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "kept.json"
    job = window.file_actions.save_job()
    gate = held_save(qtbot, window, monkeypatch, target)
    # Held in its thread mid-way: the window answers, shows the save, and allows no second one.
    progress = window.file_actions.save_progress
    assert job.is_busy() and progress.isVisible()
    assert progress.label.text() == "Saving kept.json…"
    assert not window.file_actions.save_as_action.isEnabled()
    assert not target.exists()
    gate.release.set()
    qtbot.waitUntil(lambda: not job.is_busy(), timeout=60000)

    assert not progress.isVisible() and window.file_actions.save_as_action.isEnabled()
    assert progress.bar.maximum() == MANY_EVENTS  # the bar counted the events
    assert window.statusBar().currentMessage() == f"Saved as {target}"
    assert "kept.json" in window.windowTitle()
    assert target.read_bytes() == encode_dataset(window.dataset)
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left


@pytest.mark.parametrize("how", ["button", "escape"])
def test_cancel_writes_nothing_and_keeps_the_file_that_was_there(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    target = tmp_path / "kept.json"
    target.write_bytes(b"the user's own file")
    title = window.windowTitle()
    gate = held_save(qtbot, window, monkeypatch, target)
    if how == "button":
        button = window.file_actions.save_progress.cancel_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(window.timeline_view, Qt.Key.Key_Escape)
    gate.release.set()

    job = window.file_actions.save_job()
    assert not job.is_busy() and not window.file_actions.save_progress.isVisible()
    assert window.statusBar().currentMessage() == "Save cancelled; nothing was written"
    job.shut_down()  # the thread ends at its next slice
    assert target.read_bytes() == b"the user's own file"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["kept.json"]
    assert window.windowTitle() == title


def test_a_timeline_opened_while_saving_does_not_take_the_saved_files_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "saved.json"
    saving = window.dataset
    gate = held_save(qtbot, window, monkeypatch, target)
    other = tmp_path / "other.json"
    other.write_bytes(encode_dataset(small_dataset()))
    assert window.open_path(str(other))
    gate.release.set()
    qtbot.waitUntil(lambda: not window.file_actions.save_job().is_busy(), timeout=60000)

    assert window.statusBar().currentMessage() == f"Saved as {target}"
    assert "other.json" in window.windowTitle()
    assert load_dataset(target).dataset == saving


def test_closing_the_window_while_saving_asks_and_may_stop_writing_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = held_save(qtbot, window, monkeypatch, tmp_path / "closed.json")
    asked = answer_messages(monkeypatch, QMessageBox.ButtonRole.RejectRole)  # keep writing
    assert not window.close()
    assert window.isVisible() and window.file_actions.save_job().is_busy()
    assert (
        asked[0].title == "Still Writing" and "closed.json is still being written" in asked[0].text
    )
    answer_messages(monkeypatch, QMessageBox.ButtonRole.DestructiveRole)  # close without writing
    # The thread goes on once the window has asked it to stop, and stops at its next slice.
    window.file_actions.save_job().canceled.connect(lambda _path: gate.release.set())
    assert window.close()
    assert not window.file_actions.save_job().is_busy()
    assert list(tmp_path.iterdir()) == []


def test_a_save_that_fails_says_why(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = messages_shown(monkeypatch)
    save_as(window, monkeypatch, tmp_path / "missing" / "saved.json")
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    assert shown[0].title == "Cannot Save"
    assert "saved.json" in shown[0].text and "does not exist" in shown[0].text
    assert window.file_actions.save_as_action.isEnabled()
    assert "missing" not in window.windowTitle()


def test_a_save_that_ends_while_the_close_question_is_up_closes_the_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "finished.json"
    gate = held_save(qtbot, window, monkeypatch, target)

    def asked_while_the_save_ends(box: QMessageBox) -> int:
        gate.release.set()  # the save goes on while the question is up, and ends
        qtbot.waitUntil(lambda: box.clickedButton() is not None, timeout=60000)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", asked_while_the_save_ends)
    assert window.close()
    assert target.read_bytes() == encode_dataset(window.dataset)


@pytest.mark.parametrize(
    ("failure", "said"),
    [
        (MemoryError(), "not written: not enough memory for this many events"),
        (RuntimeError("a bug"), "not written: a bug"),
    ],
)
def test_a_writer_that_breaks_says_so_for_its_file(
    qtbot: QtBot, tmp_path: Path, failure: Exception, said: str
) -> None:
    """Whatever the writing is (an export, a Save As), an unforeseen failure ends it with a
    message naming the file, never a silent stop."""

    class Breaking:
        path = str(tmp_path / "broken.json")

        def write(self, progress: object, commit: object) -> None:
            raise failure

    job = ExportJob()
    with qtbot.waitSignal(job.failed, timeout=10000) as failed:
        assert job.start(Breaking())
    assert failed.args == [f"{Breaking.path}: {said}"]
    job.shut_down()
    assert not job.is_busy() and not Path(Breaking.path).exists()

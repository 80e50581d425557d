"""Exporting from the window runs in a thread: the window keeps answering, the status bar shows
progress with Cancel, Cancel writes nothing, and a finished export reads back."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from explorer.core.loader import load_dataset
from explorer.core.schema import Dataset
from explorer.qt import handout
from explorer.qt.export_dialog import ExportChoice, ExportDialog
from explorer.qt.handout import Handout
from explorer.qt.main_window import MainWindow
from tests.bench.bench_data import write_synthetic
from tests.qt.screen import answer_messages, messages_shown, show_window

MANY_EVENTS = 3_000


@pytest.fixture(scope="module")
def many_events(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    path = write_synthetic(tmp_path_factory.mktemp("many") / "many.json", MANY_EVENTS)
    return load_dataset(path).dataset


@pytest.fixture
def window(qtbot: QtBot, many_events: Dataset) -> Iterator[MainWindow]:
    window = show_window(qtbot, many_events)
    yield window
    window.export_job().shut_down()


def choose(monkeypatch: pytest.MonkeyPatch, target: Path, format_name: str = "pdf") -> None:
    """Answer Export's dialogs: everything in English, in ``format_name``, to ``target``."""
    choice = ExportChoice(
        format=format_name, extension=format_name, label=format_name, scope="all", language="en"
    )
    monkeypatch.setattr(ExportDialog, "exec", lambda _self: ExportDialog.DialogCode.Accepted)
    monkeypatch.setattr(ExportDialog, "choice", lambda _self: choice)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))


class PageGate:
    """Holds the export thread before it paints page 1, until the test lets it go on."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.painted: list[int] = []
        self.release = threading.Event()
        paint_page = handout.paint_page

        def gated(painter: QPainter, laid_out: Handout, index: int) -> None:
            if index == 1:
                self.release.wait(timeout=60)
            self.painted.append(index)
            paint_page(painter, laid_out, index)

        monkeypatch.setattr(handout, "paint_page", gated)


def status_text(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_a_big_pdf_exports_while_the_window_keeps_answering(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "many.pdf"
    choose(monkeypatch, target)
    job = window.export_job()
    ticks: list[int] = []
    timer = QTimer(window)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1) if job.is_busy() else None)
    timer.start()
    pages_seen: list[int] = []
    job.progressed.connect(lambda done, total: pages_seen.append(total))

    window.export_action.trigger()
    progress = window.export_progress
    assert progress.isVisible() and "many.pdf" in progress.label.text()
    assert not window.export_action.isEnabled()  # one export at a time
    qtbot.waitUntil(lambda: not job.is_busy(), timeout=120000)
    timer.stop()

    assert not progress.isVisible() and window.export_action.isEnabled()
    assert status_text(window) == f"Exported to {target}"
    # The UI thread ran its timer all along: many ticks, where a frozen window would give one.
    assert len(ticks) >= 10
    pages = PdfReader(str(target)).pages
    assert max(pages_seen) == len(pages) > 50  # the bar counted the pages
    assert "Synthetic" in pages[0].extract_text()


@pytest.mark.parametrize("how", ["button", "escape"])
def test_cancel_stops_at_the_next_page_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    target = tmp_path / "kept.pdf"
    target.write_bytes(b"the user's own file")
    choose(monkeypatch, target)
    gate = PageGate(monkeypatch)
    job = window.export_job()
    window.export_action.trigger()
    bar = window.export_progress.bar
    qtbot.waitUntil(lambda: bar.maximum() > 1 and bar.value() == 1, timeout=120000)
    if how == "button":
        qtbot.mouseClick(window.export_progress.cancel_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(window.timeline_view, Qt.Key.Key_Escape)
    gate.release.set()

    assert not job.is_busy() and not window.export_progress.isVisible()
    assert status_text(window) == "Export cancelled"
    assert window.export_action.isEnabled()
    job.shut_down()  # the thread ends at its next page
    assert gate.painted == [0, 1]
    assert target.read_bytes() == b"the user's own file"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["kept.pdf"]  # no temporary file


def test_closing_the_window_during_an_export_asks_then_stops_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "closed.pdf"
    choose(monkeypatch, target)
    window.export_action.trigger()
    assert window.export_job().is_busy()
    asked = answer_messages(monkeypatch, QMessageBox.ButtonRole.DestructiveRole)
    assert window.close()
    assert [message.title for message in asked] == ["Still Writing"]
    assert not window.export_job().is_busy()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_says_why(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(monkeypatch, tmp_path / "missing" / "out.csv", "csv")
    shown = messages_shown(monkeypatch)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    title, text, _ = shown[0]
    assert title == "Export Failed"
    assert "out.csv" in text and "does not exist" in text
    assert window.export_action.isEnabled()


@pytest.mark.parametrize(
    ("format_name", "starts_with"), [("json", b"{"), ("png", b"\x89PNG"), ("odt", b"PK")]
)
def test_other_formats_run_in_the_thread_too(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    format_name: str,
    starts_with: bytes,
) -> None:
    target = tmp_path / f"many.{format_name}"
    choose(monkeypatch, target, format_name)
    window.export_action.trigger()
    assert window.export_progress.isVisible()
    qtbot.waitUntil(lambda: not window.export_job().is_busy(), timeout=60000)
    assert target.read_bytes().startswith(starts_with)
    if format_name == "json":
        assert len(load_dataset(target).dataset.events) == MANY_EVENTS

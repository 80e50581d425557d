"""Exporting and saving off the UI thread, with progress and Cancel in the status bar.

A :class:`QThread` renders the export (:func:`explorer.qt.exporting.render_events`) and writes it
atomically, or streams a timeline saved in our format a slice of events at a time
(:mod:`explorer.core.dataset_writer`), so the window keeps painting and answering through a long
PDF or a million events. Qt allows this: ``QTextDocument`` is reentrant, and ``QPainter`` may paint
on ``QImage``, ``QPdfWriter`` and ``QSvgGenerator`` in any thread as long as one thread paints on a
device; the renderers create all their objects in the thread and touch no widget. The bundled fonts
are registered with the application before the thread starts. (A ``QThread`` rather than a Python
thread: it has the event dispatcher ``QTextDocument``'s layout timers ask for.)

PySide6 keeps Python's lock through most calls into Qt, so the window waits while the thread is
inside one long call: the handout's markup is parsed a piece at a time and laid out in steps
(:mod:`explorer.qt.handout`), and its pages are painted one by one.

Cancel stops the rendering at its next step (a PDF page) and writes nothing: the decision to write
is taken under a lock, so a Cancel either comes before it (no file, an existing file untouched) or
after it, when the export finishes as if Cancel had not been pressed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from explorer.core.atomic import write_atomic, write_atomic_pieces
from explorer.core.dataset_writer import dataset_slices
from explorer.core.errors import ExportError, not_written
from explorer.core.messages import Message
from explorer.core.picture import PictureOptions
from explorer.core.schema import Dataset, Event
from explorer.core.summary import PARTS
from explorer.core.texts_in_file import SummaryUnavailable
from explorer.qt.exporting import ExportCancelled, Progress, render_events
from explorer.qt.fonts import load_bundled_fonts
from explorer.qt.task_progress import TaskProgress


@dataclass(frozen=True)
class ExportTask:
    """One export: which events, how, and where to (as :func:`export_events` takes them)."""

    dataset: Dataset
    events: list[Event]
    language: str
    scope: str
    path: str
    format_name: str | None = None
    include: frozenset[str] = field(default_factory=lambda: frozenset(PARTS))
    picture: PictureOptions | None = None

    def write(self, progress: Progress, commit: Callable[[], None]) -> None:
        """Render the export (telling ``progress``), then ``commit`` and write it."""
        data = render_events(
            self.dataset,
            self.events,
            self.language,
            self.scope,
            self.path,
            self.format_name,
            self.include,
            progress=progress,
            picture=self.picture,
        )
        commit()
        write_atomic(Path(self.path), data)


@dataclass(frozen=True)
class SaveTask:
    """Save As: the whole timeline in our format, streamed to ``path`` a slice at a time."""

    dataset: Dataset
    path: str

    def write(self, progress: Progress, commit: Callable[[], None]) -> None:
        def pieces() -> Iterator[bytes]:
            yield from dataset_slices(self.dataset, progress=progress)
            commit()

        try:
            write_atomic_pieces(self.path, pieces())
        except SummaryUnavailable as error:
            raise ExportError(not_written(self.path, error.message())) from error


class WriteTask(Protocol):
    """Work for the thread: ``write`` tells ``progress`` as it goes (which may raise
    :class:`ExportCancelled`) and calls ``commit`` before the file is put in place."""

    @property
    def path(self) -> str: ...

    def write(self, progress: Progress, commit: Callable[[], None]) -> None: ...


_NOT_ENOUGH_MEMORY = Message("not enough memory for this many events")


class _ExportThread(QThread):
    """Renders and writes one export; its signals reach the UI thread queued."""

    progressed = Signal(int, int)  # done, total
    succeeded = Signal()
    failed = Signal(object)  # message: a str, maybe a Message

    def __init__(self, task: WriteTask) -> None:
        super().__init__()
        self.task = task
        self._lock = threading.Lock()
        self._stopped = False
        self._writing = False

    def stop(self) -> bool:
        """Ask the thread to stop; False when it is already writing (the file will be whole)."""
        with self._lock:
            if self._writing:
                return False
            self._stopped = True
            return True

    def _report(self, done: int, total: int) -> None:
        if self._stopped:
            raise ExportCancelled
        self.progressed.emit(done, total)

    def _commit(self) -> None:
        """Past this point the file is written whole: a Cancel after it changes nothing."""
        with self._lock:
            if self._stopped:
                raise ExportCancelled
            self._writing = True

    def run(self) -> None:
        task = self.task
        try:
            task.write(self._report, self._commit)
        except ExportCancelled:
            return
        except ExportError as error:
            self.failed.emit(error.message())
            return
        except MemoryError:
            self.failed.emit(not_written(task.path, _NOT_ENOUGH_MEMORY))
            return
        except Exception as error:  # a bug must end the export with a message, not hang it
            self.failed.emit(not_written(task.path, str(error)))
            return
        self.succeeded.emit()


class ExportJob(QObject):
    """Runs one export at a time in a thread; ``finished``, ``failed`` or ``canceled`` follows.

    A cancelled thread runs on to its next step and ends there; :meth:`shut_down` waits for
    every thread, so the window can close while an export runs.
    """

    started = Signal(str)  # path
    progressed = Signal(int, int)  # done, total
    finished = Signal(str)  # path
    failed = Signal(object)  # message: a str, maybe a Message
    canceled = Signal(str)  # path
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current: _ExportThread | None = None
        self._stopping: list[_ExportThread] = []

    @property
    def path(self) -> str | None:
        """The file being exported now, or None."""
        return self._current.task.path if self._current is not None else None

    def is_busy(self) -> bool:
        return self._current is not None

    def start(self, task: WriteTask) -> bool:
        """Export ``task`` in a thread; False (and nothing done) while another export runs."""
        if self._current is not None:
            return False
        load_bundled_fonts()  # registering fonts is the application's job: do it here, once
        thread = _ExportThread(task)
        thread.progressed.connect(self._progressed)
        thread.succeeded.connect(self._succeeded)
        thread.failed.connect(self._failed)
        thread.finished.connect(self._thread_ended)
        self._current = thread
        thread.start()
        self.started.emit(task.path)
        self.busyChanged.emit(True)
        return True

    def cancel(self) -> None:
        """Stop the export in progress; nothing is written unless it was being written already."""
        thread = self._current
        if thread is None or not thread.stop():
            return
        self._current = None
        self._stopping.append(thread)
        self.canceled.emit(thread.task.path)
        self.busyChanged.emit(False)

    def shut_down(self) -> None:
        """Cancel, then wait for every export thread to end (before the window goes)."""
        self.cancel()
        threads = [*self._stopping, *([self._current] if self._current else [])]
        for thread in threads:
            thread.wait()

    def _sender_is_current(self) -> bool:
        return self._current is not None and self.sender() is self._current

    def _progressed(self, done: int, total: int) -> None:
        if self._sender_is_current():
            self.progressed.emit(done, total)

    def _succeeded(self) -> None:
        if self._sender_is_current():
            path = self._end()
            self.finished.emit(path)

    def _failed(self, message: str) -> None:
        if self._sender_is_current():
            self._end()
            self.failed.emit(message)

    def _end(self) -> str:
        thread = self._current
        assert thread is not None
        self._current = None
        self._stopping.append(thread)  # until its finished() arrives
        self.busyChanged.emit(False)
        return thread.task.path

    def _thread_ended(self) -> None:
        thread = self.sender()
        if not isinstance(thread, _ExportThread):
            return
        if thread is self._current:  # ended without a word: never leave the window busy
            self._end()
            stopped = Message("the work stopped unexpectedly")
            self.failed.emit(not_written(thread.task.path, stopped))
        if thread in self._stopping:
            thread.wait()
            self._stopping.remove(thread)


class ExportProgress(TaskProgress):
    """The status bar's "Exporting name…", a bar filling page by page, and Cancel (also Esc)."""

    def __init__(self, job: ExportJob, parent: QWidget) -> None:
        super().__init__(job.cancel, parent)
        self.setObjectName("exportProgress")
        self.cancel_button.setObjectName("exportCancelButton")
        self._job = job
        job.started.connect(self._started)
        job.progressed.connect(self.set_progress)
        job.busyChanged.connect(self.set_busy)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        cancel, cancel_tip, busy = self.texts()
        self.cancel_button.setText(cancel)
        self.cancel_button.setToolTip(cancel_tip)
        self.bar.setAccessibleName(busy)
        path = self._job.path
        if path is not None:
            self._started(path)

    def texts(self) -> tuple[str, str, str]:
        """Cancel's text and tooltip, and the bar's name, in the current language."""
        return (
            self.tr("Cancel"),
            self.tr("Stop the export and write nothing (Esc)"),
            self.tr("Exporting"),
        )

    def _started(self, path: str) -> None:
        self.label.setText(self.tr("Exporting %1…").replace("%1", Path(path).name))


class SaveProgress(ExportProgress):
    """The status bar's "Saving name…" while Save As writes a timeline, and its Cancel (Esc)."""

    def __init__(self, job: ExportJob, parent: QWidget) -> None:
        super().__init__(job, parent)
        self.setObjectName("saveProgress")
        self.cancel_button.setObjectName("saveCancelButton")

    def texts(self) -> tuple[str, str, str]:
        return (
            self.tr("Cancel"),
            self.tr("Stop saving and write nothing (Esc)"),
            self.tr("Saving"),
        )

    def _started(self, path: str) -> None:
        self.label.setText(self.tr("Saving %1…").replace("%1", Path(path).name))


def job_in_status_bar(
    window: QMainWindow,
    progress_type: type[ExportProgress],
    *,
    finished: Callable[[str], None],
    failed: Callable[[str], None],
    canceled: Callable[[str], None],
    busy_changed: Callable[[bool], None],
) -> tuple[ExportJob, ExportProgress]:
    """A job for ``window`` whose progress and Cancel show in its status bar; the callables hear
    how each run ends (with its path, or its message when it failed) and when it starts or ends."""
    job = ExportJob(window)
    job.finished.connect(finished)
    job.failed.connect(failed)
    job.canceled.connect(canceled)
    job.busyChanged.connect(busy_changed)
    progress = progress_type(job, window)
    window.statusBar().addPermanentWidget(progress)
    return job, progress

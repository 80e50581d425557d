"""Loading a dataset file off the UI thread, with progress and Cancel in the status bar.

The core loader is pure Python: a thread runs it and builds the :class:`EventStore`, then hands
the result to the UI thread through a queued signal, so the window keeps painting and answering
while a big file loads. The timeline on screen stays until the new one is ready. A small file
loads at once on the UI thread: it takes less time than a progress bar would be on screen.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from explorer.core.errors import DatasetError
from explorer.core.loader import (
    LoadResult,
    Progress,
    collector_paused,
    keep_out_of_collections,
    load_dataset,
)
from explorer.core.messages import Message
from explorer.core.store import EventStore
from explorer.qt.task_progress import TaskProgress

#: Files up to this size load on the UI thread (a few tens of milliseconds at most).
SYNC_LOAD_BYTES = 1 << 20
#: The share of a load that reading the file takes (measured at a million events); building
#: the store takes the rest.
READING_SHARE = 0.75
#: Steps of the progress bar.
PROGRESS_STEPS = 200
#: Seconds a load waits, once its file is read, for its window to be painted first (or for
#: nothing, if the window is never shown): decoding beside the first paint slows it down.
FIRST_PAINT_WAIT = 0.5


@dataclass(frozen=True)
class LoadedDataset:
    """What a load hands to the window: the loader's result and the store built from it."""

    path: str
    result: LoadResult
    store: EventStore


def load_now(path: str, progress: Progress | None = None) -> LoadedDataset:
    """Load ``path`` on this thread; raises :class:`DatasetError` as the loader does.

    ``progress`` is told the share done, from 0 to 1 (reading the file is :data:`READING_SHARE`
    of it, ordering the events the rest). The store's lists hold every event too: they join
    the dataset out of the collector's reach, or the next full collection (on the UI thread,
    say) would walk a million events again.
    """
    result = load_dataset(
        path, None if progress is None else (lambda done: progress(done * READING_SHARE))
    )
    with collector_paused():
        store = EventStore.build(result.dataset, result.ids, result.places_shared)
        keep_out_of_collections()
    if progress is not None:
        progress(1.0)
    return LoadedDataset(path, result, store)


def loads_in_background(path: str) -> bool:
    """Whether ``path`` is big enough to load in a thread (an unreadable path loads at once)."""
    try:
        return Path(path).stat().st_size > SYNC_LOAD_BYTES
    except OSError:
        return False


class _Relay(QObject):
    """Lives on the UI thread; the loading thread emits through it: slots run on the UI thread."""

    finished = Signal(int, object)  # generation, LoadedDataset
    failed = Signal(int, str, object)  # generation, path, message (a str, maybe a Message)
    progressed = Signal(int, int)  # generation, steps done of PROGRESS_STEPS


class BackgroundLoader(QObject):
    """Loads one file at a time in a thread; a newer load or Cancel drops an older one's result.

    A thread cannot be stopped inside the decoder, so Cancel lets it run to its end and throws
    its result away: the window is free at once and nothing of the cancelled file is shown.
    """

    started = Signal(str)  # path
    loaded = Signal(object)  # LoadedDataset
    failed = Signal(str, object)  # path, message (a str, maybe a Message)
    canceled = Signal(str)  # path
    busyChanged = Signal(bool)
    progressed = Signal(int)  # steps done of PROGRESS_STEPS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._path: str | None = None
        self._relay = _Relay(self)
        self._painted = threading.Event()  # the window has been painted once: decode freely
        if isinstance(parent, QWidget) and not parent.isVisible():
            parent.installEventFilter(self)
        else:
            self._painted.set()
        self._relay.finished.connect(self._finished)
        self._relay.failed.connect(self._failed)
        self._relay.progressed.connect(self._progressed)

    @property
    def path(self) -> str | None:
        """The file loading now, or None."""
        return self._path

    def is_busy(self) -> bool:
        return self._path is not None

    def start(self, path: str) -> None:
        """Load ``path`` in a thread; ``loaded`` or ``failed`` follows unless it is cancelled."""
        self._generation += 1
        self._path = path
        generation, relay, painted = self._generation, self._relay, self._painted
        told = [0]

        def tell(done: float) -> None:
            if not painted.is_set():  # the file is read: decode once the window is painted
                painted.wait(FIRST_PAINT_WAIT)
                painted.set()  # or without it, if it never comes: wait once, not per piece
            steps = int(done * PROGRESS_STEPS)
            if steps > told[0]:  # a queued signal per step at most
                told[0] = steps
                relay.progressed.emit(generation, steps)

        def run() -> None:
            try:
                try:
                    loaded = load_now(path, tell)
                except DatasetError as error:
                    relay.failed.emit(generation, path, error.message())
                except MemoryError:
                    message = Message("{file}: not enough memory to open it", file=path)
                    relay.failed.emit(generation, path, message)
                else:
                    relay.finished.emit(generation, loaded)
            except RuntimeError:  # the window closed meanwhile: nobody to tell
                pass

        threading.Thread(target=run, name="dataset-loader", daemon=True).start()
        self.started.emit(path)
        self.busyChanged.emit(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._painted.set()
            watched.removeEventFilter(self)
        return False

    def cancel(self) -> None:
        """Forget the load in progress; the timeline on screen stays."""
        path = self._path
        if path is None:
            return
        self._generation += 1
        self._path = None
        self.canceled.emit(path)
        self.busyChanged.emit(False)

    def _finished(self, generation: int, loaded: LoadedDataset) -> None:
        if generation != self._generation:
            return
        self._path = None
        self.busyChanged.emit(False)
        self.loaded.emit(loaded)

    def _progressed(self, generation: int, steps: int) -> None:
        if generation == self._generation:
            self.progressed.emit(steps)

    def _failed(self, generation: int, path: str, message: str) -> None:
        if generation != self._generation:
            return
        self._path = None
        self.busyChanged.emit(False)
        self.failed.emit(path, message)


class LoadProgress(TaskProgress):
    """The status bar's "Loading name…", a busy bar and Cancel (also Esc), shown while loading."""

    def __init__(self, loader: BackgroundLoader, parent: QWidget) -> None:
        super().__init__(loader.cancel, parent)
        self.setObjectName("loadProgress")
        self.cancel_button.setObjectName("loadCancelButton")
        self._loader = loader
        loader.started.connect(self._started)
        loader.busyChanged.connect(self.set_busy)  # busy until the first step is told
        loader.progressed.connect(self._progressed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop loading and keep the timeline shown (Esc)"))
        self.bar.setAccessibleName(self.tr("Loading"))
        path = self._loader.path
        if path is not None:
            self._started(path)

    def _progressed(self, steps: int) -> None:
        self.set_progress(steps, PROGRESS_STEPS)

    def _started(self, path: str) -> None:
        self.label.setText(self.tr("Loading %1…").replace("%1", Path(path).name))

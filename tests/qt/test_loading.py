"""Opening a big file: the window keeps answering, Cancel keeps the timeline, errors still show."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from pytestqt.qtbot import QtBot

from explorer.app import create_main_window
from explorer.qt import loading
from explorer.qt.main_window import MainWindow
from tests.bench.bench_data import write_synthetic
from tests.factories import small_dataset
from tests.qt.screen import messages_shown, show_window

BIG_EVENTS = 200_000


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_synthetic(tmp_path_factory.mktemp("big") / "big.json", BIG_EVENTS)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    window = show_window(qtbot, small_dataset())
    yield window
    window.loader().cancel()
    _wait_for_loading_threads(qtbot)


def _wait_for_loading_threads(qtbot: QtBot) -> None:
    """Let a cancelled thread end, so its (dropped) result cannot reach a later test."""
    qtbot.waitUntil(
        lambda: not any(t.name == "dataset-loader" for t in threading.enumerate()), timeout=60000
    )


def _titles(window: MainWindow) -> list[str]:
    model = window.timeline_view.model()
    return [model.index(row, 0).data() for row in range(min(model.rowCount(), 5))]


def test_a_big_file_loads_while_the_window_keeps_answering(
    qtbot: QtBot,
    window: MainWindow,
    big_file: Path,
) -> None:
    before = _titles(window)
    # The window settles first (what it deferred past its first paint, and any thread an earlier
    # window left running), so the ticks measure this load alone.
    others = [t for t in threading.enumerate() if t is not threading.current_thread()]
    qtbot.waitUntil(lambda: not any(t.is_alive() for t in others), timeout=120000)
    ticks: list[float] = []
    timer = QTimer(window)
    timer.setInterval(10)
    timer.timeout.connect(
        lambda: ticks.append(time.perf_counter()) if window.loader().is_busy() else None
    )
    timer.start()

    assert window.open_path(str(big_file))
    progress = window.load_progress
    assert progress.isVisible() and "big.json" in progress.label.text()
    assert _titles(window) == before  # the old timeline stays until the new one is ready
    qtbot.waitUntil(lambda: window.event_model.rowCount() == BIG_EVENTS, timeout=120000)
    timer.stop()

    assert not progress.isVisible()
    assert window.timeline_view.model().rowCount() == BIG_EVENTS
    assert window.count_label.text() == f"{BIG_EVENTS:,} events"  # in groups of digits
    # The UI thread kept running its timers while the thread loaded: many ticks, not one.
    # (Showing the loaded timeline at the end runs on the UI thread and is not counted.)
    assert len(ticks) >= 10
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    print(f"longest gap between 10 ms ticks while loading: {max(gaps) * 1000:.0f} ms")


@pytest.mark.parametrize("how", ["button", "escape"])
def test_cancel_keeps_the_timeline_on_screen(
    qtbot: QtBot,
    window: MainWindow,
    big_file: Path,
    how: str,
) -> None:
    before = _titles(window)
    assert window.open_path(str(big_file))
    assert window.load_progress.isVisible()
    if how == "button":
        qtbot.mouseClick(window.load_progress.cancel_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(window.timeline_view, Qt.Key.Key_Escape)
    assert not window.load_progress.isVisible()
    _wait_for_loading_threads(qtbot)
    qtbot.wait(50)  # a dropped result would arrive through the event loop: let it try
    assert _titles(window) == before
    assert window.event_model.rowCount() == len(small_dataset().events)


def test_escape_in_the_search_field_cancels_the_load_first(
    qtbot: QtBot,
    window: MainWindow,
    big_file: Path,
) -> None:
    window.search_field.setFocus()
    window.search_field.setText("glasnost")
    assert window.open_path(str(big_file))
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)  # one Esc: the load stops
    assert not window.loader().is_busy() and not window.load_progress.isVisible()
    assert window.search_field.text() == "glasnost"
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)  # the next: the search clears
    assert window.search_field.text() == ""


def test_a_bad_file_loading_in_the_background_explains_and_keeps_the_timeline(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(loading, "SYNC_LOAD_BYTES", 0)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "timeline-explorer/1",\n "title": }', encoding="utf-8")
    shown = messages_shown(monkeypatch)
    before = _titles(window)
    assert window.open_path(str(bad))  # started: the error arrives from the thread
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert "bad.json:2:" in shown[0].text and shown[0].text_format == Qt.TextFormat.PlainText
    assert not window.load_progress.isVisible()
    assert _titles(window) == before


def test_a_file_with_warnings_shows_them_after_a_background_load(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import json

    from explorer.core.schema import encode_dataset

    monkeypatch.setattr(loading, "SYNC_LOAD_BYTES", 0)
    document = json.loads(encode_dataset(small_dataset()))
    document["events"].append(dict(document["events"][0]))
    path = tmp_path / "dup.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert window.open_path(str(path))
    qtbot.waitUntil(window.load_warnings.isVisible, timeout=30000)
    assert "1 warning" in window.load_warnings.label.text()
    assert window.windowTitle().startswith("A small story")


def test_create_main_window_with_a_big_file_returns_before_it_is_loaded(
    qtbot: QtBot,
    big_file: Path,
) -> None:
    window = create_main_window(big_file)
    qtbot.addWidget(window)
    assert window.loader().is_busy()
    assert "big.json" in window.windowTitle()
    assert window.count_label.text() == ""  # not "0 events": the progress bar speaks
    qtbot.waitUntil(lambda: window.event_model.rowCount() == BIG_EVENTS, timeout=120000)
    assert window.timeline_view.model().index(0, 0).data().startswith("Event ")


def test_a_file_opened_with_the_window_is_decoded_once_the_window_is_painted(
    qtbot: QtBot, big_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loading, "FIRST_PAINT_WAIT", 3600.0)  # only the paint lets it go on
    window = create_main_window(big_file)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.event_model.rowCount() == BIG_EVENTS, timeout=120000)


def test_a_file_opened_with_a_window_never_shown_loads_all_the_same(
    qtbot: QtBot, big_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loading, "FIRST_PAINT_WAIT", 0.05)
    waits: list[float | None] = []

    class CountedEvent(threading.Event):
        def wait(self, timeout: float | None = None) -> bool:
            waits.append(timeout)
            return super().wait(timeout)

    monkeypatch.setattr(loading.threading, "Event", CountedEvent)
    window = create_main_window(big_file)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.event_model.rowCount() == BIG_EVENTS, timeout=120000)
    assert not window.isVisible()
    assert waits.count(0.05) == 1  # for the paint once, not again for every piece


# --- search on big timelines ----------------------------------------------------------------


def test_a_big_timeline_filters_once_typing_pauses(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from explorer.qt import main_window

    monkeypatch.setattr(main_window, "DEBOUNCE_FROM_EVENTS", 0)
    total = window.filter_model.rowCount()
    qtbot.keyClicks(window.search_field, "belovezha")
    assert window.filter_model.rowCount() == total  # not on every key
    qtbot.waitUntil(lambda: window.filter_model.rowCount() == 1, timeout=5000)
    assert "1 of" in window.count_label.text()


def test_a_search_typed_while_the_index_is_built_applies_when_it_is_ready(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from explorer.core.schema import Event
    from explorer.core.search import SearchIndex
    from explorer.qt import filter_model

    release = threading.Event()
    build = SearchIndex.of_events.__func__  # type: ignore[attr-defined]

    def slow_build(cls: type[SearchIndex], events: list[Event]) -> SearchIndex:
        release.wait(30)
        return build(cls, events)

    monkeypatch.setattr(filter_model, "BACKGROUND_INDEX_FROM", 0)
    monkeypatch.setattr(SearchIndex, "of_events", classmethod(slow_build))
    window = create_main_window(small_dataset())
    qtbot.addWidget(window)
    window.show()
    window.select_event("accords")
    window.search_field.setText("belovezha")
    qtbot.waitUntil(window.filter_model.is_preparing, timeout=5000)
    assert window.filter_model.rowCount() == len(small_dataset().events)  # all still shown
    assert "Preparing" in window.search_status.text()
    release.set()
    qtbot.waitUntil(lambda: window.filter_model.rowCount() == 1, timeout=30000)
    assert not window.search_status.text()
    current = window.current_event()
    assert current is not None and current.id == "accords"
    _wait_for_loading_threads(qtbot)


def test_the_current_event_stays_current_through_a_search_that_shows_it(
    window: MainWindow,
) -> None:
    window.select_event("accords")
    title = window.selection_model.currentIndex().data()
    window.search_field.setText("belovezha")
    assert window.filter_model.rowCount() == 1
    assert window.selection_model.currentIndex().data() == title
    assert window.selection_model.isSelected(window.selection_model.currentIndex())


class _Painted(QObject):
    """Notes when a widget paints."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = threading.Event()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.set()
        return False


def test_a_new_timelines_index_is_built_after_it_is_first_painted(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from explorer.core.schema import Event
    from explorer.core.search import SearchIndex
    from explorer.qt import filter_model

    build = SearchIndex.of_events.__func__  # type: ignore[attr-defined]
    painted_before_build: list[bool] = []
    spy = _Painted()

    def noting_build(cls: type[SearchIndex], events: list[Event]) -> SearchIndex:
        painted_before_build.append(spy.painted.is_set())
        return build(cls, events)

    window = create_main_window(small_dataset())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    monkeypatch.setattr(filter_model, "BACKGROUND_INDEX_FROM", 0)
    monkeypatch.setattr(SearchIndex, "of_events", classmethod(noting_build))
    window.timeline_view.viewport().installEventFilter(spy)
    window.set_dataset(small_dataset())  # another timeline, as a loaded file arrives
    qtbot.waitUntil(lambda: bool(painted_before_build), timeout=10000)
    # The thread that indexes the texts waited for the timeline's first paint.
    assert painted_before_build == [True]
    _wait_for_loading_threads(qtbot)


def test_a_timeline_of_every_row_uses_the_time_index_the_loading_thread_made(
    window: MainWindow, qtbot: QtBot
) -> None:
    store = window.event_model.store
    assert store is not None
    timeline = window.timeline_view._timeline
    assert timeline.geometry.index is store.time_index
    window.search_field.setText("belovezha")  # some rows: an index of their own
    qtbot.waitUntil(lambda: timeline.geometry.index is not store.time_index)
    window.search_field.clear()
    qtbot.waitUntil(lambda: timeline.geometry.index is store.time_index)


def test_the_progress_bar_fills_as_a_big_file_loads(
    qtbot: QtBot, window: MainWindow, big_file: Path
) -> None:
    seen: list[tuple[int, int]] = []
    assert window.open_path(str(big_file))
    bar = window.load_progress.bar  # told nothing before the event loop runs again
    window.loader().progressed.connect(lambda _: seen.append((bar.value(), bar.maximum())))
    assert bar.maximum() == 0  # busy until the first part of the file is read
    qtbot.waitUntil(lambda: window.event_model.rowCount() == BIG_EVENTS, timeout=120000)
    values = [value for value, _ in seen]
    assert {maximum for _, maximum in seen} == {loading.PROGRESS_STEPS}
    assert values == sorted(values) and len(set(values)) >= 4  # it moves, never back
    assert values[-1] == loading.PROGRESS_STEPS
    assert not window.load_progress.isVisible()

"""Painting the timeline at scale: a 1600×900 frame, a zoom or pan step, up to 1,000,000 events.

Run: ``python tests/bench/bench_timeline.py [sizes…]`` (default: 1000 100000 1000000). Prints
p50 and p95 in milliseconds for a frame at several zooms (fitted; mid, 1/100 of it; deep,
1/10,000) and for one zoom step and one pan step (the change and the repaint that shows it).
Zoom steps go in and out again, as a user looks closer and back (the view keeps the layouts of
the last few zoom levels); the "zoom dive" row zooms in from the fitted view step after step, so
each step may need a new layout.
Target (DESIGN.md): p95 ≤ 16 ms, aim 8 ms, for both at 1,000,000 events. Building the model
takes a while and is reported apart; the view reads the rows once per model change.
One event in three lists two causes (the event before it in the file and one anywhere in time),
and an event with causes near the middle is selected, so every frame draws its cause arrows
(to the edge of the view for the many that are outside it) and dims the rest. The overview
strip is shown under the view and repainted with every frame (its counts are made once).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from itertools import cycle
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from explorer.core.dates import PartialDate, civil_from_days  # noqa: E402
from explorer.core.schema import Dataset, Event  # noqa: E402
from explorer.qt.event_model import EventListModel, EventRole  # noqa: E402
from explorer.qt.fonts import install_app_font  # noqa: E402
from explorer.qt.overview_strip import OverviewStrip  # noqa: E402
from explorer.qt.timeline_view import TimelineView  # noqa: E402

WIDTH, HEIGHT = 1600, 900


FRAMES = 40
WORDS = ("treaty", "council", "republic", "uprising", "congress", "reform", "accord", "siege")


def synthetic_dataset(count: int, seed: int = 1991) -> Dataset:
    """``count`` events over 5,000 years (3000 BC to AD 2000); one in five a span of a day to
    twenty years, log-uniformly."""
    rng = random.Random(seed)
    first, last = PartialDate(-2999).start_time(), PartialDate(2000).start_time()
    events = []
    for number in range(count):
        year, month, day = civil_from_days(int(rng.uniform(first, last)))
        start = PartialDate(year, month, day)
        end = None
        if rng.random() < 0.2:
            end_year, end_month, end_day = civil_from_days(
                int(start.start_time() + 10 ** rng.uniform(0, 3.86))
            )
            end = PartialDate(end_year, end_month, end_day)
        title = f"{rng.choice(WORDS).title()} {number} of the {rng.choice(WORDS)}"
        causes = [f"e{number - 1}", f"e{rng.randrange(count)}"] if number % 3 == 2 else []
        events.append(
            Event(id=f"e{number}", title={"en": title}, start=start, end=end, causes=causes)
        )
    return Dataset(format="timeline-explorer/1", title={"en": "Bench"}, events=events)


def timings(action: Callable[[], object], repeat: int = FRAMES) -> tuple[float, float]:
    for _ in range(3):
        action()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def stepper(
    repaint: Callable[[], None], amounts: list[float], change: Callable[[float], object]
) -> Callable[[], None]:
    """One change per call, cycling through ``amounts``, and the repaint that shows it."""
    amount = cycle(amounts)

    def step() -> None:
        change(next(amount))
        repaint()

    return step


def select_linked_event_near(view: TimelineView, time: float) -> None:
    """Select the event with causes that starts nearest ``time``: its arrows are drawn."""
    model, geometry = view.model(), view._timeline.geometry
    rank = geometry.index.rank_at(time)
    for step in range(len(geometry)):
        row = geometry.index.order[min(rank + step, len(geometry) - 1)]
        index = model.index(row, 0)
        if index.data(EventRole.EVENT).causes:
            view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            return


def bench_size(count: int) -> list[tuple[str, str, float, float]]:
    started = time.perf_counter()
    dataset = synthetic_dataset(count)
    made = time.perf_counter()
    source = EventListModel(dataset)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    view = TimelineView()
    view.setModel(proxy)
    view.resize(WIDTH + view.frameWidth() * 2, HEIGHT + view.frameWidth() * 2)
    view.show()
    strip = OverviewStrip(view)
    strip.resize(WIDTH, strip.HEIGHT)
    strip.show()
    QApplication.processEvents()
    view.fit_all()
    view.viewport().repaint()
    strip.recount()

    def repaint() -> None:
        view.viewport().repaint()
        strip.repaint()

    ready = time.perf_counter()
    print(
        f"{count:>9,} events: dataset {made - started:.1f} s, model and first frame "
        f"{ready - made:.1f} s",
        flush=True,
    )
    fitted = view.visible_range()
    centre = (fitted[0] + fitted[1]) / 2
    span = fitted[1] - fitted[0]
    select_linked_event_near(view, centre)
    rows = []
    timeline, height = view._timeline, float(view.viewport().height())  # what the frame draws
    zoom = stepper(repaint, [1.25] * 4 + [0.8] * 4, lambda f: view.zoom_by(f, WIDTH / 3))
    pan = stepper(repaint, [40.0, -40.0], view.pan_by)
    for name, divisor in (("fitted", 1), ("mid", 100), ("deep", 10_000)):
        view.set_visible_range(centre - span / divisor / 2, centre + span / divisor / 2)
        layout = timeline.layout(view.scale, height)
        if layout is None:
            drawn = "density"
        else:
            lanes = range(timeline.metrics.lane_at(timeline.bands(height).lanes_bottom) + 1)
            start, end = view.visible_range()
            drawn = f"{len(layout.items_in(start, end, lanes))} events"
        for what, action in (
            ("frame", repaint),
            ("zoom step", zoom),
            ("pan step", pan),
        ):
            rows.append((f"{what}, {name}", drawn, *timings(action)))
        if name == "fitted":  # zooming in and in: a layout at each new rung, none reused
            view.set_visible_range(centre - span / 2, centre + span / 2)
            dive = stepper(repaint, [1.25], lambda f: view.zoom_by(f, WIDTH / 3))
            rows.append(("zoom dive, fitted", drawn, *timings(dive)))
    strip.close()
    strip.deleteLater()
    view.close()
    view.deleteLater()
    return rows


def main(argv: list[str]) -> None:
    sizes = [int(arg) for arg in argv] or [1000, 100_000, 1_000_000]
    app = QApplication.instance() or QApplication([])
    install_app_font(app)  # type: ignore[arg-type]
    table = [(count, *row) for count in sizes for row in bench_size(count)]
    print()
    print(f"{'events':>9}  {'what':<18} {'drawn':<14} {'p50 ms':>7} {'p95 ms':>7}")
    for count, what, mode, p50, p95 in table:
        flag = "" if p95 <= 16 else "  > 16 ms"
        print(f"{count:>9,}  {what:<18} {mode:<14} {p50:7.2f} {p95:7.2f}{flag}")


if __name__ == "__main__":
    main(sys.argv[1:])

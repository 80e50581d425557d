"""Loading and exporting at scale: 1,000,000 events from our JSON, 10,000 events to PDF.

Run: ``python tests/bench/bench_data.py [events]``. Targets (DESIGN.md): load 1,000,000 events in
≤ 3 s and ≤ 600 MB resident; export a 10,000-event summary to PDF in ≤ 5 s, and from the window
(in English and in Arabic) with its longest stall ≤ 100 ms, counted from the export's start once
the window has painted. The other export formats get a row each at 10,000 events too (no target:
for comparison). The machine's load average is printed last: compare figures of one run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from explorer.core.dates import civil_from_days  # noqa: E402
from explorer.core.schema import FORMAT_ID  # noqa: E402


def write_synthetic(path: Path, count: int) -> Path:
    """``path``, holding :func:`synthetic_json` of ``count`` events."""
    path.write_bytes(synthetic_json(count))
    return path


def synthetic_json(count: int) -> bytes:
    """A dataset of ``count`` events spread over two centuries, one in ten a period."""
    parts = []
    for number in range(count):
        year, month, day = civil_from_days(-36500 + (number * 7919) % 73000)
        start = f"{year:04d}-{month:02d}-{day:02d}"
        end = f',"end":"{year + 3:04d}"' if number % 10 == 0 else ""
        parts.append(
            f'{{"id":"e{number}","title":{{"en":"Event {number}","ar":"حدث {number}"}},'
            f'"start":"{start}"{end},"summary":{{"en":"Something happened."}}}}'
        )
    head = f'{{"format":"{FORMAT_ID}","title":{{"en":"Synthetic"}},"events":['
    return (head + ",".join(parts) + "]}").encode()


_LOAD = """
import resource, sys, time
sys.path.insert(0, {root!r})
from explorer.core.loader import load_dataset

def peak_mb():
    # VmHWM is this process's own peak: ru_maxrss also counts the peak of the process that
    # started it (Linux carries it over exec), here the one that generated the big file.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

before = peak_mb()
start = time.perf_counter()
result = load_dataset({path!r})
elapsed = time.perf_counter() - start
print(len(result.dataset.events), elapsed, peak_mb(), before)
"""

_EXPORT = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, {root!r})
from explorer.app import ensure_application
from explorer.core.loader import load_dataset
ensure_application(headless=True)
from explorer.qt.exporting import export_events
dataset = load_dataset({path!r}).dataset
for name in {formats!r}:
    out = os.path.join({folder!r}, "out." + name)
    start = time.perf_counter()
    export_events(dataset, dataset.events, "en", "all", out, name)
    print(name, len(dataset.events), time.perf_counter() - start, os.path.getsize(out))
"""

_WINDOW_EXPORT = """
import itertools, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, {root!r})
from explorer.app import create_main_window, ensure_application
from explorer.core.loader import load_dataset
app = ensure_application(headless=True)
from PySide6.QtCore import QTimer
from explorer.qt.export_job import ExportTask
dataset = load_dataset({path!r}).dataset
window = create_main_window(dataset)
window.show()
job = window.export_job()
ticks = []
timer = QTimer(interval=5)
timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
job.finished.connect(lambda path: app.quit())
job.failed.connect(lambda message: (print(message, file=sys.stderr), app.exit(1)))
started = []

def export():  # once the window has painted: its first paint is not the export's doing
    ticks.clear()
    timer.start()
    started.append(time.perf_counter())
    job.start(ExportTask(dataset, dataset.events, {language!r}, "all", {out!r}, "pdf"))

QTimer.singleShot(1000, export)
app.exec()
elapsed = time.perf_counter() - started[0]
stall = max(later - earlier for earlier, later in itertools.pairwise([started[0], *ticks]))
window.close()
print(len(dataset.events), elapsed, stall * 1000)
"""

#: Every export format, the PDF first (the one with a target).
FORMATS = ("pdf", "odt", "html", "md", "csv", "json", "png", "svg")


def run(code: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(result.stderr)
    return result.stdout.split()


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as folder:
        big = write_synthetic(Path(folder, "big.json"), count)
        small = write_synthetic(Path(folder, "small.json"), 10_000)
        events, seconds, rss, before = run(_LOAD.format(root=str(ROOT), path=str(big)))
        print(f"{'benchmark':<40}{'result':>14}{'target':>12}")
        print(f"{'load ' + events + ' events (s)':<40}{float(seconds):>14.2f}{'≤ 3':>12}")
        print(f"{'  peak resident memory (MB)':<40}{float(rss):>14.0f}{'≤ 600':>12}")
        print(f"{'    of which before loading (MB)':<40}{float(before):>14.0f}{'':>12}")
        print(f"{'    file size (MB)':<40}{big.stat().st_size / 2**20:>14.0f}{'':>12}")
        code = _EXPORT.format(root=str(ROOT), path=str(small), folder=folder, formats=FORMATS)
        rows = run(code)
        for at in range(0, len(rows), 4):
            name, events, seconds, size = rows[at : at + 4]
            target = "≤ 5" if name == "pdf" else ""
            label = f"{name.upper()} export of {events} events (s)"
            print(f"{label:<40}{float(seconds):>14.2f}{target:>12}")
            print(f"{'  ' + name.upper() + ' size (MB)':<40}{int(size) / 1e6:>14.1f}{'':>12}")
        for language in ("en", "ar"):
            out = str(Path(folder, f"window-{language}.pdf"))
            code = _WINDOW_EXPORT.format(
                root=str(ROOT), path=str(small), out=out, language=language
            )
            events, seconds, stall = run(code)
            label = f"PDF of {events} from the window, {language} (s)"
            print(f"{label:<40}{float(seconds):>14.2f}{'≤ 5':>12}")
            print(f"{'  longest UI stall meanwhile (ms)':<40}{float(stall):>14.0f}{'≤ 100':>12}")
        print(f"load average: {' '.join(f'{load:.2f}' for load in os.getloadavg())} (1, 5, 15 min)")


if __name__ == "__main__":
    main()

"""Launch to first painted window: the app on its built-in dataset against a bare PySide6 window.

Run: ``python tests/bench/bench_launch.py [runs]``. Target (DESIGN.md): ≤ 1.5× the bare window.
Each run is a fresh process (offscreen); the time is from process start to the first paint event.
The app is imported before the harness touches Qt, as ``main.py`` does. Both sides run with a
bytecode cache (in a temporary folder, so the checkout stays clean) as an installed app or a
second launch from a checkout does, even where ``PYTHONDONTWRITEBYTECODE`` is set; pass
``--no-bytecode-cache`` to measure a launch that compiles every module. Beside the wall time, the
table gives the CPU time each process spent until its first paint: on a machine shared with
other work it varies far less, and its ratio is the steadier figure. A third window, the bare
one importing our runtime dependencies (numpy, msgspec) first, shows what those cost before any
of our code runs.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_FIRST_PAINT = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time(), time.process_time(), flush=True)
            QApplication.instance().exit(0)
        return False
"""

BARE = (
    _FIRST_PAINT
    + """
from PySide6.QtWidgets import QWidget
app = QApplication(sys.argv)
window = QWidget(); window.resize(1280, 800)
spy = FirstPaint(); window.installEventFilter(spy)
window.show(); app.exec()
"""
)

APP = (
    """
from explorer.app import create_main_window, ensure_application
"""
    + _FIRST_PAINT
    + """
app = ensure_application()
window = create_main_window()
spy = FirstPaint(); window.timeline_view.viewport().installEventFilter(spy)
window.show(); app.exec()
"""
)

_DEPENDENCIES = """
import os
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as explorer/__init__.py does
import numpy, msgspec
"""
BARE_NAME = "bare PySide6 QWidget"
DEPS_NAME = "bare, importing numpy and msgspec"
APP_NAME = "Timeline Explorer"
#: The bare window, the same with our runtime dependencies imported first (what any window of
#: ours pays before our own code), and the app.
WINDOWS = {BARE_NAME: BARE, DEPS_NAME: _DEPENDENCIES + BARE, APP_NAME: APP}


def launch_seconds(code: str, bytecode_cache: str | None) -> tuple[float, float]:
    """Wall and CPU seconds from the start of a fresh process running ``code`` to its first
    paint."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    if bytecode_cache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = bytecode_cache
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    painted, cpu = result.stdout.strip().splitlines()[-1].split()
    return float(painted) - start, float(cpu)


def main() -> None:
    arguments = [argument for argument in sys.argv[1:] if not argument.startswith("--")]
    runs = int(arguments[0]) if arguments else 7
    with tempfile.TemporaryDirectory(prefix="bench-launch-") as folder:
        cache = None if "--no-bytecode-cache" in sys.argv else folder
        for code in WINDOWS.values():  # warm the file cache (and fill the bytecode cache)
            launch_seconds(code, cache)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in WINDOWS}
        for _ in range(runs):  # taken in turns, so a busy moment of the machine hits all
            for name, code in WINDOWS.items():
                times[name].append(launch_seconds(code, cache))
    print(f"bytecode cache: {'on' if cache else 'off (every module compiled each launch)'}")
    print(f"{'window':<40}{'median ms':>10}{'min ms':>8}{'max ms':>8}{'cpu median ms':>15}")
    for name, runs_of in times.items():
        walls = [wall for wall, _ in runs_of]
        print(
            f"{name:<40}{statistics.median(walls) * 1000:>10.0f}{min(walls) * 1000:>8.0f}"
            f"{max(walls) * 1000:>8.0f}{statistics.median(c for _, c in runs_of) * 1000:>15.0f}"
        )
    ours = times[APP_NAME]
    for floor_name, label in ((BARE_NAME, "ratio (target ≤ 1.5)"), (DEPS_NAME, "ratio to it")):
        floor = times[floor_name]
        wall = statistics.median(w for w, _ in ours) / statistics.median(w for w, _ in floor)
        cpu = statistics.median(c for _, c in ours) / statistics.median(c for _, c in floor)
        print(f"{label} — {floor_name}: {wall:.2f} wall, {cpu:.2f} CPU")


if __name__ == "__main__":
    main()

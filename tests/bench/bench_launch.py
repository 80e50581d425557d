"""Launch to first painted window: the app on its built-in dataset against a bare PySide6 window.

Run: ``python tests/bench/bench_launch.py [runs]``. Target (DESIGN.md): ≤ 1.5× the bare window.
Each run is a fresh process (offscreen); the time is from process start to the first paint event.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
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
            print(time.time(), flush=True)
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
    _FIRST_PAINT
    + """
from explorer.app import create_main_window, ensure_application
app = ensure_application()
window = create_main_window()
spy = FirstPaint(); window.timeline_view.viewport().installEventFilter(spy)
window.show(); app.exec()
"""
)


def launch_seconds(code: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return float(result.stdout.strip().splitlines()[-1]) - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    launch_seconds(BARE)  # warm the file cache
    launch_seconds(APP)
    bare = [launch_seconds(BARE) for _ in range(runs)]
    ours = [launch_seconds(APP) for _ in range(runs)]
    bare_median, ours_median = statistics.median(bare), statistics.median(ours)
    print(f"{'window':<28}{'median ms':>12}{'min ms':>10}{'max ms':>10}")
    for name, values in (("bare PySide6 QWidget", bare), ("Timeline Explorer", ours)):
        print(
            f"{name:<28}{statistics.median(values) * 1000:>12.0f}"
            f"{min(values) * 1000:>10.0f}{max(values) * 1000:>10.0f}"
        )
    print(f"ratio (target ≤ 1.5): {ours_median / bare_median:.2f}")


if __name__ == "__main__":
    main()

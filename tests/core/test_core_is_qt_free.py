"""The core never imports Qt: every ``explorer.core`` module loads, and exports run, without it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import importlib, json, pkgutil, sys
sys.path.insert(0, {root!r})
import explorer.core
names = ["explorer.core"]
for module in pkgutil.walk_packages(explorer.core.__path__, "explorer.core."):
    importlib.import_module(module.name)
    names.append(module.name)
from explorer.core.export import ExportRequest, all_exporters
from explorer.core.loader import load_dataset_bytes
from tests.core.sample_data import treaty_dataset
dataset = treaty_dataset()
for exporter in all_exporters():
    data = exporter.render(ExportRequest(dataset, dataset.events, "ar"))
    if exporter.name == "json":
        load_dataset_bytes(data, "export.json")
qt = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt6"))
print(json.dumps({{"modules": names, "qt": qt}}))
"""


def test_no_core_module_imports_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE.format(root=str(ROOT))],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert "explorer.core.loader" in report["modules"]
    assert "explorer.core.export.html" in report["modules"]
    assert report["qt"] == []

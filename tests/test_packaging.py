"""The wheel carries resources/, and the installed app runs from another folder."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A wheel built from the checkout and unpacked into a folder of its own."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheel = next(work.glob("timeline_explorer-*.whl"))
    site = work / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    return wheel, site


def test_the_wheel_carries_the_resources(installed: tuple[Path, Path]) -> None:
    wheel, _site = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "explorer/resources/datasets/end-of-the-soviet-union.json",
        "explorer/resources/timeline-explorer.schema.json",
        "explorer/resources/fonts/NotoSansArabic-Regular.ttf",
        "explorer/resources/fonts/OFL.txt",
        "explorer/resources/translations/timeline-explorer_ar.qm",
    ):
        assert expected in names
    icons = sorted((ROOT / "resources" / "icons").glob("*.svg"))
    assert len(icons) > 10
    for icon in icons:
        assert f"explorer/resources/icons/{icon.name}" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert (
        "timeline-explorer = explorer.app:main"
        in zipfile.ZipFile(wheel).read(entry_points).decode()
    )


def test_the_installed_app_exports_from_another_folder(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    _wheel, site = installed
    env = dict(os.environ, PYTHONPATH=str(site), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "explorer", "--export", "out.json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert '"belovezha-accords"' in (tmp_path / "out.json").read_text(encoding="utf-8")
    where = subprocess.run(
        [sys.executable, "-c", "import explorer.paths as p; print(p.resources_dir())"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(site)

"""Installing into the desktop: the files land in the XDG folders and go away again."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from explorer import desktop_entry


def test_install_and_uninstall_in_the_users_data_folder(tmp_path: Path) -> None:
    written = desktop_entry.install(tmp_path)
    assert all(path.is_file() for path in written)
    files = desktop_entry.installed_files(tmp_path)
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(files["desktop"], encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name[ar]"] == "مستكشف الخط الزمني" and section["Comment[ar]"]
    assert section["Exec"].endswith(" %f") and section["Icon"] == "timeline-explorer"
    assert "application/x-timeline-explorer+json" in section["MimeType"]
    assert "application/x-thetimeline" in section["MimeType"]
    metainfo = ElementTree.parse(files["metainfo"]).getroot()
    images = [image.text or "" for image in metainfo.iter("image")]
    assert images and all(image.startswith("file://") for image in images)
    assert all(Path(image.removeprefix("file://")).is_file() for image in images)
    ElementTree.parse(files["mime"])  # well-formed
    removed = desktop_entry.uninstall(tmp_path)
    assert sorted(removed) == sorted(written)
    assert not any(path.exists() for path in files.values())


def test_the_data_folder_follows_xdg(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert desktop_entry.data_home() == tmp_path
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")
    assert desktop_entry.data_home() == Path.home() / ".local" / "share"


def test_the_command_line_installs_and_removes_the_desktop_entry(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    run = [sys.executable, str(root / "main.py")]
    installed = subprocess.run(
        [*run, "--install-desktop"], env=env, capture_output=True, text=True, timeout=60
    )
    assert installed.returncode == 0, installed.stderr
    assert (tmp_path / "applications" / "timeline-explorer.desktop").is_file()
    assert "installed" in installed.stdout
    removed = subprocess.run(
        [*run, "--uninstall-desktop"], env=env, capture_output=True, text=True, timeout=60
    )
    assert removed.returncode == 0 and "removed" in removed.stdout
    assert not (tmp_path / "applications" / "timeline-explorer.desktop").exists()

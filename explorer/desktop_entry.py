"""Installing the app into the user's desktop: its menu entry, icon, file types and AppStream data.

``timeline-explorer --install-desktop`` copies them into the XDG folders of the user
(``$XDG_DATA_HOME``, by default ``~/.local/share``), so the app appears in the desktop's menu and
opens its files by double-click; ``--uninstall-desktop`` removes exactly what was installed.
Nothing here needs Qt or root.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from explorer.paths import icon_path, resource

APP_ID = "timeline-explorer"
_SCREENSHOTS = ("main-window-en.png", "main-window-ar.png", "story-en.png")


def data_home() -> Path:
    """``$XDG_DATA_HOME``, else ``~/.local/share``."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    return Path(configured) if os.path.isabs(configured) else Path.home() / ".local" / "share"


def installed_files(home: Path | None = None) -> dict[str, Path]:
    """Where each installed file goes, by what it is."""
    home = home or data_home()
    files = {
        "desktop": home / "applications" / f"{APP_ID}.desktop",
        "icon": home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        "mime": home / "mime" / "packages" / f"{APP_ID}.xml",
        "metainfo": home / "metainfo" / f"{APP_ID}.metainfo.xml",
    }
    for name in _SCREENSHOTS:
        files[f"screenshot {name}"] = home / APP_ID / "screenshots" / name
    return files


def launch_command() -> str:
    """How the desktop starts the app: the installed command, else this Python with ``-m``."""
    found = shutil.which("timeline-explorer")
    if found:
        return shlex.quote(found)
    return f"{shlex.quote(sys.executable)} -m explorer"


def _desktop_text(command: str) -> str:
    text = resource("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={command} %f"
        elif line.startswith("TryExec="):
            executable = shlex.split(command)[0]
            line = f"TryExec={executable}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _metainfo_text(files: dict[str, Path]) -> str:
    text = resource("desktop", f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    for name in _SCREENSHOTS:
        text = text.replace(
            f"<image>screenshots/{name}</image>",
            f"<image>{files[f'screenshot {name}'].as_uri()}</image>",
        )
    return text


def install(home: Path | None = None) -> list[Path]:
    """Install the entry, icon, file types and AppStream data; return the files written."""
    files = installed_files(home)
    for path in files.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    files["desktop"].write_text(_desktop_text(launch_command()), encoding="utf-8")
    shutil.copyfile(icon_path(), files["icon"])
    shutil.copyfile(resource("desktop", f"{APP_ID}-mime.xml"), files["mime"])
    for name in _SCREENSHOTS:
        shutil.copyfile(resource("screenshots", name), files[f"screenshot {name}"])
    files["metainfo"].write_text(_metainfo_text(files), encoding="utf-8")
    _refresh_caches(home or data_home())
    return list(files.values())


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what :func:`install` wrote; return the files removed."""
    removed = []
    for path in installed_files(home).values():
        if path.is_file():
            path.unlink()
            removed.append(path)
    screenshots = (home or data_home()) / APP_ID / "screenshots"
    for folder in (screenshots, screenshots.parent):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    _refresh_caches(home or data_home())
    return removed


def _refresh_caches(home: Path) -> None:
    """Tell the desktop about the new files, where its tools are installed (they may not be)."""
    for command in (
        ["update-mime-database", str(home / "mime")],
        ["update-desktop-database", str(home / "applications")],
    ):
        if shutil.which(command[0]) and Path(command[1]).is_dir():
            subprocess.run(command, capture_output=True, check=False, timeout=60)

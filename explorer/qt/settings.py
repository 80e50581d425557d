"""Every setting the app keeps, declared once with its key, type and default.

Settings live in an INI file in the user's standard configuration folder (``QSettings`` with
``IniFormat``, under the organisation and application names). A value that cannot be read as its
type (a hand-edited file, an older version) gives the default, never an error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from explorer.core.picture import PictureOptions

T = TypeVar("T")


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def _bytes(value: object) -> QByteArray:
    if isinstance(value, (bytes, bytearray)):
        return QByteArray(bytes(value))
    if not isinstance(value, QByteArray):
        raise TypeError(value)
    return value


def _texts(value: object) -> list[str]:
    # An INI list of one item reads back as a plain string.
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)):
        raise TypeError(value)
    return [str(item) for item in items if item]


def _ints(value: object) -> list[int]:
    return [int(item) for item in _texts(value)]


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).lower() not in ("false", "0", "")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: where it is kept, what it holds when unset or unreadable, how it is read."""

    key: str
    default: T
    read: Callable[[object], T]

    def get(self) -> T:
        raw = QSettings().value(self.key)
        if raw is None:
            return self.default
        try:
            return self.read(raw)
        except (TypeError, ValueError):
            return self.default

    def set(self, value: T) -> None:
        QSettings().setValue(self.key, value)

    def clear(self) -> None:
        QSettings().remove(self.key)


# --- the window ---------------------------------------------------------------------------------
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray(), _bytes)
WINDOW_STATE = Setting("window/state", QByteArray(), _bytes)
#: The sizes of the splitter between the events list and the rest, and of the one beside the pane.
MAIN_SPLITTER = Setting("window/mainSplitter", list[int](), _ints)
RIGHT_SPLITTER = Setting("window/rightSplitter", list[int](), _ints)
#: "en" or "ar"; empty: follow the system's language.
LANGUAGE = Setting("ui/language", "", _text)

# --- files and folders --------------------------------------------------------------------------
RECENT_FILES = Setting("files/recent", list[str](), _texts)
#: Folders the file dialogs last used; empty: the home folder.
OPEN_FOLDER = Setting("paths/open", "", _text)
SAVE_FOLDER = Setting("paths/save", "", _text)
EXPORT_FOLDER = Setting("paths/export", "", _text)

# --- the export dialog's last choices -----------------------------------------------------------
EXPORT_FORMAT = Setting("export/format", "", _text)
EXPORT_SCOPE = Setting("export/scope", "", _text)
EXPORT_LANGUAGE = Setting("export/language", "", _text)
#: The summary's parts, comma-separated; empty string: none; unset: all.
EXPORT_INCLUDE = Setting[str | None]("export/include", None, _text)
_PICTURE = PictureOptions()
PICTURE_WIDTH = Setting("export/pictureWidth", _PICTURE.width, lambda v: int(str(v)))
PICTURE_HEIGHT = Setting("export/pictureHeight", _PICTURE.height, lambda v: int(str(v)))
PICTURE_SCALE = Setting("export/pictureScale", _PICTURE.scale, lambda v: float(str(v)))
PICTURE_SHOWS = Setting("export/pictureShows", "", _text)
PICTURE_LEGEND = Setting("export/pictureLegend", _PICTURE.legend, _flag)


def use_settings_file(organization: str, application: str) -> None:
    """Keep the settings in the user's configuration folder, ``organization/application.ini``.

    Needs no QApplication: ``--reset-settings`` works without starting one.
    """
    QCoreApplication.setOrganizationName(organization)
    QCoreApplication.setApplicationName(application)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)


def settings_file() -> str:
    """Where the settings are kept."""
    return QSettings().fileName()


def reset_settings() -> str:
    """Forget every setting; return the file they were kept in."""
    settings = QSettings()
    settings.clear()
    settings.sync()
    return settings.fileName()

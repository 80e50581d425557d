"""The settings module: each setting read as its type, with its default when unset or unreadable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from explorer.qt import settings


def test_settings_are_an_ini_file_away_from_the_users_own(qapp: QApplication) -> None:
    path = Path(settings.settings_file())
    assert path.suffix == ".ini"
    assert Path.home() / ".config" not in path.parents


def test_unset_and_unreadable_values_give_the_default(qapp: QApplication) -> None:
    assert settings.PICTURE_WIDTH.get() == 1600
    QSettings().setValue(settings.PICTURE_WIDTH.key, "wide")
    assert settings.PICTURE_WIDTH.get() == 1600
    settings.PICTURE_WIDTH.set(800)
    assert settings.PICTURE_WIDTH.get() == 800


def test_lists_and_flags_read_back_as_written(qapp: QApplication) -> None:
    settings.RECENT_FILES.set(["/a.json"])  # one item: INI reads it back as a plain string
    assert settings.RECENT_FILES.get() == ["/a.json"]
    settings.MAIN_SPLITTER.set([200, 900])
    assert settings.MAIN_SPLITTER.get() == [200, 900]
    settings.PICTURE_LEGEND.set(False)
    assert settings.PICTURE_LEGEND.get() is False


def test_reset_forgets_everything(qapp: QApplication) -> None:
    settings.LANGUAGE.set("ar")
    settings.EXPORT_FORMAT.set("pdf")
    settings.reset_settings()
    assert settings.LANGUAGE.get() == ""
    assert settings.EXPORT_FORMAT.get() == ""

"""Test set-up: Qt runs offscreen and never touches the user's settings."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: The real-world sample files beside the checkout (CI has them; tests skip where absent).
SAMPLES = ROOT.parent / "shared" / "samples"


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test gets empty settings in a temporary folder, never the user's real ones."""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # core tests may run without Qt installed
        return
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def _english_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows made without a language start in English, whatever this machine's locale."""
    try:
        from PySide6.QtCore import QLocale

        from explorer.qt import i18n
    except ImportError:
        return
    monkeypatch.setattr(i18n, "system_locale", lambda: QLocale(QLocale.Language.English))


@pytest.fixture(autouse=True)
def _windows_deleted_after_each_test() -> Iterator[None]:
    """Delete the widgets a test closed (pytest-qt's ``deleteLater``) before the next test.

    Deferred deletions posted outside an event loop pile up across tests; a later test would
    then destroy thousands of widgets inside its own event loop, each destructor waiting for
    the interpreter that test's worker thread holds, and read that as the window freezing.
    """
    yield
    try:
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication
    except ImportError:
        return
    if QApplication.instance() is not None:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """A test that switches the app to Arabic leaves it in English for the next one."""
    yield
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError:
        return
    app = QApplication.instance()
    if isinstance(app, QApplication):
        from explorer.qt.i18n import install_language

        install_language(app, "en")

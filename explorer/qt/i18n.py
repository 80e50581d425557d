"""Languages: Qt translators for our UI strings and Qt's own, and the layout direction."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from explorer.paths import translations_dir

LANGUAGES = {"en": "English", "ar": "العربية"}

_installed: list[QTranslator] = []


def install_language(app: QApplication, language: str) -> None:
    """Switch the UI to ``language``: translators, default locale, right-to-left for Arabic."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    # English has a catalogue too: it holds the plural forms ("1 event", "2 events").
    ours = QTranslator(app)
    if ours.load(f"timeline-explorer_{language}", str(translations_dir())):
        _installed.append(ours)
    if language != "en":
        qt_own = QTranslator(app)
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", qt_path):
            _installed.append(qt_own)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    locale = QLocale.Language.Arabic if language == "ar" else QLocale.Language.English
    QLocale.setDefault(QLocale(locale))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )

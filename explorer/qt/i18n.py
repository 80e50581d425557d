"""Languages: Qt translators for our UI strings and Qt's own, and the layout direction."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from explorer.core.bidi import FSI, PDI, isolate
from explorer.core.labels import text_direction
from explorer.core.messages import Message
from explorer.paths import translations_dir

#: Each language the window speaks, named in itself.
LANGUAGES = {"en": "English", "ar": "العربية"}

_installed: list[QTranslator] = []

# Qt's own strings that its Arabic catalogue (qtbase_ar) lacks: our catalogue carries them.
# Qt asks the translators installed last first, so these only fill the gaps. Qt 6.10 writes
# them without their mnemonic, 6.11 with it.
QT_STRINGS_MISSING_IN_ITS_CATALOGUE = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
)


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


def system_locale() -> QLocale:
    """The desktop's locale (a function, so tests can stand in another one)."""
    return QLocale.system()


def system_language() -> str:
    """Arabic on an Arabic desktop, else English."""
    return "ar" if system_locale().language() == QLocale.Language.Arabic else "en"


def chosen_language(asked: str | None) -> str:
    """``asked`` (``--lang``) if given, else the user's saved choice, else the system's."""
    from explorer.qt.settings import LANGUAGE

    for language in (asked, LANGUAGE.get()):
        if language in LANGUAGES:
            return str(language)
    return system_language()


def with_grouped_count(text: str, count: int) -> str:
    """``text`` (a translation of "%n …") with its count written in groups: "1,000,000 events"."""
    return text.replace(str(count), f"{count:,}")


#: The translation context of the core's messages (see :mod:`explorer.core.messages`).
MESSAGE_CONTEXT = "Message"
#: RIGHT-TO-LEFT MARK: a strong right-to-left character that shows nothing.
RLM = "\u200f"


def translated_message(text: str, language: str | None = None) -> str:
    """``text`` from the core, for a window in ``language`` (by default the one the window
    speaks): a :class:`Message` translated, any text with its runs of the other direction
    isolated (a file's path or a JSON path in an Arabic sentence keeps its order)."""
    language = language or current_language()
    right_to_left = text_direction(language) == "rtl"
    if isinstance(text, Message):
        # Each value (a path, an id, a date) is kept whole and in its own order: a leading "/"
        # stays with its path, and "1991-13-01" is not read as three numbers right to left.
        text = text.translated(_translate_message, _isolated if right_to_left else str)
    text = isolate(text, language)
    if right_to_left and text and unicodedata.bidirectional(text[0]) not in ("R", "AL"):
        # Qt takes a paragraph's direction from its first letter, an isolated one too: a message
        # that opens with a file's path would be laid out left to right.
        text = RLM + text
    return text


def _isolated(value: str) -> str:
    return f"{FSI}{value}{PDI}" if value else value


def current_language() -> str:
    """The language the window speaks now (see :func:`install_language`)."""
    return "ar" if QLocale().language() == QLocale.Language.Arabic else "en"


def _translate_message(template: str, n: int) -> str:
    return QCoreApplication.translate(MESSAGE_CONTEXT, template, None, n)

"""View ▸ Language: one checkable action per language, named in that language.

Each action's ``data()`` is the language code ("en", "ar"); choosing one emits
``languageChosen`` (the window switches: ``MainWindow.set_language``, in place).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from explorer.qt.i18n import LANGUAGES


class LanguageMenu(QMenu):
    """The languages, exclusive; the checked one is the window's."""

    languageChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("menuLanguage")
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        for code, native_name in LANGUAGES.items():
            action = QAction(native_name, self._group)
            action.setObjectName(f"actionLanguage_{code}")
            action.setCheckable(True)
            action.setData(code)
            self.addAction(action)
        self._group.triggered.connect(self._chosen)
        self.retranslate_ui()

    def language_actions(self) -> list[QAction]:
        return self._group.actions()

    def show_language(self, language: str) -> None:
        """Check the action of ``language`` (without switching anything)."""
        for action in self._group.actions():
            action.setChecked(action.data() == language)

    def _chosen(self, action: QAction) -> None:
        self.languageChosen.emit(str(action.data()))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("&Language"))
        self.menuAction().setToolTip(self.tr("The language of the window"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

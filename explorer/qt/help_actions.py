"""Help ▸ Keyboard Shortcuts (Ctrl+/) and the About dialog, for a window with a Help menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

if TYPE_CHECKING:
    from explorer.qt.about_dialog import AboutDialog
    from explorer.qt.shortcuts_dialog import ShortcutsDialog


class HelpActions(QObject):
    """Owns ``actionKeyboardShortcuts`` and opens the Keyboard Shortcuts and About dialogs."""

    def __init__(self, window: QMainWindow, help_menu: QMenu, before: QAction | None) -> None:
        super().__init__(window)
        self._window = window
        self.shortcuts_action = QAction(window)
        self.shortcuts_action.setObjectName("actionKeyboardShortcuts")
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        window.addAction(self.shortcuts_action)
        if before is None:
            help_menu.addAction(self.shortcuts_action)
        else:
            help_menu.insertAction(before, self.shortcuts_action)
        window.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.shortcuts_action.setText(self.tr("&Keyboard Shortcuts"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    # The dialogs are imported when first opened: the window opens without them.
    def show_shortcuts(self) -> ShortcutsDialog:
        from explorer.qt.shortcuts_dialog import show_shortcuts_dialog

        return show_shortcuts_dialog(self._window)

    def show_about(self) -> AboutDialog:
        from explorer.qt.about_dialog import show_about_dialog

        return show_about_dialog(self._window)


def install_help_actions(
    window: QMainWindow, help_menu: QMenu, before: QAction | None = None
) -> HelpActions:
    """Add Keyboard Shortcuts (Ctrl+/) to ``help_menu``, above ``before`` if given."""
    return HelpActions(window, help_menu, before)

"""The status bar's line for work running in a thread: what it is, a progress bar, and Cancel.

Loading a file (:mod:`explorer.qt.loading`) and exporting (:mod:`explorer.qt.export_job`) show
the same line; each subclass sets its own texts, so each keeps its translations.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class TaskProgress(QWidget):
    """A label, a bar and Cancel (also Esc anywhere in the window), shown while busy."""

    def __init__(self, cancel: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._cancel = cancel
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # a busy indicator until the work reports how far it is
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(lambda: self._cancel())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language (each kind of work has its own)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_progress(self, done: int, total: int) -> None:
        """``done`` of ``total`` steps; a total of 0 shows a busy indicator."""
        if total <= 0:
            self.bar.setRange(0, 0)
            return
        self.bar.setRange(0, total)
        self.bar.setValue(min(done, total))

    def set_busy(self, busy: bool) -> None:
        """Show the line (from a busy indicator) and take Esc while busy; hide it after."""
        if busy:
            self.set_progress(0, 0)
        self.setVisible(busy)
        app = QCoreApplication.instance()
        if app is None:
            return
        if busy:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc anywhere in the window cancels the work, before any other use of Esc.

        An application filter rather than a shortcut: the search field and story mode have
        their own Esc, and two shortcuts on one key would make Qt run neither.
        """
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or event.key() != Qt.Key.Key_Escape:
            return False
        if event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window():
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # no shortcut takes this Esc: it comes back as a key press
        else:
            self._cancel()
        return True

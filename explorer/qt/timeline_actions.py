"""Timeline actions of the window: Zoom to Selection (Ctrl+.) and Go to Date… (Ctrl+G).

:func:`install_timeline_actions` adds them to the window's View menu and to the window (so their
shortcuts work wherever the focus is). Go to Date… asks for a date in a small dialog that reads it
in either language (:func:`~explorer.core.user_dates.parse_user_date`) and says what it read as
the user types, so "كانون الأول 1991" and "December 1991" both work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from explorer.qt.timeline_view import TimelineView

if TYPE_CHECKING:
    from explorer.core.dates import PartialDate
    from explorer.qt.main_window import MainWindow


def date_range(date: PartialDate) -> tuple[float, float]:
    """What Go to Date shows for ``date``: all it covers (a day, a month, a year) with as much
    again around it, so a month is seen among its neighbours."""
    start, end = date.start_time(), date.end_time()
    room = (end - start) * 0.5
    return start - room, end + room


class GoToDateDialog(QDialog):
    """Asks for a date, partial and in either language, and says what it read."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goToDateDialog")
        self._language = language
        self.date: PartialDate | None = None
        self.prompt = QLabel(self)
        self.field = QLineEdit(self)
        self.field.setObjectName("goToDateField")
        self.prompt.setBuddy(self.field)
        self.reading = QLabel(self)
        self.reading.setObjectName("goToDateReading")
        self.reading.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.field, self.reading, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(380)
        self.field.textChanged.connect(self._read)
        self.setWindowTitle(self.tr("Go to Date"))
        self.prompt.setText(self.tr("&Date (a year, a month or a day):"))
        self.field.setPlaceholderText(self.tr("e.g. 1991-12, December 1991 or كانون الأول 1991"))
        self._read("")

    def _read(self, text: str) -> None:
        # Imported with the dialog: the window opens without the date reader's patterns.
        from explorer.core.user_dates import parse_user_date

        self.date = parse_user_date(text)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.date is not None)
        if self.date is not None:
            self.reading.setText(
                self.tr("Goes to %1").replace("%1", self.date.format(self._language))
            )
        elif text.strip():
            self.reading.setText(self.tr("Not a date this can read"))
        else:
            self.reading.setText("")

    def accept(self) -> None:
        if self.date is not None:
            super().accept()


class TimelineActions(QObject):
    """The window's Zoom to Selection and Go to Date… actions, their texts kept translated."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.view: TimelineView = window.timeline_view
        self.zoom_to_selection_action = QAction(window)
        self.zoom_to_selection_action.setObjectName("actionZoomToSelection")
        self.zoom_to_selection_action.setShortcut(QKeySequence("Ctrl+."))
        self.zoom_to_selection_action.triggered.connect(self.view.zoom_to_selection)
        self.go_to_date_action = QAction(window)
        self.go_to_date_action.setObjectName("actionGoToDate")
        self.go_to_date_action.setShortcut(QKeySequence("Ctrl+G"))
        self.go_to_date_action.triggered.connect(self.ask_for_date)
        for action in (self.zoom_to_selection_action, self.go_to_date_action):
            window.addAction(action)
            window.view_menu.addAction(action)
        window.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.zoom_to_selection_action.setText(self.tr("&Zoom to Selection"))
        self.zoom_to_selection_action.setToolTip(self.tr("Frame the selected event closely"))
        self.go_to_date_action.setText(self.tr("&Go to Date…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def make_dialog(self) -> GoToDateDialog:
        """The dialog Go to Date… shows (tests drive it without a modal loop)."""
        return GoToDateDialog(self._window.event_model.language, self._window)

    def ask_for_date(self) -> None:
        dialog = self.make_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.date is not None:
            self.go_to(dialog.date)
        dialog.deleteLater()

    def go_to(self, date: PartialDate) -> None:
        """Show ``date`` (all it covers, with room around it) on the timeline."""
        self.view.set_visible_range(*date_range(date))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)


def install_timeline_actions(window: MainWindow) -> TimelineActions:
    """Give ``window`` Zoom to Selection (Ctrl+.) and Go to Date… (Ctrl+G) in its View menu."""
    return TimelineActions(window)

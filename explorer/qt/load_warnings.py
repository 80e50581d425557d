"""The load warnings of the open timeline, in the status bar, with every line a click away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QStyle, QWidget

from explorer.qt.i18n import translated_message
from explorer.qt.plain_text import plain_tooltip


class LoadWarnings(QWidget):
    """ "⚠ 2 of 7 events were left out  [Details…]": hidden while the timeline loaded cleanly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loadWarnings")
        self._warnings: list[str] = []
        self._summary = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(icon.pixmap(size, size))
        self.label = QLabel(self)
        self.details_button = QPushButton(self)
        self.details_button.setObjectName("loadWarningsDetails")
        self.details_button.setFlat(True)
        self.details_button.clicked.connect(self.show_details)
        layout.addWidget(self.icon)
        layout.addWidget(self.label)
        layout.addWidget(self.details_button)
        self.retranslate_ui()
        self.setVisible(False)

    @property
    def warnings(self) -> list[str]:
        return list(self._warnings)

    def retranslate_ui(self) -> None:
        self.details_button.setText(self.tr("Details…"))
        self._update_label()

    def set_warnings(self, warnings: list[str], summary: str) -> None:
        """Show ``summary`` (one line counting them) until another timeline is opened."""
        self._warnings = list(warnings)
        self._summary = summary
        self._update_label()
        self.setVisible(bool(warnings))

    def _update_label(self) -> None:
        count = len(self._warnings)
        text = self.tr("Opened with %n warning(s)", "", count)
        self.label.setText(text)
        summary = translated_message(self._summary)
        self.label.setToolTip(plain_tooltip(summary))
        self.setAccessibleName(f"{text}. {summary}")

    def show_details(self) -> None:
        box = QMessageBox(self.window())
        box.setObjectName("loadWarningsDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Warnings"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(translated_message(self._summary))
        box.setDetailedText("\n".join(map(translated_message, self._warnings)))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.open()

"""The dataset's title and a one-line description above the timeline: what the user is looking at.

The legend sits at the end of the same line, where it costs no height.

The description is elided to the width it has, with the whole of it in a plain-text tool tip
(data never becomes markup); a dataset without one shows its title alone.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from explorer.core.schema import Dataset, text_in
from explorer.qt.plain_text import plain_tooltip


class ElidedLabel(QLabel):
    """A one-line plain-text label that elides its text to its width, never widening its parent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = " ".join(text.split())
        self.setToolTip(plain_tooltip(text))
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        elided = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(0, self.width())
        )
        if elided != self.text():
            self.setText(elided)


class DatasetHeading(QWidget):
    """The title of the dataset in bold, then its description on the rest of the line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("datasetHeading")
        self.title_label = QLabel(self)
        self.title_label.setObjectName("datasetTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title_label.font())
        font.setBold(True)
        self.title_label.setFont(font)
        self.description_label = ElidedLabel(self)
        self.description_label.setObjectName("datasetDescription")
        self.description_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.description_label, 1)

    def add_trailing(self, widget: QWidget) -> None:
        """Put ``widget`` at the end of the line (the legend), after the description."""
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.addWidget(widget)

    def show_dataset(self, dataset: Dataset | None, language: str) -> None:
        """Show ``dataset``'s title and description in ``language`` (or another language it has)."""
        title = text_in(dataset.title, language) if dataset is not None else ""
        description = text_in(dataset.description, language) if dataset is not None else ""
        self.title_label.setText(title)
        self.title_label.setToolTip(plain_tooltip(title))
        self.description_label.set_full_text(description)
        self.description_label.setVisible(bool(description))
        self.setVisible(bool(title or description))

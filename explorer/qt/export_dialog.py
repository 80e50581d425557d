"""The Export Summary dialog: which format, which events, which language."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from explorer.core.export import all_exporters
from explorer.qt import exporters as _qt_exporters  # noqa: F401  (PDF, PNG, SVG join the list)


@dataclass(frozen=True)
class ExportChoice:
    format: str
    extension: str
    label: str
    scope: str
    language: str

    @property
    def file_filter(self) -> str:
        return f"{self.label} (*.{self.extension})"

    @property
    def default_stem(self) -> str:
        return "timeline-summary" if self.scope != "selected" else "event-summary"


class ExportDialog(QDialog):
    """Asks what to export; the file name is asked next, with the matching extension."""

    def __init__(self, language: str, has_selection: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Summary"))
        self.format_box = QComboBox(self)
        self.format_box.setObjectName("exportFormat")
        self._exporters = sorted(all_exporters(), key=lambda e: _FORMAT_ORDER.get(e.name, 99))
        for exporter in self._exporters:
            self.format_box.addItem(f"{exporter.label} (.{exporter.extension})", exporter.name)
        self.scope_box = QComboBox(self)
        self.scope_box.setObjectName("exportScope")
        self.scope_box.addItem(self.tr("All events"), "all")
        self.scope_box.addItem(self.tr("Events shown by the search"), "filtered")
        if has_selection:
            self.scope_box.addItem(self.tr("The selected event"), "selected")
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("exportLanguage")
        self.language_box.addItem("English", "en")
        self.language_box.addItem("العربية", "ar")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Format:"), self.format_box)
        layout.addRow(self.tr("Events:"), self.scope_box)
        layout.addRow(self.tr("Language:"), self.language_box)
        layout.addRow(buttons)

    def choice(self) -> ExportChoice:
        exporter = self._exporters[self.format_box.currentIndex()]
        return ExportChoice(
            format=exporter.name,
            extension=exporter.extension,
            label=exporter.label,
            scope=str(self.scope_box.currentData()),
            language=str(self.language_box.currentData()),
        )


_FORMAT_ORDER = {"pdf": 0, "html": 1, "md": 2, "csv": 3, "json": 4, "png": 5, "svg": 6}

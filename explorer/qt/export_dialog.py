"""The Export Summary dialog: which format, which events, which language, what to include.

It opens on the selected event when there is one (else on the scope chosen last, unless that was
a selection), on the format, language and parts chosen last, and names the file after what is
exported: the event's title for one event ("belovezha-accords.pdf"), else the timeline's
("نهاية-الاتحاد-السوفيتي.pdf" in Arabic). Beside the choices, a live preview shows the first
events as the handout (PDF, ODT, Print) lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from explorer.core.export import ExportRequest, all_exporters
from explorer.core.export.base import file_stem
from explorer.core.picture import PictureOptions
from explorer.core.schema import Dataset, Event, text_in
from explorer.core.summary import PARTS
from explorer.qt import exporters as _qt_exporters  # noqa: F401  (PDF, ODT, PNG, SVG join the list)
from explorer.qt import settings
from explorer.qt.event_model import EventListModel
from explorer.qt.filter_model import EventFilterModel
from explorer.qt.picture_choices import PictureChoices

PREVIEW_EVENTS = 12
PREVIEW_PICTURE_WIDTH = 380
"""How many events the preview lays out: enough to judge, quick with a million in scope."""
PREVIEW_PICTURE_EVENTS = 50_000
"""Above this many events a PNG or SVG is not previewed: drawing it would hold the dialog up."""


@dataclass(frozen=True)
class ExportChoice:
    format: str
    extension: str
    label: str
    scope: str
    language: str
    stem: str = ""
    """The file name to suggest, without its extension; empty for a generic one."""
    include: frozenset[str] = frozenset(PARTS)
    """The parts of the summary to show (:data:`explorer.core.summary.PARTS`)."""
    picture: PictureOptions = field(default_factory=PictureOptions)
    """Size, scale, time shown and legend of a PNG or SVG."""

    @property
    def file_filter(self) -> str:
        return f"{self.label} (*.{self.extension})"

    @property
    def default_stem(self) -> str:
        if self.stem:
            return self.stem
        return "timeline-summary" if self.scope != "selected" else "event-summary"


class _Window(Protocol):
    """What the dialog reads from the window it belongs to, to name the file."""

    @property
    def dataset(self) -> Dataset: ...

    def current_event(self) -> Event | None: ...

    event_model: EventListModel
    filter_model: EventFilterModel
    selection_model: QItemSelectionModel


class ExportDialog(QDialog):
    """Asks what to export; the file name is asked next, with the matching extension."""

    def __init__(
        self,
        language: str,
        has_selection: bool,
        parent: QWidget | None = None,
        formats: bool = True,
        view_range: tuple[float, float] | None = None,
    ) -> None:
        """``formats=False`` asks only which events and language (Print… uses it).

        ``view_range`` (days) is the time the window's timeline shows, which a picture can show.
        """
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Summary"))
        self.format_box = QComboBox(self)
        self.format_box.setObjectName("exportFormat")
        self._exporters = sorted(all_exporters(), key=lambda e: _FORMAT_ORDER.get(e.name, 99))
        for exporter in self._exporters:
            label = format_label(exporter.label)
            self.format_box.addItem(f"{label} (.{exporter.extension})", exporter.name)
        _select(self.format_box, settings.EXPORT_FORMAT.get())
        self.scope_box = QComboBox(self)
        self.scope_box.setObjectName("exportScope")
        self.scope_box.addItem(self.tr("All events"), "all")
        self.scope_box.addItem(self.tr("Events shown by the search"), "filtered")
        if has_selection:
            self.scope_box.addItem(self.tr("The selected event"), "selected")
        last_scope = settings.EXPORT_SCOPE.get()
        _select(self.scope_box, "selected" if has_selection else last_scope)
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("exportLanguage")
        self.language_box.addItem("English", "en")
        self.language_box.addItem("العربية", "ar")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        _select(self.language_box, settings.EXPORT_LANGUAGE.get())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.include_boxes = self._include_boxes(settings.EXPORT_INCLUDE.get())
        choices = QWidget(self)
        form = QFormLayout(choices)
        form.setContentsMargins(0, 0, 0, 0)
        if formats:
            form.addRow(self.tr("Format:"), self.format_box)
        else:
            self.format_box.hide()
        form.addRow(self.tr("Events:"), self.scope_box)
        form.addRow(self.tr("Language:"), self.language_box)
        include = QVBoxLayout()
        for box in self.include_boxes.values():
            include.addWidget(box)
        form.addRow(self.tr("Include:"), include)
        self.picture_choices = PictureChoices(form, self, view_range)
        self._formats = formats
        self._form = form
        self._include_layout = include
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("exportPreview")
        self.preview.setMinimumSize(420, 480)
        self.preview.setAccessibleName(self.tr("Preview"))
        row = QHBoxLayout()
        row.addWidget(choices, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.accepted.connect(self.remember)
        self._preview_timer = QTimer(self, singleShot=True, interval=0)
        self._preview_timer.timeout.connect(self.update_preview)
        for signal in (self.scope_box.currentIndexChanged, self.language_box.currentIndexChanged):
            signal.connect(self._preview_timer.start)
        for box in self.include_boxes.values():
            box.toggled.connect(self._preview_timer.start)
        for signal in self.picture_choices.changed_signals():
            signal.connect(self._preview_timer.start)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.format_box.currentIndexChanged.connect(self._preview_timer.start)
        self._format_changed()
        self.update_preview()

    def _format_changed(self) -> None:
        """Pictures get their size, scale, range and legend; summaries, what to include."""
        format_name = self._exporters[self.format_box.currentIndex()].name if self._formats else ""
        self.picture_choices.set_format(format_name)
        picture = format_name in ("png", "svg")
        self._form.setRowVisible(self._include_layout, not picture)

    def _include_boxes(self, remembered: object) -> dict[str, QCheckBox]:
        labels = {
            "causes": self.tr("Causes and consequences"),
            "participants": self.tr("Participants"),
            "matrix": self.tr("Who took part in which agreement"),
            "sources": self.tr("Sources"),
            "translations": self.tr("Translations of the quotes"),
            "picture": self.tr("Picture of the timeline"),
        }
        chosen = set(str(remembered).split(",")) if isinstance(remembered, str) else set(PARTS)
        boxes = {}
        for part in PARTS:
            box = QCheckBox(labels[part], self)
            box.setObjectName(f"include-{part}")
            box.setChecked(part in chosen)
            boxes[part] = box
        return boxes

    def _window(self) -> _Window | None:
        window = self.parent()
        if all(hasattr(window, name) for name in ("dataset", "current_event", "event_model")):
            return window  # type: ignore[return-value]
        return None

    def update_preview(self) -> None:
        """Lay the first events of the chosen scope out as the handout, in the preview."""
        window = self._window()
        if window is None:
            self.preview.hide()
            return
        from explorer.qt.exporting import count_in_scope, events_in_scope, preview_events
        from explorer.qt.handout import PICTURE_EVENTS, build_document

        choice = self.choice()
        if self._formats and choice.format in ("png", "svg"):
            self._preview_picture(window, choice)
            return
        models = (window.event_model, window.filter_model, window.selection_model)
        events = preview_events(*models, choice.scope, PREVIEW_EVENTS)
        count = count_in_scope(*models, choice.scope)
        request = ExportRequest(
            window.dataset,
            events,
            choice.language,
            choice.scope,
            include=choice.include,
            preview_of=count if count > len(events) else None,
        )
        # the browser sets the text's width; this is the picture's, which fits any sensible one
        # The picture is the export's: of every event in scope, if the export draws one at all.
        pictured = events_in_scope(*models, choice.scope) if count in PICTURE_EVENTS else []
        document = build_document(request, PREVIEW_PICTURE_WIDTH, 96, pictured=pictured)
        document.setDocumentMargin(10)
        document.setParent(self.preview)
        self.preview.setDocument(document)

    def _preview_picture(self, window: _Window, choice: ExportChoice) -> None:
        """The picture as it will be exported, shrunk to the preview's width."""
        from explorer.qt.exporting import events_in_scope
        from explorer.qt.picture_export import preview_image

        document = QTextDocument(self.preview)
        if window.event_model.rowCount() > PREVIEW_PICTURE_EVENTS:
            document.setPlainText(self.tr("No preview: too many events to draw here."))
        else:
            models = (window.event_model, window.filter_model, window.selection_model)
            events = events_in_scope(*models, choice.scope)
            request = ExportRequest(window.dataset, events, choice.language, choice.scope)
            request = replace(request, picture=choice.picture)
            width = max(self.preview.minimumWidth(), self.preview.viewport().width()) - 24
            document.addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl("preview:picture"),
                preview_image(request, width, self.devicePixelRatioF()),
            )
            document.setHtml('<img src="preview:picture">')
        self.preview.setDocument(document)

    def remember(self) -> None:
        """Keep this choice for the next time the dialog opens."""
        choice = self.choice()
        settings.EXPORT_FORMAT.set(choice.format)
        settings.EXPORT_SCOPE.set(choice.scope)
        settings.EXPORT_LANGUAGE.set(choice.language)
        settings.EXPORT_INCLUDE.set(",".join(sorted(choice.include)))
        self.picture_choices.remember()

    def _stem(self, scope: str, language: str) -> str:
        window = self._window()
        if window is None:
            return ""
        event = window.current_event() if scope == "selected" else None
        title = event.title if event is not None else window.dataset.title
        return file_stem(text_in(title, language))

    def choice(self) -> ExportChoice:
        exporter = self._exporters[self.format_box.currentIndex()]
        scope = str(self.scope_box.currentData())
        language = str(self.language_box.currentData())
        return ExportChoice(
            format=exporter.name,
            extension=exporter.extension,
            label=format_label(exporter.label),
            scope=scope,
            language=language,
            stem=self._stem(scope, language),
            include=frozenset(part for part, box in self.include_boxes.items() if box.isChecked()),
            picture=self.picture_choices.options(),
        )


def _select(box: QComboBox, data: object) -> None:
    """Make the item holding ``data`` current, when there is one."""
    index = box.findData(data) if isinstance(data, str) else -1
    if index >= 0:
        box.setCurrentIndex(index)


#: The exporters' names, for the translation catalogue: the dialog shows them translated.
FORMAT_LABELS = (
    QT_TRANSLATE_NOOP("ExportFormats", "PDF"),
    QT_TRANSLATE_NOOP("ExportFormats", "OpenDocument Text"),
    QT_TRANSLATE_NOOP("ExportFormats", "HTML"),
    QT_TRANSLATE_NOOP("ExportFormats", "Markdown"),
    QT_TRANSLATE_NOOP("ExportFormats", "CSV (spreadsheet)"),
    QT_TRANSLATE_NOOP("ExportFormats", "Timeline Explorer JSON"),
    QT_TRANSLATE_NOOP("ExportFormats", "PNG image"),
    QT_TRANSLATE_NOOP("ExportFormats", "SVG image"),
)


def format_label(label: str) -> str:
    """An exporter's name in the user's language."""
    return QCoreApplication.translate("ExportFormats", label)


_FORMAT_ORDER = {"pdf": 0, "odt": 1, "html": 2, "md": 3, "csv": 4, "json": 5, "png": 6, "svg": 7}

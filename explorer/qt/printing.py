"""Print… (the standard Print shortcut): the handout the PDF export writes, previewed, then printed.

The preview and the printer get the very pages the PDF gets: the same layout
(:func:`explorer.qt.handout.lay_out`) on the same A4 page and margins, painted by the same code.
Before the preview, a short dialog asks which events and which language, as Export does.

"Print to File (PDF)" in the print dialog writes the PDF export's bytes rather than Qt's printed
PDF, whose text maps give Arabic as presentation forms (a copied word would not be found again):
the file gets standard Arabic letters and the outline, as from Export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from explorer.core.summary import PARTS
from explorer.qt.i18n import translated_message
from explorer.qt.plain_text import show_message

#: The most events Print… lays out: about two hundred pages, laid out in a second or so. The
#: preview lays out and paints in the window's thread; more would freeze it for minutes (a
#: million events are some 95,000 pages), where Export writes a PDF in the background.
PRINT_MOST = 2_000

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from explorer.core.export import ExportRequest
    from explorer.qt.main_window import MainWindow


class Printing(QObject):
    """The window's Print… action and its preview."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.print_action = QAction(window)
        self.print_action.setObjectName("actionPrint")
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(self.print_with_preview)
        window.addAction(self.print_action)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.print_action.setText(self.tr("&Print…"))

    def request(
        self, scope: str, language: str, include: frozenset[str] = frozenset(PARTS)
    ) -> ExportRequest:
        from explorer.core.export import ExportRequest
        from explorer.qt.exporting import events_in_scope

        window = self.window
        events = events_in_scope(
            window.event_model, window.filter_model, window.selection_model, scope
        )
        return ExportRequest(window.dataset, events, language, scope, include)

    def preview_dialog(
        self, scope: str, language: str, include: frozenset[str] = frozenset(PARTS)
    ) -> QPrintPreviewDialog:
        """The preview of the handout of ``scope`` in ``language``, ready to show."""
        from explorer.qt.print_preview import Preview, new_printer

        request = self.request(scope, language, include)
        dialog = Preview(new_printer(), self.window)
        dialog.setObjectName("printPreview")
        dialog.setWindowTitle(self.tr("Print Preview"))
        dialog.paintRequested.connect(lambda printer: self.print_request(request, printer))
        dialog.resize(900, 1000)
        return dialog

    def print_request(self, request: ExportRequest, printer: QPrinter) -> None:
        """Paint the handout on ``printer`` (the preview's, or the one the user printed to);
        a PDF file is written by the PDF exporter."""
        from explorer.core.atomic import write_atomic
        from explorer.core.errors import ExportError
        from explorer.core.texts_in_file import SummaryUnavailable
        from explorer.qt.exporting import render_request
        from explorer.qt.print_preview import print_handout

        try:
            if not prints_to_pdf_file(printer):
                print_handout(request, printer)
                return
            path = printer.outputFileName()
            write_atomic(path, render_request(request, path, "pdf"))
        except (ExportError, SummaryUnavailable) as error:
            text = translated_message(error.message())
            show_message(self.window, QMessageBox.Icon.Critical, self.tr("Print Failed"), text)

    def print_with_preview(self) -> None:
        """Ask which events and language, then show the preview, from which the user prints."""
        from explorer.qt.export_dialog import ExportDialog

        window = self.window
        choose = ExportDialog(
            window.language, window.current_event() is not None, window, formats=False
        )
        choose.setWindowTitle(self.tr("Print"))
        if choose.exec() != ExportDialog.DialogCode.Accepted:
            return
        choice = choose.choice()
        from explorer.qt.exporting import count_in_scope

        count = count_in_scope(
            window.event_model, window.filter_model, window.selection_model, choice.scope
        )
        if count > PRINT_MOST:
            show_message(
                window,
                QMessageBox.Icon.Information,
                self.tr("Too Many Events to Print"),
                self.tr(
                    "Print takes up to %1 events at a time; these are %2. Choose fewer with a "
                    "search or a selection, or use Export Summary to write them to a PDF file, "
                    "which goes on in the background."
                )
                .replace("%1", f"{PRINT_MOST:,}")
                .replace("%2", f"{count:,}"),
            )
            return
        self.preview_dialog(choice.scope, choice.language, choice.include).exec()


def prints_to_pdf_file(printer: QPrinter) -> bool:
    """Whether ``printer`` is printing to a PDF file now (not painting the preview's pages)."""
    from PySide6.QtGui import QPaintEngine
    from PySide6.QtPrintSupport import QPrinter

    engine = printer.paintEngine()
    return (
        printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        and bool(printer.outputFileName())
        and engine is not None
        and engine.type() == QPaintEngine.Type.Pdf  # the preview paints on a picture engine
    )


def install_printing(window: MainWindow) -> Printing:
    """Give ``window`` its Print… action (add ``.print_action`` to a menu)."""
    return Printing(window)

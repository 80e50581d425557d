"""The printer side of Print…: a printer set up like the PDF export, and the handout painted on it.

Kept apart from :mod:`explorer.qt.printing` so that Qt's print support loads on the first Print,
not at launch.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from explorer.core.export import ExportRequest


def new_printer() -> QPrinter:
    """A printer set up as the PDF export's writer: A4, the handout's margins, 300 dpi."""
    # Imported on first use, like the exporters: launch needs none of the renderers.
    from explorer.qt.exporters import PDF_RESOLUTION, handout_page_layout

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(PDF_RESOLUTION)
    printer.setPageLayout(handout_page_layout())
    return printer


def print_handout(request: ExportRequest, printer: QPrinter) -> int:
    """Lay out and paint the handout of ``request`` on ``printer``; the number of pages."""
    from explorer.qt.handout import lay_out, paint_handout

    handout = lay_out(request, printer)
    painter = QPainter(printer)
    paint_handout(painter, handout, printer)
    painter.end()
    return handout.page_count


class Preview(QPrintPreviewDialog):
    """The preview dialog, holding on to its printer (Qt does not own it; freed, it crashes)."""

    def __init__(self, printer: QPrinter, parent: QWidget) -> None:
        super().__init__(printer, parent)
        self.kept_printer = printer

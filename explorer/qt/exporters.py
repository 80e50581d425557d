"""Exporters that need Qt: the summary as PDF and ODT; pictures of the timeline as PNG and SVG
(:mod:`explorer.qt.picture_export`).

They join the core's registry on import; each renders to bytes and never touches files. Qt's text
engine honours the Unicode isolates (FSI, LRI … PDI) but not ``<bdi>``, so the PDF and the ODT are
laid out from the handout markup (:mod:`explorer.core.export.print_html`), which isolates with
those characters (:mod:`explorer.core.bidi`), and ``dir`` on its paragraphs, which
``QTextDocument`` also honours. The PDF's pages are :mod:`explorer.qt.handout`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import (
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from explorer import __version__
from explorer.core.export import ExportRequest, register
from explorer.core.export.pdf_fixup import OutlineEntry, add_outline, standard_letters
from explorer.core.schema import text_in
from explorer.qt.handout import Handout, lay_out, paint_handout
from explorer.qt.odt_export import OdtExporter
from explorer.qt.picture_export import PngExporter, SvgExporter

PDF_RESOLUTION = 300


def _buffer_bytes(buffer: QBuffer) -> bytes:
    return bytes(buffer.data().data())


class PdfExporter:
    """The handout (:mod:`explorer.qt.handout`) on A4, with an outline and extractable Arabic."""

    name = "pdf"
    label = "PDF"
    extension = "pdf"
    mime_type = "application/pdf"

    def render(
        self, request: ExportRequest, *, progress: Callable[[int, int], None] | None = None
    ) -> bytes:
        """The PDF's bytes; ``progress`` hears ``(0, 0)`` during the layout, then each page.

        An exception from ``progress`` (a Cancel) stops the rendering there.
        """
        title = text_in(request.dataset.title, request.language)
        laying_out = None
        if progress is not None:
            progress(0, 0)
            laying_out = partial(progress, 0, 0)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(title)
        writer.setCreator(f"Timeline Explorer {__version__}")
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(handout_page_layout())
        handout = lay_out(request, writer, laying_out)
        painter = QPainter(writer)
        try:
            paint_handout(painter, handout, writer, progress=progress)
        finally:
            painter.end()
        buffer.close()
        return finish_pdf(_buffer_bytes(buffer), handout, writer.pageLayout())


def handout_page_layout() -> QPageLayout:
    """A4 portrait with the handout's margins (the header and page number sit inside them)."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(16, 10, 16, 8),
        QPageLayout.Unit.Millimeter,
    )


def finish_pdf(data: bytes, handout: Handout, page_layout: QPageLayout) -> bytes:
    """Qt's PDF with standard Arabic letters in its text maps and an outline of the headings."""
    scale = 72 / PDF_RESOLUTION
    top_margin = page_layout.margins(QPageLayout.Unit.Point).top()
    entries = []
    for text, y in handout.headings:
        page = handout.page_of(y)
        offset = top_margin + (handout.header_height + y - handout.cuts[page]) * scale
        entries.append(OutlineEntry(text, page, offset))
    height = page_layout.fullRect(QPageLayout.Unit.Point).height()
    return add_outline(standard_letters(data), entries, height)


for _exporter in (PdfExporter(), PngExporter(), SvgExporter(), OdtExporter()):
    register(_exporter)

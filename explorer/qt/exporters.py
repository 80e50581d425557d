"""Exporters that need Qt: the summary as PDF and ODT, and pictures of the timeline as PNG and SVG.

They join the core's registry on import; each renders to bytes and never touches files. Qt's text
engine honours the Unicode isolates (FSI, LRI … PDI) but not ``<bdi>``, so the PDF and the ODT are
laid out from the handout markup (:mod:`explorer.core.export.print_html`), which isolates with
those characters (:mod:`explorer.core.bidi`), and ``dir`` on its paragraphs, which
``QTextDocument`` also honours. The PDF's pages are :mod:`explorer.qt.handout`'s.
"""

from __future__ import annotations

from msgspec.structs import replace
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextDocumentWriter,
)
from PySide6.QtSvg import QSvgGenerator

from explorer import __version__
from explorer.core.bidi import isolate_in, text_and_language, text_direction
from explorer.core.export import ExportRequest, register
from explorer.core.export.odt_fixup import finish_odt
from explorer.core.export.pdf_fixup import OutlineEntry, add_outline, standard_letters
from explorer.core.labels import count_events
from explorer.core.schema import Dataset, text_in
from explorer.qt.event_model import EventListModel
from explorer.qt.fonts import FONT_FAMILIES, load_bundled_fonts
from explorer.qt.handout import Handout, build_document, lay_out, paint_handout
from explorer.qt.timeline_render import paint_timeline

PICTURE_SIZE = QSize(1600, 900)
PDF_RESOLUTION = 300
_HEADER_HEIGHT = 84


def _font(point_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def _buffer_bytes(buffer: QBuffer) -> bytes:
    return bytes(buffer.data().data())


class PdfExporter:
    """The handout (:mod:`explorer.qt.handout`) on A4, with an outline and extractable Arabic."""

    name = "pdf"
    label = "PDF"
    extension = "pdf"
    mime_type = "application/pdf"

    def render(self, request: ExportRequest) -> bytes:
        title = text_in(request.dataset.title, request.language)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(title)
        writer.setCreator(f"Timeline Explorer {__version__}")
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(handout_page_layout())
        handout = lay_out(request, writer)
        painter = QPainter(writer)
        paint_handout(painter, handout, writer)
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


class OdtExporter:
    """The handout as OpenDocument Text, for word processors; Arabic paragraphs right to left.

    ``QTextDocumentWriter`` writes a paragraph's direction only when its block format has one,
    so every paragraph without its own (an English one in an Arabic handout has) gets the
    document's.
    """

    name = "odt"
    label = "OpenDocument Text"
    extension = "odt"
    mime_type = "application/vnd.oasis.opendocument.text"

    def render(self, request: ExportRequest) -> bytes:
        # 16 cm of text (A4 less the margins), in the 96-dpi pixels of word processors
        document = build_document(request, width=16 / 2.54 * 96, dpi=96)
        rtl = text_direction(request.language) == "rtl"
        if rtl:
            _set_paragraph_direction(document, Qt.LayoutDirection.RightToLeft)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QTextDocumentWriter(buffer, QByteArray(b"odf"))
        if not writer.write(document):
            raise OSError("Qt could not write the OpenDocument file")
        buffer.close()
        return finish_odt(_buffer_bytes(buffer), _rtl_styles(document), rtl)


def _rtl_styles(document: QTextDocument) -> set[str]:
    """The ODF paragraph styles of the right-to-left blocks: Qt names them after the format."""
    styles = set()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft:
            styles.add(f"p{block.blockFormatIndex()}")
        block = block.next()
    return styles


def _set_paragraph_direction(document: QTextDocument, direction: Qt.LayoutDirection) -> None:
    """Give every block with no direction of its own ``direction``, aligned to its start."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        block_format = block.blockFormat()
        if block_format.layoutDirection() == Qt.LayoutDirection.LayoutDirectionAuto:
            block_format.setLayoutDirection(direction)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(block_format)
        block = block.next()


def _paint_picture(painter: QPainter, request: ExportRequest, size: QSize) -> None:
    """A titled picture of the timeline of the events in scope."""
    load_bundled_fonts()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRect(0, 0, size.width(), size.height()), QColor("#ffffff"))
    rtl = text_direction(request.language) == "rtl"
    align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    direction_flag = Qt.AlignmentFlag.AlignAbsolute | align
    painter.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    painter.setPen(QColor("#111827"))
    painter.setFont(_font(20, bold=True))
    title_rect = QRectF(32, 18, size.width() - 64, 40)
    title, title_language = text_and_language(request.dataset.title, request.language)
    painter.drawText(
        title_rect,
        int(direction_flag | Qt.AlignmentFlag.AlignVCenter),
        isolate_in(title, title_language, request.language),
    )
    painter.setPen(QColor("#6b7280"))
    painter.setFont(_font(11))
    subtitle = count_events(len(request.events), request.language)
    painter.drawText(
        QRectF(32, 54, size.width() - 64, 24),
        int(direction_flag | Qt.AlignmentFlag.AlignVCenter),
        subtitle,
    )
    model = EventListModel(language=request.language)
    model.set_dataset(_scoped(request))
    body = QRectF(0, _HEADER_HEIGHT, size.width(), size.height() - _HEADER_HEIGHT)
    selected = request.events[0].id if request.scope == "selected" and request.events else None
    paint_timeline(painter, body, model, request.language, selected)


def _scoped(request: ExportRequest) -> Dataset:
    return replace(request.dataset, events=list(request.events))


class PngExporter:
    """A picture of the timeline, 1600×900 at twice the pixel density for sharp text."""

    name = "png"
    label = "PNG image"
    extension = "png"
    mime_type = "image/png"

    def render(self, request: ExportRequest) -> bytes:
        scale = 2
        image = QImage(PICTURE_SIZE * scale, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(scale)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        _paint_picture(painter, request, PICTURE_SIZE)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; str works
        buffer.close()
        return _buffer_bytes(buffer)


class SvgExporter:
    """A picture of the timeline as scalable vector graphics."""

    name = "svg"
    label = "SVG image"
    extension = "svg"
    mime_type = "image/svg+xml"

    def render(self, request: ExportRequest) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(PICTURE_SIZE)
        generator.setViewBox(QRect(0, 0, PICTURE_SIZE.width(), PICTURE_SIZE.height()))
        generator.setTitle(text_in(request.dataset.title, request.language))
        generator.setDescription(f"Timeline Explorer {__version__}")
        painter = QPainter(generator)
        _paint_picture(painter, request, PICTURE_SIZE)
        painter.end()
        buffer.close()
        return _buffer_bytes(buffer)


for _exporter in (PdfExporter(), PngExporter(), SvgExporter(), OdtExporter()):
    register(_exporter)

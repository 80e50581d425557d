"""Exporters that need Qt: the summary as PDF, and pictures of the timeline as PNG and SVG.

They join the core's registry on import; each renders to bytes and never touches files. Qt's text
engine honours the Unicode isolates (FSI, LRI … PDI) but not ``<bdi>``, so the PDF is laid out from
the print variant of the HTML export, which isolates with those characters
(:mod:`explorer.core.bidi`), and ``dir`` on its paragraphs, which ``QTextDocument`` also honours.
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
    QTextDocument,
    QTextOption,
)
from PySide6.QtSvg import QSvgGenerator

from explorer import __version__
from explorer.core.bidi import isolate_in, text_and_language, text_direction
from explorer.core.export import ExportRequest, register
from explorer.core.export.html import render_html
from explorer.core.labels import count_events
from explorer.core.schema import Dataset, text_in
from explorer.core.summary import build_summary
from explorer.qt.event_model import EventListModel
from explorer.qt.fonts import FONT_FAMILIES, load_bundled_fonts
from explorer.qt.timeline_render import paint_timeline

PICTURE_SIZE = QSize(1600, 900)
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
    """The printable summary (the same content as the HTML export), paginated on A4."""

    name = "pdf"
    label = "PDF"
    extension = "pdf"
    mime_type = "application/pdf"

    def render(self, request: ExportRequest) -> bytes:
        load_bundled_fonts()
        summary = build_summary(request.dataset, request.events, request.language, request.scope)
        document = QTextDocument()
        document.setDefaultFont(_font(10.5))
        option = QTextOption()
        if text_direction(request.language) == "rtl":
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(option)
        document.setHtml(render_html(summary, for_print=True))
        title = text_in(request.dataset.title, request.language)
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(title)
        writer.setCreator(f"Timeline Explorer {__version__}")
        writer.setResolution(300)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(18, 18, 18, 18),
                QPageLayout.Unit.Millimeter,
            )
        )
        document.print_(writer)
        buffer.close()
        return _buffer_bytes(buffer)


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


for _exporter in (PdfExporter(), PngExporter(), SvgExporter()):
    register(_exporter)

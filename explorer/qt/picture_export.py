"""Pictures of the timeline, PNG and SVG: a title, the timeline and a legend of the kinds shown.

The request's :class:`~explorer.core.picture.PictureOptions` give the size, the PNG's
pixel scale, the time range (the window's current view, or the whole timeline fitted to the
events) and whether to paint the legend.

SVG text: Qt's SVG generator writes one ``<text>`` per run of glyphs from one font, and our
fonts are Noto Sans then Noto Sans Arabic, so an Arabic title, whose spaces come from the first
font, came out one ``<text>`` per word (and one per space): a text no reader, search or screen
reader could take whole. :class:`_WholeRunPainter` draws a placeholder word for each text
instead, which Qt writes as one ``<text>`` in the right place, group, transform and clip; the
placeholders are then replaced by the whole texts, right to left ones marked ``direction="rtl"``,
each with the width Qt measured (``textLength``), so a viewer with other fonts keeps the layout.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from msgspec.structs import replace
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPaintDevice, QPainter
from PySide6.QtSvg import QSvgGenerator

from explorer import __version__
from explorer.core.bidi import isolate_in, text_and_language, text_direction
from explorer.core.errors import ExportError
from explorer.core.export import ExportRequest
from explorer.core.labels import count_events
from explorer.core.messages import Message
from explorer.core.picture import range_label
from explorer.core.schema import Dataset, Event, text_in
from explorer.qt.event_model import EventListModel
from explorer.qt.fonts import FONT_FAMILIES, app_font, load_bundled_fonts
from explorer.qt.legend_paint import legend_entries, legend_height, paint_legend
from explorer.qt.timeline_colors import TimelineColors
from explorer.qt.timeline_render import paint_timeline

HEADER_HEIGHT = 84
MARGIN = 32
LEGEND_PADDING = 12


def events_in_range(events: list[Event], time_range: tuple[float, float] | None) -> list[Event]:
    """The events that show in ``time_range`` (days), all of them when it is ``None``."""
    if time_range is None:
        return events
    start, end = time_range
    return [event for event in events if event.start_time < end and event.end_time > start]


def paint_picture(painter: QPainter, request: ExportRequest) -> None:
    """A titled picture of the timeline of the events in scope, with a legend at the bottom."""
    load_bundled_fonts()
    options = request.picture
    width, height = float(options.width), float(options.height)
    rtl = text_direction(request.language) == "rtl"
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, width, height), QColor("#ffffff"))
    painter.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    shown = events_in_range(list(request.events), options.time_range)
    title, title_language = text_and_language(request.dataset.title, request.language)
    heading = isolate_in(title, title_language, request.language)
    _draw_line(painter, heading, app_font(20, bold=True), "#111827", 44, width, rtl)
    count = len(shown)
    subtitle = count_events(count, request.language)
    if options.time_range is not None and range_label(options.time_range, request.language):
        subtitle += f" · {range_label(options.time_range, request.language)}"
    _draw_line(painter, subtitle, app_font(11), "#6b7280", 70, width, rtl)
    entries = legend_entries(shown, request.language) if options.legend else []
    legend_font = app_font(10)
    legend_width = width - 2 * MARGIN
    legend_tall = legend_height(entries, legend_width, legend_font)
    strip = legend_tall + 2 * LEGEND_PADDING if entries else 0.0
    model = EventListModel(language=request.language)
    model.set_dataset(_scoped(request))
    body = QRectF(0, HEADER_HEIGHT, width, max(1.0, height - HEADER_HEIGHT - strip))
    selected = request.events[0].id if request.scope == "selected" and request.events else None
    paint_timeline(painter, body, model, request.language, selected, options.time_range)
    if entries:
        legend_rect = QRectF(MARGIN, body.bottom() + LEGEND_PADDING, legend_width, legend_tall)
        paint_legend(painter, legend_rect, entries, legend_font, TimelineColors.light(), rtl)


def _draw_line(
    painter: QPainter,
    text: str,
    font: QFont,
    color: str,
    baseline: float,
    width: float,
    rtl: bool,
) -> None:
    """One line of ``text`` from the margin where reading starts, elided to fit."""
    painter.setFont(font)
    painter.setPen(QColor(color))
    metrics = QFontMetricsF(font, painter.device())
    room = width - 2 * MARGIN
    text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
    left = width - MARGIN - metrics.horizontalAdvance(text) if rtl else MARGIN
    painter.drawText(QPointF(left, baseline), text)


def _scoped(request: ExportRequest) -> Dataset:
    return replace(request.dataset, events=list(request.events))


def preview_image(request: ExportRequest, width: int, pixel_ratio: float = 1.0) -> QImage:
    """The picture ``request`` asks for, shrunk to ``width`` (for the export dialog)."""
    options = request.picture
    shrink = width / options.width
    size = QSize(width, max(1, round(options.height * shrink)))
    image = QImage(size * pixel_ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(pixel_ratio)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.scale(shrink, shrink)
    paint_picture(painter, request)
    painter.end()
    return image


class PngExporter:
    """A picture of the timeline, ``scale`` device pixels per pixel (2: sharp text)."""

    name = "png"
    label = "PNG image"
    extension = "png"
    mime_type = "image/png"

    def render(self, request: ExportRequest) -> bytes:
        options = request.picture
        problem = options.png_problem()
        if problem:
            raise ExportError(problem)
        size = QSize(*options.png_size)
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        if image.isNull():
            raise ExportError(
                Message(
                    "not enough memory for a {pixels} PNG: choose a smaller size or scale",
                    pixels=f"{size.width()}×{size.height()}",
                )
            )
        image.setDevicePixelRatio(options.scale)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        paint_picture(painter, request)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; str works
        buffer.close()
        return bytes(buffer.data().data())


class SvgExporter:
    """A picture of the timeline as scalable vector graphics, every text a whole ``<text>``."""

    name = "svg"
    label = "SVG image"
    extension = "svg"
    mime_type = "image/svg+xml"

    def render(self, request: ExportRequest) -> bytes:
        options = request.picture
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setResolution(96)  # as a QImage: the same font sizes, and px-wide in browsers
        generator.setSize(QSize(options.width, options.height))
        generator.setViewBox(QRect(0, 0, options.width, options.height))
        generator.setTitle(text_in(request.dataset.title, request.language))
        generator.setDescription(f"Timeline Explorer {__version__}")
        painter = _WholeRunPainter(generator)
        paint_picture(painter, request)
        painter.end()
        buffer.close()
        svg = painter.put_back_texts(bytes(data.data()).decode("utf-8"))
        return _with_generic_fonts(svg).encode("utf-8")


@dataclass(frozen=True)
class _Run:
    text: str
    width: float
    right_to_left: bool


class _WholeRunPainter(QPainter):
    """A painter for the SVG generator that draws each ``drawText(point, text)`` whole.

    Each text is drawn as a placeholder word of Latin letters (one font, one direction, so one
    ``<text>``); :meth:`put_back_texts` then writes the text in its place.
    """

    def __init__(self, device: QPaintDevice) -> None:
        super().__init__(device)
        self._prefix = "".join(chr(ord("a") + int(c, 16)) for c in secrets.token_hex(6))
        self._runs: dict[str, _Run] = {}

    def drawText(self, *args: Any) -> None:  # type: ignore[override]
        if len(args) == 2 and isinstance(args[0], (QPointF, QPoint)) and isinstance(args[1], str):
            point, text = args
            if text.strip():
                key = self._prefix + _letters(len(self._runs))
                width = QFontMetricsF(self.font(), self.device()).horizontalAdvance(text)
                rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
                self._runs[key] = _Run(text, width, rtl)
                super().drawText(point, key)
                return
        super().drawText(*args)

    def put_back_texts(self, svg: str) -> str:
        """``svg`` with each placeholder replaced by its text, right-to-left runs centred on
        their place (a viewer whose font is a little wider or narrower still puts them there,
        whether or not it honours ``direction``)."""
        if not self._runs:
            return svg
        pattern = re.compile(rf"(<text\b[^>]*?)\s*>({re.escape(self._prefix)}[a-z]+)</text>")

        def whole(match: re.Match[str]) -> str:
            attributes, key = match.group(1), match.group(2)
            run = self._runs.get(key)
            if run is None:
                return match.group(0)
            if run.right_to_left:
                attributes = re.sub(
                    r'\bx="([-0-9.e]+)"',
                    lambda x: f'x="{float(x.group(1)) + run.width / 2:.6g}"',
                    attributes,
                    count=1,
                )
                attributes += ' text-anchor="middle" direction="rtl" unicode-bidi="embed"'
            attributes += f' textLength="{run.width:.2f}" lengthAdjust="spacingAndGlyphs"'
            return f"{attributes}>{escape(run.text)}</text>"

        return pattern.sub(whole, svg)


def _with_generic_fonts(svg: str) -> str:
    """``svg`` with ``sans-serif`` after our fonts, for viewers without Noto Sans."""
    families = ",".join(FONT_FAMILIES)
    return svg.replace(f'font-family="{families}"', f'font-family="{families},sans-serif"')


def _letters(number: int) -> str:
    """``number`` written in the letters a…p (base 16), so a placeholder is one Latin word."""
    digits = f"{number:x}"
    return "".join(chr(ord("a") + int(c, 16)) for c in digits)

"""The handout laid out on pages: what the PDF export writes and Print… previews and prints.

The markup (:func:`explorer.core.export.print_html.handout_markup`) is parsed a piece at a time
and laid out once as one long page the width of the paper; this module then chooses where each
page ends, never inside a line, inside a table row, or just after a heading (which keeps its
next two lines), and paints each page as a window on that long page, with a running header and
the page number. Choosing the breaks ourselves is linear in the document, where asking
``QTextDocument`` to move a heading to the next page would lay the rest out again after every
move. Parsing and laying out in short calls keeps the window answering while an export runs in
a thread (:mod:`explorer.qt.export_job`).
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from msgspec.structs import replace
from PySide6.QtCore import QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QImage,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextOption,
    QTextTable,
)

from explorer.core.bidi import isolate_in, text_and_language, text_direction
from explorer.core.export import ExportRequest
from explorer.core.export.base import summary_of
from explorer.core.export.print_html import TIMELINE_IMAGE, HandoutMarkup, handout_markup
from explorer.core.schema import Event
from explorer.qt.event_model import EventListModel
from explorer.qt.fonts import app_font, load_bundled_fonts
from explorer.qt.timeline_render import paint_timeline

_BIDI_CONTROLS = dict.fromkeys(
    [0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)], None
)
_KEEP_AFTER_HEADING = 2
_SPARE_PARAGRAPH = "<p>&nbsp;</p>"
_PICTURE_ASPECT = 0.3
PICTURE_EVENTS = range(3, 2_001)
"""How many events make a picture worth showing (and cheap enough to paint)."""


@dataclass
class Handout:
    """A laid-out handout: the document, where each page starts, and the headings' positions."""

    document: QTextDocument
    title: str
    rtl: bool
    page_width: float
    body_height: float
    header_height: float
    cuts: list[float] = field(default_factory=list)
    """Where each page starts on the long page, then where the last one ends."""
    headings: list[tuple[str, float]] = field(default_factory=list)
    """Each ``<h2>`` (an event, the matrix, the notes): its text and its top on the long page."""

    @property
    def page_count(self) -> int:
        return max(1, len(self.cuts) - 1)

    def page_of(self, y: float) -> int:
        """The page (from 0) on which the long page's ``y`` falls."""
        return max(0, min(bisect.bisect_right(self.cuts, y) - 1, self.page_count - 1))


def _timeline_picture(request: ExportRequest, width: int) -> QImage:
    height = int(width * _PICTURE_ASPECT)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    model = EventListModel(language=request.language)
    model.set_dataset(replace(request.dataset, events=list(request.events)))
    selected = request.events[0].id if request.scope == "selected" and request.events else None
    paint_timeline(painter, QRectF(0, 0, width, height), model, request.language, selected)
    painter.end()
    return image


def build_document(
    request: ExportRequest,
    width: float,
    dpi: float,
    step: Callable[[], None] | None = None,
    pictured: Sequence[Event] | None = None,
) -> QTextDocument:
    """The handout as a QTextDocument ``width`` device pixels wide, for a device at ``dpi``.

    ``step`` is called between the pieces of markup parsed; an exception it raises (a Cancel)
    stops the building there. ``pictured``: the events of the timeline's picture, when they are
    more than the request's (a preview lays out the first events of a scope, and pictures all).
    """
    load_bundled_fonts()
    summary = summary_of(request)
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(app_font(10))
    option = QTextOption()
    if text_direction(request.language) == "rtl":
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    in_picture = request if pictured is None else dataclasses.replace(request, events=pictured)
    picture = len(in_picture.events) in PICTURE_EVENTS and "picture" in request.include
    if picture:
        image = _timeline_picture(in_picture, 1600)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(TIMELINE_IMAGE), image)
    # the picture spans the text width; QTextDocument sizes images in 96-dpi pixels
    css_width = width * 96 / dpi
    size = (css_width, css_width * _PICTURE_ASPECT) if picture else None
    markup = handout_markup(summary, picture_size=size)
    _parse_in_pieces(document, markup, step)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, summary.title)
    return document


def _parse_in_pieces(
    document: QTextDocument, markup: HandoutMarkup, step: Callable[[], None] | None
) -> None:
    """Parse ``markup`` into ``document`` a piece at a time: what one ``setHtml`` would make.

    A call into Qt holds Python's lock throughout: parsing 10,000 events in one call would stop
    the window for seconds while an export runs in a thread; a piece takes milliseconds.
    Inserted markup joins the paragraph at the cursor, its first block taking that one's format
    (a heading would lose its own): each piece after the first starts with a spare paragraph,
    which takes the join, and its character is then deleted.
    """
    document.setDefaultStyleSheet(markup.style)
    cursor = QTextCursor(document)
    last = len(markup.pieces) - 1
    for index, piece in enumerate(markup.pieces):
        if step is not None:
            step()
        html = markup.wrapped(_SPARE_PARAGRAPH + piece if index else piece)
        if index == last:  # the whole markup's final newline: a space ending the last line
            html += "\n"
        joint = cursor.position()
        cursor.insertHtml(html)
        if index:
            spare = QTextCursor(document)
            spare.setPosition(joint)
            spare.deleteChar()


def _break_candidates(document: QTextDocument) -> tuple[list[float], list[tuple[str, float]]]:
    """Where a page may end (the top of a line or a table row), and the ``<h2>`` headings."""
    layout = document.documentLayout()
    allowed: list[float] = []
    headings: list[tuple[str, float]] = []
    keep = 0

    def candidate(y: float) -> None:
        nonlocal keep
        if keep > 0:
            keep -= 1
        else:
            allowed.append(y)

    item = document.rootFrame().begin()
    while not item.atEnd():
        frame, block = item.currentFrame(), item.currentBlock()
        item += 1
        if frame is not None:
            candidate(layout.frameBoundingRect(frame).top())
            if isinstance(frame, QTextTable):
                padding = frame.format().cellPadding() + frame.format().border()
                for row in range(1, frame.rows()):
                    block = frame.cellAt(row, 0).firstCursorPosition().block()
                    candidate(layout.blockBoundingRect(block).top() - padding)
            continue
        if not block.isValid():
            continue
        lines = block.layout()
        top = lines.position().y()  # in the root frame, the document's coordinates
        level = block.blockFormat().headingLevel()
        for index in range(lines.lineCount()):
            if level and index > 0:
                continue  # a heading's lines stay together
            candidate(top + lines.lineAt(index).y())
        if level:
            keep = _KEEP_AFTER_HEADING
            if level == 2:
                headings.append((block.text().translate(_BIDI_CONTROLS).strip(), top))
    return allowed, headings


def _paginate(allowed: list[float], total: float, page_height: float) -> list[float]:
    cuts = [0.0]
    allowed = sorted(set(allowed))
    while total - cuts[-1] > page_height:
        limit = cuts[-1] + page_height
        index = bisect.bisect_right(allowed, limit) - 1
        best = allowed[index] if index >= 0 else 0.0
        cuts.append(best if best > cuts[-1] + page_height * 0.2 else limit)
    cuts.append(total)
    return cuts


def _lay_out_in_steps(
    document: QTextDocument, step: Callable[[], None] | None, blocks_per_step: int = 200
) -> None:
    """Lay the document out a few hundred blocks at a time, rather than in one call.

    A call into Qt holds Python's lock throughout: short ones let the window's thread run in
    between while an export lays out thousands of events in a thread. ``step`` is called
    between them.
    """
    layout = document.documentLayout()
    block = document.begin()
    index = 0
    while block.isValid():
        if index % blocks_per_step == 0:
            if step is not None:
                step()
            layout.blockBoundingRect(block)
        block = block.next()
        index += 1


def lay_out(
    request: ExportRequest, device: QPagedPaintDevice, step: Callable[[], None] | None = None
) -> Handout:
    """Lay the handout out on ``device``'s pages (their size, margins and resolution).

    ``step`` is called now and then; an exception it raises (a Cancel) stops the work there.
    """
    dpi = device.logicalDpiY()
    page = device.pageLayout().paintRectPixels(dpi)
    header = dpi * 0.32
    footer = dpi * 0.3
    document = build_document(request, page.width(), dpi, step)
    document.documentLayout().setPaintDevice(device)
    document.setTextWidth(page.width())
    _lay_out_in_steps(document, step)
    title, _ = text_and_language(request.dataset.title, request.language)
    handout = Handout(
        document=document,
        title=isolate_in(title, request.language, request.language),
        rtl=text_direction(request.language) == "rtl",
        page_width=page.width(),
        body_height=page.height() - header - footer,
        header_height=header,
    )
    allowed, handout.headings = _break_candidates(document)
    total = document.documentLayout().documentSize().height()
    handout.cuts = _paginate(allowed, total, handout.body_height)
    return handout


def paint_page(painter: QPainter, handout: Handout, index: int) -> None:
    """Page ``index`` (from 0): its share of the long page, the running header and the number."""
    top, bottom = handout.cuts[index], handout.cuts[index + 1]
    painter.save()
    painter.translate(0, handout.header_height - top)
    clip = QRectF(0, top, handout.page_width, bottom - top)
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    handout.document.documentLayout().draw(painter, context)
    painter.restore()

    painter.save()
    painter.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if handout.rtl else Qt.LayoutDirection.LeftToRight
    )
    start = Qt.AlignmentFlag.AlignRight if handout.rtl else Qt.AlignmentFlag.AlignLeft
    end = Qt.AlignmentFlag.AlignLeft if handout.rtl else Qt.AlignmentFlag.AlignRight
    absolute = Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
    width, header = handout.page_width, handout.header_height
    painter.setPen(QColor("#6b7280"))
    painter.setFont(app_font(7.5))
    number = f"\u2066{index + 1} / {handout.page_count}\u2069"  # isolated: "2 / 3" in Arabic too
    if index > 0:
        band = QRectF(0, 0, width, header * 0.6)
        painter.drawText(band, int(absolute | start), handout.title)
        painter.drawText(band, int(absolute | end), number)
        painter.setPen(QPen(QColor("#d1d5db"), max(1.0, header / 80)))
        painter.drawLine(0, int(header * 0.68), int(width), int(header * 0.68))
    else:
        footer_top = header + handout.body_height
        band = QRectF(0, footer_top + header * 0.2, width, header * 0.6)
        painter.drawText(band, int(absolute | Qt.AlignmentFlag.AlignHCenter), number)
    painter.restore()


def paint_handout(
    painter: QPainter,
    handout: Handout,
    device: QPagedPaintDevice,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Every page of ``handout`` on ``device``, which ``painter`` is painting.

    ``progress`` hears ``(pages done, pages)`` before each page and at the end; an exception it
    raises (a Cancel) stops the painting there.
    """
    count = handout.page_count
    for index in range(count):
        if progress is not None:
            progress(index, count)
        if index:
            device.newPage()
        paint_page(painter, handout, index)
    if progress is not None:
        progress(count, count)


def page_size(handout: Handout) -> QSizeF:
    """The printable area of a page, in device pixels."""
    return QSizeF(handout.page_width, handout.body_height + 2 * handout.header_height)

"""The handout as OpenDocument Text, for the word processors teachers use.

``QTextDocumentWriter`` writes the handout's text and tables but leaves out what a word
processor needs to show it as the PDF does: a paragraph's direction (it writes it only when the
block format has one, so every paragraph without its own gets the document's), the columns'
widths (:mod:`explorer.qt.table_widths`) and which paragraphs are headings. The package is then
finished by :func:`explorer.core.export.odt_fixup.finish_odt`.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QTextCursor, QTextDocument, QTextDocumentWriter

from explorer.core.bidi import text_direction
from explorer.core.export import ExportRequest
from explorer.core.export.odt_fixup import finish_odt
from explorer.qt.handout import build_document
from explorer.qt.table_widths import keep_laid_out_column_widths

_TEXT_WIDTH = 16 / 2.54 * 96
"""16 cm of text (A4 less the margins), in the 96-dpi pixels of word processors."""


class OdtExporter:
    """The handout as OpenDocument Text; Arabic paragraphs and tables right to left."""

    name = "odt"
    label = "OpenDocument Text"
    extension = "odt"
    mime_type = "application/vnd.oasis.opendocument.text"

    def render(self, request: ExportRequest) -> bytes:
        document = build_document(request, width=_TEXT_WIDTH, dpi=96)
        keep_laid_out_column_widths(document, _TEXT_WIDTH)
        rtl = text_direction(request.language) == "rtl"
        if rtl:
            _set_paragraph_direction(document, Qt.LayoutDirection.RightToLeft)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QTextDocumentWriter(buffer, QByteArray(b"odf"))
        if not writer.write(document):
            raise OSError("Qt could not write the OpenDocument file")
        buffer.close()
        rtl_styles, heading_levels = _paragraph_styles(document)
        return finish_odt(bytes(data.data()), rtl_styles, rtl, heading_levels)


def _paragraph_styles(document: QTextDocument) -> tuple[set[str], dict[str, int]]:
    """The ODF paragraph styles (Qt names them after the block format) that run right to left,
    and those of headings with their level."""
    rtl_styles: set[str] = set()
    heading_levels: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        block_format = block.blockFormat()
        style = f"p{block.blockFormatIndex()}"
        if block_format.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            rtl_styles.add(style)
        if block_format.headingLevel() > 0:
            heading_levels[style] = block_format.headingLevel()
        block = block.next()
    return rtl_styles, heading_levels


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

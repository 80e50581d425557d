"""Tables that keep the column widths Qt's layout gave them when written to another format.

``QTextDocument`` sizes a table's columns by their content (a state's name narrow, the
representatives wide), but ``QTextDocumentWriter`` writes no width for a column without a
constraint, and word processors then share the width equally: a four-column participants table
became four equal columns, the names wrapped into many lines beside empty space. This reads the
laid-out widths back and sets them as percentage constraints, which the writer keeps.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument, QTextLength, QTextTable

_SLACK = 16.0
"""Pixels added to every column before sharing out the width."""


def _tables(document: QTextDocument) -> list[QTextTable]:
    tables = []
    pending = [document.rootFrame()]
    while pending:
        frame = pending.pop()
        if isinstance(frame, QTextTable):
            tables.append(frame)
        pending.extend(frame.childFrames())
    return tables


def keep_laid_out_column_widths(document: QTextDocument, text_width: float) -> None:
    """Constrain each table's columns to the share of ``text_width`` the layout gave them."""
    document.setTextWidth(text_width)
    layout = document.documentLayout()
    for table in _tables(document):
        widths = [0.0] * table.columns()
        for row in range(table.rows()):
            for column in range(table.columns()):
                cell = table.cellAt(row, column)
                if cell.columnSpan() != 1:
                    continue
                block = cell.firstCursorPosition().block()
                widths[column] = max(widths[column], layout.blockBoundingRect(block).width())
        # room for a word processor's wider fallback font, taken mostly from the wide columns
        widths = [width + _SLACK for width in widths]
        total = sum(widths)
        if total <= 0 or not all(widths):
            continue
        table_format = table.format()
        table_format.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, 100 * w / total) for w in widths]
        )
        table.setFormat(table_format)

"""Text from a file stays text: tool tips and message boxes that never read it as markup.

Qt guesses whether a tool tip or a message box text is rich text (``Qt::mightBeRichText``), so a
title written ``<img src="/some/file.png">`` would show that image. These helpers escape the text
and say it is rich text on our terms, or set the plain-text format.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def plain_tooltip(text: str) -> str:
    """A tool tip that shows ``text`` exactly, line breaks included; "" stays "" (no tip)."""
    if not text:
        return ""
    escaped = html.escape(text).replace("\n", "<br/>")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"


def show_message(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A modal message whose text (often naming a file and quoting it) is plain text."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    return box

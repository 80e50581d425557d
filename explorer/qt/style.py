"""The app's look: palette, kind colours and the style sheet, in one place."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

#: One colour per event kind, shared by the timeline, the detail pane and the exports.
KIND_COLORS: dict[str, QColor] = {
    "cause": QColor("#b7791f"),
    "treaty": QColor("#0f766e"),
    "event": QColor("#4338ca"),
    "period": QColor("#475569"),
}

ACCENT = QColor("#1d4ed8")

STYLE_SHEET = """
QMainWindow { background: #f6f7f9; }
#detailBody { background: #ffffff; }
#kindLabel { font-size: 8.5pt; font-weight: 700; letter-spacing: 1px; }
#titleLabel { font-size: 17pt; font-weight: 700; color: #111827; }
#dateLabel { font-size: 11pt; color: #374151; }
#placeLabel { color: #6b7280; }
#summaryLabel { font-size: 10.5pt; color: #1f2937; }
QLabel[role="section"] {
    font-weight: 700; color: #4b5563; margin-top: 12px;
    border-bottom: 1px solid #e5e7eb; padding-bottom: 3px;
}
QListView[role="links"] {
    background: transparent; color: #1d4ed8; border: none; border-radius: 4px; padding: 2px;
}
QListView[role="links"]::item { padding: 2px 0; }
QListView[role="links"]::item:hover { text-decoration: underline; }
QTableView#participantsView {
    border: 1px solid #e5e7eb; padding: 1px; gridline-color: #e5e7eb;
    alternate-background-color: #f9fafb; background: #ffffff;
}
/* Keyboard focus: a 2px accent ring taking the room the padding kept, so nothing moves. */
QListView[role="links"]:focus, QTableView#participantsView:focus {
    border: 2px solid #1d4ed8; padding: 0;
}
QLabel#sourcesLabel { border: 2px solid transparent; border-radius: 4px; }
QLabel#sourcesLabel:focus { border-color: #1d4ed8; }
/* The detail pane takes focus so the keys can scroll it. */
QScrollArea#detailScrollArea { border: 2px solid transparent; }
QScrollArea#detailScrollArea:focus { border-color: #1d4ed8; }
QHeaderView::section {
    background: #f3f4f6; border: none; border-bottom: 1px solid #e5e7eb;
    padding: 4px 6px; font-weight: 600; color: #374151;
}
QLineEdit#searchField {
    border: 1px solid #d1d5db; border-radius: 6px; padding: 4px 8px; background: #ffffff;
    min-width: 260px;
}
QLineEdit#searchField:focus { border-color: #1d4ed8; }
QToolBar { background: #ffffff; border: none; border-bottom: 1px solid #e5e7eb; spacing: 6px;
    padding: 4px; }
QSplitter::handle { background: #e5e7eb; }
QStatusBar { background: #ffffff; color: #4b5563; }
"""


def apply_style(app: QApplication) -> None:
    """Fusion with a light palette everywhere, so the app looks the same on every machine."""
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f6f7f9"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f9fafb"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#111827"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#111827"))
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, ACCENT)
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)

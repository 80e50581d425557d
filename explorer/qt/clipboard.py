"""Copy (the standard Copy shortcut): the current event's summary on the clipboard.

Both as HTML, which a word processor pastes with its headings and table, and as plain text, which
a chat or a plain editor takes (:mod:`explorer.core.export.clip`). The shortcut is live while the
timeline, the event list or the detail pane has the focus; a text field with a selection of its
own (the search field, a text in the pane) keeps Copy for its selection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from explorer.core.bidi import text_and_language
from explorer.core.texts_in_file import SummaryUnavailable
from explorer.qt.i18n import translated_message

if TYPE_CHECKING:
    from explorer.qt.main_window import MainWindow


def summary_mime_data(window: MainWindow) -> QMimeData | None:
    """The current event's summary as HTML and plain text, or None when no event is current."""
    event = window.current_event()
    if event is None:
        return None
    from explorer.core.export.clip import event_html, event_plain_text
    from explorer.core.summary import build_summary

    summary = build_summary(window.dataset, [event], window.language, "selected")
    data = QMimeData()
    data.setHtml(event_html(summary))
    data.setText(event_plain_text(summary, summary.events[0]))
    return data


class Clipboard(QObject):
    """The window's Copy action."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.copy_action = QAction(window)
        self.copy_action.setObjectName("actionCopySummary")
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_current)
        for widget in (window.timeline_view, window.event_list, window.detail_pane):
            widget.addAction(self.copy_action)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.copy_action.setText(self.tr("&Copy Event Summary"))

    def copy_current(self) -> bool:
        """Put the current event's summary on the clipboard; False when no event is current."""
        try:
            data = summary_mime_data(self.window)
        except SummaryUnavailable as error:
            self.window.statusBar().showMessage(translated_message(error.message()), 10000)
            return False
        if data is None:
            return False
        QGuiApplication.clipboard().setMimeData(data)
        event = self.window.current_event()
        assert event is not None
        title, _ = text_and_language(event.title, self.window.language)
        message = self.tr("Copied the summary of “%1”").replace("%1", title)
        self.window.statusBar().showMessage(message, 5000)
        return True


def install_clipboard(window: MainWindow) -> Clipboard:
    """Give ``window`` its Copy action (add ``.copy_action`` to a menu)."""
    return Clipboard(window)

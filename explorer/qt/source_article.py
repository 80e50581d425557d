"""The source article the built-in story was written from, shown in a window of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from explorer.core.summary import SHIPPED_TEXT_SCHEME
from explorer.paths import source_article_path

#: The article of the built-in story.
BUILT_IN_ARTICLE = "end-of-the-soviet-union.ar.txt"


def shipped_article_name(url: str) -> str | None:
    """The file name in ``source-article:NAME`` if such a text ships with the app, else None."""
    if not url.startswith(SHIPPED_TEXT_SCHEME):
        return None
    name = url[len(SHIPPED_TEXT_SCHEME) :]
    if not name or "/" in name or "\\" in name or name.startswith("."):
        return None
    return name if source_article_path(name).is_file() else None


class SourceArticleDialog(QDialog):
    """The article's text, read-only, right to left (it is Arabic), to read beside the timeline."""

    def __init__(self, name: str = BUILT_IN_ARTICLE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceArticleDialog")
        self.setWindowTitle(self.tr("Source Article"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("sourceArticleText")
        self.text.setReadOnly(True)
        self.text.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.text.setPlainText(source_article_path(name).read_text(encoding="utf-8"))
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.text.setFont(font)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 560)


def show_source_article(parent: QWidget, name: str = BUILT_IN_ARTICLE) -> SourceArticleDialog:
    """Open the article in a window that stays open beside the main one."""
    dialog = SourceArticleDialog(name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

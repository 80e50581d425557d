"""Help ▸ About: what the app is, its version, where its data comes from, and every licence.

Links open only if they are web links (:func:`explorer.qt.links.open_link`); the licence files
that ship with the app are named by their path, as text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QSize, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon, QTextDocumentFragment
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from explorer import __version__
from explorer.core.bidi import LRI, PDI
from explorer.paths import fonts_dir, icon_path, source_article_path
from explorer.qt.links import open_link

# The dialog's width in pixels at which its paragraphs wrap.
ABOUT_WIDTH = 580

# The licence pyproject.toml declares for the project (a test keeps the two the same).
PROJECT_LICENSE = "MIT"


@dataclass(frozen=True)
class Credit:
    """One piece of the app and its licence: what, which licence, where to read it."""

    what: str
    license: str
    url: str = ""
    file: str = ""


def _version_of(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def _named(name: str, version: str) -> str:
    return f"{name} {version}" if version else name


def credits() -> list[Credit]:
    """The app, its fonts and the libraries it runs on, each with its licence."""
    return [
        Credit(
            _named("Timeline Explorer", __version__),
            f"{PROJECT_LICENSE} License",
            "https://opensource.org/license/mit",
        ),
        Credit(
            "Noto Sans, Noto Sans Arabic",
            "SIL Open Font License 1.1",
            "https://openfontlicense.org",
            str(fonts_dir() / "OFL.txt"),
        ),
        Credit(
            f"Qt {qVersion()}, {_named('PySide6', pyside_version)}",
            "GNU LGPL v3",
            "https://doc.qt.io/qtforpython-6/licenses.html",
        ),
        Credit(
            _named("msgspec", _version_of("msgspec")),
            "BSD 3-Clause",
            "https://github.com/jcrist/msgspec/blob/main/LICENSE",
        ),
        Credit(
            _named("NumPy", _version_of("numpy")),
            "BSD 3-Clause",
            "https://numpy.org/doc/stable/license.html",
        ),
    ]


def source_article_menu_path() -> str:
    """Where the window's menus open the source article, in the interface's language:
    "Help ▸ The Built-in Story's Source Article"."""
    menu = QCoreApplication.translate("MainWindow", "&Help")
    item = QCoreApplication.translate("MainWindow", "The Built-in Story's &Source Article")
    arrow = " ◂ " if QGuiApplication.isRightToLeft() else " ▸ "
    return arrow.join(text.replace("&", "") for text in (menu, item))


def isolate_path(path: str) -> str:
    """A file path kept left to right in a right-to-left paragraph."""
    return f"{LRI}{path}{PDI}"


_WITHOUT_ISOLATES = str.maketrans("", "", LRI + PDI)


def _link(url: str, text: str) -> str:
    return f'<a href="{html.escape(url, quote=True)}">{html.escape(text)}</a>'


class AboutDialog(QDialog):
    """The version, one line of what the app is, the data's sources and the licences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Timeline Explorer"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(self._heading())
        layout.addWidget(self._section(self.tr("Data")))
        self.data_label = self._paragraph(self._data_text())
        layout.addWidget(self.data_label)
        layout.addWidget(self._section(self.tr("Licences")))
        layout.addLayout(self._licences())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def sizeHint(self) -> QSize:
        # Wrapped paragraphs: as tall as they need at a comfortable reading width.
        width = max(ABOUT_WIDTH, super().sizeHint().width())
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return QSize(width, super().sizeHint().height())
        return QSize(width, layout.heightForWidth(width))

    def _heading(self) -> QHBoxLayout:
        row = QHBoxLayout()
        logo = QLabel(self)
        logo.setPixmap(QIcon(str(icon_path())).pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(logo)
        text = QVBoxLayout()
        self.title_label = QLabel(self.tr("Timeline Explorer"), self)
        self.title_label.setObjectName("aboutTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.version_label = QLabel(self.tr("Version %1").replace("%1", __version__), self)
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = self._paragraph(
            html.escape(
                self.tr(
                    "Explore history as a timeline: causes, treaties, participants and "
                    "sources, in Arabic and English."
                )
            )
        )
        for widget in (self.title_label, self.version_label, self.summary_label):
            text.addWidget(widget)
        row.addLayout(text, 1)
        return row

    def _data_text(self) -> str:
        article = html.escape(str(source_article_path()))
        sources = self.tr(
            "Every event names its own sources (encyclopedias, newspapers, documents) "
            "in the detail pane, with a translation of each quote."
        )
        written_from = self.tr(
            "The built-in timeline, The End of the Soviet Union, was written from an "
            "Arabic article that ships with the app: %1 shows it. Where the article "
            "simplifies or misstates a fact, the event shows the fact as public sources give it."
        ).replace("%1", source_article_menu_path())
        return (
            f"<p>{html.escape(sources)}</p>"
            f"<p>{html.escape(written_from)}<br><small>{isolate_path(article)}</small></p>"
        )

    def _licences(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.licence_labels: list[QLabel] = []
        for row, credit in enumerate(credits()):
            what = QLabel(html.escape(credit.what), self)
            text = _link(credit.url, credit.license) if credit.url else html.escape(credit.license)
            if credit.file:
                text += f"<br><small>{isolate_path(html.escape(credit.file))}</small>"
            label = self._paragraph(text, wrap=False)
            self.licence_labels.append(label)
            grid.addWidget(what, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _section(self, title: str) -> QLabel:
        label = QLabel(title, self)
        label.setProperty("role", "section")
        return label

    def _paragraph(self, rich_text: str, wrap: bool = True) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(rich_text)
        label.setWordWrap(wrap)
        label.setOpenExternalLinks(False)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        label.linkActivated.connect(open_link)
        return label

    def text(self) -> str:
        """Everything the dialog says, as plain text (what a screen reader or a test reads)."""
        lines = (
            QTextDocumentFragment.fromHtml(label.text()).toPlainText()
            if label.textFormat() == Qt.TextFormat.RichText
            else label.text()
            for label in self.findChildren(QLabel)
        )
        return "\n".join(line for line in lines if line).translate(_WITHOUT_ISOLATES)


def show_about_dialog(parent: QWidget) -> AboutDialog:
    """Open About over ``parent`` (window-modal, without blocking the caller)."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

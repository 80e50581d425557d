"""Print… and Copy in the window: the preview shows the PDF's pages; Copy puts the event's summary
on the clipboard as HTML and plain text."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QMenu
from pytestqt.qtbot import QtBot

from explorer.core.export import ExportRequest, exporter_named
from explorer.core.loader import load_dataset
from explorer.qt import settings
from explorer.qt.main_window import MainWindow
from explorer.qt.print_preview import new_printer, print_handout
from explorer.qt.printing import PRINT_MOST
from tests.bench.bench_store import catalogue_json
from tests.qt.screen import messages_shown, show_window


def pdf_pages(window: MainWindow, scope: str, language: str) -> list[str]:
    """The PDF export's pages for ``scope``, as text."""
    exporter = exporter_named("pdf")
    assert exporter is not None
    request = window.printing.request(scope, language)
    data = exporter.render(request)
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


def ascii_words(text: str) -> list[str]:
    return [word for word in unicodedata.normalize("NFKC", text).split() if word.isascii()]


def test_print_is_in_the_file_menu_with_the_standard_shortcut(qtbot: QtBot) -> None:
    window = show_window(qtbot)
    menu = window.menuBar().findChild(QMenu)
    assert menu is not None
    assert window.printing.print_action in menu.actions()
    assert window.printing.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert window.clipboard.copy_action in menu.actions()


def test_the_preview_shows_the_pages_of_the_pdf(qtbot: QtBot) -> None:
    window = show_window(qtbot)
    assert window.select_event("belovezha-accords")
    dialog = window.printing.preview_dialog("selected", "en")
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    assert preview.pageCount() == len(pdf_pages(window, "selected", "en")) == 2


@pytest.mark.parametrize("language", ["en", "ar"])
def test_printing_paints_what_the_pdf_export_writes(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    window = show_window(qtbot, language=language)
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    request = window.printing.request("all", language)
    count = print_handout(request, printer)
    printed = [
        " ".join(page.extract_text().split())
        for page in PdfReader(str(tmp_path / "printed.pdf")).pages
    ]
    exported = pdf_pages(window, "all", language)
    assert count == len(printed) == len(exported)
    # printing to a PDF file keeps Qt's text maps (shaped Arabic, "ﬁ"): compare the rest
    if language == "en":
        assert [ascii_words(page) for page in printed] == [ascii_words(page) for page in exported]


def test_print_asks_for_the_events_then_previews(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = show_window(qtbot)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)

    def preview_dialog(scope: str, language: str, include: frozenset[str]) -> _Shown:
        shown.append((scope, language))
        assert "sources" in include
        return _Shown()

    monkeypatch.setattr(window.printing, "preview_dialog", preview_dialog)
    window.printing.print_action.trigger()
    assert shown == [("all", "en")]


class _Shown:
    def exec(self) -> int:
        return 0


def test_copy_puts_the_event_summary_as_html_and_text(qtbot: QtBot) -> None:
    window = show_window(qtbot)
    assert window.select_event("belovezha-accords")
    window.timeline_view.setFocus()
    qtbot.waitUntil(window.timeline_view.hasFocus)
    QGuiApplication.clipboard().clear()
    qtbot.keySequence(window.timeline_view, QKeySequence.StandardKey.Copy)
    data = QGuiApplication.clipboard().mimeData()
    text = data.text()
    assert text.startswith("Belovezha Accords\nTreaty · 8 December 1991 · Viskuli")
    assert "Ukraine (Signed): Leonid Kravchuk — President of Ukraine" in text
    assert "Causes: " in text and "Sources:" in text
    assert "https://en.wikipedia.org/wiki/Belovezha_Accords" in text
    assert data.hasHtml() and "<h2>Belovezha Accords</h2>" in data.html()
    assert "Kravchuk" in data.html() and "The end of the Soviet Union" not in data.html()


def test_copy_in_arabic_and_from_the_list(qtbot: QtBot) -> None:
    window = show_window(qtbot, language="ar")
    assert window.select_event("belovezha-accords")
    window.event_list.setFocus()
    qtbot.waitUntil(window.event_list.hasFocus)
    QGuiApplication.clipboard().clear()
    qtbot.keySequence(window.event_list, QKeySequence.StandardKey.Copy)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("اتفاقيات بيلوفيجا\n"), text[:80]
    assert 'dir="rtl"' in QGuiApplication.clipboard().mimeData().html()


def test_copy_without_a_current_event_leaves_the_clipboard(qtbot: QtBot) -> None:
    window = show_window(qtbot)
    window.selection_model.clearCurrentIndex()
    QGuiApplication.clipboard().setText("kept")
    assert not window.clipboard.copy_current()
    assert QGuiApplication.clipboard().text() == "kept"
    assert window.clipboard.copy_action.shortcutContext() == (
        Qt.ShortcutContext.WidgetWithChildrenShortcut
    )


def test_the_request_covers_the_chosen_scope(qtbot: QtBot) -> None:
    window = show_window(qtbot)
    window.select_event("glasnost")
    request = window.printing.request("selected", "en")
    assert isinstance(request, ExportRequest)
    assert [event.id for event in request.events] == ["glasnost"]
    assert len(window.printing.request("all", "en").events) == len(window.dataset.events)


def test_print_of_more_events_than_it_takes_says_so_and_shows_no_preview(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The preview lays out in the window's thread: a huge scope would freeze it for minutes."""
    path = tmp_path / "catalogue.json"
    path.write_bytes(catalogue_json(PRINT_MOST + 1))
    window = show_window(qtbot, load_dataset(path).dataset)
    monkeypatch.setattr(QDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    previews: list[str] = []
    monkeypatch.setattr(
        window.printing, "preview_dialog", lambda scope, *_: previews.append(scope) or _Shown()
    )
    shown = messages_shown(monkeypatch)
    window.printing.print_action.trigger()  # all events: one too many
    assert previews == [] and len(shown) == 1
    assert shown[0].title == "Too Many Events to Print"
    assert "up to 2,000 events" in shown[0].text and "these are 2,001" in shown[0].text

    window.search_field.setText("kyiv")  # fewer, through a search
    qtbot.waitUntil(lambda: 0 < window.filter_model.rowCount() < PRINT_MOST)
    settings.EXPORT_SCOPE.set("filtered")  # the dialog opens on the scope chosen last
    window.printing.print_action.trigger()
    assert previews == ["filtered"] and len(shown) == 1


def test_every_format_the_command_line_names_has_its_exporter() -> None:
    """The list the command line knows without loading exporters is the registry's."""
    import explorer.qt.exporters  # noqa: F401  (registers the formats drawn with Qt)
    from explorer.core.export import all_exporters
    from explorer.core.export_formats import FORMATS, PICTURE_FORMATS, QT_FORMATS

    registered = {exporter.name: exporter for exporter in all_exporters()}
    assert sorted(registered) == sorted(FORMATS)
    drawn_with_qt = {
        name for name, e in registered.items() if type(e).__module__.startswith("explorer.qt")
    }
    assert drawn_with_qt == set(QT_FORMATS) and set(PICTURE_FORMATS) <= drawn_with_qt

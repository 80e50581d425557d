"""Print ▸ Print to File (PDF) writes the PDF export's file: Arabic copies as standard letters."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from explorer.core.export import exporter_named
from explorer.qt.main_window import MainWindow
from explorer.qt.print_preview import Preview, new_printer, print_handout
from tests.qt.screen import messages_shown, show_window


def presentation_forms(text: str) -> list[str]:
    """Arabic letters in their contextual shapes (what Qt's own PDF maps them to)."""
    return [c for c in text if 0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF]


BELARUS = "بيلاروسيا"


def pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(str(path)).pages)


def print_to_file(qtbot: QtBot, window: MainWindow, target: Path) -> QPrintPreviewWidget:
    """Open the preview of the Arabic handout, then print it to ``target`` as Print… does."""
    dialog = window.printing.preview_dialog("all", "ar")
    assert isinstance(dialog, Preview)
    qtbot.addWidget(dialog)
    printer = dialog.kept_printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    return preview


def test_printing_to_a_pdf_file_writes_standard_arabic(qtbot: QtBot, tmp_path: Path) -> None:
    window = show_window(qtbot, language="ar")
    target = tmp_path / "printed.pdf"
    preview = print_to_file(qtbot, window, target)
    assert not target.exists()  # painting the preview writes nothing
    preview.print_()  # the print dialog's OK with "Print to File (PDF)" chosen
    text = pdf_text(target)
    # pypdf keeps the drawing order, right to left: the word reads backwards, letter by letter
    assert BELARUS[::-1] in text
    assert presentation_forms(text) == []
    exporter = exporter_named("pdf")
    assert exporter is not None
    exported = exporter.render(window.printing.request("all", "ar"))
    assert abs(len(target.read_bytes()) - len(exported)) < 200  # the export's file, dates aside
    assert PdfReader(str(target)).outline  # with the export's outline


def test_a_pdf_file_that_cannot_be_written_says_why(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = show_window(qtbot)
    shown = messages_shown(monkeypatch)
    preview = print_to_file(qtbot, window, tmp_path / "missing" / "printed.pdf")
    preview.print_()
    assert shown and shown[0].title == "Print Failed"
    assert "printed.pdf" in shown[0].text and "does not exist" in shown[0].text


def test_qt_printing_the_pages_itself_would_give_shaped_forms(qtbot: QtBot, tmp_path: Path) -> None:
    """The test above can fail: the pages painted on the printer carry Qt's text maps."""
    window = show_window(qtbot, language="ar")
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "qt.pdf"))
    print_handout(window.printing.request("all", "ar"), printer)
    assert presentation_forms(pdf_text(tmp_path / "qt.pdf"))

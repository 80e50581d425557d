"""The Export Summary dialog: opens on the selection, remembers the last choice, names the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from explorer.core.export.base import ExportRequest, file_stem
from explorer.core.loader import load_dataset
from explorer.qt import handout
from explorer.qt.export_dialog import PREVIEW_EVENTS, ExportDialog
from explorer.qt.main_window import MainWindow
from tests.bench.bench_store import catalogue_json
from tests.qt.screen import show_window


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    return show_window(qtbot)


def test_it_opens_on_the_selected_event_else_on_all(window: MainWindow) -> None:
    window.selection_model.clearCurrentIndex()
    assert ExportDialog("en", False, window).choice().scope == "all"
    window.select_event("belovezha-accords")
    assert ExportDialog("en", True, window).choice().scope == "selected"


def test_the_file_is_named_after_the_event_or_the_timeline(window: MainWindow) -> None:
    window.select_event("belovezha-accords")
    dialog = ExportDialog("en", True, window)
    assert dialog.choice().default_stem == "belovezha-accords"
    dialog.scope_box.setCurrentIndex(dialog.scope_box.findData("all"))
    assert dialog.choice().default_stem == "the-end-of-the-soviet-union"
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ar"))
    assert dialog.choice().default_stem == "نهاية-الاتحاد-السوفيتي"


def test_it_remembers_the_last_format_scope_and_language(window: MainWindow) -> None:
    window.selection_model.clearCurrentIndex()
    first = ExportDialog("en", False, window)
    first.format_box.setCurrentIndex(first.format_box.findData("odt"))
    first.scope_box.setCurrentIndex(first.scope_box.findData("filtered"))
    first.language_box.setCurrentIndex(first.language_box.findData("ar"))
    first.accept()
    again = ExportDialog("en", False, window).choice()
    assert (again.format, again.scope, again.language) == ("odt", "filtered", "ar")
    window.select_event("glasnost")
    assert ExportDialog("en", True, window).choice().scope == "selected"  # the selection wins


def test_export_suggests_the_name_in_the_last_folder(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    suggested: list[str] = []

    def save_name(*args: object) -> tuple[str, str]:
        suggested.append(str(args[2]))
        return "", ""

    monkeypatch.setattr(ExportDialog, "exec", lambda _self: ExportDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    window.select_event("belovezha-accords")
    window.export_action.trigger()
    assert Path(suggested[0]).name == "belovezha-accords.pdf"


def test_file_stems_keep_any_script_and_drop_what_file_systems_refuse() -> None:
    assert file_stem("The USSR: 1922/1991") == "the-ussr-1922-1991"
    assert file_stem("أُعدّت هذه") == "أُعدّت-هذه"  # the marks stay on their letters
    assert file_stem("../..") == "timeline-summary"


def preview_text(dialog: ExportDialog) -> str:
    return dialog.preview.document().toPlainText()


def test_the_preview_shows_the_handout_of_the_choice(window: MainWindow) -> None:
    window.select_event("belovezha-accords")
    dialog = ExportDialog("en", True, window)
    assert "Belovezha Accords" in preview_text(dialog)
    assert "Chairman of the Supreme Council of Belarus" in preview_text(dialog)
    assert "Sources" in preview_text(dialog)
    dialog.include_boxes["participants"].setChecked(False)
    dialog.include_boxes["sources"].setChecked(False)
    dialog.update_preview()
    assert "Chairman of the Supreme Council of Belarus" not in preview_text(dialog)  # the table
    assert "Sources" not in preview_text(dialog)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ar"))
    dialog.update_preview()
    assert "اتفاقيات بيلوفيجا" in preview_text(dialog)


def test_the_preview_of_more_events_than_it_lays_out_counts_them_all(window: MainWindow) -> None:
    """It shows the first events only: its heading still says how many the export holds."""
    count = len(window.dataset.events)
    assert count > PREVIEW_EVENTS
    dialog = ExportDialog("en", False, window)
    dialog.scope_box.setCurrentIndex(dialog.scope_box.findData("all"))
    dialog.update_preview()
    byline = next(line for line in preview_text(dialog).splitlines() if "All events" in line)
    assert byline == f"All events · {count} events"  # not the shown 12, nor their dates
    window.select_event("belovezha-accords")
    dialog = ExportDialog("en", True, window)  # opens on the selected event
    byline = next(line for line in preview_text(dialog).splitlines() if "Selected" in line)
    assert byline.endswith("1 event · 8 December 1991")  # all of it shown: its date too


def test_what_is_left_out_stays_out_of_the_file_and_is_remembered(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "accords.md"
    window.select_event("belovezha-accords")
    dialog = ExportDialog("en", True, window)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("md"))
    dialog.include_boxes["sources"].setChecked(False)
    dialog.accept()
    choice = dialog.choice()
    assert "sources" not in choice.include and "participants" in choice.include
    monkeypatch.setattr(ExportDialog, "exec", lambda _self: ExportDialog.DialogCode.Accepted)
    monkeypatch.setattr(ExportDialog, "choice", lambda _self: choice)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    window.export_action.trigger()
    qtbot.waitUntil(lambda: not window.export_job().is_busy())  # it runs in a thread
    text = target.read_text(encoding="utf-8")
    assert "Shushkevich" in text and "wikipedia.org" not in text
    again = ExportDialog("en", True, window)
    assert not again.include_boxes["sources"].isChecked()
    assert again.include_boxes["participants"].isChecked()


def test_pictures_ask_for_size_scale_time_shown_and_legend(window: MainWindow) -> None:
    window.timeline_view.set_visible_range(7000.0, 8000.0)
    dialog = ExportDialog("en", False, window, view_range=window.timeline_view.visible_range())
    picture_rows = ("pictureWidth", "pictureHeight", "pictureScale", "pictureShows")
    choices = dialog.picture_choices
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    assert not any(dialog.findChild(QWidget, name).isVisibleTo(dialog) for name in picture_rows)
    assert dialog.include_boxes["sources"].isVisibleTo(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("png"))
    assert all(dialog.findChild(QWidget, name).isVisibleTo(dialog) for name in picture_rows)
    assert choices.legend_box.isVisibleTo(dialog)
    assert not dialog.include_boxes["sources"].isVisibleTo(dialog)
    choices.width_box.setValue(2400)
    choices.height_box.setValue(1200)
    choices.scale_box.setValue(1.5)
    choices.shows_box.setCurrentIndex(choices.shows_box.findData("view"))
    choices.legend_box.setChecked(False)
    picture = dialog.choice().picture
    assert (picture.width, picture.height, picture.scale, picture.legend) == (
        2400,
        1200,
        1.5,
        False,
    )
    assert picture.time_range == pytest.approx((7000.0, 8000.0))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("svg"))
    assert not choices.scale_box.isVisibleTo(dialog)  # an SVG has no pixels to scale
    dialog.accept()
    again = ExportDialog("en", False, window, view_range=(7100.0, 7200.0)).choice()
    assert again.format == "svg"
    assert (again.picture.width, again.picture.height, again.picture.legend) == (2400, 1200, False)
    assert again.picture.time_range == (7100.0, 7200.0)  # the view now, not the one then
    whole = ExportDialog("en", False, window)  # no view given: the whole timeline
    assert whole.picture_choices.shows_box.count() == 1
    assert whole.choice().picture.time_range is None


def test_the_preview_of_a_picture_is_the_picture(window: MainWindow) -> None:
    dialog = ExportDialog("en", False, window)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("png"))
    dialog.update_preview()
    image = dialog.preview.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("preview:picture")
    )
    assert isinstance(image, QImage) and not image.isNull()
    assert image.width() / image.height() == pytest.approx(1600 / 900, rel=0.02)


def test_print_asks_nothing_about_pictures(window: MainWindow) -> None:
    first = ExportDialog("en", False, window)
    first.format_box.setCurrentIndex(first.format_box.findData("png"))
    first.accept()
    printing = ExportDialog("en", False, window, formats=False)
    assert not printing.picture_choices.width_box.isVisibleTo(printing)
    assert printing.include_boxes["sources"].isVisibleTo(printing)
    assert preview_text(printing)  # the handout, not a picture


def test_the_formats_are_named_in_the_users_language(window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    from explorer.qt.i18n import install_language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "ar")
    try:
        dialog = ExportDialog("ar", False, window)
        names = [dialog.format_box.itemText(row) for row in range(dialog.format_box.count())]
        assert "صورة PNG (.png)" in names and "نص OpenDocument (.odt)" in names
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("svg"))
        assert dialog.choice().file_filter == "صورة SVG (*.svg)"
    finally:
        install_language(app, "en")
    english = ExportDialog("en", False, window)
    assert english.format_box.itemText(english.format_box.findData("png")) == "PNG image (.png)"


def test_the_preview_pictures_every_event_the_export_will(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pictured: list[int] = []
    draw = handout._timeline_picture

    def counted(request: ExportRequest, width: int) -> QImage:
        pictured.append(len(request.events))
        return draw(request, width)

    monkeypatch.setattr(handout, "_timeline_picture", counted)
    dialog = ExportDialog("en", False, window)
    dialog.scope_box.setCurrentIndex(dialog.scope_box.findData("all"))
    dialog.update_preview()
    assert pictured[-1] == len(window.dataset.events) > PREVIEW_EVENTS  # not the first 12


def test_no_picture_in_the_preview_when_the_export_has_none(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over 2,000 events the handout has no picture: nor has its preview of the first 12."""
    path = tmp_path / "catalogue.json"
    path.write_bytes(catalogue_json(2_001))
    big = show_window(qtbot, load_dataset(path).dataset)
    pictured: list[int] = []
    monkeypatch.setattr(handout, "_timeline_picture", lambda request, _: pictured.append(1))
    dialog = ExportDialog("en", False, big)
    dialog.scope_box.setCurrentIndex(dialog.scope_box.findData("all"))
    dialog.update_preview()
    assert pictured == [] and "2,001 events" in dialog.preview.document().toPlainText()

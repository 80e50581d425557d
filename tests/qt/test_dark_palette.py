"""The window follows a light or a dark palette; exported pictures keep their light theme."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QWidget

from explorer.app import ensure_application
from explorer.core.contrast import TEXT_CONTRAST, contrast_ratio
from explorer.core.export import ExportRequest, exporter_named
from explorer.core.picture import PictureOptions
from explorer.core.schema import Dataset, decode_dataset
from explorer.paths import default_dataset_path
from explorer.qt import exporters as _qt_exporters  # noqa: F401  (registers PNG and SVG)
from explorer.qt import style
from explorer.qt.detail_models import ParticipantsModel
from explorer.qt.detail_pane import DetailPane
from explorer.qt.main_window import MainWindow
from explorer.qt.story_slide import StorySlide
from explorer.qt.style import apply_style, make_palette, palette_is_dark
from tests.qt.screen import show_window

ROOT = Path(__file__).resolve().parents[2]
BELOVEZHA = "belovezha-accords"


def rgb(color: QColor) -> tuple[int, int, int]:
    return color.red(), color.green(), color.blue()


def lightness(color: QColor) -> float:
    return color.lightnessF()


@pytest.fixture(scope="module")
def story() -> Dataset:
    return decode_dataset(default_dataset_path().read_bytes())


@pytest.fixture
def app() -> Iterator[QApplication]:
    """The application, back on the palette the other tests expect once the test is over."""
    application = ensure_application()  # our fonts and style, before a test changes the palette
    yield application
    apply_style(application, "system")


def dark_window(qtbot, app: QApplication) -> MainWindow:  # type: ignore[no-untyped-def]
    apply_style(app, "dark")
    window = show_window(qtbot)
    assert window.select_event(BELOVEZHA)
    return window


def pane_of(window: MainWindow) -> DetailPane:
    pane = window.findChild(DetailPane, "detailPane")
    assert pane is not None
    return pane


def extremes(widget: QWidget) -> tuple[QColor, QColor]:
    """The darkest and the lightest pixel of what ``widget`` shows."""
    image = widget.grab().toImage()
    colors = [
        image.pixelColor(x, y)
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    ]
    return min(colors, key=lightness), max(colors, key=lightness)


def test_the_dark_palette_is_dark_and_its_text_reads() -> None:
    for dark in (False, True):
        palette = make_palette(dark)
        assert palette_is_dark(palette) == dark
        role = QPalette.ColorRole
        for text, background in (
            (role.Text, role.Base),
            (role.WindowText, role.Window),
            (role.PlaceholderText, role.Base),
            (role.Link, role.Base),
            (role.HighlightedText, role.Highlight),
            (role.ToolTipText, role.ToolTipBase),
        ):
            ratio = contrast_ratio(rgb(palette.color(text)), rgb(palette.color(background)))
            assert ratio >= TEXT_CONTRAST, (dark, text, background, ratio)


def test_the_system_theme_follows_the_desktop_and_a_pinned_one_stays(  # type: ignore[no-untyped-def]
    app, monkeypatch
) -> None:
    hints = app.styleHints()
    apply_style(app, "system")
    assert not palette_is_dark(app.palette())  # the offscreen desktop has no dark scheme
    monkeypatch.setattr(style, "system_prefers_dark", lambda: True)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert palette_is_dark(app.palette())
    apply_style(app, "light")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not palette_is_dark(app.palette())


def test_in_the_dark_theme_the_pane_is_dark_and_its_text_light(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    window = dark_window(qtbot, app)
    pane = pane_of(window)
    body = pane.scroll_area.widget()
    background = body.grab().toImage().pixelColor(QPoint(4, 4))
    assert lightness(background) < 0.2
    _darkest, lightest = extremes(pane.title_label)
    assert lightness(lightest) > 0.8
    assert contrast_ratio(rgb(lightest), rgb(background)) >= TEXT_CONTRAST
    # The kind line ("TREATY") and the sources' citations are readable on the dark base too.
    kind = QColor(pane.kind_label.styleSheet().split(":")[1].strip(" ;"))
    assert contrast_ratio(rgb(kind), rgb(background)) >= TEXT_CONTRAST
    assert "#4b5563" not in pane.sources_label.text()


def test_signed_reads_on_its_row_in_the_dark_theme(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    window = dark_window(qtbot, app)
    table = pane_of(window).participants_view
    model = table.model()
    signed_rows = [
        row
        for row in range(model.rowCount())
        if model.index(row, ParticipantsModel.STATUS).data() == "Signed"
    ]
    assert signed_rows
    index = model.index(signed_rows[0], ParticipantsModel.STATUS)
    # What the delegate paints with…
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    if table.alternatingRowColors() and signed_rows[0] % 2:
        option.features |= QStyleOptionViewItem.ViewItemFeature.Alternate
    delegate = table.itemDelegateForIndex(index)
    delegate.initStyleOption(option, index)
    text = option.palette.color(QPalette.ColorRole.Text)
    # …and what the user sees: the cell's background and its most contrasting pixel.
    image: QImage = table.viewport().grab().toImage()
    cell = table.visualRect(index)
    background = image.pixelColor(cell.left() + 1, cell.top() + 1)
    assert lightness(background) < 0.2
    assert contrast_ratio(rgb(text), rgb(background)) >= TEXT_CONTRAST
    ratio = max(
        contrast_ratio(rgb(image.pixelColor(x, y)), rgb(background))
        for x in range(cell.left(), cell.right())
        for y in range(cell.top(), cell.bottom())
    )
    assert ratio >= TEXT_CONTRAST
    assert text.green() > text.red()  # still green


def test_switching_the_palette_at_run_time_renders_the_pane_again(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    apply_style(app, "light")
    window = show_window(qtbot)
    assert window.select_event(BELOVEZHA)
    pane = pane_of(window)
    light_sources = pane.sources_label.text()
    light_kind = pane.kind_label.styleSheet()
    apply_style(app, "dark")
    qtbot.waitUntil(lambda: pane.sources_label.text() != light_sources)
    assert pane.kind_label.styleSheet() != light_kind
    background = pane.scroll_area.widget().grab().toImage().pixelColor(QPoint(4, 4))
    assert lightness(background) < 0.2
    apply_style(app, "light")
    qtbot.waitUntil(lambda: pane.sources_label.text() == light_sources)
    assert pane.kind_label.styleSheet() == light_kind


def test_the_story_slide_follows_the_palette(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    apply_style(app, "dark")
    window = show_window(qtbot)
    action = window.findChild(QAction, "actionStory")
    assert action is not None
    action.trigger()
    slide = window.findChild(StorySlide)
    assert slide is not None
    qtbot.waitUntil(slide.isVisible)
    background = slide.grab().toImage().pixelColor(QPoint(4, slide.height() // 2))
    assert lightness(background) < 0.2
    apply_style(app, "light")
    qtbot.waitUntil(
        lambda: lightness(slide.grab().toImage().pixelColor(QPoint(4, slide.height() // 2))) > 0.8
    )
    action.trigger()


def test_an_exported_png_stays_white_in_the_dark_theme(qtbot, app, story: Dataset) -> None:  # type: ignore[no-untyped-def]
    apply_style(app, "dark")
    exporter = exporter_named("png")
    assert exporter is not None
    events = sorted(story.events, key=lambda e: (e.start_time, e.end_time, e.id))
    request = ExportRequest(story, events, "en", picture=PictureOptions(800, 400, 1.0))
    image = QImage.fromData(exporter.render(request), "PNG")
    corner = image.pixelColor(2, image.height() - 3)
    assert rgb(corner) == (255, 255, 255)


def test_the_theme_option_paints_a_dark_window(tmp_path: Path) -> None:
    shot = tmp_path / "dark.png"
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--theme", "dark", "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert lightness(image.pixelColor(image.width() - 4, image.height() - 4)) < 0.2
    bad = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--theme", "purple", "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 2
    assert "--theme" in bad.stderr and "Traceback" not in bad.stderr

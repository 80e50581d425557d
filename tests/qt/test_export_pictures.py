"""Pictures of the timeline (PNG, SVG) read back: size, scale, time shown, legend, whole texts."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from explorer.core.dates import days_from_civil
from explorer.core.export import ExportRequest, exporter_named
from explorer.core.picture import PictureOptions
from explorer.core.schema import Dataset, Event, decode_dataset
from explorer.paths import default_dataset_path
from explorer.qt import exporters as _qt_exporters  # noqa: F401  (registers PNG and SVG)
from explorer.qt.export_dialog import ExportDialog
from explorer.qt.legend_paint import legend_entries
from explorer.qt.style import KIND_COLORS
from tests.qt.screen import show_window

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def story() -> Dataset:
    return decode_dataset(default_dataset_path().read_bytes())


def request_for(
    story: Dataset, language: str = "en", picture: PictureOptions | None = None
) -> ExportRequest:
    events = sorted(story.events, key=lambda e: (e.start_time, e.end_time, e.id))
    return ExportRequest(story, events, language, picture=picture or PictureOptions())


def render(name: str, request: ExportRequest) -> bytes:
    exporter = exporter_named(name)
    assert exporter is not None
    return exporter.render(request)


def svg_texts(data: bytes) -> list[ElementTree.Element]:
    root = ElementTree.fromstring(data)
    return list(root.iter(f"{SVG}text"))


def text_of(element: ElementTree.Element) -> str:
    return element.text or ""


@pytest.mark.parametrize(("width", "height", "scale"), [(1600, 900, 2.0), (700, 300, 1.5)])
def test_a_png_has_the_size_times_the_scale(
    qtbot: QtBot, story: Dataset, width: int, height: int, scale: float
) -> None:
    data = render("png", request_for(story, picture=PictureOptions(width, height, scale)))
    image = QImage.fromData(data, "PNG")
    assert (image.width(), image.height()) == (round(width * scale), round(height * scale))


def test_an_svg_has_the_size_the_title_and_a_legend_of_the_kinds_shown(
    qtbot: QtBot, story: Dataset
) -> None:
    data = render("svg", request_for(story, picture=PictureOptions(2400, 1200)))
    root = ElementTree.fromstring(data)
    assert root.get("viewBox") == "0 0 2400 1200"
    assert root.findtext(f"{SVG}title") == "The end of the Soviet Union"
    texts = [text_of(element) for element in svg_texts(data)]
    assert "The end of the Soviet Union" in texts
    assert "Belovezha Accords" in texts
    assert {"Event", "Treaty", "Cause", "Period"} <= set(texts)
    without = render("svg", request_for(story, picture=PictureOptions(legend=False)))
    assert "Treaty" not in {text_of(element) for element in svg_texts(without)}


def test_arabic_titles_are_whole_runs_of_text_marked_right_to_left(
    qtbot: QtBot, story: Dataset
) -> None:
    data = render("svg", request_for(story, "ar"))
    by_text = {text_of(element): element for element in svg_texts(data)}
    accords = by_text["اتفاقيات بيلوفيجا"]  # the Belovezha Accords, one <text>, not one a word
    assert accords.get("direction") == "rtl"
    assert "نهاية الاتحاد السوفيتي" in by_text  # the timeline's title
    assert "معاهدة" in by_text  # the legend's "Treaty"
    assert not any(text.strip() == "" for text in by_text)  # no <text> of a lone space
    # Qt's own SVG renderer reads it back
    renderer = QSvgRenderer(QByteArray(data))
    assert renderer.isValid()


def test_the_legend_starts_where_reading_starts(qtbot: QtBot, story: Dataset) -> None:
    for language, name in (("en", "Event"), ("ar", "حدث")):
        data = render("svg", request_for(story, language, PictureOptions(1000, 500)))
        (element,) = [e for e in svg_texts(data) if text_of(e) == name]
        x = float(element.get("x", "0"))
        assert (x < 200) if language == "en" else (x > 800), (language, x)


def test_the_legend_is_painted_in_the_kinds_colours(qtbot: QtBot, story: Dataset) -> None:
    picture = PictureOptions(800, 400, 1.0)
    image = QImage.fromData(render("png", request_for(story, "ar", picture)), "PNG")
    strip = image.copy(QRect(400, 360, 400, 40))  # the bottom right corner, in Arabic
    colours = {strip.pixelColor(x, y).name() for x in range(400) for y in range(40)}
    assert QColor(KIND_COLORS["treaty"]).name() in colours
    assert QColor(KIND_COLORS["event"]).name() in colours


def test_a_time_range_shows_that_time_only(qtbot: QtBot, story: Dataset) -> None:
    december = (float(days_from_civil(1991, 12, 1)), float(days_from_civil(1992, 1, 1)))
    picture = PictureOptions(1200, 600, time_range=december)
    texts = {
        text_of(element) for element in svg_texts(render("svg", request_for(story, "en", picture)))
    }
    assert "Belovezha Accords" in texts
    assert "Chernobyl disaster" not in texts
    assert any(text.endswith(" events · December 1991") for text in texts)  # the subtitle
    whole = {text_of(element) for element in svg_texts(render("svg", request_for(story)))}
    assert "Chernobyl disaster" in whole


def test_legend_entries_have_the_marks_of_their_events(story: Dataset) -> None:
    entries = {entry.kind: entry for entry in legend_entries(story.events, "en")}
    assert entries["treaty"].label == "Treaty" and entries["treaty"].instants
    assert entries["period"].spans and not entries["period"].instants
    only_instants: list[Event] = [e for e in story.events if e.end is None and e.kind == "event"]
    assert [entry.kind for entry in legend_entries(only_instants, "ar")] == ["event"]
    assert legend_entries(only_instants, "ar")[0].label == "حدث"


def test_the_window_exports_the_current_view_as_chosen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = show_window(qtbot)
    window.timeline_view.set_visible_range(
        float(days_from_civil(1991, 12, 1)), float(days_from_civil(1992, 1, 1))
    )
    settings = QSettings()
    for key, value in (
        ("export/format", "svg"),
        ("export/scope", "all"),
        ("export/pictureWidth", 1000),
        ("export/pictureHeight", 400),
        ("export/pictureShows", "view"),
    ):
        settings.setValue(key, value)
    target = tmp_path / "december.svg"
    monkeypatch.setattr(ExportDialog, "exec", lambda _self: ExportDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    window.export_action.trigger()
    qtbot.waitUntil(target.exists, timeout=20_000)
    data = target.read_bytes()
    assert ElementTree.fromstring(data).get("viewBox") == "0 0 1000 400"
    texts = {text_of(element) for element in svg_texts(data)}
    assert "Belovezha Accords" in texts and "Chernobyl disaster" not in texts

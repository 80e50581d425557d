"""The window's legend: one toggle per kind (and category) that hides or shows those events."""

from __future__ import annotations

import msgspec
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from explorer.core.dates import PartialDate
from explorer.core.schema import Category, Event
from explorer.qt.event_model import EventRole
from explorer.qt.exporting import events_in_scope
from explorer.qt.legend import Legend
from explorer.qt.main_window import MainWindow
from explorer.qt.style import apply_style
from tests.factories import small_dataset
from tests.qt.screen import show_window

GREEN, PURPLE = "#2e7d32", "#7b1fa2"


def legend_of(window: MainWindow) -> Legend:
    legend = window.findChild(QWidget, "legend")
    assert isinstance(legend, Legend) and legend.isVisible()
    return legend


def button(window: MainWindow, text: str) -> QToolButton:
    found = [b for b in legend_of(window).buttons() if b.text() == text]
    assert len(found) == 1, [b.text() for b in legend_of(window).buttons()]
    return found[0]


def listed_titles(window: MainWindow) -> list[str]:
    model = window.event_list.model()
    return [
        model.index(row, 0).data(EventRole.EVENT).title["en"] for row in range(model.rowCount())
    ]


def shown_kinds(window: MainWindow) -> set[str]:
    store = window.event_model.store
    assert store is not None
    return {store.events[row].kind for row in window.filter_model.shown_rows().tolist()}


def filtered_export(window: MainWindow) -> list[str]:
    events = events_in_scope(
        window.event_model, window.filter_model, window.selection_model, "filtered"
    )
    return [event.id for event in events]


def test_unchecking_a_kind_hides_its_events_everywhere_and_checking_brings_them_back(
    qtbot: QtBot,
) -> None:
    window = show_window(qtbot, small_dataset(), size=(1280, 800))
    treaty = button(window, "Treaty")
    assert treaty.isChecked() and treaty.toolTip() == "Hide “Treaty” events"
    assert "Belovezha Accords" in listed_titles(window)
    assert window.count_label.text() == "5 events"
    heading = window.findChild(QWidget, "datasetHeading")  # on the title's line, above the timeline
    assert heading is not None and heading.isAncestorOf(legend_of(window))
    timeline_top = window.timeline_view.mapTo(window, QPoint(0, 0)).y()
    assert treaty.mapTo(window, QPoint(0, treaty.height())).y() <= timeline_top

    qtbot.mouseClick(treaty, Qt.MouseButton.LeftButton)

    assert not treaty.isChecked() and treaty.toolTip() == "Show “Treaty” events"
    assert "treaty" not in shown_kinds(window) and {"cause", "event"} <= shown_kinds(window)
    assert "Belovezha Accords" not in listed_titles(window)
    assert window.count_label.text() == "4 of 5 events shown"
    assert "accords" not in filtered_export(window) and len(filtered_export(window)) == 4

    qtbot.mouseClick(treaty, Qt.MouseButton.LeftButton)

    assert "Belovezha Accords" in listed_titles(window)
    assert window.count_label.text() == "5 events"


def test_a_hidden_kind_and_a_search_both_apply(qtbot: QtBot) -> None:
    window = show_window(qtbot, small_dataset())
    window.search_field.setText("the")  # "The planned economy", "Fall of the Berlin Wall", ...
    searched = set(filtered_export(window))
    assert {"economy", "wall"} <= searched and "glasnost" not in searched

    button(window, "Cause").click()

    kinds = {event.id: event.kind for event in small_dataset().events}
    expected = {event_id for event_id in searched if kinds[event_id] != "cause"}
    assert set(filtered_export(window)) == expected and "wall" in expected
    window.search_field.clear()
    assert "cause" not in shown_kinds(window) and "treaty" in shown_kinds(window)


def test_the_current_event_stays_current_when_another_kind_is_hidden(qtbot: QtBot) -> None:
    window = show_window(qtbot, small_dataset())
    store = window.event_model.store
    assert store is not None
    source = window.event_model.index(store.row_of("accords"), 0)
    window.selection_model.setCurrentIndex(
        window.filter_model.mapFromSource(source),
        QItemSelectionModel.SelectionFlag.ClearAndSelect,
    )
    button(window, "Cause").click()
    assert window.selection_model.currentIndex().data(EventRole.EVENT).id == "accords"


def test_the_legend_reads_right_to_left_in_arabic(qtbot: QtBot) -> None:
    window = show_window(qtbot, small_dataset(), language="ar")
    legend = legend_of(window)
    texts = [b.text() for b in legend.buttons()]
    assert "معاهدة" in texts
    first, second = legend.buttons()[:2]
    assert first.mapTo(window, QPoint(0, 0)).x() > second.mapTo(window, QPoint(0, 0)).x()
    assert first.text() in first.toolTip()


def test_a_language_switch_renames_the_entries_and_keeps_what_is_hidden(qtbot: QtBot) -> None:
    window = show_window(qtbot, small_dataset())
    button(window, "Treaty").click()
    window.set_language("ar")
    treaty = button(window, "معاهدة")
    assert not treaty.isChecked()
    assert "treaty" not in shown_kinds(window)


def test_a_new_dataset_shows_every_kind_again(qtbot: QtBot) -> None:
    window = show_window(qtbot, small_dataset())
    button(window, "Treaty").click()
    window.set_dataset(small_dataset())
    assert button(window, "Treaty").isChecked()
    assert "treaty" in shown_kinds(window)


def categorized_dataset():  # type: ignore[no-untyped-def]
    date = PartialDate.parse
    return msgspec.structs.replace(
        small_dataset(),
        categories=[
            Category(id="green", name={"en": "Green", "ar": "أخضر"}, colour=GREEN),
            Category(id="purple", name={"en": "Purple", "ar": "بنفسجي"}, colour=PURPLE),
        ],
        events=[
            Event(id="a", title={"en": "In green"}, start=date("1988"), category="green"),
            Event(id="b", title={"en": "Also green"}, start=date("1989"), category="green"),
            Event(
                id="c",
                title={"en": "In purple"},
                start=date("1990"),
                end=date("1991"),
                category="purple",
            ),
            Event(id="d", title={"en": "Plain"}, start=date("1991")),
        ],
    )


def icon_has(button: QToolButton, colour: str) -> bool:
    shown = QIcon.Mode.Normal, QIcon.State.On
    image = button.icon().pixmap(button.iconSize(), 1.0, *shown).toImage()
    wanted = QColor(colour)
    return any(
        image.pixelColor(x, y).rgb() == wanted.rgb()
        for x in range(image.width())
        for y in range(image.height())
    )


def test_categories_appear_in_their_colours_and_hide_their_events(qtbot: QtBot) -> None:
    window = show_window(qtbot, categorized_dataset(), size=(1280, 800))
    green, purple = button(window, "Green"), button(window, "Purple")
    assert icon_has(green, GREEN) and icon_has(purple, PURPLE)

    green.click()

    assert listed_titles(window) == ["In purple", "Plain"]
    assert window.count_label.text() == "2 of 4 events shown"
    assert filtered_export(window) == ["c", "d"]


def test_a_short_line_shows_the_marks_alone_and_the_names_in_tool_tips(qtbot: QtBot) -> None:
    names = [f"A category with a long name {n}" for n in range(8)]
    dataset = msgspec.structs.replace(
        categorized_dataset(),
        categories=[
            Category(id=f"c{n}", name={"en": name}, colour=GREEN) for n, name in enumerate(names)
        ],
        events=[
            Event(id=f"e{n}", title={"en": "E"}, start=PartialDate.parse("1990"), category=f"c{n}")
            for n in range(8)
        ],
    )
    window = show_window(qtbot, dataset, size=(1024, 700))
    legend = legend_of(window)
    assert window.minimumSizeHint().width() <= 1024
    legend_rect = legend.rect()
    for entry in legend.buttons():
        assert entry.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        assert legend_rect.contains(entry.geometry())
        assert entry.accessibleName() in entry.toolTip()
    window.resize(3000, 700)
    qtbot.waitUntil(
        lambda: legend.buttons()[0].toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    )


def test_the_marks_are_drawn_again_on_a_dark_palette(qtbot: QtBot) -> None:
    window = show_window(qtbot, small_dataset())
    cause = button(window, "Cause")  # a bar: its fill is the kind's colour faded into the base

    def bar_fill_lightness() -> float:
        image = cause.icon().pixmap(cause.iconSize(), 1.0, QIcon.Mode.Normal, QIcon.State.On)
        picture = image.toImage()
        return picture.pixelColor(picture.width() // 2, picture.height() // 2).lightnessF()

    assert bar_fill_lightness() > 0.6
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_style(app, "dark")
    try:
        qtbot.waitUntil(lambda: bar_fill_lightness() < 0.4)
    finally:
        apply_style(app, "system")

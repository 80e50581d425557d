"""View ▸ Language switches the whole window in place, is remembered, and a first start follows
the desktop's language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from explorer.app import create_main_window
from explorer.core.dates import days_from_civil
from explorer.qt import i18n, settings
from explorer.qt.main_window import MainWindow
from tests.qt.screen import show_window

ARABIC = re.compile("[\u0600-\u06ff]")
LATIN_WORD = re.compile("[A-Za-z]{2,}")
#: What the Arabic window may show in Latin letters: names of languages, keys, units.
PROPER_NAMES = {"English", "Ctrl", "Shift", "Alt", "Esc", "Del", "PgUp", "PgDown", "F5", "px"}


def language_action(window: MainWindow, code: str) -> QAction:
    return next(a for a in window.language_menu.actions() if a.data() == code)


def choose_language(window: MainWindow, code: str) -> None:
    """What a user does: View ▸ Language ▸ the language."""
    language_action(window, code).trigger()


def x_of(window: MainWindow, event_id: str) -> int:
    view = window.timeline_view
    index = window.filter_model.mapFromSource(window.event_model.index_of(event_id))
    return view.visualRect(index).center().x()


def file_dialog_labels(window: MainWindow, qtbot: QtBot) -> dict[str, str]:
    dialog = QFileDialog(window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = {}
    for name in ("lookInLabel", "fileNameLabel"):
        label = dialog.findChild(QLabel, name)
        assert label is not None, name
        labels[name] = label.text()
    dialog.close()
    return labels


def test_the_language_menu_offers_each_language_by_its_own_name(qtbot: QtBot) -> None:
    window = show_window(qtbot)
    actions = window.language_menu.actions()
    assert [(a.data(), a.text()) for a in actions] == [("en", "English"), ("ar", "العربية")]
    assert all(a.isCheckable() for a in actions)
    assert [a.isChecked() for a in actions] == [True, False]
    assert window.language_menu.menuAction() in window.view_menu.actions()
    assert not window.language_menu.menuAction().icon().isNull()


def test_switching_en_ar_en_retranslates_in_place_and_keeps_the_view(qtbot: QtBot) -> None:
    window = show_window(qtbot)
    window.select_event("belovezha-accords")
    window.search_field.setText("1991")
    december = (float(days_from_civil(1991, 11, 20)), float(days_from_civil(1992, 1, 10)))
    window.timeline_view.set_visible_range(*december)
    assert x_of(window, "belovezha-accords") < x_of(window, "alma-ata-protocol")
    english_labels = file_dialog_labels(window, qtbot)
    without_mnemonics = {name: text.replace("&", "") for name, text in english_labels.items()}
    assert without_mnemonics == {"lookInLabel": "Look in:", "fileNameLabel": "File name:"}

    choose_language(window, "ar")

    assert window.language == "ar"
    assert [a.isChecked() for a in window.language_menu.actions()] == [False, True]
    assert window.view_menu.title() == "&عرض"
    assert window.zoom_in_action.text() == "&تكبير"
    assert window.detail_pane.causes_heading.text() == "الأسباب"
    assert ARABIC.search(window.detail_pane.kind_label.text())
    assert ARABIC.search(window.event_list.model().index(0, 0).data())
    assert ARABIC.search(window.count_label.text())
    assert window.timeline_view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.timeline_view.language() == "ar"
    assert x_of(window, "belovezha-accords") > x_of(window, "alma-ata-protocol")  # mirrored
    arabic_labels = file_dialog_labels(window, qtbot)
    assert all(ARABIC.search(text) for text in arabic_labels.values()), arabic_labels
    current = window.current_event()
    assert current is not None
    assert current.id == "belovezha-accords"
    assert window.timeline_view.visible_range() == pytest.approx(december)
    assert window.search_field.text() == "1991"
    assert settings.LANGUAGE.get() == "ar"

    choose_language(window, "en")

    assert window.view_menu.title() == "&View"
    assert window.zoom_in_action.text() == "Zoom &In"
    assert window.detail_pane.causes_heading.text() == "Causes"
    assert not ARABIC.search(window.event_list.model().index(0, 0).data())
    assert "event" in window.count_label.text()
    assert window.timeline_view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert x_of(window, "belovezha-accords") < x_of(window, "alma-ata-protocol")
    assert file_dialog_labels(window, qtbot) == english_labels
    assert window.current_event().id == "belovezha-accords"  # type: ignore[union-attr]
    assert window.timeline_view.visible_range() == pytest.approx(december)
    assert window.search_field.text() == "1991"
    assert settings.LANGUAGE.get() == "en"


def visible_texts(window: MainWindow) -> list[str]:
    """Every text a user can read in the window and its menus (not the data shown)."""
    texts = [window.windowTitle().rsplit(" — ", 1)[-1]]
    for widget in window.findChildren(QWidget):
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.objectName() not in (
            "datasetTitle",
            "datasetDescription",
        ):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QMenu):
            texts.append(widget.title())
    for action in window.findChildren(QAction):
        if action.data() is None or action.data() in i18n.LANGUAGES:  # recent files hold paths
            texts += [action.text(), action.toolTip()]
    for index in range(window.detail_tabs.count()):
        texts.append(window.detail_tabs.tabText(index))
    return [text for text in texts if text]


def english_only(text: str) -> bool:
    words = [word for word in LATIN_WORD.findall(text) if word not in PROPER_NAMES]
    return bool(words) and not ARABIC.search(text)


def test_no_visible_string_of_the_arabic_window_is_english_only(qtbot: QtBot) -> None:
    window = show_window(qtbot)
    window.select_event("belovezha-accords")
    choose_language(window, "ar")
    assert [text for text in visible_texts(window) if english_only(text)] == []


def test_the_choice_is_remembered_for_the_next_window(qtbot: QtBot) -> None:
    window = show_window(qtbot)
    choose_language(window, "ar")
    window.close()
    again = create_main_window()
    qtbot.addWidget(again)
    assert again.language == "ar"
    assert again.isRightToLeft()
    assert language_action(again, "ar").isChecked()


def test_a_first_start_follows_the_system_locale(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "system_locale", lambda: QLocale(QLocale.Language.Arabic))
    window = create_main_window()
    qtbot.addWidget(window)
    assert window.language == "ar"
    assert window.view_menu.title() == "&عرض"
    english = create_main_window(language="en")  # --lang overrides
    qtbot.addWidget(english)
    assert english.language == "en"


def test_an_english_desktop_starts_in_english(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "system_locale", lambda: QLocale(QLocale.Language.French))
    window = create_main_window()
    qtbot.addWidget(window)
    assert window.language == "en"
    settings.LANGUAGE.set("ar")  # a saved choice beats the system's language
    assert i18n.chosen_language(None) == "ar"
    assert i18n.chosen_language("en") == "en"


def test_a_switch_relabels_the_timeline_without_reading_its_rows_again(qtbot: QtBot) -> None:
    window = show_window(qtbot)
    timeline = window.timeline_view._timeline
    geometry = timeline.geometry
    row = window.timeline_view.model().index(0, 0).row()
    assert not ARABIC.search(timeline.title(row))

    choose_language(window, "ar")
    qtbot.waitUntil(lambda: ARABIC.search(timeline.title(row)) is not None)

    # Titles are read again; the rows' times, kinds and links are not (a million rows would
    # take seconds), so the timeline keeps its arrays.
    assert timeline.geometry is geometry
    window.search_field.setText("1991")  # a filter does change the rows
    qtbot.waitUntil(lambda: timeline.geometry is not geometry)

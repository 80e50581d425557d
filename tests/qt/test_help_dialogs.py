"""Help ▸ Keyboard Shortcuts, About, and the tooltips that name each action's keys."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QWidget
from pytestqt.qtbot import QtBot

from explorer import __version__
from explorer.app import create_main_window
from explorer.qt.about_dialog import PROJECT_LICENSE, AboutDialog, credits
from explorer.qt.i18n import install_language
from explorer.qt.shortcut_tooltips import add_shortcut_tooltips
from explorer.qt.shortcuts_dialog import ShortcutsDialog
from tests.factories import small_dataset

ROOT = Path(__file__).resolve().parents[2]


def native(keys: QKeySequence | QKeySequence.StandardKey | str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def action(
    window: QWidget, text: str, keys: QKeySequence | QKeySequence.StandardKey | str
) -> QAction:
    made = QAction(text, window)
    made.setShortcut(QKeySequence(keys))
    return made


def menu_window(qtbot: QtBot) -> QMainWindow:
    """A File menu with Open, a Go menu with Back, and a key of the window in no menu."""
    window = QMainWindow()
    qtbot.addWidget(window)
    file_menu = window.menuBar().addMenu("&File")
    file_menu.addAction(action(window, "&Open…", QKeySequence.StandardKey.Open))
    file_menu.addAction(QAction("No Keys", window))
    recent = QMenu("Open &Recent", file_menu)
    recent.addAction(action(window, "&Clear List", "Ctrl+Shift+Del"))
    file_menu.addMenu(recent)
    go_menu = window.menuBar().addMenu("&Go")
    go_menu.addAction(action(window, "&Back", QKeySequence.StandardKey.Back))
    next_slide = action(window, "Next Slide", "Right")
    next_slide.setShortcuts([QKeySequence("Right"), QKeySequence("Space")])
    window.addAction(next_slide)
    window.addAction(QAction("Hidden, no text", window))
    return window


def test_the_shortcuts_dialog_lists_each_key_under_its_menu(qtbot: QtBot) -> None:
    window = menu_window(qtbot)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "shortcutsDialog"
    assert dialog.entries() == [
        ("File", "Open…", native("Ctrl+O")),
        ("File", "Clear List", native("Ctrl+Shift+Del")),
        ("Go", "Back", native(QKeySequence.StandardKey.Back)),
        ("Other Keys", "Next Slide", f"{native('Right')}, {native('Space')}"),
    ]


def test_typing_in_the_shortcuts_dialog_finds_an_action_or_a_key(qtbot: QtBot) -> None:
    window = menu_window(qtbot)
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter_field, "ctrl+o")
    assert [name for _group, name, _keys in dialog.entries()] == ["Open…"]
    dialog.filter_field.clear()
    qtbot.keyClicks(dialog.filter_field, "back")
    assert [name for _group, name, _keys in dialog.entries()] == ["Back"]
    dialog.filter_field.clear()
    qtbot.keyClicks(dialog.filter_field, "go")  # a menu's name shows all of its keys
    assert [group for group, _name, _keys in dialog.entries()] == ["Go"]


def test_the_windows_shortcuts_include_open_back_and_present(qtbot: QtBot) -> None:
    window = create_main_window(small_dataset())
    qtbot.addWidget(window)
    help_actions = window.help_actions  # Help ▸ Keyboard Shortcuts, as the window installs it
    window.show()
    help_actions.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    listed = {(name, keys) for _group, name, keys in dialog.entries()}
    assert ("Open…", native(QKeySequence.StandardKey.Open)) in listed
    assert ("Back", native(QKeySequence.StandardKey.Back)) in listed
    assert ("Present", "F5") in listed
    assert ("Keyboard Shortcuts", native("Ctrl+/")) in listed
    help_menu = window.help_menu.actions()
    assert help_menu.index(help_actions.shortcuts_action) < help_menu.index(window.about_action)
    dialog.close()


def test_about_names_the_version_the_sources_and_the_licences(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "aboutDialog"
    text = dialog.text()
    assert __version__ in text
    assert "SIL Open Font License 1.1" in text
    assert "OFL.txt" in text
    assert "GNU LGPL v3" in text and "BSD 3-Clause" in text
    assert "end-of-the-soviet-union.ar.txt" in text  # where the source article is
    assert "Help ▸ The Built-in Story's Source Article" in text


def test_abouts_project_licence_is_the_one_pyproject_declares() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert declared["project"]["license"] == PROJECT_LICENSE


def test_abouts_links_are_web_links_only(qtbot: QtBot) -> None:
    for credit in credits():
        assert credit.url == "" or credit.url.startswith("https://"), credit
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    for label in dialog.findChildren(QLabel):
        assert not label.openExternalLinks()  # links go through open_link, which checks them


def test_both_dialogs_are_right_to_left_in_arabic(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "ar")
    window = menu_window(qtbot)
    about = AboutDialog(window)
    shortcuts = ShortcutsDialog(window)
    for dialog in (about, shortcuts):
        qtbot.addWidget(dialog)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "مساعدة ◂" in about.text()  # the menu path reads right to left


def test_tooltips_name_the_keys_and_follow_text_and_keys(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    zoom_in = action(window, "Zoom &In", QKeySequence.StandardKey.ZoomIn)
    back = action(window, "&Back", QKeySequence.StandardKey.Back)
    back.setToolTip("Back to the previous event")
    present = action(window, "&Present", "F5")
    present.setToolTip("Present the story (F5)")
    no_keys = QAction("&About", window)
    add_shortcut_tooltips([zoom_in, back, present, no_keys], window)

    assert zoom_in.toolTip() == f"Zoom In ({native(QKeySequence.StandardKey.ZoomIn)})"
    assert back.toolTip() == f"Back to the previous event ({native(QKeySequence.StandardKey.Back)})"
    assert present.toolTip() == "Present the story (F5)"  # names its keys already
    assert no_keys.toolTip() == "About"

    zoom_in.setText("&Larger")  # as a new language does
    back.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))  # as right to left does
    assert zoom_in.toolTip() == f"Larger ({native(QKeySequence.StandardKey.ZoomIn)})"
    assert back.toolTip() == (
        f"Back to the previous event ({native(QKeySequence.StandardKey.Forward)})"
    )
    back.setToolTip("Go back")
    assert back.toolTip() == f"Go back ({native(QKeySequence.StandardKey.Forward)})"


def test_a_tooltip_keeps_the_keys_in_order_in_arabic(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "ar")
    window = QMainWindow()
    qtbot.addWidget(window)
    zoom_in = action(window, "تكبير", QKeySequence.StandardKey.ZoomIn)
    add_shortcut_tooltips([zoom_in], window)
    keys = native(QKeySequence.StandardKey.ZoomIn)
    assert zoom_in.toolTip() == f"تكبير (\u2066{keys}\u2069)"  # "Ctrl++", not "++Ctrl"
    assert QCoreApplication.translate("ShortcutTooltips", "%1 (%2)") == "%1 (%2)"

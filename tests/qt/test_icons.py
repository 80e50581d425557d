"""Toolbar icons: our own line drawings, in the palette's text colour, mirrored right to left."""

from __future__ import annotations

import gc
import re

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QImage, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QMainWindow, QStyle, QToolBar, QWidgetAction
from pytestqt.qtbot import QtBot

from explorer.app import create_main_window
from explorer.paths import icons_dir
from explorer.qt.icons import (
    ICON_NAMES,
    MIRRORED_IN_RIGHT_TO_LEFT,
    apply_toolbar_icons,
    icon,
)
from explorer.qt.main_window import MainWindow
from tests.factories import small_dataset


def rendered(action_icon: QIcon, size: int = 48, mode: QIcon.Mode = QIcon.Mode.Normal) -> QImage:
    return action_icon.pixmap(size, size, mode).toImage()


def ink(image: QImage) -> QColor:
    """The mean colour of the icon's strokes (its nearly opaque pixels)."""
    red = green = blue = count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() > 200:
                red, green, blue, count = (
                    red + pixel.red(),
                    green + pixel.green(),
                    blue + pixel.blue(),
                    count + 1,
                )
    assert count > 20, "the icon draws nothing"
    return QColor(red // count, green // count, blue // count)


def same_picture(one: QImage, other: QImage) -> bool:
    """The same drawing, but for the odd edge pixel's antialiasing."""
    assert one.size() == other.size()
    differing = sum(
        one.pixelColor(x, y).alpha() // 64 != other.pixelColor(x, y).alpha() // 64
        for y in range(one.height())
        for x in range(one.width())
    )
    return differing <= one.width() * one.height() // 100


def palette(text: str, window: str) -> QPalette:
    colors = QPalette()
    colors.setColor(QPalette.ColorRole.WindowText, QColor(text))
    colors.setColor(QPalette.ColorRole.Window, QColor(window))
    return colors


def small_window(qtbot: QtBot, *names: str) -> tuple[QMainWindow, dict[str, QAction]]:
    window = QMainWindow()
    qtbot.addWidget(window)
    toolbar = QToolBar(window)
    window.addToolBar(toolbar)
    actions = {name: QAction(name, window) for name in names}
    for action in actions.values():
        toolbar.addAction(action)
    return window, actions


@pytest.mark.parametrize("name", ICON_NAMES)
def test_every_icon_is_a_24px_line_drawing_in_the_text_colour(name: str) -> None:
    path = icons_dir() / f"{name}.svg"
    svg = path.read_text(encoding="utf-8")
    assert 'viewBox="0 0 24 24"' in svg
    assert 'stroke="currentColor"' in svg and 'fill="none"' in svg
    assert 'stroke-width="2"' in svg and 'stroke-linecap="round"' in svg
    assert not re.search(r"#[0-9a-fA-F]{3,6}\b", svg), "a fixed colour would not follow the theme"
    assert QSvgRenderer(str(path)).isValid()


def window_action_icons(window: MainWindow) -> dict[str, QAction]:
    """The main window's actions by the name of their icon."""
    return {
        "open": window.open_action,
        "open-recent": window.file_actions.recent_menu.menuAction(),
        "save-as": window.file_actions.save_as_action,
        "export": window.export_action,
        "print": window.printing.print_action,
        "copy": window.clipboard.copy_action,
        "back": window.navigator.back_action,
        "forward": window.navigator.forward_action,
        "zoom-in": window.zoom_in_action,
        "zoom-out": window.zoom_out_action,
        "fit": window.fit_action,
        "zoom-to-selection": window.timeline_actions.zoom_to_selection_action,
        "go-to-date": window.timeline_actions.go_to_date_action,
        "story": window.story_mode.action,
        "search": window.find_action,
        "source-article": window.source_article_action,
        "keyboard": window.help_actions.shortcuts_action,
        "about": window.about_action,
    }


def test_a_second_set_of_icons_takes_the_actions_over_without_a_tug_of_war(
    qtbot: QtBot,
) -> None:
    window = create_main_window(small_dataset())
    qtbot.addWidget(window)
    first = window.navigator.back_action.icon().cacheKey()
    apply_toolbar_icons({"back": window.navigator.back_action}, window)
    window.navigator.back_action.setText("Back again")  # "changed" reaches both sets
    assert window.navigator.back_action.icon().cacheKey() != first


def test_every_toolbar_action_of_the_window_gets_one_of_our_icons(qtbot: QtBot) -> None:
    window = create_main_window(small_dataset())
    qtbot.addWidget(window)
    by_name = window_action_icons(window)
    ours = {id(action) for action in by_name.values()}
    on_toolbar = [
        action
        for action in window.toolbar.actions()
        if not action.isSeparator() and not isinstance(action, QWidgetAction)
    ]
    assert on_toolbar
    for action in on_toolbar:
        assert id(action) in ours, f"no icon named for {action.text()!r}"
        assert action.property("iconSetOwner"), f"{action.text()!r} has no icon of ours"
        ink(rendered(action.icon()))  # draws something


def test_icons_are_drawn_in_the_text_colour_and_recoloured_on_a_dark_palette(
    qtbot: QtBot,
) -> None:
    window, actions = small_window(qtbot, "zoom-in", "back")
    window.setPalette(palette("#111827", "#f6f7f9"))
    apply_toolbar_icons(actions, window)
    assert ink(rendered(actions["zoom-in"].icon())).lightness() < 80

    window.setPalette(palette("#f3f4f6", "#1f2937"))  # the user's theme turns dark

    assert ink(rendered(actions["zoom-in"].icon())).lightness() > 180
    disabled = ink(rendered(actions["zoom-in"].icon(), mode=QIcon.Mode.Disabled))
    assert disabled.lightness() < ink(rendered(actions["zoom-in"].icon())).lightness()


def test_a_disabled_icon_is_fainter_than_an_enabled_one(qtbot: QtBot) -> None:
    light = palette("#111827", "#f6f7f9")
    drawn = icon("print", light)
    enabled = ink(rendered(drawn)).lightness()
    assert ink(rendered(drawn, mode=QIcon.Mode.Disabled)).lightness() > enabled + 60


def test_back_and_forward_are_mirrored_right_to_left(qtbot: QtBot) -> None:
    window, actions = small_window(qtbot, "back", "forward", "zoom-in")
    apply_toolbar_icons(actions, window)
    left_to_right = {name: rendered(action.icon()) for name, action in actions.items()}

    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)

    for name in ("back", "forward"):
        right_to_left = rendered(actions[name].icon())
        assert right_to_left != left_to_right[name]
        assert right_to_left == left_to_right[name].flipped(Qt.Orientation.Horizontal)
    assert rendered(actions["zoom-in"].icon()) == left_to_right["zoom-in"]  # a magnifier stays
    # Back right to left points where Forward points left to right.
    assert same_picture(rendered(actions["back"].icon()), left_to_right["forward"])


def test_the_mirrored_icons_are_those_that_point_along_the_reading_direction() -> None:
    assert sorted(MIRRORED_IN_RIGHT_TO_LEFT) == ["back", "forward", "story"]
    assert MIRRORED_IN_RIGHT_TO_LEFT.issubset(ICON_NAMES)


def test_an_icon_is_drawn_for_the_size_and_the_screen_asked(qtbot: QtBot) -> None:
    drawn = icon("fit", palette("#000000", "#ffffff"))
    for size in (16, 24, 48, 96):
        assert rendered(drawn, size).size() == QSize(size, size)
    sharp = drawn.pixmap(QSize(24, 24), 2.0)  # a screen with two pixels per point
    assert sharp.size() == QSize(48, 48)
    assert sharp.devicePixelRatio() == 2.0


def test_an_unknown_icon_name_is_a_clear_error(qtbot: QtBot) -> None:
    window, actions = small_window(qtbot, "zoom-in")
    with pytest.raises(ValueError, match="No icon named zoom-sideways"):
        apply_toolbar_icons({"zoom-sideways": actions["zoom-in"]}, window)
    with pytest.raises(ValueError, match="No icon 'nothing'"):
        icon("nothing")


def test_icons_follow_the_application_palette_when_the_theme_changes(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window, actions = small_window(qtbot, "search")
    apply_toolbar_icons(actions, window)
    before = app.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f9fafb"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#111827"))
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: ink(rendered(actions["search"].icon())).lightness() > 180)
    finally:
        app.setPalette(before)
    qtbot.waitUntil(lambda: ink(rendered(actions["search"].icon())).lightness() < 80)


def test_an_icon_copied_and_added_to_keeps_drawing(qtbot: QtBot) -> None:
    """Adding a pixmap makes Qt copy the icon's engine: the copy must outlive the call."""
    copy = QIcon(icon("back", palette("#000000", "#ffffff")))
    extra = QPixmap(16, 16)
    extra.fill(QColor("#ff0000"))
    copy.addPixmap(extra)
    gc.collect()
    assert ink(rendered(copy, 24)).lightness() < 80
    del copy
    gc.collect()


def test_an_icon_set_by_other_code_gives_way_to_ours(qtbot: QtBot) -> None:
    window, actions = small_window(qtbot, "back")
    apply_toolbar_icons(actions, window)
    ours = actions["back"].icon().cacheKey()
    style_arrow = window.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack)
    actions["back"].setIcon(style_arrow)  # as a language switch's shortcut update might
    assert actions["back"].icon().cacheKey() == ours

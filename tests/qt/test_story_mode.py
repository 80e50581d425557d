"""Story mode as a presenter uses it: F5, the arrow keys, the slide, the strip, Esc back home."""

from __future__ import annotations

import msgspec
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLabel, QToolBar, QToolButton, QWidget

from explorer.app import create_main_window
from explorer.core.schema import Dataset
from explorer.qt.main_window import MainWindow
from explorer.qt.story_mode import StoryMode, slide_range, story_order
from tests.factories import small_dataset
from tests.qt.screen import without_isolates

STORY = ["accords", "wall", "no-such-event", "resignation", "wall"]


def story_dataset() -> Dataset:
    return msgspec.structs.replace(small_dataset(), story=STORY)


def present(qtbot, dataset: Dataset, language: str = "en") -> tuple[MainWindow, StoryMode]:
    window = create_main_window(dataset, language=language)
    story = window.story_mode
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, story


def shown(label: QLabel) -> str:
    """A label's text as the user reads it: rich text as plain text, without bidi isolates."""
    text = QTextDocumentFragment.fromHtml(label.text()).toPlainText()
    return without_isolates(text).strip()


def slide_text(story: StoryMode) -> str:
    slide = story.slide
    return "\n".join(shown(label) for label in slide.findChildren(QLabel) if label.isVisible())


def current_id(window: MainWindow) -> str | None:
    event = window.current_event()
    return event.id if event is not None else None


def press(qtbot, window: MainWindow, key: Qt.Key) -> None:
    """A key as the user presses it, wherever the focus is in the window."""
    target = window.focusWidget() or window
    qtbot.keyClick(target, key)


def wait_for_strip(qtbot, story: StoryMode) -> None:
    qtbot.waitUntil(lambda: story.animation.state() != story.animation.State.Running, timeout=3000)


def contains(visible: tuple[float, float], event_range: tuple[float, float]) -> bool:
    return visible[0] <= event_range[0] and event_range[1] <= visible[1]


def test_f5_presents_the_story_and_the_keys_walk_it(qtbot) -> None:
    window, story = present(qtbot, story_dataset())
    assert story.slide_ids == ["accords", "wall", "resignation"]  # unknown ids and repeats left out
    press(qtbot, window, Qt.Key.Key_F5)
    assert story.is_active and story.current_index == 0
    assert story.slide.isVisible()
    assert shown(story.slide.title_label) == "Belovezha Accords"
    assert shown(story.slide.counter_label) == "1 / 3"
    assert current_id(window) == "accords"

    visited = []
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Space):
        press(qtbot, window, key)
        visited.append((story.current_index, current_id(window), shown(story.slide.title_label)))
    assert visited == [
        (1, "wall", "Fall of the Berlin Wall"),
        (2, "resignation", "Gorbachev resigns"),
    ]
    assert shown(story.slide.counter_label) == "3 / 3"
    press(qtbot, window, Qt.Key.Key_PageDown)  # the last slide stays
    assert current_id(window) == "resignation"

    press(qtbot, window, Qt.Key.Key_Left)
    assert (story.current_index, current_id(window)) == (1, "wall")
    press(qtbot, window, Qt.Key.Key_PageUp)
    assert (story.current_index, current_id(window)) == (0, "accords")
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert current_id(window) == "wall"
    # Every view follows: the list's current row and the detail pane show the slide's event.
    assert window.event_list.currentIndex() == window.selection_model.currentIndex()
    assert window.detail_pane.shown_event.id == "wall"  # type: ignore[union-attr]


def test_in_arabic_left_is_next_and_the_slide_is_right_to_left(qtbot) -> None:
    window, story = present(qtbot, story_dataset(), "ar")
    story.action.trigger()
    assert story.slide.isRightToLeft()
    assert shown(story.slide.title_label) == "معاهدة بيلوفيزا"
    assert story.slide.title_label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    press(qtbot, window, Qt.Key.Key_Left)
    assert current_id(window) == "wall"
    assert shown(story.slide.title_label) == "سقوط جدار برلين"
    press(qtbot, window, Qt.Key.Key_Space)
    assert current_id(window) == "resignation"
    press(qtbot, window, Qt.Key.Key_Right)
    assert current_id(window) == "wall"


def test_the_slide_shows_causes_and_who_signed_in_what_office_and_who_stayed_away(qtbot) -> None:
    window, story = present(qtbot, story_dataset())
    story.enter()
    text = slide_text(story)
    for expected in (
        "TREATY",
        "8 December 1991",
        "Viskuli, Belarus",
        "The CIS is founded.",
        "The planned economy",
        "Fall of the Berlin Wall",
        "Belarus",
        "Stanislav Shushkevich — Chairman of the Supreme Council",
        "Vyacheslav Kebich — Prime Minister",
        "Georgia",
        "Did not attend.",
    ):
        assert expected in text, expected
    # Big type: the title is drawn far larger than the window's text.
    assert story.slide.title_label.font().pointSizeF() > 2 * window.font().pointSizeF()


def test_the_strip_animates_to_each_slide_and_shows_its_event(qtbot) -> None:
    window, story = present(qtbot, story_dataset())
    view = window.timeline_view
    story.enter()
    events = {event.id: event for event in window.dataset.events}
    assert contains(
        view.visible_range(), (events["accords"].start_time, events["accords"].end_time)
    )
    assert story.animation_duration == 400
    with qtbot.waitSignal(story.animation.finished, timeout=3000):
        story.next()
        assert story.animation.state() == story.animation.State.Running  # it moves, not jumps
    wall = events["wall"]
    assert contains(view.visible_range(), (wall.start_time, wall.end_time))
    assert view.visible_range() == pytest.approx(slide_range(wall))


def test_esc_returns_to_where_the_user_was(qtbot) -> None:
    window, story = present(qtbot, story_dataset())
    window.select_event("glasnost")
    window.timeline_view.set_visible_range(5000.0, 9000.0)
    before_range = window.timeline_view.visible_range()
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    chrome: list[QWidget] = [
        window.event_list,
        window.detail_pane,
        window.menuBar(),
        toolbar,
        window.statusBar(),
    ]
    assert all(widget.isVisible() for widget in chrome)

    press(qtbot, window, Qt.Key.Key_F5)
    assert not any(widget.isVisible() for widget in chrome)
    assert window.timeline_view.isVisible()  # the strip under the slide
    assert window.timeline_view.height() < window.height() / 3
    press(qtbot, window, Qt.Key.Key_Right)
    wait_for_strip(qtbot, story)
    assert window.timeline_view.visible_range() != pytest.approx(before_range)

    press(qtbot, window, Qt.Key.Key_Escape)
    assert not story.is_active and story.current_index == -1
    assert current_id(window) == "glasnost"
    qtbot.waitUntil(lambda: window.timeline_view.visible_range() == pytest.approx(before_range))
    assert all(widget.isVisible() for widget in chrome)
    assert not story.slide.isVisible()
    assert window.timeline_view.parentWidget() is not story.stage
    # The keys are the timeline's again: Right walks to the next event in time.
    window.timeline_view.setFocus()
    qtbot.keyClick(window.timeline_view, Qt.Key.Key_Right)
    assert current_id(window) == "wall"


def test_leaving_without_a_selection_leaves_none(qtbot) -> None:
    window, story = present(qtbot, story_dataset())
    window.selection_model.clearCurrentIndex()
    window.selection_model.clearSelection()
    story.enter()
    story.next()
    story.leave()
    assert window.current_event() is None


def test_without_a_story_the_slides_go_in_time_order(qtbot) -> None:
    dataset = small_dataset()
    assert not getattr(dataset, "story", [])
    assert story_order(dataset) == ["economy", "glasnost", "wall", "accords", "resignation"]
    window, story = present(qtbot, dataset)
    story.enter()
    assert story.slide_ids == story_order(dataset)
    assert current_id(window) == "economy"
    press(qtbot, window, Qt.Key.Key_Right)
    assert current_id(window) == "glasnost"
    assert shown(story.slide.counter_label) == "2 / 5"


def test_the_action_is_in_the_toolbar_and_view_menu_and_toggles(qtbot) -> None:
    window, story = present(qtbot, story_dataset())
    action = window.findChild(QAction, "actionStory")
    assert action is story.action
    assert action.shortcut() == QKeySequence(Qt.Key.Key_F5)
    assert action in window.view_menu.actions()
    button = window.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton) and button.text() == "Present"
    action.trigger()
    assert story.is_active and action.isChecked()
    press(qtbot, window, Qt.Key.Key_F5)  # F5 again ends the presentation
    assert not story.is_active and not action.isChecked()


def test_the_slide_buttons_and_full_screen(qtbot) -> None:
    window, story = present(qtbot, story_dataset())
    story.enter()
    slide = story.slide
    assert not slide.previous_button.isEnabled()
    qtbot.mouseClick(slide.next_button, Qt.MouseButton.LeftButton)
    assert current_id(window) == "wall"
    assert slide.previous_button.isEnabled()
    press(qtbot, window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    press(qtbot, window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    qtbot.mouseClick(slide.full_screen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.mouseClick(slide.exit_button, Qt.MouseButton.LeftButton)
    assert not story.is_active
    qtbot.waitUntil(lambda: not window.isFullScreen())  # back as it was before presenting


def test_clicking_an_event_on_the_strip_shows_its_slide(qtbot) -> None:
    window, story = present(qtbot, story_dataset())
    story.enter()
    window.select_event("wall")  # as a click on the strip does
    assert story.current_index == 1
    assert shown(story.slide.title_label) == "Fall of the Berlin Wall"
    window.select_event("economy")  # not in the story: shown, the counter says so
    assert shown(story.slide.title_label) == "The planned economy"
    assert shown(story.slide.counter_label) == "– / 3"
    press(qtbot, window, Qt.Key.Key_Right)  # and the story goes on from where it was
    assert (story.current_index, current_id(window)) == (2, "resignation")


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_every_slide_of_the_built_in_story_fits_the_window(qtbot, language, size) -> None:
    """No slide needs scrolling, and none shrinks its type below a readable size."""
    window = create_main_window(None, language=language)
    story = window.story_mode
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    story.animation_duration = 0
    story.enter()
    slide = story.slide
    for index in range(len(story.slide_ids)):
        story.go_to(index)
        QApplication.processEvents()  # the layouts settle, as before the slide is painted
        assert slide.scroll_area.verticalScrollBar().maximum() == 0, story.slide_ids[index]
        assert slide.summary_label.font().pointSizeF() >= 9.5, story.slide_ids[index]
        assert slide.title_label.font().pointSizeF() >= 20, story.slide_ids[index]


def test_data_is_text_and_each_text_keeps_its_own_direction(qtbot) -> None:
    dataset = story_dataset()
    accords = next(event for event in dataset.events if event.id == "accords")
    accords.title = {"en": "<b>Accords</b> & more"}  # no Arabic title: English is shown
    _window, story = present(qtbot, dataset, "ar")
    story.enter()
    title = story.slide.title_label
    assert shown(title) == "<b>Accords</b> & more"
    assert title.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert story.slide.summary_label.layoutDirection() == Qt.LayoutDirection.RightToLeft


@pytest.mark.parametrize(("language", "shown_date"), [("en", "Autumn 1989"), ("ar", "خريف 1989")])
def test_an_events_own_date_text_shows_on_its_slide_and_where_it_is_a_cause(
    qtbot, language: str, shown_date: str
) -> None:
    dataset = story_dataset()
    dataset.events[:] = [
        msgspec.structs.replace(event, display_date={"en": "Autumn 1989", "ar": "خريف 1989"})
        if event.id == "wall"
        else event
        for event in dataset.events
    ]
    window, story = present(qtbot, dataset, language=language)
    story.enter()  # the first slide: the accords, caused by the wall among others
    assert shown_date in shown(story.slide.causes_label)
    press(qtbot, window, Qt.Key.Key_Left if language == "ar" else Qt.Key.Key_Right)
    assert current_id(window) == "wall"
    assert shown(story.slide.date_label) == shown_date
    press(qtbot, window, Qt.Key.Key_Escape)
    window.select_event("accords")
    causes = window.detail_pane.causes_model
    tooltips = [causes.index(row).data(Qt.ItemDataRole.ToolTipRole) for row in range(3)]
    assert shown_date in tooltips

"""The timeline view as a user meets it: click, wheel, drag, keys, fitting, filtering, RTL."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import pairwise

import pytest
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPalette,
    QWheelEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from explorer.core.dates import PartialDate
from explorer.core.schema import FORMAT_ID, Dataset, Event
from explorer.core.timescale import TimeScale
from explorer.qt.event_model import EventListModel, EventRole
from explorer.qt.timeline_render import paint_timeline
from explorer.qt.timeline_view import TimelineView

# id, kind, English title, start, end (None for an instant)
EVENTS = [
    ("economy", "cause", "The planned economy", "1960", "1991"),
    ("chernobyl", "event", "Chernobyl disaster", "1986-04-26", None),
    ("wall", "event", "Fall of the Berlin Wall", "1989-11-09", None),
    ("coup", "event", "The August coup", "1991-08-19", "1991-08-21"),
    ("accords", "treaty", "Belovezha Accords", "1991-12-08", None),
    ("resignation", "event", "Gorbachev resigns", "1991-12-25", None),
]
TIME_ORDER = [event_id for event_id, *_ in EVENTS]


def make_dataset(events: Sequence[tuple[str, str, str, str, str | None]] = EVENTS) -> Dataset:
    return Dataset(
        format=FORMAT_ID,  # type: ignore[arg-type]
        title={"en": "The end of the Soviet Union"},
        events=[
            Event(
                id=event_id,
                kind=kind,  # type: ignore[arg-type]
                title={"en": title, "ar": f"حدث {event_id}"},
                start=PartialDate.parse(start),
                end=PartialDate.parse(end) if end else None,
            )
            for event_id, kind, title, start, end in events
        ],
    )


@pytest.fixture
def source() -> EventListModel:
    return EventListModel(make_dataset())


@pytest.fixture
def proxy(source: EventListModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)  # rows by title, so row order is not time order
    return proxy


@pytest.fixture
def view(qtbot: QtBot, proxy: QSortFilterProxyModel) -> Iterator[TimelineView]:
    view = TimelineView()
    view.setModel(proxy)
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.show()
    qtbot.waitExposed(view)
    yield view


def row_of(view: TimelineView, event_id: str) -> QModelIndex:
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(EventRole.EVENT_ID) == event_id:
            return index
    raise AssertionError(f"{event_id} is not shown")


def current_id(view: TimelineView) -> str | None:
    index = view.currentIndex()
    return index.data(EventRole.EVENT_ID) if index.isValid() else None


def all_inside(view: TimelineView) -> bool:
    area = view.viewport().rect()
    model = view.model()
    rects = [view.visualRect(model.index(row, 0)) for row in range(model.rowCount())]
    return all(not rect.isEmpty() and area.contains(rect) for rect in rects)


def wheel(view: TimelineView, x: float, steps: int) -> None:
    position = QPointF(x, 100)
    event = QWheelEvent(
        position,
        QPointF(view.viewport().mapToGlobal(position)),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_the_view_starts_with_every_event_in_view(view: TimelineView) -> None:
    assert view.model().rowCount() == len(EVENTS)
    assert all_inside(view)
    assert view.accessibleName()


def test_index_at_the_centre_of_each_visual_rect_is_that_index(view: TimelineView) -> None:
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        assert view.indexAt(view.visualRect(index).center()) == index


def test_clicking_an_event_selects_it(qtbot: QtBot, view: TimelineView) -> None:
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
        )
        assert view.currentIndex() == index
        assert view.selectionModel().selectedRows() == [index]


def test_clicking_empty_space_keeps_the_selection(qtbot: QtBot, view: TimelineView) -> None:
    index = row_of(view, "wall")
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert view.selectionModel().selectedRows() == [index]


def test_wheel_zooms_around_the_cursor(qtbot: QtBot, view: TimelineView) -> None:
    x = 640.0
    before_time, before_span = view.scale.time_at(x), view.scale.span
    with qtbot.waitSignal(view.visibleRangeChanged) as signal:
        wheel(view, x, 1)
    assert view.scale.span == pytest.approx(before_span / view.ZOOM_STEP)
    assert view.scale.time_at(x) == pytest.approx(before_time)
    assert signal.args == pytest.approx(list(view.visible_range()))
    wheel(view, x, -1)
    assert view.scale.span == pytest.approx(before_span)


def test_dragging_pans_without_selecting(qtbot: QtBot, view: TimelineView) -> None:
    start = view.visualRect(row_of(view, "wall")).center()
    time_under = view.scale.time_at(start.x())
    current = view.currentIndex()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(view.viewport(), start + QPoint(20 * step, 0))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(100, 0))
    assert view.scale.time_at(start.x() + 100) == pytest.approx(time_under)
    assert not view.selectionModel().hasSelection()
    assert view.currentIndex() == current


def test_left_and_right_keys_follow_time(qtbot: QtBot, view: TimelineView) -> None:
    view.setFocus()
    view.setCurrentIndex(row_of(view, "economy"))
    visited = [current_id(view)]
    for _ in EVENTS[1:]:
        qtbot.keyClick(view, Qt.Key.Key_Right)
        visited.append(current_id(view))
    assert visited == TIME_ORDER
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the last stays current
    assert current_id(view) == TIME_ORDER[-1]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert current_id(view) == TIME_ORDER[-2]
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert current_id(view) == TIME_ORDER[0]
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert current_id(view) == TIME_ORDER[-1]
    assert view.selectionModel().selectedRows() == [view.currentIndex()]


def test_right_to_left_mirrors_time_and_arrow_keys(qtbot: QtBot, view: TimelineView) -> None:
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    wall, accords = row_of(view, "wall"), row_of(view, "accords")
    assert view.visualRect(accords).center().x() < view.visualRect(wall).center().x()
    assert all_inside(view)
    view.setFocus()
    view.setCurrentIndex(wall)
    qtbot.keyClick(view, Qt.Key.Key_Left)  # leftwards is later in time
    assert current_id(view) == "coup"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert current_id(view) == "wall"


def test_keys_without_a_current_event_start_at_the_first_in_view(
    qtbot: QtBot, view: TimelineView
) -> None:
    view.set_visible_range(PartialDate(1989).start_time(), PartialDate(1992).start_time())
    view.setFocus()
    view.selectionModel().clearCurrentIndex()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert current_id(view) == "wall"


def test_plus_and_minus_zoom(qtbot: QtBot, view: TimelineView) -> None:
    span = view.scale.span
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.scale.span == pytest.approx(span / view.ZOOM_STEP)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.scale.span == pytest.approx(span)


def test_fit_all_brings_every_event_back_into_view(view: TimelineView) -> None:
    view.zoom_by(50, 100)
    assert not all_inside(view)
    view.fit_all()
    assert all_inside(view)


def test_scroll_to_pans_an_event_into_view(view: TimelineView) -> None:
    accords = row_of(view, "accords")
    view.zoom_by(40, 0)  # shows the 1960s only
    assert not view.viewport().rect().contains(view.visualRect(accords))
    view.scrollTo(accords)
    assert view.viewport().rect().contains(view.visualRect(accords))


def test_selecting_elsewhere_scrolls_the_event_into_view(view: TimelineView) -> None:
    view.zoom_by(40, 0)
    accords = row_of(view, "accords")
    view.selectionModel().setCurrentIndex(accords, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert view.viewport().rect().contains(view.visualRect(accords))


def test_selecting_in_a_fitted_view_keeps_it_fitting(qtbot: QtBot, view: TimelineView) -> None:
    range_before = view.visible_range()
    view.selectionModel().setCurrentIndex(
        row_of(view, "resignation"), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    assert view.visible_range() == range_before
    view.resize(700, 400)
    qtbot.waitUntil(lambda: view.viewport().width() < 700)
    assert all_inside(view)  # fitted again to the new width


def test_filtering_the_proxy_updates_the_view(
    qtbot: QtBot, view: TimelineView, proxy: QSortFilterProxyModel
) -> None:
    wall = view.visualRect(row_of(view, "wall"))
    proxy.setFilterFixedString("Belovezha")
    assert proxy.rowCount() == 1
    accords = proxy.index(0, 0)
    assert view.indexAt(view.visualRect(accords).center()) == accords
    assert all_inside(view)
    assert view.indexAt(wall.center()) != accords or wall.intersects(view.visualRect(accords))
    proxy.setFilterFixedString("")
    assert all_inside(view)
    assert view.model().rowCount() == len(EVENTS)


def test_a_model_reset_fits_the_new_events(view: TimelineView, source: EventListModel) -> None:
    view.zoom_by(30, 500)
    later = [
        ("a", "event", "Moon landing", "1969-07-20", None),
        ("b", "event", "First Sputnik", "1957-10-04", None),
    ]
    source.set_dataset(make_dataset(later))
    assert view.model().rowCount() == 2
    assert all_inside(view)


def test_many_events_are_drawn_as_density(qtbot: QtBot) -> None:
    many = [
        (f"e{i}", "event", f"Event {i}", f"{1000 + i // 12:04d}-{i % 12 + 1:02d}", None)
        for i in range(2400)
    ]
    view = TimelineView()
    view.setModel(EventListModel(make_dataset(many)))
    qtbot.addWidget(view)
    view.resize(800, 300)
    view.show()
    qtbot.waitExposed(view)
    assert not view.indexAt(QPoint(400, 100)).isValid()  # a histogram, not events
    view.zoom_by(100, 400)
    shown = view.indexAt(view.visualRect(view.indexAt(QPoint(400, 20))).center())
    assert not shown.isValid() or view.visualRect(shown).isValid()
    assert view.grab().width() == 800


@pytest.mark.parametrize("language", ["en", "ar"])
def test_paint_timeline_draws_into_images_and_svg(language: str) -> None:
    model = EventListModel(make_dataset(), language)
    image = QImage(800, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    paint_timeline(painter, QRect(0, 0, 800, 300), model, language, "accords")
    painter.end()
    colours = {image.pixel(x, y) for x in range(0, 800, 7) for y in range(0, 300, 7)}
    assert len(colours) > 5
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(image.size())
    painter = QPainter(generator)
    paint_timeline(painter, QRect(0, 0, 800, 300), model, language)
    painter.end()
    assert b"<svg" in bytes(data.data())


# --- the fitted picture: labels before the last events, compact lanes, scrolling --------------


def marker_x(view: TimelineView, event_id: str) -> float:
    """Where an instant's marker is: the side of its box away from its label."""
    index = row_of(view, event_id)
    return view.scale.x_for(view.model().data(index, EventRole.START_TIME))


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_the_fit_ends_just_after_the_last_event_whose_label_goes_before_it(
    view: TimelineView, direction: Qt.LayoutDirection
) -> None:
    view.setLayoutDirection(direction)
    assert all_inside(view)
    width, margin = view.viewport().width(), view._timeline.metrics.edge_margin
    x = marker_x(view, "resignation")
    rect = view.visualRect(row_of(view, "resignation"))
    if direction == Qt.LayoutDirection.LeftToRight:
        assert width - 2 * margin < x < width - margin / 2
        assert rect.left() < x - 100 and rect.right() < x + 10  # the label is on its left
    else:
        assert margin / 2 < x < 2 * margin
        assert rect.right() > x + 100 and rect.left() > x - 10  # on its right


def lane_tops(view: TimelineView) -> list[int]:
    model = view.model()
    return sorted({view.visualRect(model.index(row, 0)).top() for row in range(model.rowCount())})


def test_lanes_are_drawn_as_the_metrics_say(view: TimelineView) -> None:
    metrics = view._timeline.metrics
    assert metrics.lane_height <= view.fontMetrics().height() + 3  # compact
    tops = lane_tops(view)
    assert len(tops) > 3
    assert {b - a for a, b in pairwise(tops)} == {metrics.lane_height}
    model = view.model()
    heights = {view.visualRect(model.index(row, 0)).height() for row in range(model.rowCount())}
    assert heights == {metrics.bar_height}


def many_lanes_view(qtbot: QtBot, height: int = 150) -> TimelineView:
    events = [
        (
            f"e{i}",
            "event",
            f"Event number {i} of many",
            f"1991-{1 + i // 2:02d}-{1 + i % 28:02d}",
            None,
        )
        for i in range(20)
    ]
    view = TimelineView()
    view.setModel(EventListModel(make_dataset(events)))
    qtbot.addWidget(view)
    view.resize(800, height)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_scroll_to_brings_the_lane_into_view_and_fit_all_goes_back_to_the_top(
    qtbot: QtBot,
) -> None:
    view = many_lanes_view(qtbot)
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    model = view.model()
    last = max((model.index(row, 0) for row in range(20)), key=lambda i: view.visualRect(i).top())
    view.scrollTo(last)
    assert bar.value() > 0
    assert view.viewport().rect().contains(view.visualRect(last))
    assert view.indexAt(view.visualRect(last).center()) == last
    view.fit_all()
    assert bar.value() == 0
    assert view.visualRect(row_of(view, "e0")).top() >= 0


def test_a_model_reset_and_filtering_go_back_to_the_top(qtbot: QtBot) -> None:
    view = many_lanes_view(qtbot)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    view.model().set_dataset(view.model().dataset)  # a reset
    assert bar.value() == 0
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(view.model())
    view.setModel(proxy)
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    proxy.setFilterFixedString("1")  # e1, e10 … e19
    view.visualRect(proxy.index(0, 0))  # the view catches up when next asked
    assert bar.value() == 0


def test_dragging_also_scrolls_the_lanes(qtbot: QtBot) -> None:
    view = many_lanes_view(qtbot)
    bar = view.verticalScrollBar()
    start, span, start_time = QPoint(400, 100), view.scale.span, view.scale.start
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        qtbot.mouseMove(view.viewport(), start - QPoint(0, 10 * step))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start - QPoint(0, 40))
    assert bar.value() == min(40, bar.maximum()) > 0  # the whole drag, not just past the threshold
    assert view.scale.span == span and view.scale.start == start_time


# --- the mouse: hover, tooltip, cursor ----------------------------------------------------------


def move_mouse(view: TimelineView, position: QPoint) -> None:
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(position),
        QPointF(view.viewport().mapToGlobal(position)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_the_event_under_the_mouse_is_highlighted(view: TimelineView) -> None:
    wall = row_of(view, "wall")
    rect = view.visualRect(wall)
    before = view.grab(rect.adjusted(-4, 0, 4, 0)).toImage()
    move_mouse(view, rect.center())
    assert view.hovered_index() == wall
    after = view.grab(rect.adjusted(-4, 0, 4, 0)).toImage()
    assert after != before
    move_mouse(view, QPoint(rect.center().x(), view.viewport().height() - 3))  # the axis
    assert not view.hovered_index().isValid()
    move_mouse(view, rect.center())
    QApplication.sendEvent(view.viewport(), QEvent(QEvent.Type.Leave))
    assert not view.hovered_index().isValid()
    assert view.grab(rect.adjusted(-4, 0, 4, 0)).toImage() == before


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_tooltip_is_the_models(qtbot: QtBot, view: TimelineView) -> None:
    coup = row_of(view, "coup")
    centre = view.visualRect(coup).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre))
    QApplication.sendEvent(view.viewport(), event)
    assert QToolTip.text() == coup.data(Qt.ItemDataRole.ToolTipRole)
    assert "The August coup<br/>19–21 August 1991" in QToolTip.text()  # plain text, 2 lines
    QToolTip.hideText()


def test_the_cursor_is_an_open_hand_and_closes_while_dragging(
    qtbot: QtBot, view: TimelineView
) -> None:
    viewport = view.viewport()
    assert viewport.cursor().shape() == Qt.CursorShape.OpenHandCursor
    start = QPoint(300, 150)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    assert viewport.cursor().shape() == Qt.CursorShape.ClosedHandCursor
    qtbot.mouseMove(viewport, start + QPoint(40, 0))
    assert viewport.cursor().shape() == Qt.CursorShape.ClosedHandCursor
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(40, 0))
    assert viewport.cursor().shape() == Qt.CursorShape.OpenHandCursor


# --- the opening range, zooming around the current event, the focus frame --------------------


def days(date: str) -> float:
    return PartialDate.parse(date).start_time()


def test_an_opening_range_is_shown_and_kept_through_resizes_until_the_user_zooms(
    qtbot: QtBot, view: TimelineView
) -> None:
    opening = (days("1985"), days("1992"))
    view.set_opening_range(opening)
    assert view.visible_range() == opening
    assert view.opening_note() == "Showing 1985 – 1991 · Fit (Ctrl+0) shows all"
    view.resize(700, 300)
    qtbot.waitUntil(lambda: view.viewport().width() < 700)
    assert view.visible_range() == opening
    assert view.opening_range() == opening
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.opening_range() is None and view.opening_note() == ""
    view.resize(900, 300)
    qtbot.waitUntil(lambda: view.viewport().width() > 800)
    assert view.visible_range() != opening


def test_fit_all_and_a_new_model_leave_the_opening_range(
    view: TimelineView, source: EventListModel
) -> None:
    view.set_opening_range((days("1985"), days("1992")))
    view.fit_all()
    assert view.opening_range() is None and all_inside(view)
    view.set_opening_range((days("1985"), days("1992")))
    source.set_dataset(make_dataset(EVENTS[1:]))
    assert view.opening_range() is None and all_inside(view)


def test_a_drag_leaves_the_opening_range(qtbot: QtBot, view: TimelineView) -> None:
    view.set_opening_range((days("1985"), days("1992")))
    start = QPoint(300, 150)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(60, 0))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(60, 0))
    assert view.opening_range() is None
    assert view.visible_range()[0] < days("1985")


def test_without_a_range_the_view_opens_on_the_densest_stretch(qtbot: QtBot) -> None:
    events = [("founding", "treaty", "Founding", "1922-12-30", None)] + [
        (f"e{i}", "event", f"Event {i}", f"{1985 + i // 4}-{i % 4 * 3 + 1:02d}-01", None)
        for i in range(28)
    ]
    view = TimelineView()
    view.setModel(EventListModel(make_dataset(events)))
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.set_opening_range()
    view.show()
    qtbot.waitExposed(view)
    start, end = view.visible_range()
    assert days("1984") < start and end < days("1992-06")
    shown = [d for *_, d, _ in events if start <= days(d) <= end]
    assert len(shown) >= 0.8 * len(events)
    assert view.opening_note().startswith("Showing 198")
    view.fit_all()
    assert view.visible_range()[0] < days("1922-12-30")


def test_without_a_range_an_even_timeline_is_fitted_whole(
    view: TimelineView, source: EventListModel
) -> None:
    source.set_dataset(
        make_dataset([(f"e{y}", "event", f"In {y}", str(y), None) for y in range(1950, 2000, 5)])
    )
    view.set_opening_range()
    assert view.opening_range() is None and view.opening_note() == ""
    assert all_inside(view)


def test_selecting_outside_the_opening_range_goes_there_and_inside_keeps_it(
    view: TimelineView,
) -> None:
    opening = (days("1989"), days("1992"))
    view.set_opening_range(opening)
    select = QItemSelectionModel.SelectionFlag.ClearAndSelect
    view.selectionModel().setCurrentIndex(row_of(view, "wall"), select)
    assert view.visible_range() == opening and view.opening_range() == opening
    chernobyl = row_of(view, "chernobyl")
    view.selectionModel().setCurrentIndex(chernobyl, select)
    assert view.viewport().rect().contains(view.visualRect(chernobyl))
    assert view.opening_range() is None


def note_pixels(view: TimelineView) -> QImage:
    """The bottom line of the axis, where the opening note is written, from the left."""
    viewport = view.viewport()
    return viewport.grab(QRect(0, viewport.height() - 16, 400, 16)).toImage()


def test_the_note_is_drawn_while_the_opening_range_is_kept(qtbot: QtBot) -> None:
    view = TimelineView()
    view.setModel(EventListModel(make_dataset(EVENTS[:1])))  # one long bar, far above the note
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.show()
    qtbot.waitExposed(view)
    empty = note_pixels(view)
    lanes_bottom = view._timeline.bands(view.viewport().height()).lanes_bottom
    view.set_opening_range((days("1985"), days("1992")))
    with_note = note_pixels(view)
    assert with_note != empty
    assert view._timeline.bands(view.viewport().height()).lanes_bottom < lanes_bottom  # a line
    view.fit_all()
    assert note_pixels(view) == empty
    assert view._timeline.bands(view.viewport().height()).lanes_bottom == lanes_bottom


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_plus_and_minus_zoom_around_the_current_event_while_it_is_in_view(
    qtbot: QtBot, view: TimelineView, direction: Qt.LayoutDirection
) -> None:
    view.setLayoutDirection(direction)
    wall = row_of(view, "wall")
    view.selectionModel().setCurrentIndex(wall, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.setFocus()
    x = view.scale.x_for(days("1989-11-09"))
    assert abs(x - view.viewport().width() / 2) > 100  # off-centre
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    start, end = view.visible_range()
    assert start < days("1989-11-09") < end
    assert view.scale.x_for(days("1989-11-09")) == pytest.approx(x, abs=1)
    assert view.viewport().rect().contains(view.visualRect(wall).center())
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.scale.x_for(days("1989-11-09")) == pytest.approx(x, abs=1)


def test_plus_zooms_around_the_centre_when_the_current_event_is_out_of_view(
    view: TimelineView,
) -> None:
    view.set_visible_range(days("1960"), days("1970"))
    view.selectionModel().setCurrentIndex(
        row_of(view, "accords"), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    view.set_visible_range(days("1960"), days("1970"))  # selecting scrolled to it
    centre = view.scale.time_at(view.viewport().width() / 2)
    view.zoom_in()
    assert view.scale.time_at(view.viewport().width() / 2) == pytest.approx(centre)


def test_a_span_zooms_around_the_middle_of_what_shows_of_it(view: TimelineView) -> None:
    view.set_visible_range(days("1985"), days("1995"))
    view.selectionModel().setCurrentIndex(
        row_of(view, "economy"), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    middle = (days("1985") + days("1992")) / 2  # of 1985 … the end of 1991
    x = view.scale.x_for(middle)
    view.zoom_in()
    assert view.scale.x_for(middle) == pytest.approx(x, abs=2)


def test_keyboard_focus_is_shown_by_a_frame(qtbot: QtBot, view: TimelineView) -> None:
    view.activateWindow()
    view.clearFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    edge = QRect(0, 0, view.viewport().width(), 3)
    without = view.viewport().grab(edge).toImage()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    with_focus = view.viewport().grab(edge).toImage()
    assert with_focus != without
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    assert with_focus.pixelColor(with_focus.width() // 2, 1) == highlight


def test_a_paint_draws_its_frame_and_changes_nothing_in_the_view(view: TimelineView) -> None:
    """paintEvent draws one Frame, read from the view; painting another frame is a picture."""
    view.viewport().repaint()
    before = (view.visible_range(), view.verticalScrollBar().maximum(), view.currentIndex())
    rect = QRectF(view.viewport().rect())
    own = view.frame(rect)
    start, end = own.scale.visible_range
    zoomed = TimeScale(width=own.scale.width)
    zoomed.set_range(start, start + (end - start) / 8)  # an eighth of the view's range

    def picture(scale: TimeScale) -> QImage:
        image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        view._timeline.paint(painter, replace(own, scale=scale))
        painter.end()
        return image

    assert picture(zoomed) != picture(own.scale)  # the frame's scale, not the view's
    after = (view.visible_range(), view.verticalScrollBar().maximum(), view.currentIndex())
    assert after == before

"""Moving through the timeline: Shift+wheel and a sideways wheel pan, a pinch zooms, Shift+drag
selects with a rubber band, zoom stops at its bounds, cluster badges zoom in; keys for each."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QHelpEvent, QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from explorer.app import create_main_window
from explorer.core.dates import PartialDate
from explorer.core.schema import FORMAT_ID, Dataset, Event
from explorer.core.timescale import DAYS_PER_YEAR, MIN_SPAN
from explorer.qt.event_model import EventListModel, EventRole
from explorer.qt.exporting import events_in_scope
from explorer.qt.timeline_view import TimelineView

from .test_timeline_view import make_dataset

MODIFIER = Qt.KeyboardModifier


@pytest.fixture(params=["en", "ar"])
def view(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[TimelineView]:
    view = TimelineView()
    if request.param == "ar":
        view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(EventListModel(make_dataset()))
    view.setModel(proxy)
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.show()
    qtbot.waitExposed(view)
    yield view


def wheel(view: TimelineView, delta: QPoint, modifiers: Qt.KeyboardModifier) -> None:
    position = QPointF(300, 100)
    event = QWheelEvent(
        position,
        QPointF(view.viewport().mapToGlobal(position)),
        QPoint(),
        delta,
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def span(view: TimelineView) -> float:
    start, end = view.visible_range()
    return end - start


@pytest.mark.parametrize(
    ("delta", "modifiers"),
    [(QPoint(0, 120), MODIFIER.ShiftModifier), (QPoint(120, 0), MODIFIER.NoModifier)],
)
def test_shift_wheel_and_a_sideways_wheel_pan(
    view: TimelineView, delta: QPoint, modifiers: Qt.KeyboardModifier
) -> None:
    view.zoom_by(4)
    before, wide = view.visible_range(), span(view)
    wheel(view, delta, modifiers)
    assert view.visible_range() != before
    assert span(view) == pytest.approx(wide)


def test_the_plain_wheel_still_zooms(view: TimelineView) -> None:
    wide = span(view)
    wheel(view, QPoint(0, 120), MODIFIER.NoModifier)
    assert span(view) < wide


def pinch(view: TimelineView, value: float, x: float) -> None:
    position = QPointF(x, 100)
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        position,
        position,
        QPointF(view.viewport().mapToGlobal(position)),
        value,
        QPointF(),
        1,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_a_pinch_zooms_around_the_pointer(view: TimelineView) -> None:
    wide = span(view)
    anchored = view.scale.time_at(250)
    pinch(view, 0.5, 250)
    assert span(view) == pytest.approx(wide / 1.5)
    assert view.scale.time_at(250) == pytest.approx(anchored)
    pinch(view, -0.5, 250)
    assert span(view) == pytest.approx(wide / 1.5 * 2)


def test_zoom_is_bounded_both_ways(view: TimelineView) -> None:
    for _ in range(200):
        view.zoom_out()
    geometry = view.event_geometry()
    assert geometry is not None
    extent = geometry.time_range()
    assert extent is not None
    start, end = extent
    assert span(view) == pytest.approx(view.MAX_ZOOM_OUT * (end - start))
    for _ in range(400):
        view.zoom_in()
    assert span(view) == pytest.approx(MIN_SPAN)
    view.set_visible_range(-1e9, 1e9)
    assert span(view) <= view.MAX_ZOOM_OUT * max(end - start, DAYS_PER_YEAR) * 1.0001


def selected_ids(view: TimelineView) -> set[str]:
    rows = view.selectionModel().selectedRows()
    return {index.data(EventRole.EVENT_ID) for index in rows}


def test_shift_drag_selects_every_event_in_the_band(view: TimelineView, qtbot: QtBot) -> None:
    model = view.model()
    rects = {
        model.index(row, 0).data(EventRole.EVENT_ID): view.visualRect(model.index(row, 0))
        for row in range(model.rowCount())
    }
    wanted = {"wall", "coup", "accords", "resignation"}
    band = rects["wall"]
    for event_id in wanted:
        band = band.united(rects[event_id])
    others = set(rects) - wanted
    band = band.adjusted(-2, -2, 2, 2)
    assert not any(band.intersects(rects[event_id]) for event_id in others), "a clean band"
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, MODIFIER.ShiftModifier, band.topLeft())
    qtbot.mouseMove(viewport, band.center())
    qtbot.mouseMove(viewport, band.bottomRight())
    qtbot.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, MODIFIER.ShiftModifier, band.bottomRight()
    )
    assert selected_ids(view) == wanted
    assert view.currentIndex().data(EventRole.EVENT_ID) in wanted


def test_shift_arrows_extend_the_selection_in_time(view: TimelineView, qtbot: QtBot) -> None:
    index = next(
        view.model().index(row, 0)
        for row in range(view.model().rowCount())
        if view.model().index(row, 0).data(EventRole.EVENT_ID) == "chernobyl"
    )
    view.setFocus()
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    later = Qt.Key.Key_Left if view.isRightToLeft() else Qt.Key.Key_Right
    qtbot.keyClick(view, later, MODIFIER.ShiftModifier)
    qtbot.keyClick(view, later, MODIFIER.ShiftModifier)
    assert selected_ids(view) == {"chernobyl", "wall", "coup"}


def test_ctrl_arrows_pan_without_zooming(view: TimelineView, qtbot: QtBot) -> None:
    view.zoom_by(4)
    before, wide = view.visible_range(), span(view)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, MODIFIER.ControlModifier)
    assert view.visible_range() != before
    assert span(view) == pytest.approx(wide)


def crowded_dataset(count: int) -> Dataset:
    """``count`` events on one day, and two far apart so the view spans years."""
    day = PartialDate(1991, 12, 8)
    events = [Event(id=f"e{n}", title={"en": f"Event {n}"}, start=day) for n in range(count)] + [
        Event(id="early", title={"en": "Early"}, start=PartialDate(1985, 1, 1)),
        Event(id="late", title={"en": "Late"}, start=PartialDate(1998, 1, 1)),
    ]
    return Dataset(format=FORMAT_ID, title={"en": "Crowded"}, events=events)  # type: ignore[arg-type]


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_cluster_too_dense_shows_its_count_and_a_click_zooms_in(qtbot: QtBot) -> None:
    view = TimelineView()
    view.setModel(EventListModel(crowded_dataset(40)))
    qtbot.addWidget(view)
    view.resize(900, 260)
    view.show()
    qtbot.waitExposed(view)
    badges = view.cluster_badges()
    assert len(badges) == 1
    badge = badges[0]
    rects = [view.visualRect(view.model().index(row, 0)) for row in range(42)]
    above_the_badges = [r for r in rects if r.top() >= 0 and r.bottom() < badge.rect.top()]
    hidden = 42 - len(above_the_badges)  # scrolled below, or in no lane
    assert badge.text.strip("\u200e") == f"+{hidden}"
    day = PartialDate(1991, 12, 8).start_time()
    assert abs(view.scale.x_for(day) - badge.rect.center().x()) < badge.rect.width()
    centre = badge.rect.center().toPoint()
    help_event = QHelpEvent(QEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre))
    QApplication.sendEvent(view.viewport(), help_event)
    assert f"{hidden} more event" in QToolTip.text()
    QToolTip.hideText()
    wide = span(view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert span(view) < wide / 2
    start, end = view.visible_range()
    assert start <= day <= end


def test_nothing_is_drawn_half_hidden_beside_a_badge(qtbot: QtBot) -> None:
    # the lanes a badge counts are left out, not drawn running under it
    window = create_main_window(language="en")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.select_event("belovezha-accords")
    view = window.timeline_view
    view.scrollTo(window.selection_model.currentIndex())
    badges = view.cluster_badges()
    assert badges
    badge = badges[-1]
    picture = view.viewport().grab().toImage()
    beside = [
        QColor(picture.pixel(x, y)).lightness()
        for x in range(max(0, int(badge.rect.left()) - 150), int(badge.rect.left()) - 4)
        for y in range(int(badge.rect.top()) + 2, int(badge.rect.bottom()) - 2)
    ]
    assert min(beside) > 150, "a label runs under the badge"


def test_a_rubber_band_in_the_window_selects_for_the_detail_pane_and_exports(
    qtbot: QtBot,
) -> None:
    window = create_main_window(make_dataset(), language="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    view = window.timeline_view
    view.fit_all()
    model = view.model()
    rects = [view.visualRect(model.index(row, 0)) for row in range(model.rowCount())]
    band = rects[0]
    for rect in rects:
        band = band.united(rect)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, MODIFIER.ShiftModifier, band.topLeft())
    qtbot.mouseMove(viewport, band.bottomRight() + QPoint(2, 2))
    qtbot.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, MODIFIER.ShiftModifier, band.bottomRight()
    )
    chosen = events_in_scope(
        window.event_model, window.filter_model, window.selection_model, "selected"
    )
    assert [event.id for event in chosen] == [event.id for event in make_dataset().events]
    assert window.event_list.selectionModel().selectedRows()  # the list shares the selection

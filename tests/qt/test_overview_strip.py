"""The overview strip: the whole timeline with the visible range framed; click, drag, wheel."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, QSortFilterProxyModel, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

import explorer.qt.overview_strip as overview_module
from explorer.core.dates import PartialDate
from explorer.core.schema import FORMAT_ID, Dataset, Event
from explorer.qt.event_model import EventListModel
from explorer.qt.overview_strip import OverviewStrip
from explorer.qt.timeline_view import TimelineView

DATES = ["1900-01-01", "1920-06-01", "1950-03-01", "1980-01-01", "1991-12-08", "2000-01-01"]


def days(date: str) -> float:
    return PartialDate.parse(date).start_time()


#: A period of three days beside the instants of DATES.
ACCORDS = Event(
    id="accords",
    title={"en": "Accords"},
    start=PartialDate.parse("1991-12-08"),
    end=PartialDate.parse("1991-12-10"),
)


class Harness(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.source = EventListModel(
            Dataset(
                format=FORMAT_ID,  # type: ignore[arg-type]
                title={"en": "Overview"},
                events=[
                    *(
                        Event(id=f"e{i}", title={"en": f"Event {i}"}, start=PartialDate.parse(d))
                        for i, d in enumerate(DATES)
                    ),
                    ACCORDS,
                ],
            )
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.view = TimelineView(self)
        self.view.setModel(self.proxy)
        self.strip = OverviewStrip(self.view, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.strip)


@pytest.fixture
def harness(qtbot: QtBot) -> Iterator[Harness]:
    harness = Harness()
    qtbot.addWidget(harness)
    harness.resize(1000, 300)
    harness.show()
    qtbot.waitExposed(harness)
    qtbot.waitUntil(lambda: harness.strip.bar_count() > 0)
    yield harness


def centre(harness: Harness) -> float:
    start, end = harness.view.visible_range()
    return (start + end) / 2


def span(harness: Harness) -> float:
    start, end = harness.view.visible_range()
    return end - start


def test_the_strip_shows_every_event_and_the_visible_range_as_a_frame(harness: Harness) -> None:
    strip = harness.strip
    assert strip.objectName() == "overviewStrip"
    assert strip.bar_count() == len(DATES)  # one bar per year apart (the accords share one)
    assert strip.x_for(days(DATES[0])) < strip.x_for(days(DATES[-1]))
    assert strip.x_for(days(DATES[0])) >= 0 and strip.x_for(days(DATES[-1])) <= strip.width()
    harness.view.set_visible_range(days("1950-01-01"), days("1960-01-01"))
    frame = strip.frame_rect()
    assert frame.left() == pytest.approx(strip.x_for(days("1950-01-01")), abs=1)
    assert frame.right() == pytest.approx(strip.x_for(days("1960-01-01")), abs=1)


def test_clicking_centres_the_view_there(qtbot: QtBot, harness: Harness) -> None:
    harness.view.set_visible_range(days("1950-01-01"), days("1952-01-01"))
    before = span(harness)
    x = round(harness.strip.x_for(days("1985-01-01")))
    qtbot.mouseClick(harness.strip, Qt.MouseButton.LeftButton, pos=QPoint(x, 15))
    assert abs(centre(harness) - days("1985-01-01")) < 2 * harness.strip._scale.days_per_pixel
    assert span(harness) == pytest.approx(before)


def test_dragging_the_frame_pans_and_its_edges_zoom(qtbot: QtBot, harness: Harness) -> None:
    strip = harness.strip
    harness.view.set_visible_range(days("1930-01-01"), days("1960-01-01"))
    frame = strip.frame_rect()
    middle = round(frame.center().x())
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=QPoint(middle, 15))
    qtbot.mouseMove(strip, QPoint(middle + 100, 15))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=QPoint(middle + 100, 15))
    moved = 100 * strip._scale.days_per_pixel
    start, end = harness.view.visible_range()
    assert start == pytest.approx(days("1930-01-01") + moved, rel=1e-3)
    assert end - start == pytest.approx(days("1960-01-01") - days("1930-01-01"), rel=1e-6)
    right = round(strip.frame_rect().right())
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=QPoint(right, 15))
    qtbot.mouseMove(strip, QPoint(right - 60, 15))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=QPoint(right - 60, 15))
    new_start, new_end = harness.view.visible_range()
    assert new_start == pytest.approx(start)
    assert new_end < end - 50 * strip._scale.days_per_pixel  # zoomed in from the end


def wheel(widget: QWidget, x: float, steps: int) -> None:
    position = QPointF(x, 15)
    QApplication.sendEvent(
        widget,
        QWheelEvent(
            position,
            QPointF(widget.mapToGlobal(position)),
            QPoint(),
            QPoint(0, 120 * steps),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        ),
    )


def test_the_wheel_on_the_strip_zooms(harness: Harness) -> None:
    before = span(harness)
    wheel(harness.strip, harness.strip.width() / 2, 2)
    assert span(harness) < before * 0.7
    wheel(harness.strip, harness.strip.width() / 2, -2)
    assert span(harness) == pytest.approx(before, rel=1e-6)


def test_right_to_left_mirrors_the_strip(qtbot: QtBot, harness: Harness) -> None:
    harness.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    strip = harness.strip
    qtbot.waitUntil(lambda: strip.x_for(days(DATES[0])) > strip.x_for(days(DATES[-1])))
    harness.view.set_visible_range(days("1950-01-01"), days("1952-01-01"))
    x = round(strip.x_for(days("1905-01-01")))
    assert x > strip.width() / 2  # early times on the right
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(x, 15))
    assert abs(centre(harness) - days("1905-01-01")) < 2 * strip._scale.days_per_pixel


def test_filtering_recounts_once_and_painting_never_counts(
    qtbot: QtBot, harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = overview_module.bucket_counts

    def counting(*args: object) -> list[int]:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(overview_module, "bucket_counts", counting)
    harness.proxy.setFilterFixedString("Event 1")
    qtbot.waitUntil(lambda: harness.strip.bar_count() == 1)
    counted = len(calls)
    assert counted >= 1
    for _ in range(3):
        harness.strip.repaint()
        harness.view.zoom_by(1.5)
    assert len(calls) == counted


@pytest.mark.parametrize("rtl", [False, True])
def test_a_few_year_labels_under_the_band_run_with_time(harness: Harness, rtl: bool) -> None:
    if rtl:
        harness.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        harness.strip.recount()
    labels = harness.strip.labels()
    assert 2 <= len(labels) <= 12
    years = [int(text) for _left, text in labels]
    lefts = [left for left, _text in labels]
    assert all(1900 <= year <= 2000 for year in years)
    in_time_order = sorted(zip(years, lefts, strict=True))
    xs = [left for _year, left in in_time_order]
    assert xs == (sorted(xs, reverse=True) if rtl else sorted(xs))
    for year, left in in_time_order:  # each label centred on its year on the strip
        middle = harness.strip.x_for(PartialDate(year).start_time())
        assert left < middle < left + 60
    image = harness.strip.grab().toImage()
    under_the_band = {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(harness.strip.HEIGHT + 1, image.height())
    }
    assert len(under_the_band) > 2  # something is written there


def test_a_lone_event_of_a_day_is_shown_among_a_month_of_days(harness: Harness) -> None:
    """As the view frames it: an axis of hours would say the day fills the whole strip."""
    harness.proxy.setFilterFixedString("Event 4")  # 8 December 1991 alone
    harness.strip.recount()
    labels = [text for _left, text in harness.strip.labels()]
    assert labels and not any(":" in text for text in labels), labels
    day = days("1991-12-08")
    assert harness.strip.time_at(0) < day - 10 and harness.strip.time_at(1000) > day + 10


def test_a_lone_period_has_room_on_either_side_as_the_view_frames_it(harness: Harness) -> None:
    """The frame of the view zoomed to the period lies within the strip, not over all of it."""
    harness.proxy.setFilterFixedString("Accords")
    harness.strip.recount()
    harness.view.zoom_to_rows([0])
    start, end = ACCORDS.start.start_time(), ACCORDS.end.end_time()  # type: ignore[union-attr]
    strip = harness.strip
    assert 50 < strip.x_for(start) < strip.x_for(end) < strip.width() - 50
    frame = strip.frame_rect()
    assert frame.left() == pytest.approx(strip.x_for(harness.view.visible_range()[0]), abs=1)
    assert 0 <= frame.left() < strip.x_for(start) and strip.x_for(end) < frame.right()
    assert frame.right() <= strip.width()

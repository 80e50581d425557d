"""Dates known only to the month or the year: drawn hatched over that span, labelled with it."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage, QTextLayout, QTextOption
from pytestqt.qtbot import QtBot

from explorer.core.bidi import isolated_line
from explorer.core.dates import PartialDate
from explorer.core.schema import FORMAT_ID, Dataset, Event
from explorer.qt.event_model import EventListModel, EventRole
from explorer.qt.timeline_view import TimelineView

EVENTS = [("day", "An exact day", "1991-11-20"), ("month", "Sometime that month", "1991-12")]


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[TimelineView]:
    source = EventListModel(
        Dataset(
            format=FORMAT_ID,  # type: ignore[arg-type]
            title={"en": "Vague"},
            events=[
                Event(id=i, title={"en": t, "ar": t}, start=PartialDate.parse(d))
                for i, t, d in EVENTS
            ],
        )
    )
    view = TimelineView()
    view.setModel(source)
    view._source = source  # type: ignore[attr-defined]  # keep it alive
    qtbot.addWidget(view)
    view.resize(1000, 200)
    view.show()
    qtbot.waitExposed(view)
    view.clearFocus()
    view.set_visible_range(days("1991-11-01"), days("1992-01-15"))
    yield view


def days(date: str) -> float:
    return PartialDate.parse(date).start_time()


def index(view: TimelineView, event_id: str) -> QModelIndex:
    model = view.model()
    return next(
        model.index(row, 0)
        for row in range(model.rowCount())
        if model.index(row, 0).data(EventRole.EVENT_ID) == event_id
    )


def test_a_month_is_drawn_over_the_whole_month_and_a_day_stays_a_marker(
    view: TimelineView,
) -> None:
    scale = view.scale
    month = view.visualRect(index(view, "month"))
    left, right = scale.x_for(days("1991-12-01")), scale.x_for(days("1992-01-01"))
    assert month.left() == pytest.approx(left, abs=2)
    assert month.right() >= right - 2  # the month, and its label after it
    day = view.visualRect(index(view, "day"))
    radius = view._timeline.metrics.marker_radius
    assert day.left() == pytest.approx(scale.x_for(days("1991-11-20")) - radius, abs=2)


def hatch_changes(image: QImage, y: int, x0: int, x1: int) -> int:
    """How often the colour changes along a row of pixels: many times across a hatch."""
    colors = [image.pixelColor(x, y).rgb() for x in range(x0, x1)]
    return sum(a != b for a, b in itertools.pairwise(colors))


def test_the_month_is_hatched_and_its_label_says_so(view: TimelineView) -> None:
    scale = view.scale
    month = view.visualRect(index(view, "month"))
    image = view.viewport().grab().toImage()
    left = round(scale.x_for(days("1991-12-01"))) + 3
    right = round(scale.x_for(days("1992-01-01"))) - 3
    label = view._timeline.measure("Sometime that month · December 1991")
    assert left + label + 20 < right - 60  # sample the bar after its label
    left = right - 60
    assert hatch_changes(image, month.center().y() + 3, left, right) > (right - left) / 8
    assert view._timeline.title(index(view, "month").row()) == (
        "Sometime that month · December 1991"
    )
    assert view._timeline.title(index(view, "day").row()) == "An exact day"


def test_a_quoted_english_label_reads_in_its_own_order_in_an_arabic_window(
    qtbot: QtBot,
) -> None:
    source = EventListModel(
        Dataset(
            format=FORMAT_ID,  # type: ignore[arg-type]
            title={"en": "Songs"},
            events=[Event(id="song", title={"en": "'Whitney'"}, start=PartialDate.parse("1987"))],
        ),
        language="ar",
    )
    view = TimelineView()
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view.setModel(source)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    title = view._timeline.title(0)
    assert title == "'Whitney' · 1987"
    drawn = isolated_line(title, right_to_left=view.isRightToLeft())
    layout = QTextLayout(drawn, view.font())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1000)
    layout.endLayout()
    # Letters inside each run (a run's ends are ambiguous cursor positions).
    h, y, nine = (line.cursorToX(drawn.index(letter))[0] for letter in "hy9")
    # Read left to right as written, quotes on the title and the year after it.
    assert h < y < nine

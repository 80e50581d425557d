"""Eras drawn behind the events and categories' colours, on screen and in exported pictures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from explorer.core.dates import PartialDate
from explorer.core.schema import FORMAT_ID, Category, Dataset, Era, Event
from explorer.qt.event_model import EventListModel, EventRole
from explorer.qt.timeline_render import paint_timeline
from explorer.qt.timeline_view import TimelineView

RED, GREEN = "#e00000", "#00b000"
date = PartialDate.parse


def dataset_with_eras() -> Dataset:
    """Events from 1980 to 2000; a red era from 1985 to 1991, a second one in the palette's
    colour; one event in a green category."""
    return Dataset(
        format=FORMAT_ID,  # type: ignore[arg-type]
        title={"en": "Eras"},
        eras=[
            Era(
                title={"en": "Perestroika", "ar": "البيريسترويكا"},
                start=date("1985"),
                end=date("1991"),
                colour=RED,
            ),
            Era(title={"en": "After", "ar": "ما بعد"}, start=date("1992"), end=date("1999")),
        ],
        categories=[Category(id="green", name={"en": "Green", "ar": "أخضر"}, colour=GREEN)],
        events=[
            Event(id="first", title={"en": "First"}, start=date("1980-01-01")),
            Event(
                id="coloured", title={"en": "In green"}, start=date("1988-06-01"), category="green"
            ),
            Event(id="plain", title={"en": "Plain"}, start=date("1993-06-01")),
            Event(id="last", title={"en": "Last"}, start=date("2000-01-01")),
        ],
    )


def reddish(color: QColor) -> bool:
    return color.red() - color.green() > 20 and color.red() - color.blue() > 20


def greenish(color: QColor) -> bool:
    return color.green() - color.red() > 60 and color.green() - color.blue() > 60


@pytest.fixture(params=["en", "ar"])
def view(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[TimelineView]:
    view = TimelineView()
    if request.param == "ar":
        view.setLayoutDirection(view.layoutDirection().RightToLeft)
    view.setModel(EventListModel(dataset_with_eras()))
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    yield view


def test_an_era_is_a_band_of_its_colour_behind_the_events(view: TimelineView) -> None:
    image = view.viewport().grab().toImage()
    scale = view.scale
    inside = round(scale.x_for(PartialDate(1986, 5, 16).start_time()))  # not on a gridline
    outside = round(scale.x_for(PartialDate(1982, 5, 16).start_time()))
    for y in (4, image.height() // 2):  # the title line, and the band among the lanes
        assert reddish(image.pixelColor(inside, y)), y
        assert not reddish(image.pixelColor(outside, y)), y
    # the era without a colour is drawn too, in another colour
    after = round(scale.x_for(PartialDate(1996, 5, 16).start_time()))
    assert image.pixelColor(after, 4) != image.pixelColor(outside, 4)


def test_the_first_lane_starts_below_the_era_titles(view: TimelineView) -> None:
    first = view.visualRect(view.model().index(0, 0))
    assert first.top() >= view.fontMetrics().height()


def test_an_event_in_a_category_has_its_colour(view: TimelineView) -> None:
    model = view.model()
    image = view.viewport().grab().toImage()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        x = round(view.scale.x_for(index.data(EventRole.START_TIME)))
        y = view.visualRect(index).center().y()
        coloured = greenish(image.pixelColor(x, y))
        assert coloured == (index.data(EventRole.EVENT_ID) == "coloured")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_exported_pictures_draw_the_eras(language: str) -> None:
    model = EventListModel(dataset_with_eras(), language=language)
    image = QImage(1000, 400, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    paint_timeline(painter, QRect(0, 0, 1000, 400), model, language)
    painter.end()
    xs = [x for x in range(1000) if reddish(image.pixelColor(x, 200))]
    assert len(xs) > 100  # six years of thirty
    mirrored = language == "ar"
    assert (sum(xs) / len(xs) > 500) == mirrored  # 1985-1991: the first half of 1980-2000

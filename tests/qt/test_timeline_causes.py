"""Cause arrows on the timeline, as a user sees them: drawn when an event is selected, in the
selection colour, others dimmed, and to the edge (with a title) for events outside the view."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from explorer.core.dates import PartialDate
from explorer.core.schema import FORMAT_ID, Dataset, Event
from explorer.qt.event_model import EventListModel, EventRole
from explorer.qt.timeline_view import TimelineView

# id, title, start, causes
EVENTS = [
    ("glasnost", "Glasnost", "1986-01-10", []),
    ("wall", "Fall of the Berlin Wall", "1989-11-09", []),
    ("coup", "The August coup", "1991-08-19", ["glasnost"]),
    ("accords", "Belovezha Accords", "1991-12-08", ["coup"]),
    ("flag", "The flag is lowered", "1991-12-25", []),
]
HIGHLIGHT = QColor("#c0102a")  # a colour nothing else in the picture has


def make_dataset() -> Dataset:
    return Dataset(
        format=FORMAT_ID,  # type: ignore[arg-type]
        title={"en": "Causes"},
        events=[
            Event(id=i, title={"en": t}, start=PartialDate.parse(s), causes=c)
            for i, t, s, c in EVENTS
        ],
    )


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[TimelineView]:
    source = EventListModel(make_dataset())
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    view = TimelineView()
    view.setModel(proxy)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Highlight, HIGHLIGHT)
    view.setPalette(palette)
    qtbot.addWidget(view)
    view.resize(1000, 300)
    view.show()
    qtbot.waitExposed(view)
    view._proxy = proxy  # type: ignore[attr-defined]  # keep it alive
    yield view


def index_of(view: TimelineView, event_id: str) -> QModelIndex:
    model = view.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(EventRole.EVENT_ID) == event_id:
            return model.index(row, 0)
    raise AssertionError(event_id)


def select(view: TimelineView, event_id: str) -> None:
    view.selectionModel().setCurrentIndex(
        index_of(view, event_id), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )


def highlight_pixels(image: QImage, x0: int, x1: int, y0: int, y1: int) -> int:
    count = 0
    for x in range(max(0, x0), min(image.width(), x1)):
        for y in range(max(0, y0), min(image.height(), y1)):
            color = image.pixelColor(x, y)
            if color.red() > 150 and color.green() < 90 and color.blue() < 110:
                count += 1
    return count


def between(view: TimelineView, first: str, second: str) -> tuple[int, int, int, int]:
    """The box between two events' marks (exclusive of the marks and labels' rows)."""
    a, b = view.visualRect(index_of(view, first)), view.visualRect(index_of(view, second))
    return (
        min(a.left(), b.left()) + 8,
        max(a.left(), b.left()) - 8,
        4,  # inside the focus frame
        view.viewport().height() - 40,
    )


def test_selecting_an_event_draws_arrows_from_its_causes_and_to_what_it_led_to(
    view: TimelineView,
) -> None:
    view.clearFocus()  # no focus frame, no focus ring
    box = between(view, "glasnost", "coup")
    before = view.viewport().grab().toImage()
    assert highlight_pixels(before, *box) == 0
    select(view, "coup")
    after = view.viewport().grab().toImage()
    assert highlight_pixels(after, *box) > 20  # glasnost → coup
    coup, accords = (
        view.visualRect(index_of(view, "coup")),
        view.visualRect(index_of(view, "accords")),
    )
    x0, x1 = sorted((coup.right(), accords.left()))  # the coup is selected: on a chip
    assert highlight_pixels(after, x0 + 4, x1 - 4, 4, view.viewport().height() - 40) > 20


def test_events_not_linked_to_the_selection_are_dimmed(view: TimelineView) -> None:
    rect = view.visualRect(index_of(view, "flag"))

    def darkest(image: QImage) -> int:
        return min(
            image.pixelColor(x, y).lightness()
            for x in range(rect.left(), rect.right())
            for y in range(rect.top(), rect.bottom())
        )

    plain = darkest(view.viewport().grab().toImage())
    select(view, "coup")
    dimmed = darkest(view.viewport().grab().toImage())
    assert dimmed > plain + 40
    select(view, "wall")  # no links: nothing dimmed
    assert darkest(view.viewport().grab().toImage()) <= plain + 5


def test_a_linked_event_outside_the_view_is_pointed_to_at_the_edge_with_its_title(
    view: TimelineView,
) -> None:
    select(view, "coup")
    coup = PartialDate.parse("1991-08-19").start_time()
    view.set_visible_range(coup - 60, coup + 60)  # glasnost (1986) and the accords are outside
    image = view.viewport().grab().toImage()
    height = view.viewport().height() - 40
    view.clearFocus()  # no focus frame on the edges
    image = view.viewport().grab().toImage()
    assert highlight_pixels(image, 0, 6, 0, height) > 0  # the arrow reaches the left edge
    assert highlight_pixels(image, image.width() - 6, image.width(), 0, height) > 0
    view.setLayoutDirection(view.layoutDirection().RightToLeft)  # mirrored: the other way round
    image = view.viewport().grab().toImage()
    assert highlight_pixels(image, 0, 6, 0, height) > 0
    assert highlight_pixels(image, image.width() - 6, image.width(), 0, height) > 0


def test_the_titles_at_the_edge_are_the_events_titles(view: TimelineView) -> None:
    from explorer.qt.timeline_arrows import plan_arrows

    select(view, "coup")
    coup = PartialDate.parse("1991-08-19").start_time()
    view.set_visible_range(coup - 60, coup + 60)
    timeline, scale = view._timeline, view.scale
    layout = timeline.layout(scale, view.viewport().height())
    assert layout is not None
    pairs = timeline.links.pairs(view.focus_rows())
    from PySide6.QtCore import QRectF

    plan = plan_arrows(
        pairs,
        layout,
        scale,
        timeline.metrics,
        QRectF(0, 0, 1000, 250),
        timeline.geometry.starts,
        timeline.title,
    )
    titles = {(anchor.title, anchor.left == 0) for anchor in plan.edge_titles}
    assert titles == {("Glasnost", True), ("Belovezha Accords", False)}

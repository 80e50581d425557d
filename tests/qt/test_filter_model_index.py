"""The search proxy over a generated timeline: the rows it shows are the rows that match."""

from __future__ import annotations

import pytest
from msgspec.structs import replace

from explorer.core.dates import PartialDate
from explorer.core.schema import Dataset, Event
from explorer.core.search import event_matches
from explorer.qt.event_model import EventListModel, EventRole
from explorer.qt.filter_model import EventFilterModel
from tests.factories import small_dataset

#: The proxy starts timers: a QApplication must exist (run alone, no earlier test made one).
pytestmark = pytest.mark.usefixtures("qapp")

_PLACES = [("Minsk", "مينسك"), ("Kyiv", "كييف"), ("Almaty", "ألماتي"), ("Rīga", "ريغا")]


def _catalogue(count: int) -> Dataset:
    template = small_dataset()
    events = []
    for number in range(count):
        place_en, place_ar = _PLACES[number % len(_PLACES)]
        events.append(
            Event(
                id=f"e{number}",
                title={
                    "en": f"The {place_en} treaty {number}",
                    "ar": f"معاهدة {place_ar} {number}",
                },
                start=PartialDate(1900 + number % 120, 1 + number % 12, 1 + number % 28),
                place={"en": place_en, "ar": place_ar},
            )
        )
    return replace(template, events=events, story=[])


@pytest.fixture(scope="module")
def catalogue() -> Dataset:
    return _catalogue(600)


@pytest.mark.parametrize(
    "query",
    ["minsk", "مينسك", "riga", "treaty 12", "December 1991", "كانون الأول 1991", "e59", "zz"],
)
def test_the_proxy_shows_exactly_the_matching_events_in_time_order(
    catalogue: Dataset, query: str
) -> None:
    source = EventListModel(catalogue)
    proxy = EventFilterModel()
    proxy.setSourceModel(source)
    proxy.set_query(query)
    shown = [proxy.index(row, 0).data(EventRole.EVENT_ID) for row in range(proxy.rowCount())]
    expected = [event.id for event in source.events() if event_matches(query, event)]
    assert shown == expected
    starts = [proxy.index(row, 0).data(EventRole.START_TIME) for row in range(proxy.rowCount())]
    assert starts == sorted(starts)


def test_the_proxy_passes_the_model_tester_through_queries(  # type: ignore[no-untyped-def]
    qtmodeltester, catalogue: Dataset
) -> None:
    source = EventListModel(catalogue)
    proxy = EventFilterModel()
    proxy.setSourceModel(source)
    for query in ("treaty", "treaty 1", "kyiv", "", "zz"):
        proxy.set_query(query)
        qtmodeltester.check(proxy)
    source.set_language("ar")
    qtmodeltester.check(proxy)

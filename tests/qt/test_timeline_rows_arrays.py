"""The timeline reads a store's arrays, not row by row: the same lanes, marks and links."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from explorer.core.dates import PartialDate
from explorer.core.schema import FORMAT_ID, Dataset, Event
from explorer.qt import timeline_rows
from explorer.qt.event_model import EventListModel
from explorer.qt.filter_model import EventFilterModel
from explorer.qt.timeline_rows import TimelineRows

#: (id, title, start, end, kind, causes): days, a month, a year, spans, causes, a duplicate time.
EVENTS = [
    ("a", "Accord of Minsk", "1991-12-08", None, "treaty", []),
    ("b", "Minsk in December", "1991-12", None, "event", ["a"]),
    ("c", "The year of Minsk", "1991", None, "event", ["a", "missing"]),
    ("d", "Reform years", "1985", "1991", "cause", []),
    ("e", "Minsk summit", "1991-12-08", None, "event", ["d"]),
    ("f", "Kyiv vote", "1991-12-01", None, "event", ["e"]),
    ("g", "Period of Minsk talks", "1991-11-01", "1991-12-20", "period", ["f", "c"]),
]


def dataset() -> Dataset:
    date = PartialDate.parse
    return Dataset(
        format=FORMAT_ID,  # type: ignore[arg-type]
        title={"en": "Arrays"},
        events=[
            Event(
                id=i,
                title={"en": t},
                start=date(s),
                end=date(e) if e else None,
                kind=k,  # type: ignore[arg-type]
                causes=c,
            )
            for i, t, s, e, k, c in EVENTS
        ],
    )


def read(model: object, row_by_row: bool, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """What the timeline reads of ``model``, through the arrays or through the roles."""
    with monkeypatch.context() as patch:
        if row_by_row:
            patch.setattr(timeline_rows, "_store_rows", lambda _model: None)
        rows = TimelineRows()
        rows.set_model(model)  # type: ignore[arg-type]
        geometry = rows.geometry
        count = len(geometry)
        return {
            "starts": list(geometry.starts),
            "ends": list(geometry.ends),
            "instants": list(geometry.instants),
            "kinds": list(rows._kinds),
            "imprecise": [rows.is_imprecise(row) for row in range(count)],
            "titles": [rows.title(row) for row in range(count)],
            "causes": [rows.links.causes_of(row) for row in range(count)],
            "led_to": [rows.links.led_to(row) for row in range(count)],
        }


@pytest.mark.parametrize("query", ["", "minsk", "1991", "nothing matches this"])
def test_the_arrays_read_what_the_rows_say(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    source = EventListModel(dataset())
    proxy = EventFilterModel()
    proxy.setSourceModel(source)
    proxy.set_query(query)
    for model in (proxy, source):
        by_arrays = read(model, False, monkeypatch)
        assert by_arrays == read(model, True, monkeypatch)
    if not query:
        assert any(by_arrays["imprecise"])  # the month and the year are read as vague
        assert any(by_arrays["causes"])


def test_the_arrays_are_read_without_a_call_per_row(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big model is read in numpy passes: no data() call per event."""
    date = PartialDate.parse
    events = [
        Event(id=f"e{n}", title={"en": f"Event {n}"}, start=date(f"{1900 + n % 100}-01-02"))
        for n in range(5000)
    ]
    source = EventListModel(Dataset(format=FORMAT_ID, title={"en": "Big"}, events=events))  # type: ignore[arg-type]
    proxy = EventFilterModel()
    proxy.setSourceModel(source)
    calls: list[int] = []
    original = EventListModel.data_for_row

    def counted(self: EventListModel, row: int, role: int = 0) -> object:
        calls.append(row)
        return original(self, row, role)

    monkeypatch.setattr(EventListModel, "data_for_row", counted)
    rows = TimelineRows()
    rows.set_model(proxy)
    assert len(rows.geometry) == 5000
    assert len(calls) < 50

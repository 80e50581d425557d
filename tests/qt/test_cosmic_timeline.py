"""A timeline from the Big Bang to the Moon: fitting, zooming and reading it in the window.

Years go to ±20 billion: the axis reads in billions of years, Fit shows every event, zooming
from the age of the universe into a day of 1969 keeps the event under the pointer, and an event's
own date text ("Summer 1969"), its media and its milestone mark show in the detail pane and list.
"""

from __future__ import annotations

import pytest
from msgspec.structs import replace
from PySide6.QtCore import QModelIndex

from explorer.core.dates import PartialDate
from explorer.core.schema import FORMAT_ID, Dataset, Event, Media
from explorer.qt.event_model import EventRole
from explorer.qt.main_window import MainWindow
from explorer.qt.timeline_view import TimelineView
from tests.qt.screen import detail_text, show_window

MOMENTS = {
    "big-bang": ("-13800000000", "The Big Bang", "الانفجار العظيم"),
    "earth": ("-4500000000", "The Earth forms", "تشكّل الأرض"),
    "chicxulub": ("-66000000", "The dinosaurs die out", "انقراض الديناصورات"),
    "sapiens": ("-300000", "Homo sapiens", "الإنسان العاقل"),
    "apollo-11": ("1969-07-20", "Apollo 11 lands on the Moon", "هبوط أبولو 11 على القمر"),
}


def cosmic_dataset(media_url: str = "https://www.nasa.gov/mission/apollo-11/") -> Dataset:
    events = [
        Event(id=event_id, title={"en": en, "ar": ar}, start=PartialDate.parse(start))
        for event_id, (start, en, ar) in MOMENTS.items()
    ]
    events[-1] = replace(
        events[-1],
        display_date={"en": "Summer 1969", "ar": "صيف 1969"},
        milestone=True,
        media=Media(
            url=media_url,
            credit="NASA",
            caption={"en": "The Apollo 11 mission", "ar": "مهمة أبولو 11"},
        ),
    )
    return Dataset(
        format=FORMAT_ID,
        title={"en": "From the Big Bang to the Moon", "ar": "من الانفجار العظيم إلى القمر"},
        events=events,
    )


def timeline(window: MainWindow) -> TimelineView:
    view = window.findChild(TimelineView, "timelineView")
    assert view is not None
    return view


def index_of(view: TimelineView, event_id: str) -> QModelIndex:
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(EventRole.EVENT_ID) == event_id:
            return index
    raise AssertionError(event_id)


def in_view(view: TimelineView, event_id: str) -> bool:
    rect = view.visualRect(index_of(view, event_id))
    return not rect.isEmpty() and view.viewport().rect().intersects(rect)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_fit_shows_the_big_bang_and_the_moon_landing(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    window = show_window(qtbot, cosmic_dataset(), language=language, size=(1280, 800))
    view = timeline(window)
    window.fit_action.trigger()
    start, end = view.visible_range()
    assert start <= PartialDate.parse("-13800000000").start_time()
    assert PartialDate.parse("1969-07-20").end_time() <= end
    for event_id in MOMENTS:
        assert in_view(view, event_id), event_id


def test_the_opening_note_names_the_range_in_billions_of_years(qtbot) -> None:  # type: ignore[no-untyped-def]
    english = timeline(show_window(qtbot, cosmic_dataset(), size=(1280, 800))).opening_note()
    assert english.startswith("Showing 4.86 billion years ago – ")
    assert english.endswith(" · Fit (Ctrl+0) shows all")
    assert "e+" not in english
    arabic = timeline(show_window(qtbot, cosmic_dataset(), "ar", size=(1280, 800))).opening_note()
    assert "قبل 4.86 مليار سنة" in arabic


def test_zooming_from_the_universe_into_the_moon_landing_and_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = show_window(qtbot, cosmic_dataset(), size=(1280, 800))
    view = timeline(window)
    window.fit_action.trigger()
    assert window.select_event("apollo-11")
    landing = PartialDate.parse("1969-07-20").start_time()
    for _ in range(200):  # as far in as zooming goes: an hour across the view
        window.zoom_in_action.trigger()
    start, end = view.visible_range()
    assert end - start < 1 / 12
    assert start < landing < end  # the day's start, where its marker is
    assert in_view(view, "apollo-11")
    for _ in range(400):  # and out, as far as it goes: never past a few times the whole span
        window.zoom_out_action.trigger()
    start, end = view.visible_range()
    assert end - start <= view.widest_span() * 1.000001
    assert in_view(view, "big-bang") and in_view(view, "apollo-11")


@pytest.mark.parametrize(
    ("language", "date", "marker", "media"),
    [
        ("en", "Summer 1969", "MILESTONE", "Media: The Apollo 11 mission (NASA)"),
        ("ar", "صيف 1969", "محطة بارزة", "وسائط: مهمة أبولو 11 (NASA)"),
    ],
)
def test_the_pane_and_the_list_show_the_events_own_date_media_and_milestone(  # type: ignore[no-untyped-def]
    qtbot, language: str, date: str, marker: str, media: str
) -> None:
    window = show_window(qtbot, cosmic_dataset(), language=language)
    assert window.select_event("apollo-11")
    text = detail_text(window)
    assert date in text.splitlines()
    assert marker in text
    assert media in text
    assert "1969-07-20" not in text and "20 July 1969" not in text
    links = window.detail_pane.sources_label.text()
    assert 'href="https://www.nasa.gov/mission/apollo-11/"' in links
    assert index_of(timeline(window), "apollo-11").data(EventRole.DATE_TEXT) == date
    assert window.select_event("earth")
    assert "MILESTONE" not in detail_text(window) and "Media" not in detail_text(window)


def test_media_of_another_scheme_is_shown_but_not_linked(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = show_window(qtbot, cosmic_dataset(media_url="file:///etc/passwd"))
    assert window.select_event("apollo-11")
    assert "Media: The Apollo 11 mission file:///etc/passwd (NASA)" in detail_text(window)
    assert "href" not in window.detail_pane.sources_label.text()

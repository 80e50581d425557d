"""The built-in story, clicked through as a reader would: every seed fact is reachable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractItemView

from explorer.core.schema import text_in
from explorer.qt.event_model import EventRole
from explorer.qt.main_window import MainWindow
from tests.qt.screen import click_event, detail_text, show_window, view_rows


@pytest.fixture(params=["en", "ar"])
def window(request: pytest.FixtureRequest, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield show_window(qtbot, language=request.param)


def table_text(view: QAbstractItemView) -> str:
    return "\n".join(view_rows(view)).replace("\t", "\n")


def test_every_event_can_be_clicked_and_read_with_all_its_facts(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    language = window.language
    view = window.findChild(QAbstractItemView, "timelineView")
    participants_view = window.findChild(QAbstractItemView, "participantsView")
    causes_view = window.findChild(QAbstractItemView, "causesView")
    seen = set()
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        click_event(qtbot, view, row)
        event_id = index.data(EventRole.EVENT_ID)
        qtbot.waitUntil(lambda event_id=event_id: window.current_event().id == event_id)  # type: ignore[union-attr]
        event = window.current_event()
        assert event is not None
        seen.add(event.id)
        text = detail_text(window)
        assert text_in(event.title, language) in text
        assert text_in(event.summary, language) in text
        assert causes_view.model().rowCount() == len(event.causes)
        participants = table_text(participants_view)
        for participant in event.participants:
            assert text_in(participant.party, language) in participants
            for representative in participant.representatives:
                assert text_in(representative.name, language) in participants
                assert text_in(representative.office, language) in participants
            if participant.note:
                assert text_in(participant.note, language) in text
        for source in event.sources:
            assert source.citation in text
    assert len(seen) == len(window.dataset.events)


def test_the_seed_facts_are_on_screen(window: MainWindow) -> None:
    english = window.language == "en"
    window.select_event("belovezha-accords")
    signers = table_text(window.findChild(QAbstractItemView, "participantsView"))
    names = (
        ["Yeltsin", "Burbulis", "Kravchuk", "Fokin", "Shushkevich", "Kebich"]
        if english
        else ["يلتسن", "بوربوليس", "كرافشوك", "فوكين", "شوشكيفيتش", "كيبيش"]
    )
    for name in names:
        assert name in signers
    assert ("8 December 1991" if english else "8 كانون الأول/ديسمبر 1991") in detail_text(window)

    window.select_event("alma-ata-protocol")
    model = window.findChild(QAbstractItemView, "participantsView").model()
    statuses = [model.index(row, 3).data() for row in range(model.rowCount())]
    signed = "Signed" if english else "وقّعت"
    assert statuses.count(signed) == 11
    assert model.rowCount() == 15  # and Georgia, Lithuania, Latvia, Estonia
    window.select_event("gorbachev-resignation")
    assert ("25 December 1991" if english else "25 كانون الأول/ديسمبر 1991") in detail_text(window)
    window.select_event("soviet-of-the-republics-declaration")
    assert ("26 December 1991" if english else "26 كانون الأول/ديسمبر 1991") in detail_text(window)

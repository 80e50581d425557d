"""Every model passes Qt's model tester; roles and filtering behave as the views expect."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.qt.detail_models import LinkedEventsModel, ParticipantsModel
from explorer.qt.event_model import EventListModel, EventRole
from explorer.qt.filter_model import EventFilterModel
from tests.factories import small_dataset


def test_event_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = EventListModel(small_dataset())
    qtmodeltester.check(model)
    model.set_language("ar")
    qtmodeltester.check(model)


def test_events_are_in_time_order_with_the_contract_roles() -> None:
    model = EventListModel(small_dataset())
    ids = [model.index(row).data(EventRole.EVENT_ID) for row in range(model.rowCount())]
    assert ids == ["economy", "glasnost", "wall", "accords", "resignation"]
    names = {bytes(name) for name in model.roleNames().values()}
    assert {b"eventId", b"start", b"end", b"kind"} <= names
    accords = model.index(model.row_of("accords"))
    assert accords.data(Qt.ItemDataRole.DisplayRole) == "Belovezha Accords"
    assert accords.data(EventRole.START) == "1991-12-08"
    assert accords.data(EventRole.END) == ""
    assert accords.data(EventRole.KIND) == "treaty"
    assert model.index(0).data(EventRole.END) == "1991"


def test_language_switch_changes_titles_and_notifies_views(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = EventListModel(small_dataset())
    with qtbot.waitSignal(model.dataChanged):
        model.set_language("ar")
    assert model.index(model.row_of("accords")).data() == "معاهدة بيلوفيزا"


def test_filter_model_passes_the_model_tester_while_filtering(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    source = EventListModel(small_dataset())
    proxy = EventFilterModel()
    proxy.setSourceModel(source)
    qtmodeltester.check(proxy)
    proxy.set_query("belovezha")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_filter_matches_any_language_and_ignores_diacritics() -> None:
    source = EventListModel(small_dataset())
    proxy = EventFilterModel()
    proxy.setSourceModel(source)
    proxy.set_query("بيلوفيزا")
    assert [proxy.index(r, 0).data(EventRole.EVENT_ID) for r in range(proxy.rowCount())] == [
        "accords"
    ]
    proxy.set_query("kebich")  # a signatory's name finds the treaty
    assert proxy.rowCount() == 1
    proxy.set_query("BERLÍN")
    assert proxy.index(0, 0).data(EventRole.EVENT_ID) == "wall"
    proxy.set_query("no such thing")
    assert proxy.rowCount() == 0
    proxy.set_query("")
    assert proxy.rowCount() == source.rowCount()


def test_detail_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    dataset = small_dataset()
    accords = next(e for e in dataset.events if e.id == "accords")
    links = LinkedEventsModel()
    links.set_events(dataset.events[:3], "en")
    qtmodeltester.check(links)
    participants = ParticipantsModel()
    participants.set_participants(accords.participants, "ar")
    qtmodeltester.check(participants)


def test_participants_model_shows_state_signatories_offices_status() -> None:
    accords = next(e for e in small_dataset().events if e.id == "accords")
    model = ParticipantsModel()
    model.set_participants(accords.participants, "en")
    assert model.rowCount() == 2
    row = [model.index(0, column).data() for column in range(model.columnCount())]
    assert row[0] == "Belarus"
    assert row[1].splitlines() == ["Stanislav Shushkevich", "Vyacheslav Kebich"]
    assert row[2].splitlines() == ["Chairman of the Supreme Council", "Prime Minister"]
    assert row[3] == "Signed"
    absent = [model.index(1, column).data() for column in range(model.columnCount())]
    assert (
        absent[0] == "Georgia"
        and absent[3] == "Did not take part"
        and absent[4] == "Did not attend."
    )

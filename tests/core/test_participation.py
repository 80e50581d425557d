"""The participation matrix: which state took part in which agreement, and how."""

from __future__ import annotations

import pytest

from explorer.core.dates import PartialDate
from explorer.core.labels import label
from explorer.core.loader import load_dataset
from explorer.core.participation import (
    ParticipationMatrix,
    participation_matrix,
    status_text,
)
from explorer.core.schema import Dataset, Event, Participant
from explorer.paths import default_dataset_path


@pytest.fixture(scope="module")
def built_in() -> Dataset:
    return load_dataset(default_dataset_path()).dataset


def statuses(matrix: ParticipationMatrix) -> dict[str, dict[str, str | None]]:
    """{state's English name: {agreement id: status}}."""
    return {
        state.name: {
            agreement.event_id: matrix.status(row, column)
            for column, agreement in enumerate(matrix.agreements)
        }
        for row, state in enumerate(matrix.states)
    }


def treaty(event_id: str, start: str, *parties: tuple[str, str]) -> Event:
    return Event(
        id=event_id,
        title={"en": event_id.title(), "ar": f"معاهدة {event_id}"},
        start=PartialDate.parse(start),
        kind="treaty",
        participants=[
            Participant(party={"en": name, "ar": f"دولة {name}"}, status=status)  # type: ignore[arg-type]
            for name, status in parties
        ],
    )


def test_the_built_in_agreements_are_columns_in_time_order(built_in: Dataset) -> None:
    matrix = participation_matrix(built_in.events, "en")
    assert [a.event_id for a in matrix.agreements] == [
        "treaty-on-the-creation-of-the-ussr",
        "belovezha-accords",
        "alma-ata-protocol",
    ]
    assert [a.date for a in matrix.agreements] == [
        "30 December 1922",
        "8 December 1991",
        "21 December 1991",
    ]
    assert matrix.agreements[1].title == "Belovezha Accords"


def test_the_built_in_story_reads_right(built_in: Dataset) -> None:
    table = statuses(participation_matrix(built_in.events, "en"))
    belovezha, alma_ata = "belovezha-accords", "alma-ata-protocol"
    for state in ("Belarus", "Russia", "Ukraine"):
        assert table[state][belovezha] == "signed", state
        assert table[state][alma_ata] == "signed", state
    assert table["Kazakhstan"][belovezha] is None
    assert table["Kazakhstan"][alma_ata] == "signed"
    assert table["Georgia"][alma_ata] == "observer"
    for state in ("Estonia", "Latvia", "Lithuania"):
        assert table[state][alma_ata] == "not_party", state  # independent since September
        assert table[state][belovezha] is None, state
    # The 1922 republics are other states than those of 1991: separate rows, not merged.
    assert table["Russian SFSR"] == {
        "treaty-on-the-creation-of-the-ussr": "signed",
        belovezha: None,
        alma_ata: None,
    }
    assert table["Russia"]["treaty-on-the-creation-of-the-ussr"] is None
    assert len(table) == 4 + 15  # the four founding republics, the fifteen of 1991


def test_rows_follow_first_appearance(built_in: Dataset) -> None:
    names = [state.name for state in participation_matrix(built_in.events, "en").states]
    assert names[:4] == ["Russian SFSR", "Ukrainian SSR", "Byelorussian SSR", "Transcaucasian SFSR"]
    assert names.index("Russia") < names.index("Armenia")  # Belovezha's before Alma-Ata's
    assert names.index("Georgia") > names.index("Uzbekistan")  # signatories before the observer
    assert names.index("Estonia") > names.index("Georgia")  # then those who stayed away


def test_cells_keep_the_representatives(built_in: Dataset) -> None:
    matrix = participation_matrix(built_in.events, "en")
    row = matrix.row_of("belarus")
    entry = matrix.participant(row, matrix.column_of("belovezha-accords"))
    assert entry is not None
    assert {r.name["en"] for r in entry.representatives} == {
        "Stanislav Shushkevich",
        "Vyacheslav Kebich",
    }


def test_arabic_names_titles_and_dates(built_in: Dataset) -> None:
    matrix = participation_matrix(built_in.events, "ar")
    assert matrix.agreements[1].title == "اتفاقيات بيلوفيجا"
    assert matrix.agreements[1].date == "8 كانون الأول/ديسمبر 1991"
    names = [state.name for state in matrix.states]
    assert "روسيا" in names and "جورجيا" in names
    # Rows are matched by the English name whatever the language shown.
    assert [s.key for s in matrix.states] == [
        s.key for s in participation_matrix(built_in.events, "en").states
    ]


def test_status_words_come_from_the_shared_vocabulary() -> None:
    for language in ("en", "ar"):
        assert status_text("signed", language) == label("status.signed", language)
        assert status_text("observer", language) == label("status.observer", language)
        assert status_text("absent", language) == label("status.absent", language)
    assert status_text(None, "en") == "Not a party"
    assert status_text(None, "ar") == "ليست طرفًا"
    # a state listed as no party reads the same as one not listed at all
    assert status_text("not_party", "ar") == status_text(None, "ar")


def test_a_bracketed_qualifier_names_the_same_state() -> None:
    events = [
        treaty("b", "1991-12-08", ("Russia (RSFSR)", "signed")),
        treaty("a", "1991-12-21", ("Russia", "signed"), ("Congo (Kinshasa)", "signed")),
        treaty("c", "1992", ("Congo (Brazzaville)", "absent"), ("Congo", "observer")),
    ]
    matrix = participation_matrix(events, "en")
    table = statuses(matrix)
    assert table["Russia"] == {"b": "signed", "a": "signed", "c": None}
    # Two bracketed variants of one name are two states: neither is merged into "Congo".
    assert {"Congo (Kinshasa)", "Congo (Brazzaville)", "Congo"} <= set(table)


def test_names_match_whatever_their_case_and_spacing() -> None:
    events = [
        treaty("a", "1990", ("Czech  Republic", "signed")),
        treaty("b", "1995", ("czech republic", "observer"), ("Slovakia", "signed")),
    ]
    matrix = participation_matrix(events, "en")
    assert len(matrix.states) == 2
    row = matrix.row_of("czech republic")
    assert [matrix.status(row, column) for column in range(2)] == ["signed", "observer"]
    assert matrix.states[row].name == "czech republic"  # named as the latest agreement names it


def test_a_party_listed_twice_counts_once_and_events_without_parties_are_left_out() -> None:
    plain = Event(id="x", title={"en": "X"}, start=PartialDate.parse("1991"))
    twice = treaty("t", "1991", ("Ukraine", "absent"), ("Ukraine", "signed"))
    matrix = participation_matrix([plain, twice], "en")
    assert [a.event_id for a in matrix.agreements] == ["t"]
    assert matrix.status(0, 0) == "signed"  # signatories are read first
    assert participation_matrix([plain], "en").states == ()

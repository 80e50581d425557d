"""Who took part in which agreement: the states of a dataset against its agreements.

Every event with participants is an agreement (a column, in time order); every party that appears
in one of them is a state (a row). A cell holds the participant entry, with its status and who
signed, or ``None`` where the state was not a party. The Qt matrix view and exporters show it.

States are matched across agreements by their English name, because that is how a dataset names
the same state twice. Different historic names stay different rows: the Russian SFSR of 1922 is
not merged with Russia of 1991. One spelling variant is recognised: a name with a qualifier in
brackets, "Russia (RSFSR)", is the state "Russia" when the dataset also names a party "Russia"
and no other bracketed variant of it (so "Congo (Brazzaville)" and "Congo (Kinshasa)" stay apart).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from explorer.core.dates import format_span
from explorer.core.labels import label, status_label
from explorer.core.schema import Event, Participant, text_in

_QUALIFIER = re.compile(r"^(?P<base>.*\S)\s*\([^()]*\)$")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Agreement:
    """A column: an event with participants, its title and its date as a reader writes them."""

    event: Event
    title: str
    date: str

    @property
    def event_id(self) -> str:
        return self.event.id


@dataclass(frozen=True)
class State:
    """A row: a party that appears in at least one agreement, named in the chosen language."""

    key: str
    name: str


@dataclass(frozen=True)
class ParticipationMatrix:
    """States × agreements; a cell is the participant entry, or ``None`` where there is none.

    The cells are stored sparsely, by (row, column): a dataset with many agreements and many
    states has far fewer entries than cells.
    """

    language: str
    agreements: tuple[Agreement, ...]
    states: tuple[State, ...]
    entries: Mapping[tuple[int, int], Participant]

    def participant(self, row: int, column: int) -> Participant | None:
        """The entry of state ``row`` in agreement ``column``; ``None`` if it was not a party."""
        return self.entries.get((row, column))

    def status(self, row: int, column: int) -> str | None:
        """``"signed"``, ``"observer"``, ``"absent"``…, or ``None`` if the state was not a party."""
        participant = self.entries.get((row, column))
        return participant.status if participant is not None else None

    def column_of(self, event_id: str) -> int:
        """The column of the agreement with this event id, or -1."""
        for column, agreement in enumerate(self.agreements):
            if agreement.event_id == event_id:
                return column
        return -1

    def row_of(self, state_key: str) -> int:
        """The row of the state with this key (see :func:`party_key`), or -1."""
        for row, state in enumerate(self.states):
            if state.key == state_key:
                return row
        return -1


def status_text(status: str | None, language: str) -> str:
    """The word a cell shows: "Signed", "Observer"…, or "Not a party" for ``None``."""
    return (
        status_label(status, language)
        if status is not None
        else label("status.not_party", language)
    )


def _normalized(name: str) -> str:
    return _SPACES.sub(" ", name).strip().casefold()


def party_key(participant: Participant) -> str:
    """The participant's English name, normalized for matching (case and spacing ignored)."""
    return _normalized(text_in(participant.party, "en"))


def _aliases(keys: set[str]) -> dict[str, str]:
    """Map "x (qualifier)" to "x" where "x" is also a party and is its only bracketed variant."""
    variants: dict[str, list[str]] = {}
    for key in keys:
        match = _QUALIFIER.match(key)
        if match and match["base"] in keys:
            variants.setdefault(match["base"], []).append(key)
    return {found[0]: base for base, found in variants.items() if len(found) == 1}


def _status_order(participant: Participant) -> int:
    return {"signed": 0, "observer": 1, "absent": 2}.get(participant.status, 3)


def participation_matrix(events: Iterable[Event], language: str) -> ParticipationMatrix:
    """The participation matrix of ``events`` with names, titles and dates in ``language``.

    Agreements are in time order. States are in order of first appearance: the parties of the
    earliest agreement first (signatories, then observers, then those who stayed away, each in the
    dataset's order), then the new parties of the next one, and so on.
    """
    agreement_events = sorted(
        (event for event in events if event.participants),
        key=lambda event: (event.start_time, event.end_time, event.id),
    )
    aliases = _aliases({party_key(p) for event in agreement_events for p in event.participants})
    rows: dict[str, int] = {}
    names: dict[str, str] = {}
    entries: dict[tuple[str, int], Participant] = {}
    for column, event in enumerate(agreement_events):
        for participant in sorted(event.participants, key=_status_order):
            raw_key = party_key(participant)
            key = aliases.get(raw_key, raw_key)
            if (key, column) in entries:
                continue  # a party listed twice in one agreement: the first entry counts
            entries[key, column] = participant
            rows.setdefault(key, len(rows))
            # The row is named as its latest agreement names it, the qualifier-free name first.
            if key not in names or raw_key == key:
                names[key] = text_in(participant.party, language)
    agreements = tuple(
        Agreement(
            event, text_in(event.title, language), format_span(event.start, event.end, language)
        )
        for event in agreement_events
    )
    states = tuple(State(key, names[key]) for key in rows)
    cells = {(rows[key], column): participant for (key, column), participant in entries.items()}
    return ParticipationMatrix(language, agreements, states, cells)


@dataclass(frozen=True)
class MatrixTable:
    """The matrix as exports print it: column headings, then each state with a word per agreement.

    ``statuses`` holds each cell's status (``""`` where the state was not a party), so an export
    can colour the cells as the window does.
    """

    heading: str
    state_heading: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]
    statuses: tuple[tuple[str, ...], ...]


def matrix_table(events: Iterable[Event], language: str) -> MatrixTable | None:
    """The matrix of ``events`` for an export, or None when fewer than two agreements are in it.

    With a single agreement the matrix would only repeat that agreement's participants table.
    """
    matrix = participation_matrix(events, language)
    if len(matrix.agreements) < 2:
        return None
    columns = tuple(f"{agreement.title} ({agreement.date})" for agreement in matrix.agreements)
    rows = []
    statuses = []
    for row, state in enumerate(matrix.states):
        cells = [matrix.status(row, column) for column in range(len(matrix.agreements))]
        rows.append((state.name, tuple(status_text(status, language) for status in cells)))
        statuses.append(tuple(status or "" for status in cells))
    return MatrixTable(
        label("participation", language),
        label("party", language),
        columns,
        tuple(rows),
        tuple(statuses),
    )

"""Checks across events that the schema cannot express; what they find is reported, not fatal.

A dataset with a duplicate id or a cause pointing nowhere still opens: the duplicate is dropped
(the first event with an id wins), a dangling or self-referencing cause is removed, and each fix is
reported as a :class:`ValidationIssue` that names the JSON path of the offending value. The same
goes for the dataset's ``story``: an id there that names no event, or comes twice, is dropped.
The categories are checked first, by :mod:`explorer.core.validate_extras`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from itertools import compress
from operator import attrgetter
from typing import NamedTuple

from msgspec.structs import replace

from explorer.core import validate_extras
from explorer.core.id_rows import IdRows
from explorer.core.messages import Message
from explorer.core.schema import Dataset, Event

_EVENT_ID = attrgetter("id")
_CAUSES = attrgetter("causes")


#: The ``event_index`` of an issue in a top-level field of the dataset rather than in an event.
DATASET_LEVEL = -1


class ValidationIssue(NamedTuple):
    """One problem found and fixed: where (event index and field) and what.

    An issue outside the events (in the ``story``) has ``event_index`` :data:`DATASET_LEVEL`
    and its ``field`` is the top-level one, e.g. ``"story[2]"``.
    """

    event_index: int
    event_id: str
    field: str
    """The part of the event at fault, e.g. ``"causes[1]"``, or ``""`` for the whole event."""
    problem: str

    def json_path(self) -> str:
        """Where the problem is in our JSON format, e.g. ``$.events[3].causes[1]``."""
        if self.event_index == DATASET_LEVEL:
            return f"$.{self.field}"
        suffix = f".{self.field}" if self.field else ""
        return f"$.events[{self.event_index}]{suffix}"

    def describe(self, *, json_paths: bool = True) -> str:
        """``"$.events[3].causes[1]: …"``, or for imported formats ``"event 4 (“id”): …"``."""
        if json_paths or self.event_index == DATASET_LEVEL:
            return Message("{where}: {problem}", where=self.json_path(), problem=self.problem)
        return Message(
            "event {number} (“{id}”): {problem}",
            number=self.event_index + 1,
            id=self.event_id,
            problem=self.problem,
        )


class ValidationResult(NamedTuple):
    """The cleaned dataset (the same object when nothing needed fixing) and what was fixed."""

    dataset: Dataset
    issues: list[ValidationIssue]
    #: The row of each event id in the cleaned dataset's events, when no event was dropped.
    ids: IdRows | None = None

    def warnings(self, *, json_paths: bool = True) -> list[str]:
        return [issue.describe(json_paths=json_paths) for issue in self.issues]


def _causes_are_clean(event: Event, known_ids: Collection[str]) -> bool:
    """Whether the causes of ``event`` are distinct ids of other events (the usual case)."""
    causes = event.causes
    return (
        event.id not in causes
        and all(map(known_ids.__contains__, causes))
        and len(set(causes)) == len(causes)
    )


def _clean_causes(
    event: Event, index: int, known_ids: Collection[str], issues: list[ValidationIssue]
) -> Event:
    """``event`` without causes naming itself, a missing event, or a cause listed twice."""
    kept: list[str] = []
    seen: set[str] = set()
    for position, cause in enumerate(event.causes):
        where = f"causes[{position}]"
        if cause == event.id:
            issues.append(
                ValidationIssue(
                    index,
                    event.id,
                    where,
                    Message("event “{id}” lists itself as a cause; ignored", id=cause),
                )
            )
        elif cause not in known_ids:
            issues.append(
                ValidationIssue(
                    index,
                    event.id,
                    where,
                    Message("cause “{id}” is not the id of any event; ignored", id=cause),
                )
            )
        elif cause in seen:
            issues.append(
                ValidationIssue(
                    index,
                    event.id,
                    where,
                    Message("cause “{id}” is listed twice; ignored", id=cause),
                )
            )
        else:
            kept.append(cause)
            seen.add(cause)
    return event if len(kept) == len(event.causes) else replace(event, causes=kept)


def _clean_story(
    story: list[str], known_ids: Collection[str], issues: list[ValidationIssue]
) -> list[str]:
    """``story`` without ids that name no event or that come a second time."""
    kept: list[str] = []
    seen: set[str] = set()
    for position, event_id in enumerate(story):
        where = f"story[{position}]"
        if event_id not in known_ids:
            problem = Message("story step “{id}” is not the id of any event; ignored", id=event_id)
        elif event_id in seen:
            problem = Message("story step “{id}” is listed twice; ignored", id=event_id)
        else:
            kept.append(event_id)
            seen.add(event_id)
            continue
        issues.append(ValidationIssue(DATASET_LEVEL, event_id, where, problem))
    return kept


def _duplicates(ids: list[str], issues: list[ValidationIssue]) -> set[int]:
    """The indexes of events whose id an earlier event has, each reported as an issue."""
    seen: set[str] = set()
    duplicates: set[int] = set()
    for index, event_id in enumerate(ids):
        if event_id in seen:
            duplicates.add(index)
            issues.append(
                ValidationIssue(
                    index,
                    event_id,
                    "id",
                    Message(
                        "duplicate id “{id}”: an earlier event has it; this one is ignored",
                        id=event_id,
                    ),
                )
            )
        else:
            seen.add(event_id)
    return duplicates


#: Events looked at per pass of the loops below that run in C: short enough that a thread
#: loading a file hands the interpreter to the UI thread between slices (a C loop never does).
_SLICE = 16_384


def _ids(events: list[Event]) -> list[str]:
    ids: list[str] = []
    for start in range(0, len(events), _SLICE):
        ids.extend(map(_EVENT_ID, events[start : start + _SLICE]))
    return ids


def _indexes_with_causes(events: list[Event]) -> Iterator[int]:
    for start in range(0, len(events), _SLICE):
        yield from compress(
            range(start, start + _SLICE), map(_CAUSES, events[start : start + _SLICE])
        )


def validate_dataset(dataset: Dataset) -> ValidationResult:
    """Drop duplicate events, bad causes and bad story steps, reporting each as an issue.

    Built for a million events: the ids and the events with causes are gathered by loops that
    run in C (``map``, ``compress``), a slice of events at a time; Python code looks only at
    events with causes, and at each event only when something is wrong.
    """
    dataset, issues = validate_extras.check_categories(dataset)
    events = dataset.events
    ids = _ids(events)
    known_ids = IdRows(ids)  # small sets that grow in short steps, at a million ids too
    duplicates = _duplicates(ids, issues) if len(known_ids) < len(ids) else set()
    del ids
    fixed: dict[int, Event] = {}
    for index in _indexes_with_causes(events):
        event = events[index]
        if index in duplicates or _causes_are_clean(event, known_ids):
            continue
        cleaned = _clean_causes(event, index, known_ids, issues)
        if cleaned is not event:
            fixed[index] = cleaned
    story = dataset.story
    if story and not (all(map(known_ids.__contains__, story)) and len(set(story)) == len(story)):
        story = _clean_story(story, known_ids, issues)
    issues.sort(key=lambda issue: issue.event_index)  # story issues first, as in the file
    if not duplicates and not fixed and story is dataset.story:
        return ValidationResult(dataset, issues, known_ids)
    if not duplicates:  # the events keep their rows
        kept = [fixed.get(index, event) for index, event in enumerate(events)]
        return ValidationResult(replace(dataset, events=kept, story=story), issues, known_ids)
    kept = [
        fixed.get(index, event) for index, event in enumerate(events) if index not in duplicates
    ]
    return ValidationResult(replace(dataset, events=kept, story=story), issues)

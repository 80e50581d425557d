"""Limits that keep every view and export quick: what exceeds them is cut, with a warning.

A file can hold anything — an agreement with 100,000 parties, a title of a million characters —
and every screen and export would pay for it (minutes of PDF, a frozen window). The loader cuts
such values to these limits and says so; ordinary timelines never come near them.
"""

from __future__ import annotations

from itertools import chain, compress
from operator import attrgetter

import numpy as np
import numpy.typing as npt
from msgspec.structs import replace

from explorer.core.messages import Message
from explorer.core.schema import NO_TEXT, Dataset, Event, Participant, Representative, Source
from explorer.core.texts_in_file import summary_in_memory
from explorer.core.validate import DATASET_LEVEL, ValidationIssue

#: Events in one file (a file is at most 1 GB, about 1.5 million events of ~0.7 KB).
MAX_EVENTS = 2_000_000
#: Parties to one agreement (the largest real treaties have a few hundred).
MAX_PARTICIPANTS = 500
#: People who signed for one party.
MAX_REPRESENTATIVES = 50
#: Sources of one event.
MAX_SOURCES = 200
#: Characters in a title.
MAX_TITLE_CHARS = 500
#: Characters in a name, an office, a place, a party or a citation.
MAX_SHORT_TEXT_CHARS = 2_000
#: Characters in a summary, a note or a quote (about 3,000 words).
MAX_LONG_TEXT_CHARS = 20_000
#: Eras drawn behind the events (a band each; thousands would be unreadable and slow).
MAX_ERAS = 1_000
#: Categories of one file (a legend entry and a colour each).
MAX_CATEGORIES = 500

_ELLIPSIS = "…"
Sizes = npt.NDArray[np.int64]


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + _ELLIPSIS


def _cut_texts(texts: dict[str, str], limit: int) -> dict[str, str]:
    return {language: _cut(text, limit) for language, text in texts.items()}


def _longest(texts: dict[str, str]) -> int:
    return max(map(len, texts.values()), default=0)


def _summary_in_memory(event: Event) -> dict[str, str]:
    """The summary, or none when it was left in the file: within its limit, or it would not
    have been (see :func:`~explorer.core.texts_in_file.leave_summaries_in`)."""
    summary = summary_in_memory(event)
    return NO_TEXT if summary is None else summary


def _event_is_within_limits(event: Event) -> bool:
    """The quick test that ordinary events pass: no list or text past its limit."""
    return (
        len(event.participants) <= MAX_PARTICIPANTS
        and len(event.sources) <= MAX_SOURCES
        and _longest(event.title) <= MAX_TITLE_CHARS
        and _longest(_summary_in_memory(event)) <= MAX_LONG_TEXT_CHARS
        and _longest(event.place) <= MAX_SHORT_TEXT_CHARS
        and all(_participant_is_within_limits(p) for p in event.participants)
        and all(_source_is_within_limits(s) for s in event.sources)
    )


def _participant_is_within_limits(participant: Participant) -> bool:
    return (
        len(participant.representatives) <= MAX_REPRESENTATIVES
        and _longest(participant.party) <= MAX_SHORT_TEXT_CHARS
        and _longest(participant.note) <= MAX_LONG_TEXT_CHARS
        and all(
            _longest(r.name) <= MAX_SHORT_TEXT_CHARS and _longest(r.office) <= MAX_SHORT_TEXT_CHARS
            for r in participant.representatives
        )
    )


def _source_is_within_limits(source: Source) -> bool:
    return (
        len(source.citation) <= MAX_SHORT_TEXT_CHARS
        and len(source.url) <= MAX_SHORT_TEXT_CHARS
        and len(source.quote) <= MAX_LONG_TEXT_CHARS
        and _longest(source.note) <= MAX_LONG_TEXT_CHARS
    )


def _cut_representative(representative: Representative) -> Representative:
    return replace(
        representative,
        name=_cut_texts(representative.name, MAX_SHORT_TEXT_CHARS),
        office=_cut_texts(representative.office, MAX_SHORT_TEXT_CHARS),
    )


def _cut_participant(participant: Participant) -> Participant:
    return replace(
        participant,
        party=_cut_texts(participant.party, MAX_SHORT_TEXT_CHARS),
        note=_cut_texts(participant.note, MAX_LONG_TEXT_CHARS),
        representatives=[
            _cut_representative(r) for r in participant.representatives[:MAX_REPRESENTATIVES]
        ],
    )


def _cut_source(source: Source) -> Source:
    return replace(
        source,
        citation=_cut(source.citation, MAX_SHORT_TEXT_CHARS),
        url=source.url if len(source.url) <= MAX_SHORT_TEXT_CHARS else "",
        quote=_cut(source.quote, MAX_LONG_TEXT_CHARS),
        note=_cut_texts(source.note, MAX_LONG_TEXT_CHARS),
    )


def _cut_event(event: Event, index: int, issues: list[ValidationIssue]) -> Event:
    def report(field: str, problem: str) -> None:
        issues.append(ValidationIssue(index, event.id, field, problem))

    if len(event.participants) > MAX_PARTICIPANTS:
        report(
            "participants",
            Message(
                "{count} participants; the first {limit} are kept (the limit for one event)",
                count=f"{len(event.participants):,}",
                limit=f"{MAX_PARTICIPANTS:,}",
            ),
        )
    if len(event.sources) > MAX_SOURCES:
        report(
            "sources",
            Message(
                "{count} sources; the first {limit} are kept (the limit for one event)",
                count=f"{len(event.sources):,}",
                limit=f"{MAX_SOURCES:,}",
            ),
        )
    for field, texts, limit in (
        ("title", event.title, MAX_TITLE_CHARS),
        ("summary", _summary_in_memory(event), MAX_LONG_TEXT_CHARS),
        ("place", event.place, MAX_SHORT_TEXT_CHARS),
    ):
        if _longest(texts) > limit:
            report(field, _cut_to(_longest(texts), limit))
    participants = event.participants[:MAX_PARTICIPANTS]
    if not all(map(_participant_is_within_limits, participants)) or not all(
        map(_source_is_within_limits, event.sources[:MAX_SOURCES])
    ):
        report(
            "",
            Message(
                "a party, name, office, note, citation or quote is longer than its limit "
                "({short} characters for names, {long} for notes and quotes); cut to it",
                short=f"{MAX_SHORT_TEXT_CHARS:,}",
                long=f"{MAX_LONG_TEXT_CHARS:,}",
            ),
        )
    return replace(
        event,
        title=_cut_texts(event.title, MAX_TITLE_CHARS),
        summary=_cut_texts(summary, MAX_LONG_TEXT_CHARS)
        if (summary := summary_in_memory(event)) is not None
        else event.summary,
        place=_cut_texts(event.place, MAX_SHORT_TEXT_CHARS),
        participants=[_cut_participant(p) for p in participants],
        sources=[_cut_source(s) for s in event.sources[:MAX_SOURCES]],
    )


def too_many_events(count: int) -> str:
    """The problem with a file of ``count`` events, or "" within the limit."""
    if count <= MAX_EVENTS:
        return ""
    return Message(
        "{count} events is more than Timeline Explorer opens ({limit})",
        count=f"{count:,}",
        limit=f"{MAX_EVENTS:,}",
    )


_TITLE_CUT = Message("cut to the limit of {limit} characters", limit=f"{MAX_TITLE_CHARS:,}")
_FIRST_KEPT = {
    "eras": "{count} eras; the first {limit} are kept (the limit)",
    "categories": "{count} categories; the first {limit} are kept (the limit)",
}


def _first_kept(field: str, count: int, limit: int) -> Message:
    return Message(_FIRST_KEPT[field], count=f"{count:,}", limit=f"{limit:,}")


def _cut_to(length: int, limit: int) -> Message:
    return Message(
        "{length} characters; cut to the limit of {limit}", length=f"{length:,}", limit=f"{limit:,}"
    )


_TEXT_FIELDS = (
    (attrgetter("title"), MAX_TITLE_CHARS),
    (_summary_in_memory, MAX_LONG_TEXT_CHARS),
    (attrgetter("place"), MAX_SHORT_TEXT_CHARS),
)
_LIST_FIELDS = (attrgetter("participants"), attrgetter("sources"))
#: Fewer bytes of JSON than hold a list past its limit: 51 representatives of one party, each
#: at least ``{"name":{"a":""}}`` (commas not counted); more parties or sources take more.
_SMALLEST_LIST_OVER_A_LIMIT = (MAX_REPRESENTATIVES + 1) * len('{"name":{"a":""}}')
#: Events measured per pass: a loop in C never lets another thread run, so a file loading in a
#: thread would freeze the window for the whole pass over a million events (and each event's
#: texts lie elsewhere in memory: a few thousand take milliseconds).
_SLICE = 4_096


def _suspects(events: list[Event], sizes: Sizes) -> list[int]:
    """Indexes of the events that may exceed a limit, found in passes that run in C.

    A million events take a few tenths of a second: the texts of each field are measured all at
    once, and only events that have participants or sources are looked at one by one. An event
    whose JSON text (``sizes``, in bytes) is no longer than a limit cannot hold a text longer
    than it (a character takes a byte or more), nor more items than that many bytes make: such
    events are not looked at for that limit.
    """
    suspects: set[int] = set()
    for first in range(0, len(events), _SLICE):  # a slice at a time: see _SLICE
        part_sizes = sizes[first : first + _SLICE]
        for field, limit in _TEXT_FIELDS:
            rows = (first + np.flatnonzero(part_sizes > limit)).tolist()
            texts = chain.from_iterable(map(dict.values, map(field, map(events.__getitem__, rows))))
            if max(map(len, texts), default=0) > limit:
                suspects.update(row for row in rows if _longest(field(events[row])) > limit)
        rows = (first + np.flatnonzero(part_sizes > _SMALLEST_LIST_OVER_A_LIMIT)).tolist()
        for field in _LIST_FIELDS:
            suspects.update(compress(rows, map(len, map(field, map(events.__getitem__, rows)))))
    return sorted(suspects)


def _cut_dataset_parts(dataset: Dataset, issues: list[ValidationIssue]) -> Dataset:
    """``dataset`` with its title, description, eras and categories within their limits."""

    reported = len(issues)

    def report(field: str, problem: str) -> None:
        issues.append(ValidationIssue(DATASET_LEVEL, "", field, problem))

    for field, texts, limit in (
        ("title", dataset.title, MAX_TITLE_CHARS),
        ("description", dataset.description, MAX_LONG_TEXT_CHARS),
    ):
        if _longest(texts) > limit:
            report(field, _cut_to(_longest(texts), limit))
    for field, count, limit in (
        ("eras", len(dataset.eras), MAX_ERAS),
        ("categories", len(dataset.categories), MAX_CATEGORIES),
    ):
        if count > limit:
            report(field, _first_kept(field, count, limit))
    for index, era in enumerate(dataset.eras[:MAX_ERAS]):
        if _longest(era.title) > MAX_TITLE_CHARS:
            report(f"eras[{index}].title", _TITLE_CUT)
    for index, category in enumerate(dataset.categories[:MAX_CATEGORIES]):
        if _longest(category.name) > MAX_TITLE_CHARS:
            report(f"categories[{index}].name", _TITLE_CUT)
    if len(issues) == reported:
        return dataset
    return replace(
        dataset,
        title=_cut_texts(dataset.title, MAX_TITLE_CHARS),
        description=_cut_texts(dataset.description, MAX_LONG_TEXT_CHARS),
        eras=[
            replace(era, title=_cut_texts(era.title, MAX_TITLE_CHARS))
            for era in dataset.eras[:MAX_ERAS]
        ],
        categories=[
            replace(category, name=_cut_texts(category.name, MAX_TITLE_CHARS))
            for category in dataset.categories[:MAX_CATEGORIES]
        ],
    )


def enforce_limits(
    dataset: Dataset, event_sizes: Sizes | None = None
) -> tuple[Dataset, list[ValidationIssue]]:
    """``dataset`` with every value cut to its limit, and an issue for each part that was cut.

    The same dataset object comes back when nothing exceeds a limit (the usual case).
    ``event_sizes``: each event's length in its JSON file, if known (see :func:`_suspects`).
    """
    issues: list[ValidationIssue] = []
    dataset = _cut_dataset_parts(dataset, issues)
    events = dataset.events
    if event_sizes is None or len(event_sizes) != len(events):
        event_sizes = np.full(len(events), np.iinfo(np.int64).max, dtype=np.int64)
    over = [i for i in _suspects(events, event_sizes) if not _event_is_within_limits(events[i])]
    if not over:
        return dataset, issues
    fixed = list(events)
    for index in over:
        fixed[index] = _cut_event(events[index], index, issues)
    return replace(dataset, events=fixed), issues


__all__ = [
    "MAX_CATEGORIES",
    "MAX_ERAS",
    "MAX_EVENTS",
    "MAX_LONG_TEXT_CHARS",
    "MAX_PARTICIPANTS",
    "MAX_REPRESENTATIVES",
    "MAX_SHORT_TEXT_CHARS",
    "MAX_SOURCES",
    "MAX_TITLE_CHARS",
    "enforce_limits",
    "too_many_events",
]

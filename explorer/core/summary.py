"""The language-specific summary of some events, which every exporter renders.

Exporters never pick texts out of the dataset themselves: :func:`build_summary` chooses each text
in the export's language (falling back as :func:`~explorer.core.schema.text_in` does), formats the
dates, resolves causes and "led to" links to titles and labels statuses, so Markdown, HTML, CSV and
PDF all say the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from explorer import __version__
from explorer.core.dates import format_span
from explorer.core.labels import (
    count_events,
    kind_label,
    label,
    scope_label,
    status_label,
    text_direction,
)
from explorer.core.schema import Dataset, Event, Participant, Source, text_in


class EventRef(NamedTuple):
    """Another event named from this one: its id (for links) and its title in the language."""

    id: str
    title: str


@dataclass(frozen=True)
class ParticipantRow:
    """A party to an agreement, how it took part, and who acted for it."""

    party: str
    status: str
    status_label: str
    representatives: list[str]
    """Each as "name — office" (or just the name when the office is unknown)."""
    note: str = ""


@dataclass(frozen=True)
class SourceRow:
    """Where a fact comes from; the quote stays in its own language (``quote_language``)."""

    citation: str
    quote: str = ""
    quote_language: str = ""
    url: str = ""
    note: str = ""


@dataclass(frozen=True)
class EventSummary:
    """One event as an export shows it, every text already in the export's language."""

    id: str
    kind: str
    kind_label: str
    title: str
    date_text: str
    start: str
    end: str
    place: str = ""
    summary: str = ""
    causes: list[EventRef] = field(default_factory=list)
    led_to: list[EventRef] = field(default_factory=list)
    participants: list[ParticipantRow] = field(default_factory=list)
    sources: list[SourceRow] = field(default_factory=list)


@dataclass(frozen=True)
class Summary:
    """What an export contains: a heading, what it covers, and the events in time order."""

    language: str
    direction: str
    title: str
    description: str
    scope: str
    scope_label: str
    count_text: str
    generated_by: str
    events: list[EventSummary]

    def label(self, key: str) -> str:
        """A label ("Causes", "الأسباب"…) in the summary's language."""
        return label(key, self.language)

    def event_ids(self) -> frozenset[str]:
        """The ids of the events in the summary, to tell which references can become links."""
        return frozenset(event.id for event in self.events)


def representative_text(name: str, office: str) -> str:
    """ "Stanislav Shushkevich — Chairman of the Supreme Council", or the name alone."""
    return f"{name} — {office}" if office else name


def _participant_row(participant: Participant, language: str) -> ParticipantRow:
    return ParticipantRow(
        party=text_in(participant.party, language),
        status=participant.status,
        status_label=status_label(participant.status, language),
        representatives=[
            representative_text(text_in(person.name, language), text_in(person.office, language))
            for person in participant.representatives
        ],
        note=text_in(participant.note, language),
    )


def _source_row(source: Source, language: str) -> SourceRow:
    return SourceRow(
        citation=source.citation,
        quote=source.quote,
        quote_language=source.quote_language,
        url=source.url,
        note=text_in(source.note, language),
    )


def _effects_index(events: Iterable[Event]) -> dict[str, list[Event]]:
    """For each event id, the events that list it as a cause, in time order."""
    effects: dict[str, list[Event]] = {}
    for event in sorted(events, key=lambda e: (e.start_time, e.end_time, e.id)):
        for cause in dict.fromkeys(event.causes):
            if cause != event.id:
                effects.setdefault(cause, []).append(event)
    return effects


def summarize_event(
    event: Event,
    language: str,
    titles: dict[str, str],
    effects: Sequence[Event] = (),
) -> EventSummary:
    """One event's summary; ``titles`` maps every event id of the dataset to its title."""
    return EventSummary(
        id=event.id,
        kind=event.kind,
        kind_label=kind_label(event.kind, language),
        title=text_in(event.title, language),
        date_text=format_span(event.start, event.end, language),
        start=event.start.iso(),
        end=event.end.iso() if event.end is not None else "",
        place=text_in(event.place, language),
        summary=text_in(event.summary, language),
        causes=[
            EventRef(cause, titles.get(cause, cause))
            for cause in dict.fromkeys(event.causes)
            if cause != event.id
        ],
        led_to=[EventRef(effect.id, titles[effect.id]) for effect in effects],
        participants=[_participant_row(p, language) for p in event.participants],
        sources=[_source_row(s, language) for s in event.sources],
    )


def build_summary(
    dataset: Dataset,
    events: Sequence[Event],
    language: str = "en",
    scope: str = "all",
) -> Summary:
    """The summary of ``events`` (already in scope and in time order) of ``dataset``.

    Causes and "led to" links are looked up in the whole dataset, so an event exported alone
    still names what caused it and what it led to.
    """
    titles = {event.id: text_in(event.title, language) for event in dataset.events}
    for event in events:  # events in scope may come from elsewhere than dataset.events
        titles.setdefault(event.id, text_in(event.title, language))
    effects = _effects_index(dataset.events)
    return Summary(
        language=language,
        direction=text_direction(language),
        title=text_in(dataset.title, language),
        description=text_in(dataset.description, language),
        scope=scope,
        scope_label=scope_label(scope, language),
        count_text=count_events(len(events), language),
        generated_by=label("generated_by", language).format(version=__version__),
        events=[
            summarize_event(event, language, titles, effects.get(event.id, ())) for event in events
        ],
    )

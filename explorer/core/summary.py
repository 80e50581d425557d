"""The language-specific summary of some events, which every exporter renders.

Exporters never pick texts out of the dataset themselves: :func:`build_summary` chooses each text
in the export's language (falling back as :func:`~explorer.core.schema.text_in` does), formats the
dates, resolves causes and "led to" links to titles and labels statuses, so Markdown, HTML, CSV and
PDF all say the same thing. Each text that may have fallen back to another language carries the
language it is really in (``…_language``), so exporters can lay it out in its own direction.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from explorer import __version__
from explorer.core.bidi import isolate_in, text_and_language
from explorer.core.dates import format_span
from explorer.core.labels import (
    count_events,
    kind_label,
    label,
    scope_label,
    status_label,
    text_direction,
)
from explorer.core.links import is_live_link
from explorer.core.participation import MatrixTable, matrix_table
from explorer.core.schema import Dataset, Event, Media, Participant, Source, time_order_key
from explorer.core.store import led_to_index
from explorer.core.texts_in_file import summary_of


class EventRef(NamedTuple):
    """Another event named from this one: its id (for links) and its title in the language."""

    id: str
    title: str
    language: str = ""
    """The language ``title`` is in; empty for the summary's language."""


@dataclass(frozen=True)
class ParticipantRow:
    """A party to an agreement, how it took part, and who acted for it."""

    party: str
    status: str
    status_label: str
    representatives: list[str]
    """Each as "name — office" (or just the name when the office is unknown)."""
    note: str = ""
    party_language: str = ""
    note_language: str = ""
    representative_languages: list[str] = field(default_factory=list)
    """The language of each of ``representatives``; empty where name and office differ."""


@dataclass(frozen=True)
class SourceRow:
    """Where a fact comes from; the quote stays in its own language (``quote_language``)."""

    citation: str
    quote: str = ""
    quote_language: str = ""
    url: str = ""
    note: str = ""
    note_language: str = ""
    translation: str = ""
    """The quote translated for the reader; empty when the quote is in the reader's language."""
    translation_language: str = ""
    shipped_text: str = ""
    """For a work whose text ships with the app (``source-article:NAME``): where to find it, in
    the reader's words; ``url`` is then empty, since no browser opens that address."""


@dataclass(frozen=True)
class MediaRow:
    """A picture, video or page that illustrates an event: "Media: caption (credit)", linked.

    ``url`` is the address when it may be followed (http or https only), else empty; ``address``
    is the address as the file writes it, for a reader to see when it is not followed.
    """

    caption: str
    address: str
    url: str = ""
    credit: str = ""
    caption_language: str = ""

    @property
    def link_text(self) -> str:
        """What the link reads: the caption, else the address."""
        return self.caption or self.address


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
    title_language: str = ""
    place_language: str = ""
    summary_language: str = ""
    date_language: str = ""
    """The language of ``date_text``: a ``display_date`` may lack the summary's language."""
    media: MediaRow | None = None
    milestone: bool = False


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
    title_language: str = ""
    description_language: str = ""
    #: States × agreements, when the events hold two agreements or more.
    matrix: MatrixTable | None = None
    #: A preview holds the first events only: then, how many are in scope (``count_text`` says).
    preview_of: int | None = None

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
    party, party_language = text_and_language(participant.party, language)
    note, note_language = text_and_language(participant.note, language)
    representatives: list[str] = []
    representative_languages: list[str] = []
    for person in participant.representatives:
        name, name_language = text_and_language(person.name, language)
        office, office_language = text_and_language(person.office, language)
        representatives.append(representative_text(name, office))
        same = not office or name_language == office_language
        representative_languages.append(name_language if same else "")
    return ParticipantRow(
        party=party,
        status=participant.status,
        status_label=status_label(participant.status, language),
        representatives=representatives,
        note=note,
        party_language=party_language,
        note_language=note_language,
        representative_languages=representative_languages,
    )


def quote_translation(source: Source, language: str) -> tuple[str, str]:
    """The quote's translation for a reader of ``language``, and the language it is in.

    None when the quote is already in that language; else the translation into it, or, for a
    quote in a third language, into English.
    """
    if not source.quote or not source.translation or source.quote_language == language:
        return "", ""
    for candidate in (language, "en"):
        text = source.translation.get(candidate, "")
        if text and candidate != source.quote_language:
            return text, candidate
    return "", ""


#: The address of a text shipped in ``resources/source-article`` (see :mod:`explorer.paths`).
SHIPPED_TEXT_SCHEME = "source-article:"


def _source_row(source: Source, language: str) -> SourceRow:
    note, note_language = text_and_language(source.note, language)
    translation, translation_language = quote_translation(source, language)
    url, shipped = source.url, ""
    if url.startswith(SHIPPED_TEXT_SCHEME):
        name = url.removeprefix(SHIPPED_TEXT_SCHEME)
        # a file name keeps its own left-to-right order (and its hyphens) in Arabic text
        name = isolate_in(name, "en", language)
        url, shipped = "", label("shipped_text", language).format(name=name)
    return SourceRow(
        citation=source.citation,
        quote=source.quote,
        quote_language=source.quote_language,
        url=url,
        shipped_text=shipped,
        note=note,
        note_language=note_language,
        translation=translation,
        translation_language=translation_language,
    )


def event_date(event: Event, language: str) -> tuple[str, str]:
    """The date an event shows and the language it is in: its ``display_date`` ("Winter 1991",
    "c. 1000") when it has one, else its dates written out ("8 December 1991")."""
    if event.display_date:
        text, text_language = text_and_language(event.display_date, language)
        if text.strip():
            return text, text_language
    return format_span(event.start, event.end, language), language


def event_date_text(event: Event, language: str) -> str:
    """The date an event shows, as :func:`event_date` chooses it: for the window's lists."""
    return event_date(event, language)[0]


def is_followed_media_link(url: str) -> bool:
    """Whether a media address becomes a live link: a web page (http or https) only."""
    return is_live_link(url) and url.strip().lower().startswith(("http://", "https://"))


def media_row(media: Media | None, language: str) -> MediaRow | None:
    """An event's media as exports and the detail pane show it, or None."""
    if media is None:
        return None
    caption, caption_language = text_and_language(media.caption, language)
    address = media.url.strip()
    return MediaRow(
        caption=caption,
        address=address,
        url=address if is_followed_media_link(address) else "",
        credit=media.credit,
        caption_language=caption_language,
    )


def _effects_index(events: Iterable[Event]) -> dict[str, list[Event]]:
    """For each event id, the events that list it as a cause, in time order."""
    by_id = {event.id: event for event in events}
    in_time_order = sorted(by_id.values(), key=time_order_key)
    return {
        cause: [by_id[effect] for effect in effects]
        for cause, effects in led_to_index(in_time_order).items()
    }


def summarize_event(
    event: Event,
    language: str,
    titles: dict[str, tuple[str, str]],
    effects: Sequence[Event] = (),
) -> EventSummary:
    """One event's summary; ``titles`` maps every event id of the dataset to its title.

    Each title comes with the language it is in, as :func:`~explorer.core.bidi.text_and_language`
    returns them.
    """
    title, title_language = text_and_language(event.title, language)
    place, place_language = text_and_language(event.place, language)
    summary, summary_language = text_and_language(summary_of(event), language)
    date_text, date_language = event_date(event, language)
    return EventSummary(
        id=event.id,
        kind=event.kind,
        kind_label=kind_label(event.kind, language),
        title=title,
        date_text=date_text,
        start=event.start.iso(),
        end=event.end.iso() if event.end is not None else "",
        place=place,
        summary=summary,
        causes=[
            _reference(cause, titles) for cause in dict.fromkeys(event.causes) if cause != event.id
        ],
        led_to=[_reference(effect.id, titles) for effect in effects],
        participants=[_participant_row(p, language) for p in event.participants],
        sources=[_source_row(s, language) for s in event.sources],
        title_language=title_language,
        place_language=place_language,
        summary_language=summary_language,
        date_language=date_language,
        media=media_row(event.media, language),
        milestone=event.milestone,
    )


def _reference(event_id: str, titles: dict[str, tuple[str, str]]) -> EventRef:
    """The reference to ``event_id``; an id with no event is shown as the id itself."""
    title, title_language = titles.get(event_id, (event_id, ""))
    return EventRef(event_id, title, title_language)


def build_summary(
    dataset: Dataset,
    events: Sequence[Event],
    language: str = "en",
    scope: str = "all",
    preview_of: int | None = None,
) -> Summary:
    """The summary of ``events`` (already in scope and in time order) of ``dataset``.

    Causes and "led to" links are looked up in the whole dataset, so an event exported alone
    still names what caused it and what it led to. ``preview_of``: ``events`` are the first of
    that many in scope, for a preview.
    """
    titles = {event.id: text_and_language(event.title, language) for event in dataset.events}
    for event in events:  # events in scope may come from elsewhere than dataset.events
        titles.setdefault(event.id, text_and_language(event.title, language))
    effects = _effects_index(dataset.events)
    title, title_language = text_and_language(dataset.title, language)
    description, description_language = text_and_language(dataset.description, language)
    return Summary(
        language=language,
        direction=text_direction(language),
        title=title,
        description=description,
        scope=scope,
        scope_label=scope_label(scope, language),
        count_text=count_events(len(events) if preview_of is None else preview_of, language),
        generated_by=label("generated_by", language).format(version=__version__),
        events=[
            summarize_event(event, language, titles, effects.get(event.id, ())) for event in events
        ],
        title_language=title_language,
        description_language=description_language,
        matrix=matrix_table(events, language),
        preview_of=preview_of,
    )


PARTS = ("causes", "participants", "matrix", "sources", "translations", "picture")
"""What an export may leave out of the summary; "picture" is the handout's timeline picture."""


def trimmed(summary: Summary, include: Collection[str]) -> Summary:
    """``summary`` without the :data:`PARTS` that ``include`` does not name."""
    if all(part in include for part in PARTS):
        return summary

    def event(item: EventSummary) -> EventSummary:
        sources = item.sources if "sources" in include else []
        if "translations" not in include:
            sources = [replace(source, translation="") for source in sources]
        return replace(
            item,
            causes=item.causes if "causes" in include else [],
            led_to=item.led_to if "causes" in include else [],
            participants=item.participants if "participants" in include else [],
            sources=sources,
        )

    return replace(
        summary,
        events=[event(item) for item in summary.events],
        matrix=summary.matrix if "matrix" in include else None,
    )

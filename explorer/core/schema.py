"""The dataset format, ``timeline-explorer/1``, as msgspec structs.

A dataset is a JSON document with a ``format`` marker, a localized title and a list of events.
Localized texts are objects keyed by language code (``{"en": "…", "ar": "…"}``); dates are partial
ISO 8601 strings (see :mod:`explorer.core.dates`). The JSON Schema in ``resources/`` is generated
from these structs by :func:`json_schema` (a test checks that the file is current).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec

from explorer.core.dates import ISO_SCHEMA_PATTERN, PartialDate

FORMAT_ID = "timeline-explorer/1"

Localized = Annotated[
    dict[str, str],
    msgspec.Meta(description='A text keyed by language code, e.g. {"en": …, "ar": …}'),
]
RequiredLocalized = Annotated[
    dict[str, str],
    msgspec.Meta(min_length=1, description="A text keyed by language code; at least one language"),
]
EventId = Annotated[
    str,
    msgspec.Meta(
        min_length=1,
        max_length=200,
        pattern=r"^\S+$",
        description='A unique identifier without spaces, e.g. "belovezha-accords"',
    ),
]

#: What an event is: a happening, an agreement with participants, a long-running cause, an era.
EventKind = Literal["event", "treaty", "cause", "period"]
EVENT_KINDS: tuple[str, ...] = ("event", "treaty", "cause", "period")

#: How a party took part in an agreement.
ParticipantStatus = Literal["signed", "observer", "absent"]
PARTICIPANT_STATUSES: tuple[str, ...] = ("signed", "observer", "absent")


class _Struct(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True, kw_only=True):
    """Shared struct options: unknown fields are errors (they are usually typos)."""


class Representative(_Struct):
    """A person who acted for a party, and the office they held then."""

    name: RequiredLocalized
    office: Localized = {}


class Participant(_Struct):
    """A party (usually a state) to an agreement: who signed for it, or why it stayed away."""

    party: RequiredLocalized
    status: ParticipantStatus = "signed"
    representatives: list[Representative] = []
    note: Localized = {}


class Source(_Struct):
    """Where a fact comes from: a quote in its own language and the work it is quoted from."""

    citation: Annotated[str, msgspec.Meta(min_length=1)]
    quote: str = ""
    quote_language: str = ""
    url: str = ""
    note: Localized = {}


class Event(_Struct):
    """One thing on the timeline: an instant (no ``end``) or a span of time."""

    id: EventId
    title: RequiredLocalized
    start: PartialDate
    end: PartialDate | None = None
    kind: EventKind = "event"
    summary: Localized = {}
    place: Localized = {}
    causes: list[str] = []
    participants: list[Participant] = []
    sources: list[Source] = []
    group: str = ""

    def __post_init__(self) -> None:
        if self.end is not None and self.end.end_time() <= self.start.start_time():
            raise ValueError(f"end {self.end} is before start {self.start}")

    @property
    def start_time(self) -> float:
        return self.start.start_time()

    @property
    def end_time(self) -> float:
        """When the event is over: the end of ``end``, or of ``start`` for an instant."""
        return (self.end or self.start).end_time()

    @property
    def is_instant(self) -> bool:
        return self.end is None


class Dataset(_Struct):
    """A timeline: its title, description and events."""

    format: Literal["timeline-explorer/1"]
    title: RequiredLocalized
    description: Localized = {}
    events: list[Event] = []


def text_in(text: dict[str, str], language: str) -> str:
    """The text in ``language``, else English, else any language it has, else ""."""
    if language in text:
        return text[language]
    if "en" in text:
        return text["en"]
    return next(iter(text.values()), "")


def _enc_hook(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value.iso()
    raise NotImplementedError(f"cannot encode {type(value).__name__}")


def _dec_hook(kind: type, value: Any) -> Any:
    if kind is PartialDate:
        if not isinstance(value, str):
            raise ValueError(f'Expected a date string like "1991-12-08", got {value!r}')
        return PartialDate.parse(value)
    raise NotImplementedError(f"cannot decode {kind.__name__}")


def _schema_hook(kind: type) -> dict[str, Any]:
    if kind is PartialDate:
        return {
            "type": "string",
            "pattern": ISO_SCHEMA_PATTERN,
            "description": (
                "A partial ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD; year may be negative"
            ),
        }
    raise NotImplementedError(kind)


JSON_DECODER = msgspec.json.Decoder(Dataset, dec_hook=_dec_hook)
JSON_ENCODER = msgspec.json.Encoder(enc_hook=_enc_hook)


def decode_dataset(data: bytes | str) -> Dataset:
    """Decode our JSON format; raises ``msgspec.DecodeError``/``ValidationError`` on bad input."""
    return JSON_DECODER.decode(data)


def encode_dataset(dataset: Dataset, *, indent: int = 2) -> bytes:
    """Encode a dataset as pretty JSON that :func:`decode_dataset` reads back."""
    return msgspec.json.format(JSON_ENCODER.encode(dataset), indent=indent) + b"\n"


def to_builtins(value: Any) -> Any:
    """A struct as plain dicts, lists and strings (dates as ISO text)."""
    return msgspec.to_builtins(value, enc_hook=_enc_hook)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the format, as shipped in ``resources/``."""
    schema = msgspec.json.schema(Dataset, schema_hook=_schema_hook)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Timeline Explorer dataset"
    return schema

"""The dataset format, ``timeline-explorer/1``, as msgspec structs.

A dataset is a JSON document with a ``format`` marker, a localized title and a list of events.
Localized texts are objects keyed by language code (``{"en": "…", "ar": "…"}``); dates are partial
ISO 8601 strings (see :mod:`explorer.core.dates`). The JSON Schema in ``resources/`` is generated
from these structs by :func:`json_schema` (a test checks that the file is current).
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, Literal, NamedTuple, NoReturn

import msgspec
import numpy as np
import numpy.typing as npt

from explorer.core.dates import ISO_SCHEMA_PATTERN, PARSED_DATES, PartialDate
from explorer.core.event_pieces import Piece, split_events
from explorer.core.texts_in_file import SummaryInFile

FORMAT_ID = "timeline-explorer/1"

Localized = Annotated[
    dict[str, str],
    msgspec.Meta(description='A text keyed by language code, e.g. {"en": …, "ar": …}'),
]
RequiredLocalized = Annotated[
    dict[str, str],
    msgspec.Meta(min_length=1, description="A text keyed by language code; at least one language"),
]
EVENT_ID_PATTERN = r"^\S+$"
_EVENT_ID_DESCRIPTION = 'A unique identifier without spaces, e.g. "belovezha-accords"'
#: An event id as the JSON Schema and error messages describe it.
EventId = Annotated[
    str,
    msgspec.Meta(
        min_length=1, max_length=200, pattern=EVENT_ID_PATTERN, description=_EVENT_ID_DESCRIPTION
    ),
]
#: The same without the pattern, which msgspec would check with one regex call per event (a
#: third of the decoding time of a big file): :func:`decode_dataset` checks all ids at once.
_UncheckedEventId = Annotated[
    str, msgspec.Meta(min_length=1, max_length=200, description=_EVENT_ID_DESCRIPTION)
]
_EVENT_ID = re.compile(EVENT_ID_PATTERN)
_WHITESPACE = re.compile(r"\s")

#: What an event is: a happening, an agreement with participants, a long-running cause, an era.
EventKind = Literal["event", "treaty", "cause", "period"]
EVENT_KINDS: tuple[str, ...] = ("event", "treaty", "cause", "period")

#: How a party took part in an agreement. ``not_party``: a state that had no part in it at all
#: (the Baltic states at Alma-Ata, already independent), unlike ``absent``, one that stayed away.
ParticipantStatus = Literal["signed", "observer", "absent", "not_party"]
PARTICIPANT_STATUSES: tuple[str, ...] = ("signed", "observer", "absent", "not_party")


class _Struct(
    msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True, kw_only=True, gc=False
):
    """Shared struct options: unknown fields are errors (they are usually typos).

    ``gc=False``: the cyclic garbage collector never looks at these structs (a million events
    would make each of its full passes slow); they hold texts, dates and other structs, never
    anything that refers back to them, so they cannot be part of a reference cycle.
    """


def _refuse_change(self: object, *args: Any, **kwargs: Any) -> NoReturn:
    raise TypeError(
        f"this empty {type(self).__mro__[1].__name__} is shared by many events and cannot "
        "be changed; assign a new one instead"
    )


class _EmptyList(list[Any]):
    """The empty list that events without causes, participants or sources share; immutable.

    A million events would otherwise carry three million empty lists (190 MB).
    """

    __slots__ = ()
    append = extend = insert = remove = pop = clear = sort = reverse = _refuse_change
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse_change

    def __copy__(self) -> _EmptyList:
        return self

    def __deepcopy__(self, memo: object) -> _EmptyList:
        return self

    def __reduce__(self) -> str:
        return "NO_ITEMS"


class _EmptyTexts(dict[str, str]):
    """The empty localized text that events without a summary or place share; immutable."""

    __slots__ = ()
    __setitem__ = __delitem__ = __ior__ = _refuse_change
    setdefault = update = pop = popitem = clear = _refuse_change

    def __copy__(self) -> _EmptyTexts:
        return self

    def __deepcopy__(self, memo: object) -> _EmptyTexts:
        return self

    def __reduce__(self) -> str:
        return "NO_TEXT"


#: The shared empty list and localized text: an event field's default, and what an empty value
#: given to an event becomes (so that encoding still leaves it out as a default).
NO_ITEMS: list[Any] = _EmptyList()
NO_TEXT: dict[str, str] = _EmptyTexts()


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
    """Where a fact comes from: a quote in its own language and the work it is quoted from.

    ``translation`` is the quote translated, keyed by language: a reader sees the quote as the
    work has it, with its translation into the reader's language beneath.
    """

    citation: Annotated[str, msgspec.Meta(min_length=1)]
    quote: str = ""
    quote_language: str = ""
    translation: Annotated[
        dict[str, str],
        msgspec.Meta(description="The quote translated, keyed by language code"),
    ] = {}
    url: str = ""
    note: Localized = {}


COLOUR_PATTERN = r"^#[0-9a-fA-F]{6}$"
#: A colour as HTML writes it, ``#rrggbb``.
Colour = Annotated[
    str, msgspec.Meta(pattern=COLOUR_PATTERN, description='A colour as "#rrggbb", e.g. "#4e79a7"')
]


class Media(_Struct):
    """A picture, video or page that illustrates an event, shown as a link with its credit.

    Unlike a :class:`Source`, it is not where a fact comes from: TimelineJS slides carry one.
    """

    url: Annotated[str, msgspec.Meta(min_length=1)]
    credit: str = ""
    caption: Localized = {}


class Event(_Struct):
    """One thing on the timeline: an instant (no ``end``) or a span of time.

    ``category`` is the id of one of the dataset's categories (its colour and legend entry);
    ``group`` a lane the event shares with others (The Timeline's containers). ``display_date``,
    when given, is shown instead of the date written out ("Winter 1991", "c. 1000"); a
    ``milestone`` is an instant its author marked as a milestone.
    """

    id: _UncheckedEventId  # EventId, checked by decode_dataset and in the JSON Schema
    title: RequiredLocalized
    start: PartialDate
    end: PartialDate | None = None
    kind: EventKind = "event"
    summary: Localized = NO_TEXT
    place: Localized = NO_TEXT
    causes: list[str] = NO_ITEMS
    participants: list[Participant] = NO_ITEMS
    sources: list[Source] = NO_ITEMS
    group: str = ""
    category: str = ""
    display_date: Localized = NO_TEXT
    media: Media | None = None
    milestone: bool = False

    def __post_init__(self) -> None:
        end = self.end
        if end is not None and end.end_time() <= self.start.start_time():
            raise ValueError(f"end {end} is before start {self.start}")
        if not (
            (self.causes is NO_ITEMS or self.causes)
            and (self.summary is NO_TEXT or self.summary)
            and (self.display_date is NO_TEXT or self.display_date)
            and (self.place is NO_TEXT or self.place)
            and (self.participants is NO_ITEMS or self.participants)
            and (self.sources is NO_ITEMS or self.sources)
        ):
            self._share_empty_values()

    def _share_empty_values(self) -> None:
        """Replace empty texts and lists by the shared ones, which encoding leaves out."""
        if not self.summary:
            self.summary = NO_TEXT
        if not self.place:
            self.place = NO_TEXT
        if not self.causes:
            self.causes = NO_ITEMS
        if not self.participants:
            self.participants = NO_ITEMS
        if not self.sources:
            self.sources = NO_ITEMS
        if not self.display_date:
            self.display_date = NO_TEXT

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


class _Span(_Struct):
    """A struct that runs from the start of its ``start`` to the end of its ``end``, which
    must come after it; the subclass declares both, where they go among its fields."""

    if TYPE_CHECKING:
        start: PartialDate
        end: PartialDate

    def __post_init__(self) -> None:
        if self.end.end_time() <= self.start.start_time():
            raise ValueError(f"end {self.end} is before start {self.start}")

    @property
    def start_time(self) -> float:
        return self.start.start_time()

    @property
    def end_time(self) -> float:
        return self.end.end_time()


class ViewRange(_Span):
    """The stretch of time a timeline opens on: from the start of ``start`` to the end of ``end``.

    A dataset whose story is a few years of a long history says so here, so that its first view
    shows the story rather than the whole span squeezed into one corner.
    """

    start: PartialDate
    end: PartialDate


class Era(_Span):
    """A stretch of history drawn behind the events ("The Cold War"), from ``start`` to ``end``."""

    title: RequiredLocalized
    start: PartialDate
    end: PartialDate
    colour: Colour | None = None


class Category(_Struct):
    """A kind of event the dataset's author defines, with its name and colour (the legend's)."""

    id: EventId
    name: RequiredLocalized
    colour: Colour


class Dataset(_Struct):
    """A timeline: its title, description, events, the range it opens on and its story.

    ``eras`` and ``categories`` are optional, as all later additions to the format are, so that
    files written before them still read as ``timeline-explorer/1``.
    """

    format: Literal["timeline-explorer/1"]
    title: RequiredLocalized
    description: Localized = {}
    view: ViewRange | None = None
    story: Annotated[
        list[EventId],
        msgspec.Meta(description="Event ids in the order a presentation (story mode) visits them"),
    ] = []
    eras: list[Era] = []
    categories: list[Category] = []
    events: list[Event] = []


class _StrictEvent(Event):
    """An event whose id msgspec checks against the pattern: for exact error messages only."""

    id: EventId


class _StrictDataset(Dataset):
    """A dataset of :class:`_StrictEvent`, decoded only to report the first error in a file."""

    events: list[_StrictEvent] = []  # type: ignore[assignment]


def time_order_key(event: Event) -> tuple[float, float, str]:
    """Events in time order: by start, then by end, then by id (so that ties keep one order)."""
    return (event.start_time, event.end_time, event.id)


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
    if isinstance(value, SummaryInFile):
        return value.read()
    raise NotImplementedError(f"cannot encode {type(value).__name__}")


def _dec_hook(kind: type, value: Any) -> Any:
    # Called for each date of each event: the usual case, a date seen before, comes first.
    if kind is PartialDate:
        if value.__class__ is str:
            return PARSED_DATES.get(value) or PartialDate.parse(value)
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
_EVENTS_DECODER = msgspec.json.Decoder(list[Event], dec_hook=_dec_hook)
_STRICT_DECODER = msgspec.json.Decoder(_StrictDataset, dec_hook=_dec_hook)
JSON_ENCODER = msgspec.json.Encoder(enc_hook=_enc_hook)
#: An event's size when it is not known (see :class:`DecodedDataset`).
_NO_SIZE = np.iinfo(np.int64).max


def decode_dataset(data: bytes | str | memoryview) -> Dataset:
    """Decode our JSON format; raises ``msgspec.DecodeError``/``ValidationError`` on bad input."""
    return decode_dataset_in_parts(data).dataset


class DecodedDataset(NamedTuple):
    dataset: Dataset
    #: The length in bytes of each event's JSON text: no text of the event is longer (the
    #: largest integer where it is not known).
    event_sizes: npt.NDArray[np.int64]
    #: Whether every event went through ``piece_done`` (else the document was read whole).
    in_pieces: bool = False


#: Told of each piece of events as it is decoded: the events, and the piece they come from.
PieceDone = Callable[[list["Event"], Piece], None]


def decode_dataset_in_parts(
    data: bytes | str | memoryview, piece_done: PieceDone | None = None
) -> DecodedDataset:
    """Decode our JSON format; raises ``msgspec.DecodeError``/``ValidationError`` on bad input.

    The events are decoded a piece at a time (see :mod:`~explorer.core.event_pieces`), where the
    document allows it: ``piece_done`` is given each piece's events and the piece (where it
    ends in ``data``, where each event lies), so that a caller can give back their memory (the
    file and its events never add up), show progress and leave texts in the file; and the
    interpreter is never held for long. It may change the events it is given.

    The fast decoders check everything but the id pattern, which is then checked for all ids at
    once, with msgspec's own message. When they find a problem, the data is decoded again with
    every check in place: the error reported is always the first one in the file, even when a
    bad id comes before it.
    """
    if isinstance(data, str):
        data = data.encode()
    try:
        decoded = _decode_in_parts(memoryview(data), piece_done)
    except (msgspec.MsgspecError, ValueError, RecursionError):
        _STRICT_DECODER.decode(data)  # raises the first error, maybe a bad id before this one
        raise
    bad_id = _first_bad_id(decoded.dataset.events)
    if bad_id is not None:
        raise msgspec.ValidationError(
            f"Expected `str` matching regex {EVENT_ID_PATTERN!r} - at `$.events[{bad_id}].id`"
        )
    return decoded


def _decode_in_parts(data: memoryview, piece_done: PieceDone | None) -> DecodedDataset:
    split = split_events(data)
    if split is not None:
        try:
            shell = JSON_DECODER.decode(split.rest)
            events: list[Event] = []
            sizes: list[int] = []
            for piece in split.pieces:
                piece_events = _EVENTS_DECODER.decode(piece.array)
                if piece_done is not None:
                    piece_done(piece_events, piece)
                events.extend(piece_events)
                sizes.extend(piece.sizes)
        except msgspec.DecodeError:
            pass  # not a document that splits as it seemed to: read it whole
        else:
            fields = msgspec.structs.asdict(shell)
            fields["events"] = events
            sizes_array = np.array(sizes, dtype=np.int64)
            return DecodedDataset(Dataset(**fields), sizes_array, piece_done is not None)
    dataset = JSON_DECODER.decode(data)
    return DecodedDataset(dataset, np.full(len(dataset.events), _NO_SIZE, dtype=np.int64))


def _first_bad_id(events: list[Event]) -> int | None:
    """The index of the first event whose id does not match :data:`EVENT_ID_PATTERN`."""
    # A slice of ids at a time: one join over a million would hold the interpreter (and a UI
    # thread waiting for it while a file loads) for a noticeable time.
    if not any(
        _WHITESPACE.search("".join([event.id for event in events[first : first + 16_384]]))
        for first in range(0, len(events), 16_384)
    ):
        return None
    for index, event in enumerate(events):
        if not _EVENT_ID.search(event.id):
            return index
    return None


def encode_dataset(dataset: Dataset, *, indent: int = 2) -> bytes:
    """Encode a dataset as pretty JSON that :func:`decode_dataset` reads back."""
    return msgspec.json.format(JSON_ENCODER.encode(dataset), indent=indent) + b"\n"


def to_builtins(value: Any) -> Any:
    """A struct as plain dicts, lists and strings (dates as ISO text)."""
    return msgspec.to_builtins(value, enc_hook=_enc_hook)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the format, as shipped in ``resources/``."""
    schema = msgspec.json.schema(Dataset, schema_hook=_schema_hook)
    schema["$defs"]["Event"]["properties"]["id"] = msgspec.json.schema(EventId)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Timeline Explorer dataset"
    return _the_same_from_every_msgspec(schema)


def _the_same_from_every_msgspec(node: Any) -> Any:
    """The schema as every supported msgspec writes it: descriptions dedented, ``null`` last.

    Versions differ in both (0.21 keeps docstring indentation and puts ``null`` first), and the
    shipped file must not depend on which one generated it.
    """
    if isinstance(node, list):
        return [_the_same_from_every_msgspec(item) for item in node]
    if not isinstance(node, dict):
        return node
    cleaned = {key: _the_same_from_every_msgspec(value) for key, value in node.items()}
    if isinstance(cleaned.get("description"), str):
        cleaned["description"] = inspect.cleandoc(cleaned["description"])
    if isinstance(cleaned.get("anyOf"), list):
        cleaned["anyOf"].sort(key=lambda option: option == {"type": "null"})
    return cleaned

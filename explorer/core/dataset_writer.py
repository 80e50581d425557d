"""Our format written a slice of events at a time, byte for byte as :func:`encode_dataset` has it.

Saving a million events in one call would hold the interpreter (and so the window) for the whole
encoding and keep two copies of the file in memory (the compact encoding and the pretty one). Here
the dataset without its events is encoded once, and the events follow in slices, each encoded and
laid out on its own (in a dataset with nothing else, so at the depth they take): a writer can
stream the slices to disk, report progress and stop between them.

The layout relies on two facts of the encoding: ``events`` is the dataset's last field (and is left
out when empty), and a JSON text holds no raw newline (a newline in a string is written ``\\n``),
so the events of a slice are found in its encoding by the line that opens them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from msgspec.structs import replace

from explorer.core.schema import Dataset, encode_dataset

#: Events encoded in one slice: small enough for a slice to take a few milliseconds.
EVENTS_PER_SLICE = 500
_LAST_LINE = b"\n}\n"

#: A dataset with nothing but what the format requires, to carry a slice of events.
_BARE = Dataset(format="timeline-explorer/1", title={"en": "-"})

Progress = Callable[[int, int], None]
"""Told ``(events written, events in all)`` after each slice."""


def dataset_slices(
    dataset: Dataset, per_slice: int = EVENTS_PER_SLICE, progress: Progress | None = None
) -> Iterator[bytes]:
    """The bytes of :func:`encode_dataset` (``dataset``) in pieces, a slice of events in each."""
    head = encode_dataset(replace(dataset, events=[]))
    events = dataset.events
    if not events:
        yield head
        return
    assert head.endswith(_LAST_LINE)
    yield head[: -len(_LAST_LINE)] + b',\n  "events": ['
    for start in range(0, len(events), per_slice):
        piece = encode_dataset(replace(_BARE, events=events[start : start + per_slice]))
        yield (b"," if start else b"") + _events_of(piece)
        if progress is not None:
            progress(min(start + per_slice, len(events)), len(events))
    yield b"\n  ]" + _LAST_LINE


def _events_of(encoded: bytes) -> bytes:
    """The events of an encoded dataset, without the brackets around them."""
    opening = encoded.index(b'\n  "events": [') + len(b'\n  "events": [')
    closing = encoded.rindex(b"\n  ]" + _LAST_LINE)
    return encoded[opening:closing]

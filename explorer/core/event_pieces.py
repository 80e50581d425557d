"""Where the events of a big document lie, found a piece of a few megabytes at a time.

A decoder that reads a whole 600 MB document in one call holds the interpreter for a second or
more where it calls back no Python code, and a window waiting for it freezes. The events array
is cut into pieces instead: a cut goes after a ``}`` followed by a comma, and a piece is kept
only when it reads as a JSON array of whole values. A cut anywhere else cannot pass that test:
inside a string it leaves the string open (a quote inside a string is always escaped), inside
an event it leaves a bracket open. So the pieces, joined by commas, are the array exactly.

This works when ``events`` is the document's last member, as Timeline Explorer writes it; for
any other document :func:`split_events` gives None and the caller reads it whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

import msgspec

#: Bytes of events per piece, about: a few thousand events, read in milliseconds.
PIECE_BYTES = 4 << 20
#: How far into a document its events array is looked for: the members before it are small,
#: and a search through all of a big file in another format would hold the interpreter.
_KEY_WITHIN = 16 << 20
#: Cuts tried for one piece before the rest of the array is taken as one piece.
_MAX_TRIES = 8
_EVENTS_KEY = re.compile(rb'"events"\s*:\s*\[')
_BETWEEN_EVENTS = re.compile(rb"\}\s*,")
_WHITESPACE = b" \t\r\n"
#: What may lie before an event in an array of events: white space and a comma.
_BEFORE_EVENT = re.compile(rb"[ \t\r\n,]*")
_TEXTS = msgspec.json.Decoder(list[msgspec.Raw])


class Piece(NamedTuple):
    """Some events as a JSON array; where each one starts in the data and its length in bytes;
    and where the last one ends in the data."""

    array: bytes
    starts: list[int]
    sizes: list[int]
    end: int


class SplitDocument(NamedTuple):
    #: The document with an empty events array: everything but the events.
    rest: bytes
    #: The events, piece after piece (a piece that is no JSON raises ``msgspec.DecodeError``).
    pieces: Iterator[Piece]


def split_events(data: memoryview) -> SplitDocument | None:
    """``data`` cut into the document without its events and the events in pieces; None when
    its events array is not its last member (or there is none)."""
    found = _EVENTS_KEY.search(data, 0, _KEY_WITHIN)
    end = _last_member_end(data)
    if found is None or end is None or end < found.end():
        return None
    start = found.end()
    rest = b"".join((data[:start], data[end:]))
    return SplitDocument(rest, _pieces(data, start, end))


def _last_member_end(data: memoryview) -> int | None:
    """Where the array that ends the document's last member closes (its ``]``), if one does."""
    position = len(data) - 1
    for closing in (b"}", b"]"):
        while position >= 0 and data[position] in _WHITESPACE:
            position -= 1
        if position < 0 or data[position] != closing[0]:
            return None
        if closing == b"}":
            position -= 1
    return position


def _pieces(data: memoryview, start: int, end: int) -> Iterator[Piece]:
    position = start
    while True:
        cut = _cut(data, position, end)
        if cut is None:  # the rest of the array, in one piece
            piece = _piece(data, position, end)
            if not piece.sizes and position != start:  # "[…, ]": a comma with no event after it
                raise msgspec.DecodeError("a comma ends the events array")
            yield piece
            return
        piece, position = cut
        yield piece


def _cut(data: memoryview, position: int, end: int) -> tuple[Piece, int] | None:
    """A piece of about PIECE_BYTES from ``position``, and where the next one starts."""
    search_from = position + PIECE_BYTES
    for _ in range(_MAX_TRIES):
        if search_from >= end:
            return None
        found = _BETWEEN_EVENTS.search(data, search_from, end)
        if found is None:
            return None
        try:
            return _piece(data, position, found.start() + 1), found.end()
        except msgspec.DecodeError:  # not between two events: try the next cut
            search_from = found.end()
    return None


def _piece(data: memoryview, start: int, end: int) -> Piece:
    array = b"".join((b"[", data[start:end], b"]"))
    sizes = list(map(len, _TEXTS.decode(array)))
    starts: list[int] = []
    position = 1  # in the array, after its "["
    for size in sizes:
        position = _BEFORE_EVENT.match(array, position).end()  # type: ignore[union-attr]
        starts.append(start + position - 1)
        position += size
    return Piece(array, starts, sizes, end)

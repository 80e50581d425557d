"""The summaries of a big file's events, left in the file and read when they are needed.

A big catalogue's summaries take half of its events' memory (0.7 GB of 1.4 at a million events
of ~0.6 KB) while a user reads a handful of them. A file read piece by piece (see
:mod:`explorer.core.event_pieces`) tells where each of its events lies: an event whose summary
stays in the file holds a :class:`SummaryInFile` instead of the text, and :func:`summary_of`
reads it from there when the event is shown, searched or exported.

The file stays open while its events live, so a file replaced on disk (saved anew by another
program) still reads as it was loaded; a file changed in place is noticed (its size or time is
not what it was) and :class:`SummaryUnavailable` says so.
"""

from __future__ import annotations

import os
import threading
import weakref
from array import array
from collections.abc import Iterable, Sequence
from itertools import repeat
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from explorer.core.errors import DatasetError
from explorer.core.messages import Message

if TYPE_CHECKING:
    from explorer.core.schema import Event

#: A file as it was read: device, inode, size and modification time.
Identity = tuple[int, int, int, int]


class SummaryUnavailable(DatasetError):
    """An event's summary left in its file cannot be read: the file changed or went away."""


class _EventSummary(msgspec.Struct):
    """An event's summary alone: msgspec skips the rest of the event without building it."""

    summary: dict[str, str] = {}


_SUMMARY = msgspec.json.Decoder(_EventSummary)
_SUMMARY_OF = attrgetter("summary")
#: Reading at an offset in one call (not on Windows, where a seek and a read under a lock do).
_PREAD = getattr(os, "pread", None)


def identity_of(status: os.stat_result) -> Identity:
    return (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)


class EventFile:
    """The open file a dataset's events were read from, and where each event lies in it."""

    def __init__(self, path: str | Path, identity: Identity, offset: int = 0) -> None:
        """Open ``path``: OSError if it cannot be, ValueError if it is no longer the file of
        ``identity``. ``offset``: where the data the events were found in starts in the file
        (after a byte order mark)."""
        self.name = str(path)
        self._offset = offset
        self._starts = array("q")
        self._sizes = array("q")
        file = open(path, "rb", buffering=0)  # noqa: SIM115 - closed with this object
        self._closed = weakref.finalize(self, file.close)
        self._file = file
        self._lock = threading.Lock()  # one seek and read at a time, from any thread
        self._identity = identity_of(os.fstat(file.fileno()))
        if self._identity != identity:
            self.close()
            raise ValueError(f"{path} changed while it was read")

    def close(self) -> None:
        self._closed()

    def add(self, starts: Sequence[int], sizes: Sequence[int]) -> int:
        """Note where some more events lie; the number the first of them gets."""
        first = len(self._starts)
        self._starts.extend(starts)
        self._sizes.extend(sizes)
        return first

    def summaries(self, numbers: Iterable[int]) -> list[dict[str, str]]:
        """The summaries of the events with these numbers, read from the file."""
        self._check_unchanged()
        try:
            return [self._read(number) for number in numbers]
        except OSError as error:
            raise self._unreadable(error) from None
        except msgspec.MsgspecError:  # changed in place within the same second and size
            raise self._unavailable("changed on disk since it was opened") from None

    def _read(self, number: int) -> dict[str, str]:
        at, size = self._offset + self._starts[number], self._sizes[number]
        if _PREAD is not None:  # one call, from any thread at once
            text = _PREAD(self._file.fileno(), size, at)
        else:
            with self._lock:
                self._file.seek(at)
                text = self._file.read(size)
        return _SUMMARY.decode(text).summary

    def _check_unchanged(self) -> None:
        if not self._closed.alive:
            raise self._unavailable("was closed")
        try:
            unchanged = identity_of(os.fstat(self._file.fileno())) == self._identity
        except OSError as error:
            raise self._unreadable(error) from None
        if not unchanged:
            raise self._unavailable(Message("changed on disk since it was opened"))

    def _unreadable(self, error: OSError) -> SummaryUnavailable:
        reason = error.strerror or str(error)
        return self._unavailable(Message("cannot be read any more ({reason})", reason=reason))

    def _unavailable(self, problem: str) -> SummaryUnavailable:
        return SummaryUnavailable(
            self.name,
            Message("{problem}, so an event's summary cannot be read from it", problem=problem),
            hint=Message("open the file again"),
        )


class SummaryInFile:
    """An event's summary where it lies in its file: read with :func:`summary_of`.

    It equals the text it stands for. Encoding an event writes the text (see
    :func:`explorer.core.schema.encode_dataset`).
    """

    __slots__ = ("file", "number")

    def __init__(self, file: EventFile, number: int) -> None:
        self.file = file
        self.number = number

    def read(self) -> dict[str, str]:
        return self.file.summaries((self.number,))[0]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SummaryInFile):
            return (other.file, other.number) == (self.file, self.number) or (
                other.read() == self.read()
            )
        return isinstance(other, dict) and self.read() == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"SummaryInFile({self.file.name!r}, {self.number})"

    def __copy__(self) -> SummaryInFile:
        return self

    def __deepcopy__(self, memo: object) -> SummaryInFile:
        return self


def leave_summaries_in(
    file: EventFile, events: list[Event], starts: list[int], sizes: list[int], longest: int
) -> None:
    """Put the summaries of ``events`` back in ``file``, where they lie at ``starts``.

    A summary with a text of more than ``longest`` characters stays in memory: the loader cuts
    it to that limit, and the file holds it uncut.
    """
    first = file.add(starts, sizes)
    numbers: Iterable[int] = range(first, first + len(events))
    summaries = list(map(_SUMMARY_OF, events))
    if not (all(summaries) and max(sizes, default=0) <= longest):  # not the usual piece
        kept = [
            at
            for at, (summary, size) in enumerate(zip(summaries, sizes, strict=True))
            if summary and (size <= longest or max(map(len, summary.values())) <= longest)
        ]
        events = [events[at] for at in kept]
        numbers = [first + at for at in kept]
    # In C loops: a piece's thousands of events take a millisecond or two.
    any(map(setattr, events, repeat("summary"), map(SummaryInFile, repeat(file), numbers)))


def summary_in_memory(event: Event) -> dict[str, str] | None:
    """The event's summary; None if it lies in its file (:func:`summary_of` reads it)."""
    summary: Any = event.summary
    return None if isinstance(summary, SummaryInFile) else summary


def summary_of(event: Event) -> dict[str, str]:
    """The event's summary, read from its file if it was left there."""
    summary: Any = event.summary
    return summary.read() if isinstance(summary, SummaryInFile) else summary


def summaries_of(events: Sequence[Event]) -> list[dict[str, str]]:
    """:func:`summary_of` of each event; the file is checked once for each run of them."""
    summaries: list[Any] = [event.summary for event in events]
    in_file = [i for i, summary in enumerate(summaries) if isinstance(summary, SummaryInFile)]
    if in_file:
        by_file: dict[EventFile, list[int]] = {}
        for index in in_file:
            by_file.setdefault(summaries[index].file, []).append(index)
        for file, indexes in by_file.items():
            read = file.summaries([summaries[index].number for index in indexes])
            for index, summary in zip(indexes, read, strict=True):
                summaries[index] = summary
    return summaries

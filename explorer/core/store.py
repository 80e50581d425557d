"""The events of a dataset in time order, with their times as arrays: what every view reads.

An :class:`EventStore` is built once per dataset, off the UI thread when a file loads, so the
window only swaps it in. The order is by start, then end, then id, computed with numpy so the
sort itself neither costs a Python call per comparison nor holds the interpreter for seconds.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import attrgetter, is_
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from explorer.core.dates import END_TIME, START_TIME
from explorer.core.event_index import EventIndex
from explorer.core.id_rows import IdRows
from explorer.core.schema import EVENT_KINDS, Dataset, Event
from explorer.core.search import SearchIndex

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
CodeArray = npt.NDArray[np.int8]
_KIND_CODES = {kind: code for code, kind in enumerate(EVENT_KINDS)}
_FACTS = attrgetter("start", "end", "kind", "id", "causes")
_PLACE = attrgetter("place")
#: Rows per pass of a loop that runs in C. Such a loop never lets another thread run: over a
#: million rows, the UI thread would wait for it while a file loads behind the window.
_SLICE = 16_384
#: Events per pass of :func:`_read_events`, whose passes touch each event's fields: fewer, as
#: a million events lie all over memory and each read waits for it.
_READ_SLICE = 4_096


class RowFacts(NamedTuple):
    """What the timeline needs of each event besides its times, as arrays by store row."""

    #: Index of the event's kind in :data:`~explorer.core.schema.EVENT_KINDS`.
    kinds: CodeArray
    #: 1 for an event without an end (drawn as a mark), else 0.
    instants: CodeArray
    #: The store rows of the events that list causes, in order.
    rows_with_causes: IntArray


@dataclass(frozen=True, eq=False)
class EventStore:
    """A dataset's events in time order, their start and end days, and their rows by id."""

    dataset: Dataset
    #: The events sorted by (start time, end time, id).
    events: list[Event]
    #: Start and (exclusive) end of each event, in days since 1970-01-01, row by row.
    start_times: FloatArray
    end_times: FloatArray
    #: The first row of each id (a duplicate id keeps its first row).
    rows_by_id: IdRows = field(repr=False)
    #: Each event id's effects: the ids of the events that name it among their causes.
    led_to: dict[str, list[str]] = field(repr=False)
    #: Each row's kind, instant-ness, and the rows that list causes: arrays a view reads.
    facts: RowFacts = field(repr=False)
    #: The rows by time, for range queries (a timeline showing every row uses it).
    time_index: EventIndex = field(repr=False)
    #: Events in the same place share one text already (see :func:`share_equal_places`).
    places_shared: bool = False
    _search: list[SearchIndex] = field(default_factory=list, repr=False)
    _search_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def search_index(self) -> SearchIndex:
        """The normalized texts of the events, row by row: built on first use, then kept.

        Safe to call from a thread that builds it ahead of the first search.
        """
        with self._search_lock:
            if not self._search:
                if not self.places_shared:  # first: the index's build adds to memory
                    share_equal_places(self.events)
                self._search.append(SearchIndex.of_events(self.events))
            return self._search[0]

    def has_search_index(self) -> bool:
        return bool(self._search)

    def __len__(self) -> int:
        return len(self.events)

    def row_of(self, event_id: str) -> int:
        """The row of the event with this id, or -1."""
        return self.rows_by_id.get(event_id, -1)

    @classmethod
    def build(
        cls, dataset: Dataset, ids: IdRows | None = None, places_shared: bool = False
    ) -> EventStore:
        """Sort the events and index them; vectorised where the work grows with the events.

        ``ids``: the row of each id in ``dataset.events``, if the loader has it (validation
        makes it): renumbered rather than made again. ``places_shared``: as the loader said.
        """
        events = dataset.events
        count = len(events)
        read = _read_events(events)
        order = time_order(read.starts, read.ends, read.ids)
        ordered: list[Event] = []
        for first in range(0, count, _READ_SLICE):  # a slice at a time: see _READ_SLICE
            ordered.extend(map(events.__getitem__, order[first : first + _READ_SLICE].tolist()))
        if ids is not None and len(ids) == count:
            time_rows = np.empty(count, dtype=np.int64)
            time_rows[order] = np.arange(count, dtype=np.int64)
            rows_by_id = ids.renumbered(time_rows)
        else:  # an id twice keeps its first row in time order
            rows_by_id = IdRows([ordered_event.id for ordered_event in ordered])
        start_times, end_times = read.starts[order], read.ends[order]
        facts = RowFacts(
            read.kinds[order], read.instants[order], np.flatnonzero(read.with_causes[order])
        )
        # All of it here, off the UI thread when a file loads.
        return cls(
            dataset=dataset,
            events=ordered,
            start_times=start_times,
            end_times=end_times,
            rows_by_id=rows_by_id,
            led_to=led_to_index(events),
            facts=facts,
            time_index=EventIndex.of_arrays(start_times, end_times),
            places_shared=places_shared,
        )


def time_order(starts: FloatArray, ends: FloatArray, ids: Sequence[str]) -> IntArray:
    """Row numbers sorted by (start, end, id, row): numpy sorts the times, Python only breaks
    ties (numpy's sort is stable, so a run of ties is in row order before it is sorted by id)."""
    order: IntArray = np.lexsort((ends, starts)).astype(np.int64)
    if len(order) < 2:
        return order
    sorted_starts, sorted_ends = starts[order], ends[order]
    tied = (sorted_starts[1:] == sorted_starts[:-1]) & (sorted_ends[1:] == sorted_ends[:-1])
    if not tied.any():
        return order
    # Runs of equal times: [run_start, run_end) in sorted positions, each sorted by id.
    edges = np.diff(np.concatenate(([0], tied.astype(np.int8), [0])))
    run_starts = np.flatnonzero(edges == 1)
    run_ends = np.flatnonzero(edges == -1) + 1
    for begin, end in zip(run_starts.tolist(), run_ends.tolist(), strict=True):
        run = order[begin:end].tolist()
        run.sort(key=ids.__getitem__)
        order[begin:end] = run
    return order


class _EventsRead(NamedTuple):
    """What the store needs of each event, in the dataset's order."""

    starts: FloatArray
    ends: FloatArray
    kinds: CodeArray
    instants: CodeArray
    with_causes: npt.NDArray[np.bool_]
    ids: list[str]


def _read_events(events: list[Event]) -> _EventsRead:
    """Each event's times, kind, instant-ness, causes and id, read in one pass over the events
    (a million events lie all over memory: each further pass would cost as much again), a slice
    at a time in C (see _SLICE). The dates are few and shared, so their times are quick."""
    count = len(events)
    starts, ends = np.zeros(count), np.zeros(count)
    kinds, instants = np.zeros(count, np.int8), np.zeros(count, np.int8)
    with_causes = np.zeros(count, np.bool_)
    ids: list[str] = []
    for first, part in _slices(events, _READ_SLICE):
        size, rows = len(part), slice(first, first + len(part))
        start_dates, end_dates, kind_names, part_ids, causes = zip(*map(_FACTS, part), strict=True)
        ids.extend(part_ids)
        starts[rows] = np.fromiter(map(START_TIME, start_dates), np.float64, size)
        instant = np.fromiter(map(is_, end_dates, repeat(None)), np.bool_, size)
        instants[rows] = instant
        ends[rows] = np.fromiter(map(END_TIME, start_dates), np.float64, size)
        if not instant.all():
            spans = np.flatnonzero(~instant)
            ends[first + spans] = np.fromiter(
                map(END_TIME, filter(None, end_dates)), np.float64, len(spans)
            )
        kinds[rows] = np.fromiter(map(_KIND_CODES.get, kind_names, repeat(0)), np.int8, size)
        with_causes[rows] = np.fromiter(map(bool, causes), np.bool_, size)
    return _EventsRead(starts, ends, kinds, instants, with_causes, ids)


def _slices(events: list[Event], size: int = _SLICE) -> Iterator[tuple[int, list[Event]]]:
    for first in range(0, len(events), size):
        yield first, events[first : first + size]


#: Each place text met, by its (language, text) pairs: see :func:`share_equal_places`.
Places = dict[tuple[tuple[str, str], ...], dict[str, str]]


def share_equal_places(events: list[Event], places: Places | None = None) -> None:
    """Let events in the same place share one text of it: a catalogue names a few places many
    times (a fifth of the memory of a million events, were each place its own). A slice of
    events at a time (see _SLICE); a reader on another thread sees one equal text or the other.

    ``places``: the texts met so far, for events given a part at a time (as a file loads).
    """
    if places is None:
        places = {}
    for _, part in _slices(events):
        own = list(map(_PLACE, part))
        shared = map(places.setdefault, map(tuple, map(dict.items, own)), own)
        any(map(setattr, part, repeat("place"), shared))


def led_to_index(events: Iterable[Event]) -> dict[str, list[str]]:
    """For each event id, the ids of the events that name it as a cause (once each, never
    itself), in the order of ``events``."""
    effects: dict[str, list[str]] = {}
    for event in events:
        for cause in dict.fromkeys(event.causes):
            if cause != event.id:
                effects.setdefault(cause, []).append(event.id)
    return effects

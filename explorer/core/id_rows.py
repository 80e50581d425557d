"""Each event id's row, for a million events, built without a long pause of the interpreter.

A dict of a million ids grows by copying itself whole: its last growth alone holds the
interpreter for ~100 ms, and a window waiting for it while a file loads in a thread freezes
that long. The ids are kept in many small dicts instead, chosen by each id's hash, each made in
one short step.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from itertools import chain

import numpy as np
import numpy.typing as npt

#: Small dicts of ids (a power of two): ~4,000 ids each at a million events.
_SHARDS = 256
_MASK = _SHARDS - 1
#: Ids hashed per pass of a loop that runs in C (such a loop never lets another thread run; a
#: fresh id is read from memory to be hashed, so a few thousand take milliseconds).
_SLICE = 4_096


class IdRows(Collection[str]):
    """The first row of each id among ``ids`` (the ids of the rows, in row order)."""

    _renumbered: npt.NDArray[np.int64] | None = None

    def __init__(self, ids: list[str]) -> None:
        shard_of = np.zeros(len(ids), dtype=np.int64)
        for first in range(0, len(ids), _SLICE):
            part = ids[first : first + _SLICE]
            shard_of[first : first + len(part)] = np.fromiter(map(hash, part), np.int64, len(part))
        shard_of &= _MASK
        rows = np.argsort(shard_of, kind="stable")  # grouped by shard, ascending within each
        bounds = np.searchsorted(shard_of[rows], np.arange(_SHARDS + 1)).tolist()
        self._shards: list[dict[str, int]] = []
        for shard in range(_SHARDS):
            # Last row first: where an id repeats, its first row is written last and stays.
            descending = rows[bounds[shard] : bounds[shard + 1]][::-1].tolist()
            named = map(ids.__getitem__, descending)
            self._shards.append(dict(zip(named, descending, strict=True)))

    def get(self, event_id: str, default: int = -1) -> int:
        row = self._shards[hash(event_id) & _MASK].get(event_id, -1)
        if row < 0:
            return default
        return row if self._renumbered is None else int(self._renumbered[row])

    def renumbered(self, new_rows: npt.NDArray[np.int64]) -> IdRows:
        """The same ids, each at ``new_rows[its row]``: the rows put in another order, found
        without hashing a million ids again."""
        moved = object.__new__(IdRows)
        moved._shards = self._shards
        moved._renumbered = new_rows if self._renumbered is None else new_rows[self._renumbered]
        return moved

    def __contains__(self, event_id: object) -> bool:
        return isinstance(event_id, str) and event_id in self._shards[hash(event_id) & _MASK]

    def __iter__(self) -> Iterator[str]:
        return chain.from_iterable(self._shards)

    def __len__(self) -> int:
        return sum(map(len, self._shards))

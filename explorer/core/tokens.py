"""Splitting many texts into white-space separated tokens, each distinct token numbered once.

The loops over tokens run in C (``str.split``, ``map`` and a ``defaultdict`` that numbers a token
the first time it is met), a batch of texts at a time: a loop in C never lets another thread
run, so a batch is kept small enough that the UI thread waits at most a few milliseconds when
an index is built behind it. (A numpy version that hashes code points was measured: it costs
the same, and two tokens could share a hash.)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import count, islice, repeat
from operator import contains

import numpy as np
import numpy.typing as npt

Tokens = npt.NDArray[np.int32]
#: Put between the texts of a batch to split them all at once: a control character that is no
#: white space, so it stays a token of its own (a text that holds one has it made a space).
_BETWEEN = "\x00"
Counts = npt.NDArray[np.int64]

#: Texts per batch: ~60,000 tokens of a catalogue's texts, numbered in ~10 ms.
BATCH_ROWS = 1024


def _batches(texts: Iterable[str]) -> Iterator[list[str]]:
    iterator = iter(texts)
    while batch := list(islice(iterator, BATCH_ROWS)):
        yield batch


def tokenize(texts: Iterable[str]) -> tuple[list[str], list[tuple[Tokens, Counts]]]:
    """The distinct tokens (numbered in order of first appearance), and for each batch of texts
    their tokens' numbers, text after text, with the number of tokens of each text."""
    numbers: defaultdict[str, int] = defaultdict(count().__next__)
    number_of = numbers.__getitem__
    number_of(_BETWEEN)  # number 0: the mark between two texts, which no text holds
    batches: list[tuple[Tokens, Counts]] = []
    for batch in _batches(texts):
        if any(map(contains, batch, repeat(_BETWEEN))):  # a text holding the mark: a space
            batch = [text.replace(_BETWEEN, " ") for text in batch]
        # One split for the whole batch, the texts told apart by the mark between them.
        words = f" {_BETWEEN} ".join(batch).split()
        numbered = np.fromiter(map(number_of, words), np.int32, len(words))
        between = np.flatnonzero(numbered == 0)
        counts = np.diff(between, prepend=-1, append=len(numbered)) - 1
        batches.append((numbered[numbered != 0] - 1, counts.astype(np.int64)))
    return list(numbers)[1:], batches

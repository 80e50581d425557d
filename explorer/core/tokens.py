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
from itertools import chain, count, islice

import numpy as np
import numpy.typing as npt

Tokens = npt.NDArray[np.int32]
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
    batches: list[tuple[Tokens, Counts]] = []
    for batch in _batches(texts):
        split = list(map(str.split, batch))
        counts = np.fromiter(map(len, split), np.int64, len(split))
        tokens = np.fromiter(map(number_of, chain.from_iterable(split)), np.int32)
        batches.append((tokens, counts))
    return list(numbers), batches

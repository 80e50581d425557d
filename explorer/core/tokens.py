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
BETWEEN_TEXTS = "\x00"
Counts = npt.NDArray[np.int64]

#: Texts per batch: ~60,000 tokens of a catalogue's texts, numbered in ~10 ms. A multiple of 8,
#: so that a batch's rows fill whole bytes of a bitmap.
BATCH_ROWS = 1024


def batches(texts: Iterable[str]) -> Iterator[list[str]]:
    """The texts, :data:`BATCH_ROWS` at a time."""
    iterator = iter(texts)
    while batch := list(islice(iterator, BATCH_ROWS)):
        yield batch


class Tokenizer:
    """Numbers the tokens of batch after batch of texts, each distinct token once."""

    def __init__(self) -> None:
        self._numbers: defaultdict[str, int] = defaultdict(count().__next__)
        self._number_of = self._numbers.__getitem__
        self._number_of(BETWEEN_TEXTS)  # number 0: the mark between two texts, which no text holds
        self._told = 1

    def numbered(self, batch: list[str]) -> tuple[Tokens, Counts]:
        """The numbers of the batch's tokens, text after text, and how many each text has."""
        if any(map(contains, batch, repeat(BETWEEN_TEXTS))):  # a text holding the mark: a space
            batch = [text.replace(BETWEEN_TEXTS, " ") for text in batch]
        # One split for the whole batch, the texts told apart by the mark between them.
        words = f" {BETWEEN_TEXTS} ".join(batch).split()
        numbered = np.fromiter(map(self._number_of, words), np.int32, len(words))
        between = np.flatnonzero(numbered == 0)
        counts = np.diff(between, prepend=-1, append=len(numbered)) - 1
        return numbered[numbered != 0] - 1, counts.astype(np.int64)

    def new_tokens(self) -> list[str]:
        """The tokens first met since the last call, in the order of their numbers."""
        new = len(self._numbers) - self._told
        self._told = len(self._numbers)
        return list(islice(reversed(self._numbers), new))[::-1]

    def number_of(self, token: str) -> int:
        """The token's number; a token not met yet is numbered now (and is new)."""
        return self._number_of(token) - 1

    def __len__(self) -> int:
        """How many distinct tokens are numbered."""
        return len(self._numbers) - 1

    def tokens(self) -> list[str]:
        """Every token numbered, in the order of their numbers."""
        tokens = list(self._numbers)
        del tokens[0]  # the mark between texts
        return tokens

"""Search: case-, accent- and Arabic-diacritic-insensitive matching of events' texts and dates."""

from __future__ import annotations

import mmap
import sys
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from explorer.core.dates import PartialDate, format_span
from explorer.core.labels import LANGUAGES
from explorer.core.schema import Event
from explorer.core.texts_in_file import SummaryUnavailable, summaries_of, summary_in_memory
from explorer.core.tokens import BETWEEN_TEXTS, Tokenizer, batches

# Arabic letter variants folded to one form, so "احمد" finds "أحمد" and "مدرسه" finds "مدرسة".
_ARABIC_FOLDS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ـ": None,  # tatweel, a stretching stroke with no meaning
        # Arabic-Indic and Persian digits read as the digits they are: "١٩٩١" finds 1991
        **{chr(0x0660 + digit): str(digit) for digit in range(10)},
        **{chr(0x06F0 + digit): str(digit) for digit in range(10)},
    }
)


@cache
def _strip_and_fold() -> list[int | str | None]:
    """One translation table, indexed by code point: every combining mark dropped, then the
    Arabic folds. A list (up to the last combining mark) translates ~3× faster than a dict;
    a character past its end is kept as it is.
    """
    last = max(code for code in range(sys.maxunicode + 1) if unicodedata.combining(chr(code)))
    table: list[int | str | None] = list(range(last + 1))
    for code in range(0x0300, last + 1):
        if unicodedata.combining(chr(code)):
            table[code] = None
    for code, replacement in _ARABIC_FOLDS.items():
        table[code] = replacement
    return table


def normalize_for_search(text: str) -> str:
    """Fold case, strip combining marks (Latin accents, Arabic harakat) and unify Arabic letters."""
    folded = text.casefold()
    if folded.isascii():  # nothing to decompose, strip or fold
        return folded
    return unicodedata.normalize("NFKD", folded).translate(_strip_and_fold())


def matches(query: str, text: str) -> bool:
    """Whether every word of ``query`` occurs in ``text``, ignoring case and diacritics."""
    haystack = normalize_for_search(text)
    return all(word in haystack for word in normalize_for_search(query).split())


def event_date_texts(event: Event) -> list[str]:
    """The event's dates as ISO text and as the app writes them in each language.

    So "1991-12", "December 1991", "ديسمبر 1991" and "كانون الأول 1991" all find an event of
    8 December 1991.
    """
    parts = [event.start.iso()]
    if event.end is not None:
        parts.append(event.end.iso())
    parts.extend(format_span(event.start, event.end, language) for language in LANGUAGES)
    if event.end is not None:  # "19 August 1991" finds "19–22 August 1991"
        parts.extend(
            date.format(language) for date in (event.start, event.end) for language in LANGUAGES
        )
    return parts


def event_search_text(event: Event) -> str:
    """Every text of an event in every language and its dates, joined, for a search to match."""
    summary = _searchable_summaries([event])[0]
    return "\n".join([*_texts_without_dates(event, summary), *event_date_texts(event)])


def _texts_without_dates(event: Event, summary: dict[str, str]) -> list[str]:
    parts: list[str] = [event.id]
    for texts in (event.title, summary, event.place, event.display_date):
        parts.extend(texts.values())
    for participant in event.participants:
        parts.extend(participant.party.values())
        for representative in participant.representatives:
            parts.extend(representative.name.values())
            parts.extend(representative.office.values())
    return parts


def _searchable_summaries(events: Sequence[Event]) -> list[dict[str, str]]:
    """The events' summaries; those that can no longer be read from their file are not
    searched (showing the event says why)."""
    try:
        return summaries_of(events)
    except SummaryUnavailable:
        return [summary_in_memory(event) or {} for event in events]


def _event_search_texts(events: Sequence[Event]) -> Iterator[str]:
    """:func:`event_search_text` of each event; the dates written out once per distinct span."""
    date_texts: dict[tuple[PartialDate, PartialDate | None], str] = {}
    for first in range(0, len(events), _SLICE):
        part = events[first : first + _SLICE]
        for event, summary in zip(part, _searchable_summaries(part), strict=True):
            span = (event.start, event.end)
            dates = date_texts.get(span)
            if dates is None:
                dates = date_texts[span] = "\n".join(event_date_texts(event))
            yield "\n".join(_texts_without_dates(event, summary)) + "\n" + dates


def event_matches(query: str, event: Event) -> bool:
    return matches(query, event_search_text(event))


#: A token in at least 1/_FREQUENT_SHARE of the rows gets a bitmap of its rows rather than a
#: list of them; at most _MAX_FREQUENT tokens do (a bitmap is one bit per row).
_FREQUENT_SHARE = 16
_MAX_FREQUENT = 64
#: Rows whose tokens decide which tokens get bitmaps (see :class:`_IndexBuilder`).
SAMPLE_ROWS = 65_536
#: Tokens handled per pass of a loop that runs in C (see :func:`_slices`).
_SLICE = 16_384
_NEWLINE = ord("\n")

Tokens = npt.NDArray[np.int32]
Rows = npt.NDArray[np.int64]
Mask = npt.NDArray[np.bool_]
Codes = npt.NDArray[np.uint16] | npt.NDArray[np.uint32]


class SearchIndex:
    """Every event's search text as tokens, for matching a query against all of them at once.

    A query word holds no white space, so it occurs in a text exactly when it occurs inside one
    of the text's white-space separated tokens. The index keeps each distinct token once (all
    in one array of code points, searched by numpy), a bitmap of rows for the few tokens most
    rows have, and for each other token the list of its rows. A word is matched against the
    distinct tokens only, and its rows follow from numpy passes over arrays, never from a
    Python step per row. Only the distinct tokens are normalized; the tokens kept are those met
    and their normalized forms (most tokens are both), and only normalized ones have rows.

    ``rows`` follow the order the texts were given in (the store's time order).
    """

    def __init__(self, texts: Iterable[str], tokens_met: Sequence[str] = ()) -> None:
        """``tokens_met``: some of the texts' tokens, numbered first: the index then holds
        these strings, not equal ones of its own (an event's id is one of its tokens)."""
        built = _IndexBuilder()
        for part in _slices(list(tokens_met)):
            built.meet(part)
        for batch in batches(texts):
            built.add(batch)
        vocabulary = built.vocabulary()
        self._rows = built.rows
        self._vocabulary_size = len(vocabulary)
        self._vocabulary_codes = _code_points(vocabulary)
        lengths = _joined(
            [np.fromiter(map(len, part), np.int64, len(part)) for part in _slices(vocabulary)],
            np.int64,
        )
        self._vocabulary_starts = np.cumsum(lengths + 1) - lengths - 1
        del vocabulary
        self._frequent_slot = built.frequent_slots(self._vocabulary_size)
        self._bitmaps = built.bitmaps()
        self._postings, self._posting_starts = built.postings(self._vocabulary_size)
        self._posting_counts = np.diff(self._posting_starts)
        self._cache: dict[str, Mask] = {}

    @classmethod
    def of_events(cls, events: Sequence[Event]) -> SearchIndex:
        return cls(_event_search_texts(events), [event.id for event in events])

    def __len__(self) -> int:
        return self._rows

    def matching_rows(self, query: str) -> Rows:
        """The rows whose text holds every word of ``query``, ascending (all rows for "")."""
        words = normalize_for_search(query).split()
        if not words:
            return np.arange(self._rows, dtype=np.int64)
        return np.flatnonzero(self._mask_of_words(words)).astype(np.int64)

    def mask(self, query: str) -> Mask:
        """One flag per row: whether it matches ``query``."""
        words = normalize_for_search(query).split()
        if not words:
            return np.ones(self._rows, dtype=bool)
        return self._mask_of_words(words).copy()

    # --- matching --------------------------------------------------------------------------------

    def _mask_of_words(self, words: list[str]) -> Mask:
        result: Mask | None = None
        for word in sorted(set(words), key=len, reverse=True):  # the longest rules out most
            mask = self._word_mask(word)
            result = mask if result is None else result & mask
            if not result.any():
                break
        assert result is not None
        return result

    def _word_mask(self, word: str) -> Mask:
        """The rows holding ``word``; the last few words' rows are kept (typing repeats them)."""
        mask = self._cache.get(word)
        if mask is None:
            mask = self._rows_with_tokens(self._tokens_containing(word))
            mask.flags.writeable = False
            if len(self._cache) >= 16:
                self._cache.pop(next(iter(self._cache)))
            self._cache[word] = mask
        return mask

    def _tokens_containing(self, word: str) -> Tokens:
        """The numbers of the distinct tokens that hold ``word``, ascending.

        numpy compares the word's first code point with every code point of the tokens, then
        checks its next code points at the candidates left; newlines separate the tokens, and
        no word holds one, so a hit never spans two tokens.
        """
        codes = self._vocabulary_codes
        wanted = np.frombuffer(word.encode("utf-32-le", "surrogatepass"), np.uint32)
        if not len(wanted) or int(wanted.max()) > np.iinfo(codes.dtype).max:
            return np.zeros(0, np.int32)
        hits = np.flatnonzero(codes[: max(len(codes) - len(wanted) + 1, 0)] == wanted[0])
        for offset in range(1, len(wanted)):
            hits = hits[codes[hits + offset] == wanted[offset]]
        tokens: npt.NDArray[np.signedinteger[Any]]
        if len(hits) > len(codes) // 64:  # very many: number every position once
            tokens = np.cumsum(codes == _NEWLINE, dtype=np.int32)[hits]
        else:
            tokens = np.searchsorted(self._vocabulary_starts, hits, side="right") - 1
        # Distinct and ascending by flags over the vocabulary: a pass over its size, cheaper
        # than sorting the hits when there are many (a word like "19" is in most dates).
        found = np.zeros(self._vocabulary_size, dtype=bool)
        found[tokens] = True
        return np.flatnonzero(found).astype(np.int32)

    def _rows_with_tokens(self, tokens: Tokens) -> Mask:
        """One flag per row: whether the row holds any of ``tokens``."""
        mask = np.zeros(self._rows, dtype=bool)
        if not len(tokens):
            return mask
        slots = self._frequent_slot[tokens]
        frequent = slots[slots >= 0]
        if len(frequent):
            bits = np.bitwise_or.reduce(self._bitmaps[frequent], axis=0)
            mask |= np.unpackbits(bits, count=self._rows).astype(bool)
        rare = tokens[slots < 0]
        if len(rare):
            first, lengths = self._posting_starts[rare], self._posting_counts[rare]
            if int(lengths.sum()) < len(self._postings) // 4:
                mask[self._postings[_ranges(first, lengths)]] = True
            else:  # most of the rows listed: one pass over all of them
                wanted = np.zeros(self._vocabulary_size, dtype=bool)
                wanted[rare] = True
                mask[self._postings[np.repeat(wanted, self._posting_counts)]] = True
        return mask


def _ranges(starts: Rows, lengths: Rows) -> Rows:
    """``starts[0]…starts[0]+lengths[0]-1``, then the same for each next range, in one array."""
    total = int(lengths.sum())
    offsets = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
    return np.arange(total, dtype=np.int64) + offsets


class _IndexBuilder:
    """Takes the texts a batch at a time and files each token's rows as it goes.

    The rows of the tokens most rows have go into bitmaps, the others into (token, row) pairs.
    Which tokens those are is decided from the first :data:`SAMPLE_ROWS` rows (all of them,
    for a smaller index): a token frequent only later is filed by pairs, which is as correct,
    and nothing of all the texts' tokens is held until the end.
    """

    def __init__(self) -> None:
        self._tokenizer = Tokenizer()
        self._to_normalized = _TokenMap()
        self.rows = 0
        self._sample: list[tuple[Tokens, Rows]] | None = []
        self._sample_rows = 0
        self._slot_of = np.zeros(0, np.int32)
        self._frequent = 0
        self._bitmaps: list[npt.NDArray[np.uint8]] = []
        self._pairs = _MappedValues()

    def meet(self, tokens: list[str]) -> None:
        """Number these tokens now (see :class:`SearchIndex`)."""
        deque(map(self._tokenizer.number_of, tokens), maxlen=0)

    def add(self, batch: list[str]) -> None:
        raw_tokens, counts = self._tokenizer.numbered(batch)
        self._to_normalized.extend(_normalized(self._tokenizer))
        tokens, counts = self._to_normalized.apply(raw_tokens, counts)
        if self._sample is None:
            self._file(tokens, counts)
            return
        self._sample.append((tokens, counts))
        self._sample_rows += len(counts)
        if self._sample_rows >= SAMPLE_ROWS:
            self._choose_frequent()

    def _choose_frequent(self) -> None:
        """Bitmaps for the tokens in at least 1/_FREQUENT_SHARE of the sample's rows."""
        sample, self._sample = self._sample or [], None
        size = len(self._tokenizer)
        occurrences = np.bincount(
            _joined([tokens for tokens, _ in sample], np.int32), minlength=size
        )
        candidates = np.flatnonzero(
            (occurrences * _FREQUENT_SHARE >= self._sample_rows) & (occurrences >= 2)
        )
        frequent = candidates[np.argsort(-occurrences[candidates], kind="stable")][:_MAX_FREQUENT]
        self._slot_of = np.full(size, -1, dtype=np.int32)
        self._slot_of[frequent] = np.arange(len(frequent), dtype=np.int32)
        self._frequent = len(frequent)
        for tokens, counts in sample:
            self._file(tokens, counts)

    def _file(self, tokens: Tokens, counts: Rows) -> None:
        """One batch's tokens into the bitmaps (a whole byte of them per 8 rows) and pairs."""
        row_of = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
        slots = np.full(len(tokens), -1, dtype=np.int32)
        known = tokens < len(self._slot_of)  # tokens met after the sample are never frequent
        slots[known] = self._slot_of[tokens[known]]
        is_frequent = slots >= 0
        bits = np.zeros((self._frequent, len(counts)), dtype=bool)
        bits[slots[is_frequent], row_of[is_frequent]] = True
        self._bitmaps.append(np.packbits(bits, axis=1))
        rare = ~is_frequent
        self._pairs.extend(tokens[rare].astype(np.int64) << 32 | row_of[rare] + self.rows)
        self.rows += len(counts)

    def vocabulary(self) -> list[str]:
        """Every distinct token, as met or normalized, by number, once every batch is filed (a
        sample not yet decided on is, now)."""
        if self._sample is not None:
            self._choose_frequent()
        vocabulary = self._tokenizer.tokens()
        del self._tokenizer, self._to_normalized  # their numbering is no longer needed
        return vocabulary

    def frequent_slots(self, size: int) -> Tokens:
        """Each token's bitmap, or -1."""
        slots = np.full(size, -1, dtype=np.int32)
        slots[: len(self._slot_of)] = self._slot_of
        return slots

    def bitmaps(self) -> npt.NDArray[np.uint8]:
        if not self._bitmaps:
            return np.zeros((self._frequent, 0), dtype=np.uint8)
        return np.concatenate(self._bitmaps, axis=1)

    def postings(self, size: int) -> tuple[Tokens, Rows]:
        """The rows of each token, token by token: ``rows[starts[t]:starts[t + 1]]`` hold ``t``.

        One sort of the (token, row) pairs packed in 64-bit integers, which numpy sorts in SIMD;
        the pairs are moved into one array a chunk at a time, so they are never there twice,
        and the rows are then taken out into the first half of that array, which is cut to it.
        """
        pairs = self._pairs.moved_out()
        pairs.sort()
        starts = np.searchsorted(pairs, np.arange(size + 1, dtype=np.int64) << 32).astype(np.int64)
        count = len(pairs)
        halves = pairs.view(np.int32)
        step = 1 << 20
        for first in range(0, count, step):
            # The rows of pairs [first, end) go to halves [first, end): bytes of pairs read
            # already, in this slice or before it.
            end = min(first + step, count)
            halves[first:end] = pairs[first:end] & 0xFFFFFFFF
        del halves
        pairs.resize((count + 1) // 2, refcheck=False)  # the room of the pairs' second half
        return pairs.view(np.int32)[:count], starts


class _MappedValues:
    """64-bit integers appended in chunks of anonymous memory, each given back to the system
    as soon as it is moved out.

    Small arrays freed stay in the process (the allocator keeps them for reuse): a hundred
    megabytes of pairs kept as batches would still take their room when they are joined.
    """

    CHUNK = 1 << 20

    def __init__(self) -> None:
        self._chunks: list[tuple[mmap.mmap, Rows]] = []
        self._filled = self.CHUNK  # of the last chunk: full, so the first value makes one

    def extend(self, values: Rows) -> None:
        while len(values):
            if self._filled == self.CHUNK:
                memory = mmap.mmap(-1, self.CHUNK * 8)
                self._chunks.append((memory, np.frombuffer(memory, np.int64)))
                self._filled = 0
            room = self._chunks[-1][1][self._filled :]
            taken = min(len(values), len(room))
            room[:taken] = values[:taken]
            self._filled += taken
            values = values[taken:]

    def moved_out(self) -> Rows:
        """The values in one array; this is emptied, its memory given back chunk by chunk."""
        chunks, self._chunks = self._chunks, []
        size = len(chunks) * self.CHUNK - (self.CHUNK - self._filled if chunks else 0)
        self._filled = self.CHUNK
        values = np.empty(size, dtype=np.int64)
        chunks.reverse()
        for first in range(0, size, self.CHUNK):
            memory, chunk = chunks.pop()
            values[first : first + self.CHUNK] = chunk[: size - first]
            del chunk
            memory.close()
        return values


class _GrowingArray:
    """A numpy array that values are appended to, its room doubled when it runs out."""

    def __init__(self, dtype: Any) -> None:
        self._data = np.zeros(1024, dtype=dtype)
        self._size = 0

    def extend(self, values: npt.NDArray[Any]) -> None:
        end = self._size + len(values)
        if end > len(self._data):
            grown = np.zeros(max(end, 2 * len(self._data)), dtype=self._data.dtype)
            grown[: self._size] = self._data[: self._size]
            self._data = grown
        self._data[self._size : end] = values
        self._size = end

    @property
    def values(self) -> npt.NDArray[Any]:
        return self._data[: self._size]


class _TokenMap:
    """Token number → the numbers of its normalized tokens: its own number when it is
    normalized already (most are), another token's, or (rarely) none or several."""

    def __init__(self) -> None:
        self._to = _GrowingArray(np.int32)
        #: The tokens that normalize to none or several tokens, and these (their ``_to`` is -1).
        self._split: dict[int, list[int]] = {}

    def extend(self, normalized: Normalized) -> None:
        """Add the next tokens (see :func:`_normalized`)."""
        self._to.extend(normalized.numbers)
        self._split.update(normalized.split)

    def apply(self, tokens: Tokens, counts: Rows) -> tuple[Tokens, Rows]:
        """The normalized token numbers of one batch, and their count per text."""
        mapped = self._to.values[tokens]
        split = np.flatnonzero(mapped < 0)
        if not len(split):
            return mapped, counts
        parts = [self._split[token] for token in tokens[split].tolist()]
        per_token = np.ones(len(tokens), np.int64)
        per_token[split] = [len(part) for part in parts]
        flat = np.repeat(mapped, per_token)
        ends = np.cumsum(per_token)
        for at, part in zip(split.tolist(), parts, strict=True):
            flat[ends[at] - len(part) : ends[at]] = part
        row_of = np.repeat(np.arange(len(counts)), counts)
        new_counts = np.bincount(row_of, weights=per_token, minlength=len(counts))
        return flat, new_counts.astype(np.int64)


class Normalized(NamedTuple):
    """The normalized token of each of some tokens (-1: it has none, or several)…"""

    numbers: Tokens
    #: …and, by token number, the normalized tokens of those that have none or several.
    split: dict[int, list[int]]


def _normalized(tokenizer: Tokenizer) -> Normalized:
    """The normalized tokens of each token the tokenizer met since it was last asked.

    Normalized tokens are numbered by the same tokenizer: a token met already normalized, as
    most are, is its own normalized token; others are met as new tokens the next time.
    Normalizing can drop a token (only marks) or split one (a spacing accent such as "¨"
    decomposes to a space and a mark), so a token maps to zero, one or more tokens.
    """
    new = tokenizer.new_tokens()
    first = len(tokenizer) - len(new)  # the number of the first of them
    numbers: list[Tokens] = []
    split: dict[int, list[int]] = {}
    for start in range(0, len(new), _SLICE):
        part = new[start : start + _SLICE]
        # Case is folded for the whole slice in one call: for an ASCII token that is all
        # normalizing does. Only the others (Arabic, accented letters) go one by one.
        folded = "\n".join(part).casefold().split("\n")
        for i in [i for i, token in enumerate(folded) if not token.isascii()]:
            words = normalize_for_search(part[i]).split()
            if len(words) == 1:
                folded[i] = words[0]
            else:  # numbered -1, as the mark between texts is
                folded[i] = BETWEEN_TEXTS
                split[first + start + i] = list(map(tokenizer.number_of, words))
        numbers.append(np.fromiter(map(tokenizer.number_of, folded), np.int32, len(folded)))
    return Normalized(_joined(numbers, np.int32), split)


def _slices(items: list[str]) -> Iterator[list[str]]:
    """``items`` a slice at a time: a loop in C over a million of them would hold the
    interpreter for a noticeable time, and the UI thread waits for it."""
    for first in range(0, len(items), _SLICE):
        yield items[first : first + _SLICE]


def _joined(parts: list[Any], dtype: Any) -> Any:
    return np.concatenate(parts).astype(dtype) if parts else np.zeros(0, dtype)


def _code_points(strings: list[str]) -> Codes:
    """The strings joined by newlines as an array of code points (16 bits when they fit)."""
    text = "\n".join(["\n".join(part) for part in _slices(strings)])
    units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), np.uint16)
    if not np.any((units >= 0xD800) & (units < 0xE000)):  # no surrogate: one unit a character
        return units
    del units
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)

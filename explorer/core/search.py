"""Search: case-, accent- and Arabic-diacritic-insensitive matching of events' texts and dates."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Sequence
from functools import cache

import numpy as np
import numpy.typing as npt

from explorer.core.dates import format_span
from explorer.core.labels import LANGUAGES
from explorer.core.schema import Event

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
    parts: list[str] = [event.id, *event_date_texts(event)]
    for texts in (event.title, event.summary, event.place):
        parts.extend(texts.values())
    for participant in event.participants:
        parts.extend(participant.party.values())
        for representative in participant.representatives:
            parts.extend(representative.name.values())
            parts.extend(representative.office.values())
    return "\n".join(parts)


def event_matches(query: str, event: Event) -> bool:
    return matches(query, event_search_text(event))


class SearchIndex:
    """Every event's search text, normalized once, for matching a query against all of them.

    ``rows`` follow the order the texts were given in (the store's time order). A query that
    only narrows the previous one (each earlier word inside a new one) tests only the rows that
    matched before, so typing a word letter by letter gets faster as it goes.
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = [normalize_for_search(text) for text in texts]
        self._last_words: list[str] = []
        self._last_rows: npt.NDArray[np.int64] = np.arange(len(self._texts), dtype=np.int64)

    @classmethod
    def of_events(cls, events: Sequence[Event]) -> SearchIndex:
        return cls([event_search_text(event) for event in events])

    def __len__(self) -> int:
        return len(self._texts)

    def matching_rows(self, query: str) -> npt.NDArray[np.int64]:
        """The rows whose text holds every word of ``query``, ascending (all rows for "")."""
        words = normalize_for_search(query).split()
        if not words:
            return np.arange(len(self._texts), dtype=np.int64)
        narrows = bool(self._last_words) and all(
            any(old in new for new in words) for old in self._last_words
        )
        rows = self._last_rows if narrows else np.arange(len(self._texts), dtype=np.int64)
        texts = self._texts
        for word in sorted(words, key=len, reverse=True):  # the longest word rules out most
            candidates = rows.tolist()
            keep = np.fromiter((word in texts[row] for row in candidates), bool, len(candidates))
            rows = rows[keep]
        self._last_words, self._last_rows = words, rows
        return rows

    def mask(self, query: str) -> npt.NDArray[np.bool_]:
        """One flag per row: whether it matches ``query``."""
        flags = np.zeros(len(self._texts), dtype=bool)
        flags[self.matching_rows(query)] = True
        return flags

"""Sources as numbered endnotes, the one numbering every handout-like export shares.

The handout (PDF, print, ODT), the Markdown and the HTML exports cite each event's sources by
number ("[1–6]") and list them once at the end. A source cited by several events keeps the number it
got at its first citation, and the quotes it was cited with are gathered under it. The quotes are
compact: on one line, long ones shortened at a word to about :data:`QUOTE_LIMIT` characters, and a
quote in another language than the reader's given by its translation alone.

Only the numbering and the texts live here; each exporter writes its own markup.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from explorer.core.bidi import text_direction
from explorer.core.summary import EventSummary, SourceRow

QUOTE_LIMIT = 240
"""About how many characters of a quote or a source's note an endnote shows."""


def shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    """``text`` on one line, cut at a word before ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"


def number_runs(numbers: Sequence[int]) -> list[tuple[int, int]]:
    """``numbers`` sorted, without repeats, as ``(first, last)`` runs.

    Three or more consecutive numbers make one run; shorter runs stay single numbers
    (``first == last``), since "1–2" is no shorter than "1, 2".
    """
    runs: list[tuple[int, int]] = []
    run: list[int] = []

    def close_run() -> None:
        if len(run) >= 3:
            runs.append((run[0], run[-1]))
        else:
            runs.extend((item, item) for item in run)
        run.clear()

    for number in sorted(set(numbers)):
        if run and number != run[-1] + 1:
            close_run()
        run.append(number)
    close_run()
    return runs


def number_list(numbers: Sequence[int]) -> str:
    """ "1–3, 5": the citation text of ``numbers``."""
    return ", ".join(
        str(first) if first == last else f"{first}–{last}" for first, last in number_runs(numbers)
    )


def citation_language(citation: str, document_language: str) -> str:
    """The language to lay ``citation`` out in: the document's, unless it has no letter of the
    document's direction (an English citation in an Arabic document), when it is a language of
    the other direction ("en" or "ar"), so the citation and its address keep their own order."""
    right_to_left = text_direction(document_language) == "rtl"
    own = ("R", "AL") if right_to_left else ("L",)
    classes = {unicodedata.bidirectional(char) for char in citation}
    if classes & set(own) or not classes & {"L", "R", "AL"}:
        return document_language
    return "en" if right_to_left else "ar"


@dataclass(frozen=True)
class CompactQuote:
    """A quote as an endnote shows it: shortened, or its translation for the reader."""

    text: str
    language: str
    """The language ``text`` is in; empty when the quote's language is unknown."""
    is_translation: bool


def compact_quote(source: SourceRow) -> CompactQuote | None:
    """The quote of ``source`` shortened; its translation alone when it has one; else None."""
    if source.translation:
        return CompactQuote(shorten(source.translation), source.translation_language, True)
    if source.quote:
        return CompactQuote(shorten(source.quote), source.quote_language, False)
    return None


def _source_key(source: SourceRow) -> tuple[str, str, str, str]:
    """What makes two source rows the same work: rows differing only in the quote share a note."""
    return (source.citation, source.url, source.shipped_text, source.note)


@dataclass
class Endnote:
    """One cited work: its number, the rows it was cited with and the events that cite it."""

    number: int
    rows: list[SourceRow] = field(default_factory=list)
    """One per distinct quote, in order of citation; ``rows[0]`` gives the citation itself."""
    citing_events: list[int] = field(default_factory=list)
    """The positions (in the summary's events) of the events that cite it, each once."""

    @property
    def source(self) -> SourceRow:
        return self.rows[0]

    @property
    def note(self) -> str:
        """The source's own note, shortened; empty when it has none."""
        return shorten(self.source.note) if self.source.note else ""

    def quotes(self) -> list[CompactQuote]:
        """The compact quotes of its rows, each distinct one once."""
        quotes = (compact_quote(row) for row in self.rows)
        return list(dict.fromkeys(quote for quote in quotes if quote is not None))


@dataclass
class Endnotes:
    """The endnotes of some events: the numbers each event cites, and the notes in order."""

    citations: list[list[int]]
    """For each event, in the order given, the numbers of its sources (in its own order)."""
    notes: list[Endnote]
    """Numbered 1, 2, … in order of first citation."""


def number_sources(events: Sequence[EventSummary]) -> Endnotes:
    """Numbers the sources of ``events`` in order of first citation, one number per work."""
    by_key: dict[tuple[str, str, str, str], Endnote] = {}
    citations: list[list[int]] = []
    for position, event in enumerate(events):
        numbers: list[int] = []
        for source in event.sources:
            note = by_key.setdefault(_source_key(source), Endnote(len(by_key) + 1))
            if source not in note.rows:
                note.rows.append(source)
            if position not in note.citing_events:
                note.citing_events.append(position)
            numbers.append(note.number)
        citations.append(numbers)
    return Endnotes(citations, list(by_key.values()))

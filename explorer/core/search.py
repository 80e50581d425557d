"""Search: case-, accent- and Arabic-diacritic-insensitive matching of events' texts and dates."""

from __future__ import annotations

import unicodedata

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


def normalize_for_search(text: str) -> str:
    """Fold case, strip combining marks (Latin accents, Arabic harakat) and unify Arabic letters."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return stripped.translate(_ARABIC_FOLDS)


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

"""Text normalization for search: case-, accent- and Arabic-diacritic-insensitive matching."""

from __future__ import annotations

import unicodedata

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


def event_search_text(event: Event) -> str:
    """Every text of an event in every language, joined, for a search to match against."""
    parts: list[str] = [event.id]
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

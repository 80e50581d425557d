"""Bidirectional isolation: keeping an Arabic phrase in English text (and the reverse) in one piece.

The Unicode bidi algorithm lets a run of the other direction pull neighbouring neutrals (brackets,
periods, numbers) into its own order, so "voted (مجلس…)." or "142-Н" inside Arabic come out
scrambled. Wrapping each foreign run in an isolate (U+2068 FSI … U+2069 PDI in plain text,
``<bdi>`` in HTML) keeps the run's inside in its own order and makes it act as one neutral
character outside. One function decides where the runs are, for every exporter and the window.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator

from explorer.core.labels import text_direction

__all__ = [
    "FSI",
    "LRI",
    "PDI",
    "RLI",
    "foreign_runs",
    "isolate",
    "isolate_html",
    "isolate_in",
    "text_and_language",
    "text_direction",
]

FSI = "\u2068"
PDI = "\u2069"
LRI = "\u2066"
RLI = "\u2067"

_ISOLATE_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
_EMBEDDING_OPENERS = frozenset("\u202a\u202b\u202d\u202e")  # LRE, RLE, LRO, RLO
_POP_EMBEDDING = "\u202c"  # PDF
_MARKS = frozenset("\u200e\u200f\u061c")  # LRM, RLM, ALM: strong, but never start a run
_RIGHT_TO_LEFT_CLASSES = frozenset({"R", "AL"})
# Characters that stay in a run when they touch it with no space between: "142-Н", "Н-142", "1991م".
_ATTACHED_CLASSES = frozenset({"EN", "AN", "ES", "ET", "NSM", "BN"})

# Brackets and quotes a run keeps both halves of: "(العليا)" at the end of a run stays whole.
_CLOSERS = {
    "(": ")",
    "[": "]",
    "{": "}",
    "«": "»",
    "“": "”",
    "‘": "’",
    "\u2039": "\u203a",
    '"': '"',
}
_OPENERS = {closer: opener for opener, closer in _CLOSERS.items()}
_SENTENCE_PUNCTUATION = frozenset(".,;:!?…،؛؟")

# Per character, what it is relative to the paragraph direction.
# _INSIDE: an explicit isolate or embedding the text already has, its initiator and terminator too.
_BASE, _OTHER, _MARK_OTHER, _ATTACHED, _NEUTRAL, _INSIDE, _SEPARATOR = range(7)


def text_and_language(texts: dict[str, str], language: str) -> tuple[str, str]:
    """The text in ``language`` and that language; when it falls back, the language it fell back to.

    Chooses as :func:`explorer.core.schema.text_in` does (the language, else English, else any), so
    a paragraph can take the direction of the text it really shows, not of the document.
    """
    if language in texts:
        return texts[language], language
    if "en" in texts:
        return texts["en"], "en"
    for other, text in texts.items():
        return text, other
    return "", language


# Where right-to-left letters live: every character of class R or AL is in these blocks, or is RLM.
_RIGHT_TO_LEFT_BLOCKS = (
    "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff"
)
_EXPLICIT = "\u202a-\u202e\u2066-\u2069"
# A text with none of these has no right-to-left letter and nothing explicit: nothing to isolate
# in a left-to-right paragraph.
_MAY_HOLD_RIGHT_TO_LEFT = re.compile(f"[{_RIGHT_TO_LEFT_BLOCKS}\u200f{_EXPLICIT}]")
# A text made only of these (right-to-left blocks, spaces, digits, punctuation) has no
# left-to-right letter: nothing to isolate in a right-to-left paragraph.
_MAY_HOLD_LEFT_TO_RIGHT = re.compile(
    f"[^{_RIGHT_TO_LEFT_BLOCKS}\\s0-9!-/:-@\\[-`{{-~\u00a0-\u00a9\u00ab-\u00b4\u00b6-\u00b9"
    "\u00bb-\u00bf\u2010-\u2027\u2030-\u205e]"
)

# What a character is, whatever the paragraph's direction; cached, as texts repeat few characters.
(
    _LEFT,
    _RIGHT,
    _LEFT_MARK,
    _RIGHT_MARK,
    _JOINER,
    _PLAIN,
    _PARAGRAPH_BREAK,
    _SEGMENT_BREAK,
    _ISOLATE_START,
    _EMBEDDING_START,
    _ISOLATE_END,
    _EMBEDDING_END,
) = range(12)
_KINDS: dict[str, int] = {}


def _kind(char: str) -> int:
    kind = _KINDS.get(char)
    if kind is None:
        kind = _KINDS[char] = _compute_kind(char)
    return kind


def _compute_kind(char: str) -> int:
    bidi_class = unicodedata.bidirectional(char)
    if char in _ISOLATE_OPENERS:
        return _ISOLATE_START
    if char in _EMBEDDING_OPENERS:
        return _EMBEDDING_START
    if char == PDI:
        return _ISOLATE_END
    if char == _POP_EMBEDDING:
        return _EMBEDDING_END
    if bidi_class == "L":
        return _LEFT_MARK if char in _MARKS else _LEFT
    if bidi_class in _RIGHT_TO_LEFT_CLASSES:
        return _RIGHT_MARK if char in _MARKS else _RIGHT
    # paragraph and segment separators: an isolate never spans them
    if bidi_class == "B":
        return _PARAGRAPH_BREAK
    if bidi_class == "S":
        return _SEGMENT_BREAK
    # digits, number signs, hyphens and dashes stick to a word they touch
    if bidi_class in _ATTACHED_CLASSES or unicodedata.category(char) == "Pd":
        return _JOINER
    return _PLAIN


def _roles_by_kind(right_to_left: bool) -> dict[int, int]:
    """The role of each kind of character outside explicit isolates, for a paragraph direction."""
    own, own_mark, other, other_mark = (
        (_RIGHT, _RIGHT_MARK, _LEFT, _LEFT_MARK)
        if right_to_left
        else (_LEFT, _LEFT_MARK, _RIGHT, _RIGHT_MARK)
    )
    return {
        own: _BASE,
        own_mark: _BASE,
        other: _OTHER,
        other_mark: _MARK_OTHER,
        _JOINER: _ATTACHED,
        _PLAIN: _NEUTRAL,
        _PARAGRAPH_BREAK: _SEPARATOR,
        _SEGMENT_BREAK: _SEPARATOR,
    }


_ROLES = {True: _roles_by_kind(True), False: _roles_by_kind(False)}
# Per paragraph direction, each character seen (its code point) to its role as a character.
_ROLE_TABLES: dict[bool, dict[int, str]] = {True: {}, False: {}}
# From a letter of the other direction to just before the next one of the paragraph's or a break.
_RUN_CANDIDATE = re.compile(
    bytes([ord("["), _OTHER, _MARK_OTHER, ord("]"), ord("["), ord("^"), _BASE, _SEPARATOR]) + b"]*"
)
_HAS_EXPLICIT = re.compile(f"[{_EXPLICIT}]")


def _classify(text: str, right_to_left: bool) -> bytes:
    """Each character's role for run finding; the inside of existing isolates counts as neutral.

    An explicit isolate or embedding the text already carries is left as the author made it: its
    characters, initiators and terminators included, act as neutrals at the outer level (as the bidi
    algorithm treats an isolate) that a run may hold whole but never begins or ends in, so
    isolating twice changes nothing. A terminator with nothing to close breaks runs, so that it
    cannot close one of ours.
    """
    roles_by_kind = _ROLES[right_to_left]
    if _HAS_EXPLICIT.search(text) is None:
        # the usual case: each character's role depends on the character alone
        table = _ROLE_TABLES[right_to_left]
        for char in set(text):
            if ord(char) not in table:
                table[ord(char)] = chr(roles_by_kind[_kind(char)])
        return text.translate(table).encode("ascii")
    roles: list[int] = []
    stack: list[str] = []  # open initiators, "i" for isolates and "e" for embeddings
    for char in text:
        kind = _kind(char)
        role = roles_by_kind.get(kind)
        if role is not None and (not stack or role == _SEPARATOR):
            if kind == _PARAGRAPH_BREAK:
                stack.clear()  # explicit levels end with the paragraph
            roles.append(role)
        elif kind in (_ISOLATE_START, _EMBEDDING_START):
            stack.append("i" if kind == _ISOLATE_START else "e")
            roles.append(_INSIDE)
        elif kind == _ISOLATE_END:
            if "i" not in stack:
                roles.append(_SEPARATOR)
                continue
            while stack.pop() != "i":
                pass
            roles.append(_INSIDE)
        elif kind == _EMBEDDING_END:
            if not stack:
                roles.append(_SEPARATOR)
            else:
                if stack[-1] == "e":
                    stack.pop()
                roles.append(_INSIDE)
        else:
            roles.append(_INSIDE)
    return bytes(roles)


def _may_hold_runs(text: str, right_to_left: bool) -> bool:
    """False when ``text`` surely has no letter of the other direction (most texts): a fast path."""
    pattern = _MAY_HOLD_LEFT_TO_RIGHT if right_to_left else _MAY_HOLD_RIGHT_TO_LEFT
    return pattern.search(text) is not None


def foreign_runs(text: str, language: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each run of the direction opposite to ``language``'s, in order.

    A run is a maximal stretch from a strong character of the other direction to the last one before
    a strong character of the paragraph's direction or a paragraph break, with the digits and
    hyphens that touch its ends; neutral punctuation at its ends (brackets, quotes, periods) stays
    outside, where it takes the paragraph's direction.
    """
    right_to_left = text_direction(language) == "rtl"
    if not _may_hold_runs(text, right_to_left):
        return
    roles = _classify(text, right_to_left)
    count = len(roles)
    for found in _RUN_CANDIDATE.finditer(roles):
        start, stop = found.span()
        last_strong = max(roles.rfind(_OTHER, start, stop), roles.rfind(_MARK_OTHER, start, stop))
        end = last_strong + 1
        while start > 0 and roles[start - 1] == _ATTACHED:
            start -= 1
        while end < count and roles[end] == _ATTACHED:
            end += 1
        if roles.find(_OTHER, start, end) >= 0:  # marks alone are no run
            yield _balance(text, roles, start, end, stop)


def _balance(text: str, roles: bytes, start: int, end: int, ceiling: int) -> tuple[int, int]:
    """``start``/``end`` widened so a bracket or quote opened in the run is closed in it too.

    Only neutrals before ``ceiling`` (where the run had to stop) and after the last strong
    character before the run can be taken in.
    """
    floor = start
    while floor > 0 and roles[floor - 1] in (_NEUTRAL, _ATTACHED, _INSIDE):
        floor -= 1
    unclosed: list[str] = []
    unopened: list[str] = []
    for char, role in zip(text[start:end], roles[start:end], strict=True):
        if role != _NEUTRAL:
            continue
        if char == '"':
            if unclosed and unclosed[-1] == '"':
                unclosed.pop()
            else:
                unclosed.append(char)
        elif char in _CLOSERS:
            unclosed.append(char)
        elif char in _OPENERS:
            if unclosed and unclosed[-1] == _OPENERS[char]:
                unclosed.pop()
            else:
                unopened.append(char)
    for opener in reversed(unclosed):
        found = text.find(_CLOSERS[opener], end, ceiling)
        if found < 0 or roles[found] != _NEUTRAL:
            break
        end = found + 1
    for closer in unopened:
        found = text.rfind(_OPENERS[closer], floor, start)
        if found < 0 or roles[found] != _NEUTRAL:
            break
        start = found
    return start, _take_closing_punctuation(text, start, end, ceiling)


def _take_closing_punctuation(text: str, start: int, end: int, ceiling: int) -> int:
    """``end`` past a quote's own final punctuation: ``"I resign."`` keeps its period inside.

    Punctuation between the run and the bracket or quote that encloses it belongs to the run's
    sentence; elsewhere (``موسكو. It``) it ends the paragraph's sentence and stays outside.
    """
    stop = end
    while stop < ceiling and text[stop] in _SENTENCE_PUNCTUATION:
        stop += 1
    if stop == end or stop >= ceiling or start == 0:
        return end
    closer = text[stop]
    return stop if closer in _OPENERS and text[start - 1] == _OPENERS[closer] else end


def isolate(text: str, language: str) -> str:
    """``text`` for a paragraph in ``language``, each run of the other direction in FSI … PDI.

    Text with no run of the other direction comes back unchanged; removing the added FSI/PDI pairs
    gives ``text`` back.
    """
    parts: list[str] = []
    position = 0
    for start, end in foreign_runs(text, language):
        parts.extend((text[position:start], FSI, text[start:end], PDI))
        position = end
    if not parts:
        return text
    parts.append(text[position:])
    return "".join(parts)


def isolated_line(text: str, right_to_left: bool) -> str:
    """``text`` for one line drawn in a paragraph of the given direction: whole, in FSI … PDI,
    when its first letter runs the other way, so it keeps its own order ("'Whitney' · 1987"
    in an Arabic view keeps both quotes on the title and the year after it); else unchanged."""
    for char in text:
        kind = _kind(char)
        if kind in (_LEFT, _LEFT_MARK):
            return f"{FSI}{text}{PDI}" if right_to_left else text
        if kind in (_RIGHT, _RIGHT_MARK):
            return text if right_to_left else f"{FSI}{text}{PDI}"
    return text


def isolate_in(text: str, language: str, paragraph_language: str) -> str:
    """``text``, written in ``language``, isolated for a paragraph in ``paragraph_language``.

    Runs of the other direction are isolated within the text as :func:`isolate` does; when the
    text's own direction differs from the paragraph's (an English fallback in an Arabic document),
    each of its lines is also isolated whole (LRI or RLI … PDI), so it keeps its own order, its
    final period included, where no ``dir`` attribute can say so (plain text, Markdown).
    """
    isolated = isolate(text, language)
    direction = text_direction(language)
    if direction == text_direction(paragraph_language):
        return isolated
    opener = RLI if direction == "rtl" else LRI
    return "\n".join(
        f"{opener}{line}{PDI}" if line.strip() else line for line in isolated.split("\n")
    )


def isolate_html(text: str, language: str) -> str:
    """``text`` escaped for HTML, each run of the other direction in a ``<bdi>`` element.

    The paragraph around it should carry ``dir`` from :func:`text_direction`; callers add that.
    """
    parts: list[str] = []
    position = 0
    for start, end in foreign_runs(text, language):
        parts.append(html.escape(text[position:start]))
        parts.append(f"<bdi>{html.escape(text[start:end])}</bdi>")
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts)

"""The words of a story slide as rich text: escaped data, each run of the other direction isolated.

The slide's labels show rich text so that one label can mix a name in ink with an office in grey,
and so that Arabic paragraphs can have a line height that suits them. Everything that comes from
the data is escaped here, with runs of the other direction in ``<bdi>``
(:func:`explorer.core.bidi.isolate_html`); nothing else builds HTML from data.
"""

from __future__ import annotations

import html
from typing import NamedTuple

from PySide6.QtCore import Qt

from explorer.core.bidi import isolate_html, text_and_language, text_direction
from explorer.core.dates import format_span
from explorer.core.labels import status_label
from explorer.core.schema import Event, Participant
from explorer.qt.style import KIND_COLORS

#: Colours of the slide: ink, secondary text, hairlines, and one per participant status.
INK = "#111827"
MUTED = "#4b5563"
FAINT = "#6b7280"
HAIRLINE = "#e5e7eb"
STATUS_COLORS = {"signed": "#0f766e", "observer": "#b45309", "absent": "#b91c1c"}

SLIDE_STYLE = f"""
#storySlide {{ background: #ffffff; }}
#storySlide QScrollArea, #storySlideBody {{ background: transparent; }}
#storyProgress {{ border: none; background: {HAIRLINE}; }}
#storyProgress::chunk {{ background: #1d4ed8; }}
#storySlide QToolButton {{
    color: {MUTED}; border: 1px solid transparent; border-radius: 6px; padding: 4px 10px;
}}
#storySlide QToolButton:hover {{ background: #f3f4f6; border-color: {HAIRLINE}; color: {INK}; }}
#storySlide QToolButton:disabled {{ color: #d1d5db; }}
#storyCounter {{ color: {FAINT}; }}
#storyTitle {{ color: {INK}; }}
#storyPlace {{ color: {FAINT}; }}
#storySummary {{ color: #1f2937; }}
QLabel[storyRole="heading"] {{ color: {FAINT}; }}
"""

#: Line height for text in a right-to-left script, in percent: the Arabic font's line spacing is
#: half as tall again as the Latin one's, which leaves Arabic paragraphs looking double-spaced.
RTL_LINE_HEIGHT = 74


class ParticipantRow(NamedTuple):
    """One row of the participants: the parties (a group, for those who stayed away for one
    reason) and what they did: who signed and in what office, or why they stayed away."""

    parties_html: str
    details_html: str
    signed: bool


def kind_color(kind: str) -> str:
    return KIND_COLORS.get(kind, KIND_COLORS["event"]).name()


def layout_direction(language: str) -> Qt.LayoutDirection:
    if text_direction(language) == "rtl":
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def paragraph(body_html: str, language: str) -> str:
    """``body_html`` as one paragraph, set at the line height that suits ``language``'s script."""
    if text_direction(language) == "rtl":
        return f'<p style="line-height:{RTL_LINE_HEIGHT}%;">{body_html}</p>'
    return f"<p>{body_html}</p>"


def inline_html(texts: dict[str, str], language: str) -> str:
    """A localized text, escaped, isolated for a paragraph in its own language."""
    text, text_language = text_and_language(texts, language)
    return isolate_html(text, text_language)


def localized_html(texts: dict[str, str], language: str) -> tuple[str, str]:
    """A localized text as a paragraph, and the language it is in ("" when there is no text)."""
    text, text_language = text_and_language(texts, language)
    if not text:
        return "", text_language
    return paragraph(isolate_html(text, text_language), text_language), text_language


def causes_html(causes: list[Event], language: str) -> str:
    """One line per cause: a dot of its kind's colour, its title and, smaller, its dates."""
    lines = []
    for cause in causes:
        # Dates wrap as a whole, never leaving a year alone on a line.
        when = html.escape(format_span(cause.start, cause.end, language)).replace(" ", "&nbsp;")
        lines.append(
            f'<span style="color:{kind_color(cause.kind)};">●</span>&nbsp; '
            f"{inline_html(cause.title, language)}"
            f'&nbsp; <span style="color:{FAINT}; font-size:small;">{when}</span>'
        )
    return paragraph("<br/>".join(lines), language)


def participant_rows(participants: list[Participant], language: str) -> list[ParticipantRow]:
    """Each party that signed with its signatories, then those who did not, grouped when they
    share a status and a note (three Baltic states, one reason)."""
    rows = [
        _row([participant], language)
        for participant in participants
        if participant.status == "signed"
    ]
    groups: list[list[Participant]] = []
    for participant in participants:
        if participant.status == "signed":
            continue
        for group in groups:
            if (group[0].status, group[0].note) == (participant.status, participant.note):
                group.append(participant)
                break
        else:
            groups.append([participant])
    return rows + [_row(group, language) for group in groups]


def _row(parties: list[Participant], language: str) -> ParticipantRow:
    first = parties[0]
    signed = first.status == "signed"
    names = "<br/>".join(f"<b>{inline_html(party.party, language)}</b>" for party in parties)
    status = html.escape(status_label(first.status, language))
    if not signed:
        color = STATUS_COLORS.get(first.status, FAINT)
        names += f'<br/><span style="color:{color};">{status}</span>'
    details = []
    for representative in first.representatives if signed else []:
        line = f'<span style="color:{INK};">{inline_html(representative.name, language)}</span>'
        office = inline_html(representative.office, language)
        if office:
            line += f'<span style="color:{FAINT};"> — {office}</span>'
        details.append(line)
    if signed and not details:
        details.append(status)
    note = inline_html(first.note, language)
    if note:
        details.append(f'<span style="color:{MUTED};">{note}</span>')
    return ParticipantRow(
        paragraph(names, language), paragraph("<br/>".join(details), language), signed
    )

"""The words of a story slide as rich text: escaped data, each run of the other direction isolated.

The slide's labels show rich text so that one label can mix a name in ink with an office in grey,
and so that Arabic paragraphs can have a line height that suits them. Everything that comes from
the data is escaped here, with runs of the other direction in ``<bdi>``
(:func:`explorer.core.bidi.isolate_html`); nothing else builds HTML from data.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from explorer.core.bidi import isolate_html, text_and_language, text_direction
from explorer.core.labels import status_label
from explorer.core.schema import Event, Participant
from explorer.core.summary import event_date_text
from explorer.qt.style import KIND_COLORS, mix, readable

#: The colour of each participant status on a white slide; darker or lighter as the slide needs.
_STATUS_COLORS = (("signed", "#0f766e"), ("observer", "#b45309"), ("absent", "#b91c1c"))


@dataclass(frozen=True, slots=True)
class SlideColors:
    """The colours of a slide, from the palette: ink, secondary text, hairlines, the accent, and
    one per participant status (readable on the slide's background)."""

    background: str = "#ffffff"
    ink: str = "#111827"
    muted: str = "#4b5563"
    faint: str = "#6b7280"
    hairline: str = "#e5e7eb"
    hover: str = "#f3f4f6"
    disabled: str = "#d1d5db"
    accent: str = "#1d4ed8"
    statuses: tuple[tuple[str, str], ...] = _STATUS_COLORS

    @classmethod
    def from_palette(cls, palette: QPalette) -> SlideColors:
        role = QPalette.ColorRole
        base, ink = palette.color(role.Base), palette.color(role.Text)
        return cls(
            background=base.name(),
            ink=ink.name(),
            muted=mix(ink, base, 0.75).name(),
            faint=readable(mix(ink, base, 0.6), base).name(),
            hairline=mix(ink, base, 0.13).name(),
            hover=mix(ink, base, 0.06).name(),
            disabled=mix(ink, base, 0.25).name(),
            accent=palette.color(role.Highlight).name(),
            statuses=tuple(
                (status, readable(QColor(color), base).name()) for status, color in _STATUS_COLORS
            ),
        )

    def status(self, status: str) -> str:
        return dict(self.statuses).get(status, self.faint)


def slide_style(colors: SlideColors) -> str:
    """The slide's style sheet in ``colors``."""
    return _SLIDE_STYLE.format(c=colors)


_SLIDE_STYLE = """
#storySlide {{ background: {c.background}; }}
#storySlide QScrollArea, #storySlideBody {{ background: transparent; }}
#storyProgress {{ border: none; background: {c.hairline}; }}
#storyProgress::chunk {{ background: {c.accent}; }}
#storySlide QToolButton {{
    color: {c.muted}; border: 1px solid transparent; border-radius: 6px; padding: 4px 10px;
}}
#storySlide QToolButton:hover {{
    background: {c.hover}; border-color: {c.hairline}; color: {c.ink};
}}
#storySlide QToolButton:disabled {{ color: {c.disabled}; }}
#storyCounter {{ color: {c.faint}; }}
#storyTitle {{ color: {c.ink}; }}
#storyPlace {{ color: {c.faint}; }}
#storySummary {{ color: {c.ink}; }}
QLabel[storyRole="heading"] {{ color: {c.faint}; }}
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


def kind_color(kind: str, background: QColor | None = None) -> str:
    """The kind's colour, made readable as text on ``background`` (default: the app's base)."""
    if background is None:
        background = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return readable(KIND_COLORS.get(kind, KIND_COLORS["event"]), background).name()


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


def causes_html(causes: list[Event], language: str, colors: SlideColors | None = None) -> str:
    """One line per cause: a dot of its kind's colour, its title and, smaller, its dates."""
    colors = colors or SlideColors()
    background = QColor(colors.background)
    lines = []
    for cause in causes:
        # Dates wrap as a whole, never leaving a year alone on a line.
        when = html.escape(event_date_text(cause, language)).replace(" ", "&nbsp;")
        lines.append(
            f'<span style="color:{kind_color(cause.kind, background)};">●</span>&nbsp; '
            f"{inline_html(cause.title, language)}"
            f'&nbsp; <span style="color:{colors.faint}; font-size:small;">{when}</span>'
        )
    return paragraph("<br/>".join(lines), language)


def participant_rows(
    participants: list[Participant], language: str, colors: SlideColors | None = None
) -> list[ParticipantRow]:
    """Each party that signed with its signatories, then those who did not, grouped when they
    share a status and a note (three Baltic states, one reason)."""
    colors = colors or SlideColors()
    rows = [
        _row([participant], language, colors)
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
    return rows + [_row(group, language, colors) for group in groups]


def _row(parties: list[Participant], language: str, colors: SlideColors) -> ParticipantRow:
    first = parties[0]
    signed = first.status == "signed"
    names = "<br/>".join(f"<b>{inline_html(party.party, language)}</b>" for party in parties)
    status = html.escape(status_label(first.status, language))
    if not signed:
        color = colors.status(first.status)
        names += f'<br/><span style="color:{color};">{status}</span>'
    details = []
    for representative in first.representatives if signed else []:
        name = inline_html(representative.name, language)
        line = f'<span style="color:{colors.ink};">{name}</span>'
        office = inline_html(representative.office, language)
        if office:
            line += f'<span style="color:{colors.faint};"> — {office}</span>'
        details.append(line)
    if signed and not details:
        details.append(status)
    note = inline_html(first.note, language)
    if note:
        details.append(f'<span style="color:{colors.muted};">{note}</span>')
    return ParticipantRow(
        paragraph(names, language), paragraph("<br/>".join(details), language), signed
    )

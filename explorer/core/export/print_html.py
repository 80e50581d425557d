"""The summary as a compact handout: the markup the PDF, print and ODT exports lay out.

Compared with the web page (:mod:`explorer.core.export.html`), the events run on without boxes,
each source becomes a numbered endnote cited from the event ("[1–6]"), numbered as the Markdown
and HTML exports number them (:mod:`explorer.core.export.endnotes`: a source cited by several
events keeps one number, its quotes gathered under it), and the quotes are set small at the end,
compact. The opening block holds the
title, the span the events cover and a picture of the timeline (the ``timeline`` image resource,
which the Qt layer paints). Event titles are the only ``<h2>`` but the matrix's and the notes';
the PDF makes its outline from the ``<h2>`` headings. There are no ``<a name>`` anchors: Qt's
HTML import slows down with each one (10,000 of them took 3 s of a 4 s import). The markup comes
in pieces of whole events (:class:`HandoutMarkup`), which Qt can parse one at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from explorer.core.bidi import isolate_in
from explorer.core.export.compact import shows_description
from explorer.core.export.endnotes import CompactQuote, Endnote, number_list, number_sources
from explorer.core.export.html import _DocumentWriter
from explorer.core.export.html_style import handout_style
from explorer.core.links import is_live_link
from explorer.core.summary import EventSummary, Summary

TIMELINE_IMAGE = "timeline-picture"
"""The name of the image resource the opening block shows, when the caller provides it."""

_PIECE_CHARS = 16_000
"""About how much markup one piece holds: QTextDocument parses it in a few milliseconds."""


@dataclass(frozen=True)
class HandoutMarkup:
    """The handout's markup: its style sheet, and its body in pieces of whole events.

    Each piece starts with a paragraph or a heading, never inside a table, so a
    ``QTextDocument`` can parse the pieces one at a time, in short calls, into the same
    document the whole would give (:mod:`explorer.qt.handout` does).
    """

    language: str
    direction: str
    style: str
    pieces: list[str]

    def wrapped(self, body: str) -> str:
        """``body`` as markup of its own, in the handout's language and direction, unstyled."""
        language, direction = _text(self.language), self.direction
        opening = f'<html lang="{language}" dir="{direction}"><body dir="{direction}">'
        return f"{opening}{body}</body></html>"

    def whole(self) -> str:
        """The whole handout in one document, its style sheet in its head."""
        return "\n".join(
            [
                "<!DOCTYPE html>",
                f'<html lang="{_text(self.language)}" dir="{self.direction}">',
                f"<head><meta charset='utf-8'><style>\n{self.style}</style></head>",
                f'<body dir="{self.direction}">',
                *self.pieces,
                "</body></html>",
                "",
            ]
        )


def _text(text: str) -> str:
    return escape(text, quote=True)


class _HandoutWriter(_DocumentWriter):
    """Writes the handout: the events run on, their sources cited by number, notes at the end."""

    def __init__(
        self, summary: Summary, picture_size: tuple[float, float] | None, opening: bool
    ) -> None:
        super().__init__(summary, for_print=True)
        self.picture_size = picture_size
        self.opening = opening
        self.numbering = number_sources(summary.events)
        self.event_numbers = iter(self.numbering.citations)
        self.pieces: list[str] = []
        self.piece_chars = 0

    def write(self, *parts: str) -> None:
        super().write(*parts)
        self.piece_chars += sum(map(len, parts))

    def markup(self) -> HandoutMarkup:
        summary = self.summary
        if self.opening:
            self.header()
        if summary.matrix is not None and self.opening:
            self.matrix(summary.matrix)
        if not summary.events:
            self.write(f'<p class="empty">{_text(summary.label("no_events"))}</p>')
        for event in summary.events:
            self.piece_break()
            self.event(event)
        self.endnotes()
        if self.opening:
            self.write(f'<p class="colophon">{_text(summary.generated_by)}</p>')
        self.piece_break(last=True)
        style = handout_style(summary.language)
        return HandoutMarkup(summary.language, summary.direction, style, self.pieces)

    def piece_break(self, last: bool = False) -> None:
        """End the piece here if it is long enough (a paragraph or a heading follows)."""
        if not self.parts or (self.piece_chars < _PIECE_CHARS and not last):
            return
        piece = "\n".join(self.parts).replace(' cellpadding="5"', ' cellpadding="2"')
        self.pieces.append(piece)
        self.parts = []
        self.piece_chars = 0

    def header(self) -> None:
        summary = self.summary
        self.write(f"<h1>{self.inline(summary.title, summary.title_language)}</h1>")
        if shows_description(summary):
            self.write(
                self.paragraphs(summary.description, "description", summary.description_language)
            )
        byline = [summary.scope_label, summary.count_text]
        if summary.events and summary.preview_of is None:  # a preview's last event is not last
            first, last = summary.events[0].date_text, summary.events[-1].date_text
            byline.append(first if first == last else f"{first} – {last}")
        self.write(f'<p class="byline">{self.inline(" · ".join(byline))}</p>')
        if self.picture_size is not None:
            width, height = self.picture_size
            size = f' width="{width:.0f}" height="{height:.0f}"' if width and height else ""
            self.write(f'<p class="picture"><img src="{TIMELINE_IMAGE}"{size}></p>')

    def cite(self, numbers: list[int]) -> str:
        """The citation of the endnotes ``numbers``: " [1–3, 5]"."""
        if not numbers:
            return ""
        numbers_text = isolate_in(f"[{number_list(numbers)}]", "en", self.language)
        return f' <span class="cite">{_text(numbers_text)}</span>'

    def event(self, event: EventSummary) -> None:
        self.write(f"<h2>{self.inline(event.title, event.title_language)}</h2>")
        meta = f"{self.badges(event)} · {self.date(event)}"
        if event.place:
            meta += (
                f' · <span class="place">{self.inline(event.place, event.place_language)}</span>'
            )
        citation = self.cite(next(self.event_numbers))
        if not event.summary:
            meta += citation
        self.write(f'<p class="meta kind-{_text(event.kind)}">{meta}</p>')
        if event.summary:
            paragraphs = self.paragraphs(event.summary, "summary", event.summary_language)
            if citation and paragraphs.endswith("</p>"):
                paragraphs = paragraphs[: -len("</p>")] + citation + "</p>"
            self.write(paragraphs)
        if event.media is not None:
            self.write(self.media(event.media))
        for key, refs in (("causes", event.causes), ("led_to", event.led_to)):
            if refs:
                names = " · ".join(self.inline(ref.title, ref.language) for ref in refs)
                label = _text(self.summary.label(key))
                self.write(f'<p class="references"><b>{label}:</b> {names}</p>')
        if event.participants:
            self.participants(event.participants)

    def endnotes(self) -> None:
        if not self.numbering.notes:
            return
        self.piece_break()
        self.write(f"<h2>{_text(self.summary.label('sources'))}</h2>")
        for note in self.numbering.notes:
            self.piece_break()
            self.endnote(note)

    def endnote(self, note: Endnote) -> None:
        source = note.source
        citation = self.inline(source.citation)
        url = source.url.strip()
        if url and is_live_link(url):
            citation += f' <a class="url" href="{_text(url)}">{self.inline(url, "en")}</a>'
        elif url:
            citation += f' <span class="url">{self.inline(url, "en")}</span>'
        if source.shipped_text:
            citation += f" ({self.inline(source.shipped_text)})"
        if note.note:
            citation += f" — {self.inline(note.note, source.note_language)}"
        number = f'<span class="number">{note.number}.</span>'
        self.write(f'<p class="endnote">{number} {citation}</p>')
        for quote in note.quotes():
            self.quote_note(quote)

    def quote_note(self, quote: CompactQuote) -> None:
        """A compact quote: in its own language, or the translation marked as one."""
        language = quote.language
        attributes = self.block_attributes(language) if language else ' dir="auto"'
        if quote.is_translation:
            marker = _text(self.summary.label("translation"))
            text = self.block_text(quote.text, language)
            self.write(f'<p class="endnote-quote"{attributes}><i>{marker}</i> {text}</p>')
        else:
            text = self.block_text(f"“{quote.text}”", language)
            self.write(f'<p class="endnote-quote"{attributes}>{text}</p>')


def handout_markup(
    summary: Summary,
    *,
    picture_size: tuple[float, float] | None = None,
    opening: bool = True,
) -> HandoutMarkup:
    """The handout's QTextDocument markup.

    ``picture_size`` (width, height in CSS pixels): the opening shows the timeline image
    resource that size. Without ``opening``, only the events and their notes: no title block,
    picture, matrix or colophon.
    """
    return _HandoutWriter(summary, picture_size, opening).markup()


def render_handout(summary: Summary, *, picture: bool = True, opening: bool = True) -> str:
    """The handout's markup in one document, for the clipboard; ``picture``: at its own size."""
    size = (0.0, 0.0) if picture else None
    return handout_markup(summary, picture_size=size, opening=opening).whole()

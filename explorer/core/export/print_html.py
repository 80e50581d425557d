"""The summary as a compact handout: the markup the PDF, print and ODT exports lay out.

Compared with the web page (:mod:`explorer.core.export.html`), the events run on without boxes,
each source becomes a numbered endnote cited from the event ("[1–6]"), numbered as the Markdown
and HTML exports number them (:mod:`explorer.core.export.endnotes`: a source cited by several
events keeps one number, its quotes gathered under it), and the quotes are set small at the end,
compact. The opening block holds the
title, the span the events cover and a picture of the timeline (the ``timeline`` image resource,
which the Qt layer paints). Event titles are the only ``<h2>`` but the matrix's and the notes';
the PDF makes its outline from the ``<h2>`` headings. There are no ``<a name>`` anchors: Qt's
HTML import slows down with each one (10,000 of them took 3 s of a 4 s import).
"""

from __future__ import annotations

from html import escape

from explorer.core.bidi import isolate_in
from explorer.core.export.compact import shows_description
from explorer.core.export.endnotes import CompactQuote, Endnote, number_list, number_sources
from explorer.core.export.html import _DocumentWriter
from explorer.core.export.html_style import print_style
from explorer.core.links import is_live_link
from explorer.core.summary import EventSummary, Summary

TIMELINE_IMAGE = "timeline-picture"
"""The name of the image resource the opening block shows, when the caller provides it."""

_HANDOUT_STYLE = """\
h1 { font-size: 18pt; margin-bottom: 2px; }
.description { font-size: 10pt; }
.byline { margin-bottom: 6px; }
h2 { font-size: 12.5pt; margin-top: 9px; margin-bottom: 0px; }
.meta { font-size: 9pt; margin-bottom: 2px; }
.badge { font-weight: bold; }
.summary { margin-top: 2px; margin-bottom: 2px; }
.cite { font-size: 7.5pt; color: #1d4ed8; }
h3 { font-size: 9pt; margin-top: 5px; margin-bottom: 1px; }
.references { margin-top: 0px; margin-bottom: 0px; font-size: 9pt; }
table.participants { font-size: 8.5pt; margin-top: 2px; }
.endnote { font-size: 7.5pt; margin-top: 1px; margin-bottom: 1px; }
.endnote-quote { font-size: 7.5pt; color: #4b5563; margin-top: 0px; margin-bottom: 2px; }
.number { font-weight: bold; color: #1d4ed8; }
.url { font-size: 7.5pt; }
table.matrix { font-size: 7.5pt; }
.colophon { margin-top: 10px; }
"""


# Noto Sans Arabic's line spacing leaves room for stacked marks that running text rarely has.
_ARABIC_STYLE = """\
p { line-height: 85%; }
p.picture { line-height: 100%; }
h2 { line-height: 90%; }
.endnote, .endnote-quote { line-height: 80%; }
"""


def _text(text: str) -> str:
    return escape(text, quote=True)


class _HandoutWriter(_DocumentWriter):
    """Writes the handout: the events run on, their sources cited by number, notes at the end."""

    def __init__(self, summary: Summary, picture: bool, opening: bool) -> None:
        super().__init__(summary, for_print=True)
        self.picture = picture
        self.opening = opening
        self.numbering = number_sources(summary.events)
        self.event_numbers = iter(self.numbering.citations)

    def document(self) -> str:
        summary = self.summary
        style = print_style(summary.language) + _HANDOUT_STYLE
        if summary.language == "ar":
            style += _ARABIC_STYLE
        self.write(
            "<!DOCTYPE html>",
            f'<html lang="{_text(summary.language)}" dir="{summary.direction}">',
            f"<head><meta charset='utf-8'><style>\n{style}</style></head>",
            f'<body dir="{summary.direction}">',
        )
        if self.opening:
            self.header()
        if summary.matrix is not None and self.opening:
            self.matrix(summary.matrix)
        if not summary.events:
            self.write(f'<p class="empty">{_text(summary.label("no_events"))}</p>')
        for event in summary.events:
            self.event(event)
        self.endnotes()
        if self.opening:
            self.write(f'<p class="colophon">{_text(summary.generated_by)}</p>')
        self.write("</body></html>", "")
        return "\n".join(self.parts).replace(' cellpadding="5"', ' cellpadding="2"')

    def header(self) -> None:
        summary = self.summary
        self.write(f"<h1>{self.inline(summary.title, summary.title_language)}</h1>")
        if shows_description(summary):
            self.write(
                self.paragraphs(summary.description, "description", summary.description_language)
            )
        byline = [summary.scope_label, summary.count_text]
        if summary.events:
            first, last = summary.events[0].date_text, summary.events[-1].date_text
            byline.append(first if first == last else f"{first} – {last}")
        self.write(f'<p class="byline">{self.inline(" · ".join(byline))}</p>')
        if self.picture:
            self.write(f'<p class="picture"><img src="{TIMELINE_IMAGE}"></p>')

    def cite(self, numbers: list[int]) -> str:
        """The citation of the endnotes ``numbers``: " [1–3, 5]"."""
        if not numbers:
            return ""
        numbers_text = isolate_in(f"[{number_list(numbers)}]", "en", self.language)
        return f' <span class="cite">{_text(numbers_text)}</span>'

    def event(self, event: EventSummary) -> None:
        self.write(f"<h2>{self.inline(event.title, event.title_language)}</h2>")
        meta = f'<span class="badge">{_text(event.kind_label)}</span> · {self.date(event)}'
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
        self.write(f"<h2>{_text(self.summary.label('sources'))}</h2>")
        for note in self.numbering.notes:
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


def render_handout(summary: Summary, *, picture: bool = True, opening: bool = True) -> str:
    """The handout's QTextDocument markup; ``picture`` shows the timeline image resource.

    Without ``opening``, only the events and their notes: no title block, matrix or colophon.
    """
    return _HandoutWriter(summary, picture, opening).document()

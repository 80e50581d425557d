"""The summary as a standalone, styled, printable HTML5 document (and its QTextDocument variant).

Every text from the data goes through :func:`html.escape`: data never becomes markup, even when an
imported title contains ``<script>``. Only ``http``/``https`` source URLs become links. Arabic
documents are ``<html lang="ar" dir="rtl">`` and the style uses logical properties, so the layout
mirrors. :func:`render_html` with ``for_print=True`` keeps to the HTML and CSS subset that Qt's
``QTextDocument`` understands (tables, simple selectors, no flexbox); the handout builds on it.

Sources are endnotes numbered as in the handout (:mod:`explorer.core.export.endnotes`): an event
cites "[1–3, 5]", each number a link to its note, and each note links back ("↑ a b") to the events
citing it; the notes' quotes are compact.

Bidi (:mod:`explorer.core.bidi`): a paragraph whose text is in another language than the document
(an English fallback or quote in an Arabic document) carries its own ``lang`` and ``dir``; shorter
texts in another language are a ``<span dir>`` in a line; a phrase of the other direction inside
a text is a ``<bdi>``. ``QTextDocument`` knows neither ``<bdi>`` nor ``dir`` on a span, but its text
engine honours the Unicode isolates, so the print variant uses those instead.
"""

from __future__ import annotations

import re
from html import escape
from urllib.parse import quote as percent_encode

from explorer.core.bidi import isolate, isolate_html, isolate_in, text_direction
from explorer.core.export.base import ExportRequest, summary_of
from explorer.core.export.compact import participant_columns, shows_description
from explorer.core.export.endnotes import (
    CompactQuote,
    Endnote,
    citation_language,
    number_runs,
    number_sources,
)
from explorer.core.export.html_style import print_style, screen_style
from explorer.core.links import is_live_link
from explorer.core.participation import MatrixTable
from explorer.core.summary import EventRef, EventSummary, MediaRow, ParticipantRow, Summary

# QTextDocument draws table borders from attributes; CSS borders on cells it mostly ignores.
_PRINT_TABLE_ATTRIBUTES = ' width="100%" cellspacing="0" cellpadding="5" border="1"'
_HTML_TIME = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$")


def _text(text: str) -> str:
    return escape(text, quote=True)


def _blocks(text: str) -> list[list[str]]:
    """The paragraphs of ``text`` (split at blank lines), each as its lines."""
    blocks = [block.strip() for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
    return [block.splitlines() for block in blocks]


def anchor_name(event_id: str) -> str:
    """The fragment that names an event's section, e.g. ``event-belovezha-accords``."""
    return f"event-{event_id}"


def _href(event_id: str) -> str:
    return "#" + percent_encode(anchor_name(event_id), safe="")


def note_name(number: int) -> str:
    """The fragment of an endnote, e.g. ``note-3``."""
    return f"note-{number}"


def citation_name(event_id: str) -> str:
    """The fragment of an event's citation of its sources, e.g. ``cite-belovezha-accords``."""
    return f"cite-{event_id}"


# The marks of a note's links back to the events citing it ("↑ a b c"), in each script's order.
_BACKLINK_MARKS = {"ar": "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ", "": "abcdefghijklmnopqrstuvwxyz"}


def _backlink_mark(index: int, language: str) -> str:
    marks = _BACKLINK_MARKS.get(language, _BACKLINK_MARKS[""])
    return marks[index] if index < len(marks) else str(index + 1)


class _DocumentWriter:
    """Writes one summary; ``for_print`` picks QTextDocument-friendly markup over semantic HTML."""

    def __init__(self, summary: Summary, for_print: bool) -> None:
        self.summary = summary
        self.for_print = for_print
        self.language = summary.language
        self.linkable = summary.event_ids()
        self.parts: list[str] = []
        self.numbering = number_sources(summary.events)
        """The sources as endnotes, numbered in order of first citation."""
        self.event_numbers = iter(self.numbering.citations)

    def inline(self, text: str, language: str = "") -> str:
        """Markup for ``text``, in ``language`` (empty: the document's), inside a line.

        A text of the other direction is isolated whole (``<span dir>``), the foreign phrases
        inside it each in a ``<bdi>``; in print, Unicode isolates do both.
        """
        language = language or self.language
        if self.for_print:
            return _text(isolate_in(text, language, self.language))
        markup = isolate_html(text, language)
        if language == self.language:
            return markup
        return f'<span lang="{_text(language)}" dir="{text_direction(language)}">{markup}</span>'

    def inline_block(self, markup: str, language: str) -> str:
        """``markup`` (already made for ``language``) isolated in a line of the document."""
        if self.for_print:
            return isolate_in(markup, language, self.language)
        return f'<span lang="{_text(language)}" dir="{text_direction(language)}">{markup}</span>'

    def block_attributes(self, language: str) -> str:
        """``lang`` and ``dir`` for a paragraph in ``language`` when it is not the document's."""
        if not language or language == self.language:
            return ""
        return f' lang="{_text(language)}" dir="{text_direction(language)}"'

    def block_text(self, text: str, language: str) -> str:
        """Markup for a paragraph's text in ``language`` (the paragraph carries the direction)."""
        language = language or self.language
        if self.for_print:
            return _text(isolate(text, language))
        return isolate_html(text, language)

    def paragraphs(self, text: str, css_class: str, language: str) -> str:
        """Paragraphs (a blank line starts one, a newline is a line break) in ``language``."""
        attributes = self.block_attributes(language)
        return "\n".join(
            f'<p class="{css_class}"{attributes}>'
            + "<br>".join(self.block_text(line, language) for line in lines)
            + "</p>"
            for lines in _blocks(text)
        )

    def write(self, *parts: str) -> None:
        self.parts.extend(parts)

    def tag(self, semantic: str) -> str:
        """Semantic HTML5 elements on screen; ``div`` in print, which QTextDocument knows."""
        return "div" if self.for_print else semantic

    def document(self) -> str:
        summary = self.summary
        language, direction = _text(summary.language), summary.direction
        style = print_style(summary.language) if self.for_print else screen_style(summary.language)
        self.write(
            "<!DOCTYPE html>",
            f'<html lang="{language}" dir="{direction}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="generator" content="{_text(summary.generated_by)}">',
            f"<title>{_text(isolate(summary.title, summary.title_language or self.language))}"
            "</title>",
            f"<style>\n{style}</style>",
            "</head>",
            f'<body dir="{direction}">',
        )
        self.header()
        if not self.for_print and len(summary.events) > 1:
            self.contents()
        if summary.matrix is not None:
            self.matrix(summary.matrix)
        self.write(f'<{self.tag("main")} class="events">')
        if not summary.events:
            self.write(f'<p class="empty">{_text(summary.label("no_events"))}</p>')
        for event in summary.events:
            self.event(event)
        self.write(f"</{self.tag('main')}>")
        self.notes()
        self.write(
            f'<{self.tag("footer")} class="colophon">{_text(summary.generated_by)}'
            f"</{self.tag('footer')}>",
            "</body>",
            "</html>",
            "",
        )
        return "\n".join(self.parts)

    def header(self) -> None:
        summary = self.summary
        self.write(f'<{self.tag("header")} class="document-header">')
        self.write(f"<h1>{self.inline(summary.title, summary.title_language)}</h1>")
        if shows_description(summary):
            self.write(
                self.paragraphs(summary.description, "description", summary.description_language)
            )
        byline = " · ".join((summary.scope_label, summary.count_text))
        self.write(f'<p class="byline">{self.inline(byline)}</p>')
        self.write(f"</{self.tag('header')}>")

    def contents(self) -> None:
        label = _text(self.summary.label("contents"))
        self.write(f'<nav class="contents" aria-label="{label}">', f"<h2>{label}</h2>", "<ol>")
        for event in self.summary.events:
            self.write(
                f'<li><a href="{_href(event.id)}">{self.inline(event.title, event.title_language)}'
                f'</a> <span class="date">{self.inline(event.date_text, event.date_language)}'
                "</span></li>"
            )
        self.write("</ol>", "</nav>")

    def date(self, event: EventSummary) -> str:
        text = self.inline(event.date_text, event.date_language)
        if self.for_print or event.end or not _HTML_TIME.match(event.start):
            return f'<span class="date">{text}</span>'
        return f'<time class="date" datetime="{_text(event.start)}">{text}</time>'

    def event(self, event: EventSummary) -> None:
        anchor = _text(anchor_name(event.id))
        kind = _text(event.kind)
        if self.for_print:
            self.write(f'<a name="{anchor}"></a>', f'<div class="event kind-{kind}">')
        else:
            self.write(f'<article class="event kind-{kind}" id="{anchor}">', "<header>")
        self.write(f'<p class="kind">{self.badges(event)}</p>')
        self.write(f"<h2>{self.inline(event.title, event.title_language)}</h2>")
        meta = self.date(event)
        if event.place:
            place = self.inline(event.place, event.place_language)
            meta += f' <span class="separator">·</span> <span class="place">{place}</span>'
        citation = self.citation(event.id, next(self.event_numbers))
        if citation and not event.summary:
            meta += f" {citation}"
        self.write(f'<p class="meta">{meta}</p>')
        if not self.for_print:
            self.write("</header>")
        if event.summary:
            paragraphs = self.paragraphs(event.summary, "summary", event.summary_language)
            if citation:
                paragraphs = f"{paragraphs[: -len('</p>')]} {citation}</p>"
            self.write(paragraphs)
        if event.media is not None:
            self.write(self.media(event.media))
        self.references("causes", event.causes)
        self.references("led_to", event.led_to)
        if event.participants:
            self.participants(event.participants)
        self.write("</div>" if self.for_print else "</article>")

    def badges(self, event: EventSummary) -> str:
        """The event's kind as a badge, and a second one for a milestone."""
        badges = f'<span class="badge">{_text(event.kind_label)}</span>'
        if event.milestone:
            milestone = _text(self.summary.label("milestone"))
            badges += f' <span class="badge milestone">{milestone}</span>'
        return badges

    def media(self, media: MediaRow) -> str:
        """ "Media: caption (credit)", the caption a link when the address is a web page."""
        shown = self.inline(media.link_text, media.caption_language if media.caption else "en")
        if media.url:
            shown = f'<a href="{_text(media.url)}">{shown}</a>'
        elif media.caption and media.address:
            shown += f" {self.inline(media.address, 'en')}"
        if media.credit:
            shown += (
                f" ({self.inline(media.credit, citation_language(media.credit, self.language))})"
            )
        return f'<p class="media"><b>{_text(self.summary.label("media"))}:</b> {shown}</p>'

    def citation(self, event_id: str, numbers: list[int]) -> str:
        """ "[1–3, 5]" after an event's text, each number a link to its note; empty: no sources.

        The numbers read left to right in either direction, as in the handout.
        """
        if not numbers:
            return ""
        if self.for_print:
            text = isolate_in(f"[{', '.join(self.run_texts(numbers))}]", "en", self.language)
            return f'<span class="cite">{_text(text)}</span>'
        links = ", ".join(self.run_texts(numbers, linked=True))
        anchor = _text(citation_name(event_id))
        return f'<sup class="cite" id="{anchor}" dir="ltr">[{links}]</sup>'

    @staticmethod
    def run_texts(numbers: list[int], linked: bool = False) -> list[str]:
        """Each run of ``numbers`` as "4" or "1–3", the ends as links to the notes."""

        def text(number: int) -> str:
            return f'<a href="#{note_name(number)}">{number}</a>' if linked else str(number)

        return [
            text(first) if first == last else f"{text(first)}–{text(last)}"
            for first, last in number_runs(numbers)
        ]

    def section_start(self, key: str) -> None:
        heading = _text(self.summary.label(key))
        self.write(f'<{self.tag("section")} class="{key}">', f"<h3>{heading}</h3>")

    def section_end(self) -> None:
        self.write(f"</{self.tag('section')}>")

    def references(self, key: str, refs: list[EventRef]) -> None:
        if not refs:
            return
        self.section_start(key)
        self.write('<ul class="references">')
        for ref in refs:
            title = self.inline(ref.title, ref.language)
            if ref.id in self.linkable:
                title = f'<a href="{_href(ref.id)}">{title}</a>'
            self.write(f"<li>{title}</li>")
        self.write("</ul>")
        self.section_end()

    def participants(self, rows: list[ParticipantRow]) -> None:
        """The parties as a table, without the columns no row fills."""
        columns = participant_columns(rows)
        self.section_start("participants")
        attributes = _PRINT_TABLE_ATTRIBUTES if self.for_print else ""
        self.write(f'<table class="participants"{attributes}>', "<thead><tr>")
        self.write(*(f"<th>{_text(self.summary.label(key))}</th>" for key in columns))
        self.write("</tr></thead>", "<tbody>")
        for row in rows:
            languages = [*row.representative_languages, *[""] * len(row.representatives)]
            cells = {
                "party": self.inline(row.party, row.party_language),
                "status": f'<span class="status-label">{_text(row.status_label)}</span>',
                "representatives": "<br>".join(
                    self.inline(person, language)
                    for person, language in zip(row.representatives, languages, strict=False)
                ),
                "note": self.inline(row.note, row.note_language),
            }
            self.write(
                f'<tr class="status-{_text(row.status)}">',
                *(f'<td class="{key}">{cells[key]}</td>' for key in columns),
                "</tr>",
            )
        self.write("</tbody>", "</table>")
        self.section_end()

    def matrix(self, matrix: MatrixTable) -> None:
        """States × agreements, before the events: who took part in what, at a glance."""
        self.write(f'<{self.tag("section")} class="participation">')
        self.write(f"<h2>{self.inline(matrix.heading)}</h2>")
        attributes = _PRINT_TABLE_ATTRIBUTES if self.for_print else ""
        self.write(f'<table class="participants matrix"{attributes}>', "<thead><tr>")
        for header in (matrix.state_heading, *matrix.columns):
            self.write(f"<th>{self.inline(header)}</th>")
        self.write("</tr></thead>", "<tbody>")
        for (state, words), statuses in zip(matrix.rows, matrix.statuses, strict=True):
            self.write("<tr>", f'<td class="party">{self.inline(state)}</td>')
            for word, status in zip(words, statuses, strict=True):
                css = f"status-{_text(status)}" if status else "not-a-party"
                self.write(
                    f'<td class="{css}"><span class="status-label">{_text(word)}</span></td>'
                )
            self.write("</tr>")
        self.write("</tbody>", "</table>", f"</{self.tag('section')}>")

    def notes(self) -> None:
        """The sources, numbered as cited, each with its compact quotes and links back."""
        if not self.numbering.notes:
            return
        heading = _text(self.summary.label("sources"))
        self.write(f'<{self.tag("section")} class="notes" id="notes">', f"<h2>{heading}</h2>")
        self.write('<ol class="endnotes">')
        for note in self.numbering.notes:
            self.note(note)
        self.write("</ol>", f"</{self.tag('section')}>")

    def note(self, note: Endnote) -> None:
        source = note.source
        language = citation_language(source.citation, self.language)
        # a citation in the other direction is isolated whole, its address with it, so they
        # keep their own order; else the address alone is
        own_order = language != self.language
        markup = self.block_text if own_order else self.inline
        citation = markup(source.citation, language)
        url = source.url.strip()
        if url and is_live_link(url):
            citation += f' <a class="url" href="{_text(url)}">{markup(url, "en")}</a>'
        elif url:
            citation += f' <span class="url">{markup(url, "en")}</span>'
        if own_order:
            citation = self.inline_block(citation, language)
        if source.shipped_text:
            citation += f' <span class="shipped">({self.inline(source.shipped_text)})</span>'
        anchor = _text(note_name(note.number))
        self.write(
            f'<li id="{anchor}">', f'<p class="citation">{self.backlinks(note)}{citation}</p>'
        )
        for quote in note.quotes():
            self.write(self.quote(quote))
        if note.note:
            attributes = self.block_attributes(source.note_language)
            text = self.block_text(note.note, source.note_language)
            self.write(f'<p class="source-note"{attributes}>{text}</p>')
        self.write("</li>")

    def backlinks(self, note: Endnote) -> str:
        """ "↑" linking back to the citing event, or "↑ a b c" when several cite the note."""
        if self.for_print:
            return ""
        events = [self.summary.events[position] for position in note.citing_events]

        def link(event: EventSummary, mark: str) -> str:
            href = "#" + percent_encode(citation_name(event.id), safe="")
            title = _text(isolate(event.title, event.title_language or self.language))
            return f'<a href="{href}" title="{title}">{mark}</a>'

        if len(events) == 1:
            marks = link(events[0], "↑")
        else:
            marks = "↑ " + " ".join(
                link(event, _backlink_mark(index, self.language))
                for index, event in enumerate(events)
            )
        return f'<span class="backlinks">{marks}</span> '

    def quote(self, quote: CompactQuote) -> str:
        """A compact quote in its own language and direction (``auto`` when unknown); a
        translation is marked as one in the document's words."""
        language = quote.language
        if language:
            attributes = f' lang="{_text(language)}" dir="{text_direction(language)}"'
        else:
            attributes = ' dir="auto"'
        text = self.block_text(quote.text, language) if language else _text(quote.text)
        if not quote.is_translation:
            return f'<blockquote class="quote"{attributes}>{text}</blockquote>'
        marker = _text(self.summary.label("translation"))
        return (
            f'<blockquote class="quote translation"{attributes}>'
            f'<span class="translation-label">{marker}</span> {text}</blockquote>'
        )


def render_html(summary: Summary, *, for_print: bool = False) -> str:
    """The complete HTML document for ``summary``.

    With ``for_print``, only markup and CSS that ``QTextDocument`` renders (for the PDF export).
    """
    return _DocumentWriter(summary, for_print).document()


class HtmlExporter:
    """A standalone web page: styled for screen and print, right-to-left in Arabic."""

    name = "html"
    label = "HTML"
    extension = "html"
    other_extensions = ("htm",)
    mime_type = "text/html"

    def render(self, request: ExportRequest) -> bytes:
        summary = summary_of(request)
        return render_html(summary).encode("utf-8")

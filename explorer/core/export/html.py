"""The summary as a standalone, styled, printable HTML5 document (and its QTextDocument variant).

Every text from the data goes through :func:`html.escape`: data never becomes markup, even when an
imported title contains ``<script>``. Only ``http``/``https`` source URLs become links. Arabic
documents are ``<html lang="ar" dir="rtl">`` and the style uses logical properties, so the layout
mirrors. :func:`render_html` with ``for_print=True`` keeps to the HTML and CSS subset that Qt's
``QTextDocument`` understands (tables, simple selectors, no flexbox); the PDF exporter uses it.

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
from explorer.core.export.html_style import print_style, screen_style
from explorer.core.links import is_live_link
from explorer.core.participation import MatrixTable
from explorer.core.summary import (
    EventRef,
    EventSummary,
    ParticipantRow,
    SourceRow,
    Summary,
)

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


class _DocumentWriter:
    """Writes one summary; ``for_print`` picks QTextDocument-friendly markup over semantic HTML."""

    def __init__(self, summary: Summary, for_print: bool) -> None:
        self.summary = summary
        self.for_print = for_print
        self.language = summary.language
        self.linkable = summary.event_ids()
        self.parts: list[str] = []

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
        if summary.description:
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
                f'</a> <span class="date">{self.inline(event.date_text)}</span></li>'
            )
        self.write("</ol>", "</nav>")

    def date(self, event: EventSummary) -> str:
        text = self.inline(event.date_text)
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
        self.write(f'<p class="kind"><span class="badge">{_text(event.kind_label)}</span></p>')
        self.write(f"<h2>{self.inline(event.title, event.title_language)}</h2>")
        meta = self.date(event)
        if event.place:
            place = self.inline(event.place, event.place_language)
            meta += f' <span class="separator">·</span> <span class="place">{place}</span>'
        self.write(f'<p class="meta">{meta}</p>')
        if not self.for_print:
            self.write("</header>")
        if event.summary:
            self.write(self.paragraphs(event.summary, "summary", event.summary_language))
        self.references("causes", event.causes)
        self.references("led_to", event.led_to)
        if event.participants:
            self.participants(event.participants)
        if event.sources:
            self.sources(event.sources)
        self.write("</div>" if self.for_print else "</article>")

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
        self.section_start("participants")
        attributes = _PRINT_TABLE_ATTRIBUTES if self.for_print else ""
        self.write(f'<table class="participants"{attributes}>', "<thead><tr>")
        for key in ("party", "status", "representatives", "note"):
            self.write(f"<th>{_text(self.summary.label(key))}</th>")
        self.write("</tr></thead>", "<tbody>")
        for row in rows:
            languages = [*row.representative_languages, *[""] * len(row.representatives)]
            people = "<br>".join(
                self.inline(person, language)
                for person, language in zip(row.representatives, languages, strict=False)
            )
            self.write(
                f'<tr class="status-{_text(row.status)}">',
                f'<td class="party">{self.inline(row.party, row.party_language)}</td>',
                f'<td class="status"><span class="status-label">{_text(row.status_label)}'
                "</span></td>",
                f'<td class="representatives">{people}</td>',
                f'<td class="note">{self.inline(row.note, row.note_language)}</td>',
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

    def sources(self, rows: list[SourceRow]) -> None:
        self.section_start("sources")
        self.write('<ol class="sources">')
        for source in rows:
            citation = self.inline(source.citation)
            url = source.url.strip()
            if url and is_live_link(url):
                link = self.inline(url, "en")
                citation += f' <a class="url" href="{_text(url)}">{link}</a>'
            elif url:
                citation += f' <span class="url">{self.inline(url, "en")}</span>'
            if source.shipped_text:
                citation += f' <span class="shipped">({self.inline(source.shipped_text)})</span>'
            self.write("<li>", f'<p class="citation">{citation}</p>')
            if source.quote:
                self.write(self.quote(source))
            if source.translation:
                self.write(self.translation(source))
            if source.note:
                attributes = self.block_attributes(source.note_language)
                note = self.block_text(source.note, source.note_language)
                self.write(f'<p class="source-note"{attributes}>{note}</p>')
            self.write("</li>")
        self.write("</ol>")
        self.section_end()

    def quote(self, source: SourceRow) -> str:
        """A quote, marked with its own language and direction (``auto`` when unknown)."""
        language = source.quote_language
        lines = source.quote.strip().splitlines()
        if not language:
            quote = "<br>".join(_text(line) for line in lines)
            return f'<blockquote dir="auto">{quote}</blockquote>'
        attributes = f' lang="{_text(language)}" dir="{text_direction(language)}"'
        quote = "<br>".join(self.block_text(line, language) for line in lines)
        return f"<blockquote{attributes}>{quote}</blockquote>"

    def translation(self, source: SourceRow) -> str:
        """The quote's translation beneath it, marked as a translation in the document's words."""
        marker = _text(self.summary.label("translation"))
        attributes = self.block_attributes(source.translation_language)
        text = self.block_text(" ".join(source.translation.split()), source.translation_language)
        return (
            f'<p class="translation"{attributes}><span class="translation-label">{marker}</span> '
            f"{text}</p>"
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

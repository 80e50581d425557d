"""The summary as CommonMark/GitHub Markdown: a heading per event, a participants table, quotes.

Every text from the data is escaped, so a title such as ``*Not* emphasis`` or ``# 1`` prints as
written instead of turning into markup. Markdown has no ``dir`` attribute, so bidi isolation is
done with Unicode isolates (:func:`explorer.core.bidi.isolate_in`): a foreign phrase keeps its own
order, and a text that fell back to another language keeps its own direction.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote as percent_encode

from explorer.core.bidi import LRI, PDI, isolate_in, text_direction
from explorer.core.export.base import ExportRequest, summary_of
from explorer.core.labels import label
from explorer.core.links import is_live_link
from explorer.core.participation import MatrixTable
from explorer.core.summary import (
    EventRef,
    EventSummary,
    ParticipantRow,
    SourceRow,
    Summary,
)

# ASCII punctuation that can start markup anywhere in a line; CommonMark lets any of it be escaped.
_INLINE_MARKUP = re.compile(r"([\\`*_{}\[\]<>#|!&~])")
# At the start of a line these begin a list, a heading underline or an ordered list.
_LINE_START_MARKUP = re.compile(r"^([ \t]*)([-+=])", re.MULTILINE)
_ORDERED_LIST_MARKER = re.compile(r"^([ \t]*\d+)([.)])", re.MULTILINE)


def escape_markdown(text: str) -> str:
    """``text`` with everything Markdown would read as markup backslash-escaped."""
    text = _INLINE_MARKUP.sub(r"\\\1", text)
    text = _LINE_START_MARKUP.sub(r"\1\\\2", text)
    return _ORDERED_LIST_MARKER.sub(r"\1\\\2", text)


def _one_line(text: str, language: str, document_language: str) -> str:
    """Escaped, isolated text for a heading, list item or table cell, where a newline ends it.

    ``language`` is the text's own (empty: the document's).
    """
    return escape_markdown(
        isolate_in(" ".join(text.split()), language or document_language, document_language)
    )


def _paragraphs(text: str, language: str, document_language: str) -> str:
    """Escaped, isolated paragraphs; leading spaces are dropped so no line becomes a code block."""
    lines = [line.strip() for line in text.strip().splitlines()]
    return escape_markdown(
        isolate_in("\n".join(lines), language or document_language, document_language)
    )


def _anchor(event_id: str) -> str:
    return f"event-{event_id}"


def _reference(ref: EventRef, linkable: frozenset[str], document_language: str) -> str:
    title = _one_line(ref.title, ref.language, document_language)
    if ref.id in linkable:
        return f"[{title}](#{percent_encode(_anchor(ref.id), safe='')})"
    return title


def _participants_table(rows: list[ParticipantRow], summary: Summary) -> list[str]:
    language = summary.language
    headers = [summary.label(key) for key in ("party", "status", "representatives", "note")]
    lines = ["| " + " | ".join(headers) + " |", "|" + " --- |" * len(headers)]
    separator = "؛ " if summary.direction == "rtl" else "; "
    for row in rows:
        people = separator.join(
            isolate_in(" ".join(person.split()), person_language or language, language)
            for person, person_language in zip(
                row.representatives, _padded(row.representative_languages, row), strict=True
            )
        )
        cells = [
            _one_line(row.party, row.party_language, language),
            _one_line(row.status_label, language, language),
            escape_markdown(people),
            _one_line(row.note, row.note_language, language),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _matrix_table(matrix: MatrixTable, language: str) -> list[str]:
    """The participation matrix: a row per state, a column per agreement."""
    headers = [matrix.state_heading, *matrix.columns]
    lines = [
        f"## {_one_line(matrix.heading, language, language)}",
        "",
        "| " + " | ".join(_one_line(header, language, language) for header in headers) + " |",
        "|" + " --- |" * len(headers),
    ]
    for state, words in matrix.rows:
        cells = [_one_line(text, language, language) for text in (state, *words)]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _padded(languages: list[str], row: ParticipantRow) -> list[str]:
    """One language per representative, empty (the document's) where none was given."""
    return (languages + [""] * len(row.representatives))[: len(row.representatives)]


def _source_item(source: SourceRow, document_language: str) -> list[str]:
    head = _one_line(source.citation, "", document_language)
    if source.url:
        url = source.url.strip()
        if is_live_link(url):
            # a URL reads left to right even in an Arabic line
            rtl = text_direction(document_language) == "rtl"
            head += f" — {LRI}<{url}>{PDI}" if rtl else f" — <{url}>"
        else:
            head += f" — {_one_line(url, 'en', document_language)}"
    if source.shipped_text:
        head += f" — {_one_line(source.shipped_text, '', document_language)}"
    lines = [f"- {head}"]
    if source.quote:
        lines.append("")
        quote = _paragraphs(source.quote, source.quote_language, document_language)
        lines.extend(f"  > {line}" if line else "  >" for line in quote.splitlines())
    if source.translation:
        marker = escape_markdown(label("translation", document_language))
        text = _one_line(source.translation, source.translation_language, document_language)
        lines.extend(["", f"  *{marker}* {text}"])
    if source.note:
        lines.extend(["", f"  *{_one_line(source.note, source.note_language, document_language)}*"])
    return lines


def _event_section(event: EventSummary, summary: Summary, linkable: frozenset[str]) -> list[str]:
    label = summary.label
    language = summary.language
    lines = [
        f'<a id="{html.escape(_anchor(event.id), quote=True)}"></a>',
        "",
        f"## {_one_line(event.title, event.title_language, language)}",
        "",
        f"- **{label('date')}:** {_one_line(event.date_text, language, language)}",
    ]
    if event.place:
        place = _one_line(event.place, event.place_language, language)
        lines.append(f"- **{label('place')}:** {place}")
    lines.append(f"- **{label('kind')}:** {_one_line(event.kind_label, language, language)}")
    if event.summary:
        lines.extend(["", _paragraphs(event.summary, event.summary_language, language)])
    for key, refs in (("causes", event.causes), ("led_to", event.led_to)):
        if refs:
            lines.extend(["", f"### {label(key)}", ""])
            lines.extend(f"- {_reference(ref, linkable, language)}" for ref in refs)
    if event.participants:
        lines.extend(["", f"### {label('participants')}", ""])
        lines.extend(_participants_table(event.participants, summary))
    if event.sources:
        lines.extend(["", f"### {label('sources')}", ""])
        for number, source in enumerate(event.sources):
            if number:
                lines.append("")  # a loose list: a quote never runs into the next item
            lines.extend(_source_item(source, language))
    return lines


def render_markdown(summary: Summary) -> str:
    """The whole Markdown document for ``summary``."""
    language = summary.language
    lines = [f"# {_one_line(summary.title, summary.title_language, language)}", ""]
    if summary.description:
        lines.extend([_paragraphs(summary.description, summary.description_language, language), ""])
    byline = " · ".join(
        _one_line(part, language, language)
        for part in (summary.scope_label, summary.count_text, summary.generated_by)
    )
    lines.extend([f"*{byline}*", ""])
    if not summary.events:
        lines.extend([escape_markdown(summary.label("no_events")), ""])
    if summary.matrix is not None:
        lines.extend([*_matrix_table(summary.matrix, language), ""])
    linkable = summary.event_ids()
    for event in summary.events:
        lines.extend(_event_section(event, summary, linkable))
        lines.append("")
    return "\n".join(lines)


class MarkdownExporter:
    """Markdown, for notes, wikis and version control."""

    name = "md"
    label = "Markdown"
    extension = "md"
    other_extensions = ("markdown",)
    mime_type = "text/markdown"

    def render(self, request: ExportRequest) -> bytes:
        summary = summary_of(request)
        return render_markdown(summary).encode("utf-8")

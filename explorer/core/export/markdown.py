"""The summary as CommonMark/GitHub Markdown: a heading per event, a participants table, notes.

Sources are numbered endnotes (:mod:`explorer.core.export.endnotes`), as in the handout: an event
cites them as "[1, 4–6]", each number a link to its note in the "Sources" list at the end, where the
quotes are compact. Not ``[^1]`` footnotes: pandoc turns every reference into a note of its own, so
a source cited by three events would get three numbers; plain links to ``<a id>`` anchors keep one
number and render alike on GitHub, in pandoc and in any CommonMark viewer.

Every text from the data is escaped, so a title such as ``*Not* emphasis`` or ``# 1`` prints as
written instead of turning into markup. Markdown has no ``dir`` attribute, so bidi isolation is
done with Unicode isolates (:func:`explorer.core.bidi.isolate_in`): a foreign phrase keeps its own
order, and a text that fell back to another language keeps its own direction.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote as percent_encode

from explorer.core.bidi import LRI, PDI, RLI, isolate, isolate_in, text_direction
from explorer.core.export.base import ExportRequest, summary_of
from explorer.core.export.compact import participant_columns, shows_description
from explorer.core.export.endnotes import (
    Endnote,
    Endnotes,
    citation_language,
    number_runs,
    number_sources,
)
from explorer.core.labels import label
from explorer.core.links import is_live_link
from explorer.core.participation import MatrixTable
from explorer.core.summary import (
    EventRef,
    EventSummary,
    MediaRow,
    ParticipantRow,
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
    """The parties as a table, without the columns no row fills."""
    language = summary.language
    columns = participant_columns(rows)
    headers = [summary.label(key) for key in columns]
    lines = ["| " + " | ".join(headers) + " |", "|" + " --- |" * len(headers)]
    separator = "؛ " if summary.direction == "rtl" else "; "
    for row in rows:
        people = separator.join(
            isolate_in(" ".join(person.split()), person_language or language, language)
            for person, person_language in zip(
                row.representatives, _padded(row.representative_languages, row), strict=True
            )
        )
        cells = {
            "party": _one_line(row.party, row.party_language, language),
            "status": _one_line(row.status_label, language, language),
            "representatives": escape_markdown(people),
            "note": _one_line(row.note, row.note_language, language),
        }
        lines.append("| " + " | ".join(cells[key] for key in columns) + " |")
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


def _note_anchor(number: int) -> str:
    return f"note-{number}"


def _citation(numbers: list[int], document_language: str) -> str:
    """ "[1, 4–6]", each end a link to its note, reading left to right in either direction."""
    if not numbers:
        return ""

    def link(number: int) -> str:
        return f"[{number}](#{_note_anchor(number)})"

    runs = ", ".join(
        link(first) if first == last else f"{link(first)}–{link(last)}"
        for first, last in number_runs(numbers)
    )
    text = f"\\[{runs}\\]"
    return f"{LRI}{text}{PDI}" if text_direction(document_language) == "rtl" else text


def _isolated(text: str, language: str) -> str:
    """``text`` as one isolate in ``language``'s direction (LRI or RLI … PDI)."""
    return f"{RLI if text_direction(language) == 'rtl' else LRI}{text}{PDI}"


def _note_item(note: Endnote, document_language: str) -> list[str]:
    """A numbered list item: the work and where to find it, then its compact quotes."""
    source = note.source
    language = citation_language(source.citation, document_language)
    head = escape_markdown(isolate(" ".join(source.citation.split()), language))
    url = source.url.strip()
    address = (f"<{url}>" if is_live_link(url) else escape_markdown(url)) if url else ""
    if language != document_language:  # the citation and its address in their own order
        head = _isolated(f"{head} — {address}" if address else head, language)
    elif address:  # an address reads left to right, even in an Arabic line
        rtl = text_direction(document_language) == "rtl"
        head += f" — {_isolated(address, 'en') if rtl else address}"
    if source.shipped_text:
        head += f" — {_one_line(source.shipped_text, '', document_language)}"
    marker = f"{note.number}."
    indent = " " * (len(marker) + 1)
    anchor = html.escape(_note_anchor(note.number), quote=True)
    lines = [f'{marker} <a id="{anchor}"></a>{head}']
    for quote in note.quotes():
        text = _one_line(quote.text, quote.language, document_language)
        if quote.is_translation:
            translation = escape_markdown(label("translation", document_language))
            text = f"*{translation}* {text}"
        lines.extend(["", f"{indent}> {text}"])
    if note.note:
        text = _one_line(note.note, source.note_language, document_language)
        lines.extend(["", f"{indent}*{text}*"])
    return lines


def _notes_section(notes: list[Endnote], summary: Summary) -> list[str]:
    lines = [f"## {escape_markdown(summary.label('sources'))}", ""]
    for note in notes:
        lines.extend([*_note_item(note, summary.language), ""])
    return lines


def _media(media: MediaRow, language: str) -> str:
    """ "[caption](url) (credit)": the caption links to the address when it is a web page."""
    shown = _one_line(media.link_text, media.caption_language if media.caption else "en", language)
    if media.url:
        shown = f"[{shown}](<{media.url}>)"
    elif media.caption and media.address:
        shown += f" {_one_line(media.address, 'en', language)}"
    if media.credit:
        shown += (
            f" ({_one_line(media.credit, citation_language(media.credit, language), language)})"
        )
    return shown


def _event_section(
    event: EventSummary, summary: Summary, linkable: frozenset[str], numbers: list[int]
) -> list[str]:
    label = summary.label
    language = summary.language
    lines = [
        f'<a id="{html.escape(_anchor(event.id), quote=True)}"></a>',
        "",
        f"## {_one_line(event.title, event.title_language, language)}",
        "",
        f"- **{label('date')}:** {_one_line(event.date_text, event.date_language, language)}",
    ]
    if event.place:
        place = _one_line(event.place, event.place_language, language)
        lines.append(f"- **{label('place')}:** {place}")
    kind = event.kind_label
    if event.milestone:
        kind = f"{kind} · {label('milestone')}"
    lines.append(f"- **{label('kind')}:** {_one_line(kind, language, language)}")
    if event.media is not None:
        lines.append(f"- **{label('media')}:** {_media(event.media, language)}")
    citation = _citation(numbers, language)
    if event.summary:
        text = _paragraphs(event.summary, event.summary_language, language)
        lines.extend(["", f"{text} {citation}" if citation else text])
    elif citation:
        lines.extend(["", citation])
    for key, refs in (("causes", event.causes), ("led_to", event.led_to)):
        if refs:
            lines.extend(["", f"### {label(key)}", ""])
            lines.extend(f"- {_reference(ref, linkable, language)}" for ref in refs)
    if event.participants:
        lines.extend(["", f"### {label('participants')}", ""])
        lines.extend(_participants_table(event.participants, summary))
    return lines


def render_markdown(summary: Summary) -> str:
    """The whole Markdown document for ``summary``."""
    language = summary.language
    lines = [f"# {_one_line(summary.title, summary.title_language, language)}", ""]
    if shows_description(summary):
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
    endnotes: Endnotes = number_sources(summary.events)
    for event, numbers in zip(summary.events, endnotes.citations, strict=True):
        lines.extend(_event_section(event, summary, linkable, numbers))
        lines.append("")
    if endnotes.notes:
        lines.extend(_notes_section(endnotes.notes, summary))
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

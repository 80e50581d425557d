"""The summary as CommonMark/GitHub Markdown: a heading per event, a participants table, quotes.

Every text from the data is escaped, so a title such as ``*Not* emphasis`` or ``# 1`` prints as
written instead of turning into markup.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote as percent_encode

from explorer.core.export.base import ExportRequest
from explorer.core.summary import (
    EventRef,
    EventSummary,
    ParticipantRow,
    SourceRow,
    Summary,
    build_summary,
)

# ASCII punctuation that can start markup anywhere in a line; CommonMark lets any of it be escaped.
_INLINE_MARKUP = re.compile(r"([\\`*_{}\[\]<>#|!&~])")
# At the start of a line these begin a list, a heading underline or an ordered list.
_LINE_START_MARKUP = re.compile(r"^([ \t]*)([-+=])", re.MULTILINE)
_ORDERED_LIST_MARKER = re.compile(r"^([ \t]*\d+)([.)])", re.MULTILINE)
_SAFE_URL = re.compile(r"^https?://[^\s<>]+$", re.IGNORECASE)


def escape_markdown(text: str) -> str:
    """``text`` with everything Markdown would read as markup backslash-escaped."""
    text = _INLINE_MARKUP.sub(r"\\\1", text)
    text = _LINE_START_MARKUP.sub(r"\1\\\2", text)
    return _ORDERED_LIST_MARKER.sub(r"\1\\\2", text)


def _one_line(text: str) -> str:
    """Escaped text for a heading, list item or table cell, where a newline would end it."""
    return escape_markdown(" ".join(text.split()))


def _paragraphs(text: str) -> str:
    """Escaped paragraphs; leading spaces are dropped so no line turns into a code block."""
    lines = [line.strip() for line in text.strip().splitlines()]
    return escape_markdown("\n".join(lines))


def _anchor(event_id: str) -> str:
    return f"event-{event_id}"


def _reference(ref: EventRef, linkable: frozenset[str]) -> str:
    title = _one_line(ref.title)
    if ref.id in linkable:
        return f"[{title}](#{percent_encode(_anchor(ref.id), safe='')})"
    return title


def _participants_table(rows: list[ParticipantRow], summary: Summary) -> list[str]:
    headers = [summary.label(key) for key in ("party", "status", "representatives", "note")]
    lines = ["| " + " | ".join(headers) + " |", "|" + " --- |" * len(headers)]
    for row in rows:
        separator = "؛ " if summary.direction == "rtl" else "; "
        cells = [row.party, row.status_label, separator.join(row.representatives), row.note]
        lines.append("| " + " | ".join(_one_line(cell) for cell in cells) + " |")
    return lines


def _source_item(source: SourceRow) -> list[str]:
    head = _one_line(source.citation)
    if source.url:
        url = source.url.strip()
        head += f" — <{url}>" if _SAFE_URL.match(url) else f" — {_one_line(url)}"
    lines = [f"- {head}"]
    if source.quote:
        lines.append("")
        lines.extend(
            f"  > {line}" if line else "  >" for line in _paragraphs(source.quote).splitlines()
        )
    if source.note:
        lines.extend(["", f"  *{_one_line(source.note)}*"])
    return lines


def _event_section(event: EventSummary, summary: Summary, linkable: frozenset[str]) -> list[str]:
    label = summary.label
    lines = [
        f'<a id="{html.escape(_anchor(event.id), quote=True)}"></a>',
        "",
        f"## {_one_line(event.title)}",
        "",
        f"- **{label('date')}:** {_one_line(event.date_text)}",
    ]
    if event.place:
        lines.append(f"- **{label('place')}:** {_one_line(event.place)}")
    lines.append(f"- **{label('kind')}:** {_one_line(event.kind_label)}")
    if event.summary:
        lines.extend(["", _paragraphs(event.summary)])
    for key, refs in (("causes", event.causes), ("led_to", event.led_to)):
        if refs:
            lines.extend(["", f"### {label(key)}", ""])
            lines.extend(f"- {_reference(ref, linkable)}" for ref in refs)
    if event.participants:
        lines.extend(["", f"### {label('participants')}", ""])
        lines.extend(_participants_table(event.participants, summary))
    if event.sources:
        lines.extend(["", f"### {label('sources')}", ""])
        for number, source in enumerate(event.sources):
            if number:
                lines.append("")  # a loose list: a quote never runs into the next item
            lines.extend(_source_item(source))
    return lines


def render_markdown(summary: Summary) -> str:
    """The whole Markdown document for ``summary``."""
    lines = [f"# {_one_line(summary.title)}", ""]
    if summary.description:
        lines.extend([_paragraphs(summary.description), ""])
    byline = " · ".join(
        escape_markdown(part)
        for part in (summary.scope_label, summary.count_text, summary.generated_by)
    )
    lines.extend([f"*{byline}*", ""])
    if not summary.events:
        lines.extend([escape_markdown(summary.label("no_events")), ""])
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
        summary = build_summary(request.dataset, request.events, request.language, request.scope)
        return render_markdown(summary).encode("utf-8")

"""The summary as a spreadsheet: one row per event, UTF-8 with a byte-order mark.

The byte-order mark makes Excel read Arabic correctly. Cells that a spreadsheet would take for a
formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) get a leading
apostrophe, so opening an export never runs anything (OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import io

from explorer.core.export.base import ExportRequest
from explorer.core.labels import label
from explorer.core.summary import EventSummary, Summary, build_summary

BYTE_ORDER_MARK = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: The columns, as label keys: the header row shows them in the export's language.
COLUMNS = (
    "id",
    "kind",
    "start",
    "end",
    "date",
    "title",
    "place",
    "summary",
    "causes",
    "participants",
    "sources",
)


def neutralize_formula(cell: str) -> str:
    """``cell`` with a leading apostrophe when a spreadsheet would read it as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def participants_cell(event: EventSummary) -> str:
    """ "Belarus: Signed (Shushkevich — Chairman; Kebich — Prime Minister) | Georgia: Absent"."""
    parts = []
    for row in event.participants:
        text = f"{row.party}: {row.status_label}"
        if row.representatives:
            text += f" ({'; '.join(row.representatives)})"
        if row.note:
            text += f" [{row.note}]"
        parts.append(text)
    return " | ".join(parts)


def sources_cell(event: EventSummary, language: str = "en") -> str:
    """Each source as its citation, its quote in quotation marks (and the quote's translation,
    marked as one, in ``language``) and its URL, ``|``-separated."""
    parts = []
    for source in event.sources:
        text = source.citation
        if source.quote:
            text += f": “{' '.join(source.quote.split())}”"
        if source.translation:
            text += f" ({label('translation', language)} “{' '.join(source.translation.split())}”)"
        if source.url:
            text += f" <{source.url}>"
        if source.shipped_text:
            text += f" ({source.shipped_text})"
        parts.append(text)
    return " | ".join(parts)


def event_row(event: EventSummary, language: str = "en") -> list[str]:
    """The cells of one event, in :data:`COLUMNS` order, before neutralization."""
    return [
        event.id,
        event.kind_label,
        event.start,
        event.end,
        event.date_text,
        event.title,
        event.place,
        event.summary,
        ";".join(cause.id for cause in event.causes),
        participants_cell(event),
        sources_cell(event, language),
    ]


def render_csv(summary: Summary) -> str:
    """The CSV text (without the byte-order mark), headers in the summary's language."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([summary.label(key) for key in COLUMNS])
    for event in summary.events:
        writer.writerow([neutralize_formula(cell) for cell in event_row(event, summary.language)])
    return buffer.getvalue()


class CsvExporter:
    """Comma-separated values, for spreadsheets."""

    name = "csv"
    label = "CSV (spreadsheet)"
    extension = "csv"
    mime_type = "text/csv"

    def render(self, request: ExportRequest) -> bytes:
        summary = build_summary(request.dataset, request.events, request.language, request.scope)
        return (BYTE_ORDER_MARK + render_csv(summary)).encode("utf-8")

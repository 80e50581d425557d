"""Rules every summary for reading shares (Markdown, HTML, the handout): what to leave out.

The data formats (CSV, JSON) keep everything; a document for people drops what says nothing.
"""

from __future__ import annotations

from explorer.core.summary import ParticipantRow, Summary


def participant_columns(rows: list[ParticipantRow]) -> list[str]:
    """The participant table's columns: party and status, and the others some row fills."""
    columns = ["party", "status"]
    if any(row.representatives for row in rows):
        columns.append("representatives")
    if any(row.note for row in rows):
        columns.append("note")
    return columns


def shows_description(summary: Summary) -> bool:
    """Whether a summary opens with the dataset's description: not when it is about one or two
    events, which the description is not about."""
    return bool(summary.description) and len(summary.events) > 2

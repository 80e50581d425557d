"""One event's summary for the clipboard: as plain text for a chat, as HTML for a document.

The plain text has the title, the date and place, the summary, causes and consequences, the
participants with their offices and status, and the numbered sources with their addresses. Bidi
isolates keep an English name inside Arabic in its own order. The HTML is the handout's markup
for the event alone (:func:`explorer.core.export.print_html.render_handout`), sources as notes.
"""

from __future__ import annotations

from explorer.core.bidi import isolate_in
from explorer.core.export.print_html import render_handout
from explorer.core.summary import EventSummary, Summary


def _line(text: str, language: str, document_language: str) -> str:
    return isolate_in(" ".join(text.split()), language or document_language, document_language)


def event_plain_text(summary: Summary, event: EventSummary) -> str:
    """``event`` (from ``summary``) as lines of plain text."""
    language = summary.language

    def line(text: str, text_language: str = "") -> str:
        return _line(text, text_language, language)

    lines = [line(event.title, event.title_language)]
    meta = [event.kind_label, event.date_text]
    if event.place:
        meta.append(line(event.place, event.place_language))
    lines.append(" · ".join(meta))
    if event.summary:
        lines += ["", *(line(part, event.summary_language) for part in event.summary.split("\n\n"))]
    for key, refs in (("causes", event.causes), ("led_to", event.led_to)):
        if refs:
            names = " · ".join(line(ref.title, ref.language) for ref in refs)
            lines += ["", f"{summary.label(key)}: {names}"]
    if event.participants:
        lines += ["", f"{summary.label('participants')}:"]
        for row in event.participants:
            people = "; ".join(line(person) for person in row.representatives)
            entry = f"- {line(row.party, row.party_language)} ({row.status_label})"
            if people:
                entry += f": {people}"
            if row.note:
                entry += f" — {line(row.note, row.note_language)}"
            lines.append(entry)
    if event.sources:
        lines += ["", f"{summary.label('sources')}:"]
        for number, source in enumerate(event.sources, start=1):
            entry = f"{number}. {line(source.citation)}"
            if source.url:
                entry += f" {isolate_in(source.url, 'en', language)}"
            lines.append(entry)
    return "\n".join(lines) + "\n"


def event_html(summary: Summary) -> str:
    """The events of ``summary`` as the handout shows them, without the handout's opening."""
    return render_handout(summary, picture=False, opening=False)

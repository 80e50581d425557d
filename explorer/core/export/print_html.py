"""The summary as a compact handout: the markup the PDF, print and ODT exports lay out.

Compared with the web page (:mod:`explorer.core.export.html`), the events run on without boxes,
each source becomes a numbered endnote cited from the event ("¹ ²"), a source cited by several
events keeps one number (its quotes gathered under it), and the quotes are set small at the end,
long ones shortened at a word to about :data:`QUOTE_LIMIT` characters, a quote in another
language by its translation alone. The opening block holds the
title, the span the events cover and a picture of the timeline (the ``timeline`` image resource,
which the Qt layer paints). Event titles are the only ``<h2>`` but the matrix's and the notes';
the PDF makes its outline from the ``<h2>`` headings. There are no ``<a name>`` anchors: Qt's
HTML import slows down with each one (10,000 of them took 3 s of a 4 s import).
"""

from __future__ import annotations

from html import escape

from explorer.core.bidi import isolate_in
from explorer.core.export.html import _DocumentWriter
from explorer.core.export.html_style import print_style
from explorer.core.links import is_live_link
from explorer.core.summary import EventSummary, ParticipantRow, SourceRow, Summary

TIMELINE_IMAGE = "timeline-picture"
"""The name of the image resource the opening block shows, when the caller provides it."""

QUOTE_LIMIT = 240
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


def _source_key(source: SourceRow) -> tuple[str, str, str, str]:
    return (source.citation, source.url, source.shipped_text, source.note)


def shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    """``text`` on one line, cut at a word before ``limit`` characters with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"


def _number_list(numbers: list[int]) -> str:
    """ "1–3, 5": runs of three or more consecutive numbers as a range."""
    parts: list[str] = []
    run: list[int] = []
    for number in [*sorted(set(numbers)), -1]:
        if run and number == run[-1] + 1:
            run.append(number)
            continue
        if len(run) >= 3:
            parts.append(f"{run[0]}–{run[-1]}")
        else:
            parts.extend(str(item) for item in run)
        run = [number]
    return ", ".join(parts)


class _HandoutWriter(_DocumentWriter):
    """Writes the handout; collects the sources as it goes and prints them as endnotes."""

    def __init__(self, summary: Summary, picture: bool, opening: bool) -> None:
        super().__init__(summary, for_print=True)
        self.picture = picture
        self.opening = opening
        self.notes: dict[tuple[str, str, str, str], list[SourceRow]] = {}
        """Each source cited, in order of first citation: its rows (one per quote)."""

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
        if summary.description and len(summary.events) > 2:  # a one-event handout is about it
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

    def cite(self, sources: list[SourceRow]) -> str:
        """The endnote numbers of ``sources``, numbering the new ones."""
        numbers = []
        for source in sources:
            key = _source_key(source)
            if key not in self.notes:
                self.notes[key] = []
            rows = self.notes[key]
            if source not in rows:
                rows.append(source)
            numbers.append(list(self.notes).index(key) + 1)
        if not numbers:
            return ""
        numbers_text = isolate_in(f"[{_number_list(numbers)}]", "en", self.language)
        return f' <span class="cite">{_text(numbers_text)}</span>'

    def event(self, event: EventSummary) -> None:
        self.write(f"<h2>{self.inline(event.title, event.title_language)}</h2>")
        meta = f'<span class="badge">{_text(event.kind_label)}</span> · {self.date(event)}'
        if event.place:
            meta += (
                f' · <span class="place">{self.inline(event.place, event.place_language)}</span>'
            )
        citation = self.cite(event.sources)
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

    def participants(self, rows: list[ParticipantRow]) -> None:
        """The parties as a tight table, without the columns no row fills."""
        columns = ["party", "status"]
        if any(row.representatives for row in rows):
            columns.append("representatives")
        if any(row.note for row in rows):
            columns.append("note")
        self.section_start("participants")
        self.write(
            '<table class="participants" width="100%" cellspacing="0" cellpadding="2" border="1">',
            "<thead><tr>",
            *(f"<th>{_text(self.summary.label(key))}</th>" for key in columns),
            "</tr></thead><tbody>",
        )
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
        self.write("</tbody></table>")
        self.section_end()

    def endnotes(self) -> None:
        if not self.notes:
            return
        self.write(f"<h2>{_text(self.summary.label('sources'))}</h2>")
        for number, rows in enumerate(self.notes.values(), start=1):
            source = rows[0]
            citation = self.inline(source.citation)
            url = source.url.strip()
            if url and is_live_link(url):
                citation += f' <a class="url" href="{_text(url)}">{self.inline(url, "en")}</a>'
            elif url:
                citation += f' <span class="url">{self.inline(url, "en")}</span>'
            if source.shipped_text:
                citation += f" ({self.inline(source.shipped_text)})"
            if source.note:
                citation += f" — {self.inline(shorten(source.note), source.note_language)}"
            self.write(f'<p class="endnote"><span class="number">{number}.</span> {citation}</p>')
            for row in rows:
                self.quote_note(row)

    def quote_note(self, source: SourceRow) -> None:
        """A source's quote, shortened, in its own language; when a translation into the
        reader's language exists, the translation alone, marked as one (the full quote is in the
        HTML and Markdown exports)."""
        if source.translation:
            marker = _text(self.summary.label("translation"))
            attributes = self.block_attributes(source.translation_language)
            text = self.block_text(shorten(source.translation), source.translation_language)
            self.write(f'<p class="endnote-quote"{attributes}><i>{marker}</i> {text}</p>')
        elif source.quote:
            language = source.quote_language
            attributes = self.block_attributes(language) if language else ' dir="auto"'
            text = self.block_text(f"“{shorten(source.quote)}”", language)
            self.write(f'<p class="endnote-quote"{attributes}>{text}</p>')


def render_handout(summary: Summary, *, picture: bool = True, opening: bool = True) -> str:
    """The handout's QTextDocument markup; ``picture`` shows the timeline image resource.

    Without ``opening``, only the events and their notes: no title block, matrix or colophon.
    """
    return _HandoutWriter(summary, picture, opening).document()

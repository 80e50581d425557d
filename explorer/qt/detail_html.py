"""The detail pane's rich text: participants' notes and sources, escaped and in their own direction.

Every piece of data is escaped (data never turns into markup) and each paragraph runs in the
direction of the language its text is in, with runs of the other direction isolated. Qt's rich
text ignores ``<bdi>``, so the isolates are Unicode's FSI … PDI, which Qt's layout honours.
"""

from __future__ import annotations

import html
import unicodedata

from explorer.core.bidi import FSI, PDI, isolate, isolate_in, text_and_language, text_direction
from explorer.core.labels import kind_label, label
from explorer.core.links import is_live_link
from explorer.core.schema import Event, Media, Participant, Source
from explorer.core.summary import media_row, quote_translation
from explorer.qt.detail_models import embedded_text, status_label
from explorer.qt.source_article import shipped_article_name


def _guess_language(text: str) -> str:
    """ "ar" when the text's first strong character is right-to-left, else "en".

    For texts that carry no language, such as a citation, so their paragraph runs the right way.
    """
    for char in text:
        bidi_class = unicodedata.bidirectional(char)
        if bidi_class in ("R", "AL"):
            return "ar"
        if bidi_class == "L":
            return "en"
    return "en"


def _paragraph(text: str, language: str, style: str = "") -> str:
    """One rich-text paragraph of plain ``text`` in ``language``: escaped, isolated, directed.

    Qt's rich text ignores ``<bdi>``, so other-direction runs are isolated with FSI … PDI, which it
    honours.
    """
    attributes = f' style="{style}"' if style else ""
    body = html.escape(isolate(text, language))
    return f'<p dir="{text_direction(language)}"{attributes}>{body}</p>'


def notes_html(participants: list[Participant], language: str) -> str:
    """Why each party did not sign, or anything else noted of it: a paragraph per party.

    Each paragraph runs in the direction of its note's language; the party and status, in the
    interface language, are isolated within it when that direction differs.
    """
    paragraphs = []
    for participant in participants:
        note, note_language = text_and_language(participant.note, language)
        if not note:
            continue
        party = html.escape(embedded_text(participant.party, language, note_language))
        status = status_label(participant.status, language)
        if text_direction(language) != text_direction(note_language):
            status = f"{FSI}{status}{PDI}"
        status = html.escape(status)
        body = html.escape(isolate(note, note_language))
        paragraphs.append(
            f'<p dir="{text_direction(note_language)}" style="margin-bottom:6px">'
            f"<b>{party}</b> ({status}): {body}</p>"
        )
    return "".join(paragraphs)


def _safe_url(url: str) -> str:
    """The URL if it may be a live link: a web or mail address, or a text shipped with the app.

    ``javascript:``, ``file:`` and the like are shown as text, never linked.
    """
    if shipped_article_name(url) is not None:
        return url
    return url.strip() if is_live_link(url) else ""


def kind_line(event: Event, language: str) -> str:
    """The line above the title: the kind, and "Milestone" for an event marked as one."""
    words = [kind_label(event.kind, language)]
    if event.milestone:
        words.append(label("milestone", language))
    return " · ".join(words).upper()


def media_html(media: Media | None, language: str) -> str:
    """ "Media: caption (credit)", the caption a link to a web address; "" without media.

    Only http and https addresses are linked; any other is shown as text after the caption.
    """
    row = media_row(media, language)
    if row is None:
        return ""
    text_language = row.caption_language if row.caption else "en"
    shown = html.escape(isolate_in(row.link_text, text_language, language))
    if row.url:
        shown = f'<a href="{html.escape(row.url, quote=True)}">{shown}</a>'
    elif row.caption and row.address:
        shown += f" {FSI}{html.escape(row.address)}{PDI}"
    if row.credit:
        credit_language = _guess_language(row.credit)
        shown += f" ({html.escape(isolate_in(row.credit, credit_language, language))})"
    marker = html.escape(label("media", language))
    return f'<p dir="{text_direction(language)}"><b>{marker}:</b> {shown}</p>'


def sources_html(
    sources: list[Source], language: str, media: Media | None = None, muted: str = "#4b5563"
) -> str:
    """Each source as its quote (in the quote's own direction), its citation and any note;
    the event's media, if any, first. Translations and citations are in the ``muted`` colour
    (the pane passes one mixed from its palette)."""
    blocks = [media_html(media, language)] if media is not None else []
    for source in sources:
        if source.quote:
            quote_language = source.quote_language or _guess_language(source.quote)
            open_mark, close_mark = ("«", "»") if text_direction(quote_language) == "rtl" else "“”"
            blocks.append(
                _paragraph(
                    f"{open_mark}{source.quote}{close_mark}", quote_language, "margin-top:8px"
                )
            )
            translation, translation_language = quote_translation(source, language)
            if translation:
                marker = html.escape(label("translation", language))
                blocks.append(
                    f'<p dir="{text_direction(translation_language)}" style="color:{muted}">'
                    f"<i>{marker}</i> {html.escape(isolate(translation, translation_language))}</p>"
                )
        citation_language = _guess_language(source.citation)
        citation = html.escape(isolate(source.citation, citation_language))
        url = _safe_url(source.url)
        if url:
            citation = f'<a href="{html.escape(url, quote=True)}">{citation}</a>'
        dash = "— " if source.quote else ""  # a citation answers its quote; alone, it stands
        direction = text_direction(citation_language)
        blocks.append(f'<p dir="{direction}" style="color:{muted}">{dash}{citation}</p>')
        note, note_language = text_and_language(source.note, language)
        if note:
            blocks.append(_paragraph(note, note_language, "font-style:italic"))
    return "".join(blocks)

"""A TimelineJS slide's media: a link with its credit and caption, or a source when it is no link.

TimelineJS media are web addresses (a picture, a video, a page), embedded markup (a quote in a
``<blockquote>``) or paths on TimelineJS's own site. A web address becomes the event's
:class:`~explorer.core.schema.Media`; the others, and thumbnails and background images, a
:class:`~explorer.core.schema.Source`, so nothing imported is lost and nothing is fetched.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from explorer.core.importers._common import is_web_address, language_of, localized
from explorer.core.importers.html_text import html_to_text, plain_text
from explorer.core.schema import Media, Source

_CITE = re.compile(r"<cite\b[^>]*>(.*?)</cite\s*>", re.IGNORECASE | re.DOTALL)


def web_media(address: str, credit: str = "", caption: str = "") -> Media | None:
    """A media item for a web address (HTML credit and caption become plain text); None when the
    address is not one (an embedded quote, a path on the tool's own site: see
    :func:`media_source`)."""
    address = address.strip()
    if not is_web_address(address):
        return None
    credit = "; ".join(line for line in html_to_text(credit).split("\n") if line.strip())
    caption = html_to_text(caption)
    return Media(
        url="https:" + address if address.startswith("//") else address,
        credit=credit,
        caption=localized(caption, language_of(caption, credit)),
    )


def media_source(
    address: str, credit: str = "", caption: str = "", kind: str = ""
) -> Source | None:
    """A source for a media item, so nothing imported is lost; None if there is nothing.

    ``address``, ``credit`` and ``caption`` may be HTML. A web address becomes the ``url``
    (protocol-relative ones get ``https:``) and its host the citation when there is no credit;
    embedded markup (a ``<blockquote>``, say) becomes the quote, and its ``<cite>`` the citation
    when there is no credit; anything else, such as a path
    relative to the tool's own site, is kept in the note. ``kind`` ("Thumbnail"…) starts the note.
    """
    address = address.strip()
    credit = "; ".join(line for line in html_to_text(credit).split("\n") if line.strip())
    caption = html_to_text(caption)
    if not (address or credit or caption):
        return None
    url = quote = ""
    notes = [kind, caption]
    if is_web_address(address):
        url = "https:" + address if address.startswith("//") else address
    elif "<" in address or any(character.isspace() for character in address):
        quote, cited = _quote_and_cite(address)
        credit = credit or cited
    else:
        notes.append(plain_text(address))
    citation = (
        credit
        or (urlsplit(url).hostname or "" if url else "")
        or kind
        or ("Embedded quote" if quote else "Media")
    )
    note = " — ".join(note for note in notes if note)
    language = language_of(quote, caption, credit)
    return Source(
        citation=citation,
        quote=quote,
        quote_language=language if quote else "",
        url=url,
        note=localized(note, language),
    )


def _quote_and_cite(html: str) -> tuple[str, str]:
    """The text of an embedded quote, and who it cites (its ``<cite>``, TimelineJS's way)."""
    found = _CITE.search(html)
    if found is None:
        return html_to_text(html), ""
    cited = " ".join(html_to_text(found.group(1)).split()).lstrip("—–- ")
    return html_to_text(html[: found.start()] + html[found.end() :]), cited

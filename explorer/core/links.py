"""Which links from a file may be followed: web pages and e-mail addresses, nothing else.

A timeline file can carry any URL (``file:///etc/passwd``, ``javascript:…``); only ``http``,
``https`` and ``mailto`` links are ever made live, in the window and in HTML exports.
"""

from __future__ import annotations

from urllib.parse import urlsplit

LIVE_SCHEMES = frozenset({"http", "https", "mailto"})
#: Characters a link must not hold unescaped: they would end it in HTML or Markdown.
_NOT_IN_A_LINK = frozenset('<>"`')


def is_live_link(url: str) -> bool:
    """Whether ``url`` may become a clickable link: an http(s) page with a host, or a mailto."""
    text = url.strip()
    if not text or any(ord(character) < 33 or character in _NOT_IN_A_LINK for character in text):
        return False
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme not in LIVE_SCHEMES:
        return False
    return bool(parts.path) if scheme == "mailto" else bool(parts.netloc)

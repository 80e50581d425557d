"""The Timeline's descriptions → plain text: their reStructuredText markup as a reader sees it.

The Timeline shows a description as typed, and its authors type reStructuredText (its own release
notes do): headings underlined with ``====``, ``* `` bullets, ``**bold**``, ````code````,
```text <https://…>`_`` links. We keep what a reader sees: headings as paragraphs, bullets as
"• " lines, a wrapped line joined to the one it continues, emphasis without its stars, links as
"text (address)". Descriptions that were saved on one line (older versions did) get their
headings and bullets back. A description written in HTML goes through :mod:`.html_text`.
"""

from __future__ import annotations

import re

from explorer.core.importers.html_text import html_to_text, neutralize_tags

_HTML_TAG = re.compile(r"<(?:p|br|a|b|i|em|strong|ul|ol|li|div|span)\b[^>]*>", re.IGNORECASE)
_UNDERLINE = re.compile(r"^\s*([=\-~^#*+])\1{2,}\s*$")
_BULLET = re.compile(r"^\s*[*\-+•]\s+")
#: A heading underline or a bullet inside a description saved on one line.
_INLINE_UNDERLINE = re.compile(r"\s+={3,}\s+")
_INLINE_BULLET = re.compile(r"\s+\*\s+(?=\S)")
#: A label such as "Bug fixes:" before a list, inside a description saved on one line.
_INLINE_LABEL = re.compile(r"(?<=[\w.)!?])\s+([A-Z][\w']*(?:[ ,]+[\w']+){0,3}:)(?=\s+\*\s)")
_LINK = re.compile(r"`([^`<>]*?)\s*<([^<>`\s]+)>`__?")
_BARE_LINK = re.compile(r"`([^`]+)`__?")
_LITERAL = re.compile(r"``(.+?)``", re.DOTALL)
_STRONG = re.compile(r"\*\*\s*(.+?)\s*\*\*", re.DOTALL)
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", re.DOTALL)


def description_text(text: str) -> str:
    """A description as plain text with paragraphs, bullets and links (HTML or reST)."""
    if _HTML_TAG.search(text):
        return html_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if "\n" not in text and _INLINE_UNDERLINE.search(text):
        text = _INLINE_UNDERLINE.sub("\n\n", text, count=1)
        text = _INLINE_LABEL.sub(r"\n\n\1", text)
        text = _INLINE_BULLET.sub("\n* ", text)
    paragraphs = [_paragraph(block) for block in re.split(r"\n\s*\n", text)]
    return neutralize_tags("\n\n".join(paragraph for paragraph in paragraphs if paragraph))


def _paragraph(block: str) -> str:
    """One block: underlines dropped, bullets on their own lines, wrapped lines joined."""
    lines: list[str] = []
    for raw in block.split("\n"):
        if not raw.strip() or _UNDERLINE.match(raw):
            continue
        if _BULLET.match(raw):
            lines.append("• " + _BULLET.sub("", raw).strip())
        elif lines and raw[:1].isspace():
            lines[-1] += " " + raw.strip()  # a bullet's text continued
        elif lines and not lines[-1].startswith("• ") and not lines[-1].endswith(":"):
            lines[-1] += " " + raw.strip()  # a wrapped line of a paragraph
        else:
            lines.append(raw.strip())
    return "\n".join(_inline(line) for line in lines)


def _inline(text: str) -> str:
    """Inline markup as a reader sees it: links as "text (address)", no stars or backquotes."""
    text = _LINK.sub(lambda match: _link(match.group(1), match.group(2)), text)
    text = _LITERAL.sub(r"\1", text)
    text = _BARE_LINK.sub(r"\1", text)
    text = _STRONG.sub(r"\1", text)
    return _EMPHASIS.sub(r"\1", text)


def _link(label: str, address: str) -> str:
    label = " ".join(label.split())
    return f"{label} ({address})" if label and label != address else address

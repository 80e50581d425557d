"""HTML → plain text for imported texts (TimelineJS headlines, texts, credits and captions).

Our datasets hold plain text only, so that nothing imported can ever become markup in the window or
in an HTML export. Tags are removed with :class:`html.parser.HTMLParser` (a real tokenizer, never a
regular expression alone); what a reader sees survives: paragraphs and line breaks, list items, link
texts with their address in parentheses, entities as the characters they stand for. The contents of
``<script>``, ``<style>`` and ``<template>`` are dropped. A ``<`` that would start a tag in the
result (from ``&lt;b&gt;``, say) gets a space after it, so the text never reads as a tag again.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: Elements whose content is never text for a reader.
_HIDDEN = frozenset({"script", "style", "template"})
#: Elements that start and end a paragraph (a blank line).
_PARAGRAPHS = frozenset(
    {
        "p",
        "div",
        "blockquote",
        "pre",
        "table",
        "ul",
        "ol",
        "dl",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "nav",
        "figure",
        "figcaption",
        "address",
        "hr",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
    }
)
#: Elements that start a new line.
_LINES = frozenset({"br", "li", "tr", "dt", "dd", "caption"})
#: The class of TimelineJS's notes (``<span class="tl-note">``), shown as a paragraph of their own.
_NOTE_CLASS = "tl-note"
#: Link schemes worth showing to a reader; a ``javascript:`` address is not.
_SHOWN_SCHEMES = ("http://", "https://", "mailto:", "ftp://", "//")

# Text has its whitespace collapsed to spaces, so newlines in the parts are always breaks.
_PARAGRAPH_BREAK = "\n\n"
_LINE_BREAK = "\n"
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_ONLY_PUNCTUATION = re.compile(r"^[.,;:·•—–\-]+$")
_DOUBLED_STOP = re.compile(r"([.!?…])[ \t]+[.,;:](?=\s|$)")
_TAG_START = re.compile(r"<(?=[A-Za-z!/?])")


class _TextCollector(HTMLParser):
    """Collects the visible text of an HTML fragment, with break markers between blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden_depth = 0
        self._pre_depth = 0
        self._links: list[tuple[str, int]] = []  # (href, index of the first part of the link)
        self._spans: list[bool] = []  # for each open <span>, whether it is a TimelineJS note

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden_depth += 1
            return
        if tag == "pre":
            self._pre_depth += 1
        if tag in _PARAGRAPHS:
            self.parts.append(_PARAGRAPH_BREAK)
        elif tag in _LINES:
            self.parts.append(_LINE_BREAK)
            if tag == "li":
                self.parts.append("• ")
        elif tag == "a":
            href = next((value or "" for name, value in attrs if name == "href"), "")
            self._links.append((href.strip(), len(self.parts)))
        elif tag == "span":
            classes = next((value or "" for name, value in attrs if name == "class"), "")
            self._spans.append(_NOTE_CLASS in classes.split())
            if self._spans[-1]:
                self.parts.append(_PARAGRAPH_BREAK)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <hr/>: a break; a self-closed <script/> or <a/> has no content to hide or link.
        if tag in _PARAGRAPHS:
            self.parts.append(_PARAGRAPH_BREAK)
        elif tag in _LINES:
            self.parts.append(_LINE_BREAK)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden_depth = max(0, self._hidden_depth - 1)
            return
        if tag == "pre":
            self._pre_depth = max(0, self._pre_depth - 1)
        if tag in _PARAGRAPHS:
            self.parts.append(_PARAGRAPH_BREAK)
        elif tag == "a" and self._links:
            href, first = self._links.pop()
            self._append_address(href, "".join(self.parts[first:]))
        elif tag == "span" and self._spans and self._spans.pop():
            self.parts.append(_PARAGRAPH_BREAK)

    def handle_data(self, data: str) -> None:
        if self._hidden_depth:
            return
        if self._pre_depth:
            self.parts.append(data.replace("\r\n", "\n").replace("\r", "\n"))
        else:
            self.parts.append(_SPACES.sub(" ", data))

    def close(self) -> None:
        super().close()
        while self._links:  # links left open at the end still show their address
            href, first = self._links.pop()
            self._append_address(href, "".join(self.parts[first:]))

    def _append_address(self, href: str, link_text: str) -> None:
        shown = " ".join(link_text.split())
        if not href or not href.lower().startswith(_SHOWN_SCHEMES) or href == shown:
            return
        self.parts.append(f" ({href})" if shown else href)


def html_to_text(html: str) -> str:
    """The text a reader sees in an HTML fragment, with paragraph and line breaks kept."""
    if not html:
        return ""
    collector = _TextCollector()
    try:
        collector.feed(html)
        collector.close()
    except (AssertionError, ValueError):
        # Old markup-declaration edge cases ("<![if …") can trip the parser; whatever it had read
        # is kept and the unread rest becomes plain text, neutralized below like everything else.
        collector.parts.append(collector.rawdata)
    return _tidy("".join(collector.parts))


def plain_text(text: str) -> str:
    """A text that may or may not be HTML, as plain text (quick exit when it has no markup)."""
    if "<" not in text and "&" not in text:
        return _TAG_START.sub("< ", " ".join(text.split()))
    return html_to_text(text)


def neutralize_tags(text: str) -> str:
    """``text`` with a space after each ``<`` that would start a tag, so it never reads as one."""
    return _TAG_START.sub("< ", text)


def _tidy(text: str) -> str:
    """At most one blank line in a row, no spaces around line breaks, no tag-like ``<``, no stray
    punctuation (a line of only a dash or a full stop, a full stop after a full stop)."""
    lines = [line.strip(" ") for line in text.split("\n")]
    lines = ["" if _ONLY_PUNCTUATION.match(line) else line for line in lines]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return neutralize_tags(_DOUBLED_STOP.sub(r"\1", text))

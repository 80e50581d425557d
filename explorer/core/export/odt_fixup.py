"""Finishing touches on an OpenDocument Text file written by Qt's ``QTextDocumentWriter``.

Qt writes neither a paragraph's direction nor a table's, so an Arabic handout opened in a word
processor ran left to right; it writes a table ``width="100%"`` as ``100pt`` and its columns'
widths as percentages, which word processors ignore (sharing the width equally); it gives the
font's size, weight and family only for Latin ("western") text, while word processors set Arabic
by the "complex script" ones; and it writes a table cell's top alignment as text raised by a
whole line (``style:text-position="100%"``), which word processors obey, leaving two blank lines
under every line of a cell. This adds ``style:writing-mode="rl-tb"`` to the named right-to-left
paragraph styles and to every table of a right-to-left document, makes the 100pt tables span the
text width and the columns' percentages lengths and relative widths, copies the font properties
to their complex-script twins and drops the raise (the cells are aligned to their top already).
The package is rewritten with its ``mimetype`` first and stored, as the format requires.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Collection, Mapping

_PARAGRAPH_STYLE = re.compile(
    r'(<style:style style:name="(?P<name>[^"]+)" style:family="paragraph">\s*'
    r"<style:paragraph-properties)(?P<rest>[^>]*?)(/?>)"
)
_TEXT_PROPERTIES = re.compile(r"<style:text-properties([^>]*?)(/?>)")
# Word processors size and weigh Arabic ("complex" script) text by its own properties.
_COMPLEX_SCRIPT = (
    ("fo:font-size", "style:font-size-complex"),
    ("fo:font-weight", "style:font-weight-complex"),
    ("fo:font-style", "style:font-style-complex"),
    ("fo:font-family", "style:font-family-complex"),
)
_RAISED_BY_A_LINE = re.compile(r'\s*style:text-position="-?100%"')
_TABLE_PROPERTIES = re.compile(r"<style:table-properties([^>]*?)(/?>)")
_PERCENT_COLUMN = re.compile(r'style:column-width="(?P<share>[0-9.]+)%"')
_TEXT_WIDTH_CM = 16
_PARAGRAPH = re.compile(r'<text:p text:style-name="(?P<name>[^"]+)">(?P<body>.*?)</text:p>', re.S)
_KEEP = ' fo:keep-with-next="always"'


def _fix_content(
    content: str,
    rtl_styles: Collection[str],
    rtl_document: bool,
    heading_levels: Mapping[str, int],
) -> str:
    def paragraph(match: re.Match[str]) -> str:
        name, rest = match.group("name"), match.group("rest")
        if name in heading_levels:  # a heading stays on the page of what it heads
            rest += _KEEP
        direction = ""
        if name in rtl_styles:
            direction = ' style:writing-mode="rl-tb"'
            # LibreOffice reads "start" (and no alignment) as "left" whatever the direction
            if 'fo:text-align="center"' not in rest and 'fo:text-align="justify"' not in rest:
                rest = re.sub(r'\s*fo:text-align="[^"]*"', "", rest) + ' fo:text-align="right"'
        return f"{match.group(1)}{direction}{rest}{match.group(4)}"

    def table(match: re.Match[str]) -> str:
        attributes = match.group(1).replace(
            'style:width="100pt"', 'style:width="16cm" style:rel-width="100%" table:align="margins"'
        )
        if rtl_document:
            attributes += ' style:writing-mode="rl-tb"'
        return f"<style:table-properties{attributes}{match.group(2)}"

    def text(match: re.Match[str]) -> str:
        attributes = _RAISED_BY_A_LINE.sub("", match.group(1))
        for western, complex_script in _COMPLEX_SCRIPT:
            value = re.search(rf'{western}="([^"]*)"', attributes)
            if value and complex_script not in attributes:
                attributes += f' {complex_script}="{value.group(1)}"'
        return f"<style:text-properties{attributes}{match.group(2)}"

    def column(match: re.Match[str]) -> str:
        share = float(match.group("share"))
        width = _TEXT_WIDTH_CM * share / 100
        return f'style:column-width="{width:.3f}cm" style:rel-column-width="{share * 100:.0f}*"'

    def heading(match: re.Match[str]) -> str:
        level = heading_levels.get(match.group("name"))
        if level is None:
            return match.group(0)
        attributes = f'text:style-name="{match.group("name")}" text:outline-level="{level}"'
        return f"<text:h {attributes}>{match.group('body')}</text:h>"

    content = _PARAGRAPH.sub(heading, content)
    content = _PERCENT_COLUMN.sub(column, content)
    content = _TEXT_PROPERTIES.sub(text, content)
    content = _PARAGRAPH_STYLE.sub(paragraph, content)
    return _TABLE_PROPERTIES.sub(table, content)


def finish_odt(
    data: bytes,
    rtl_styles: Collection[str],
    rtl_document: bool,
    heading_levels: Mapping[str, int] | None = None,
) -> bytes:
    """``data`` with the directions, headings and table widths Qt left out (see the module's note).

    ``heading_levels`` maps the paragraph styles of headings to their level: their paragraphs
    become outline headings (a word processor's navigator lists them) kept with the next one.
    """
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        names = source.namelist()
        if "mimetype" in names:
            target.writestr(
                zipfile.ZipInfo("mimetype"), source.read("mimetype"), zipfile.ZIP_STORED
            )
        for name in names:
            if name == "mimetype":
                continue
            content = source.read(name)
            if name == "content.xml":
                text = _fix_content(
                    content.decode("utf-8"), rtl_styles, rtl_document, heading_levels or {}
                )
                content = text.encode("utf-8")
            target.writestr(name, content)
    return out.getvalue()

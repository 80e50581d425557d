"""Finishing touches on an OpenDocument Text file written by Qt's ``QTextDocumentWriter``.

Qt writes neither a paragraph's direction nor a table's, so an Arabic handout opened in a word
processor ran left to right; it writes a table ``width="100%"`` as ``100pt``; and it gives the
font's size, weight and family only for Latin ("western") text, while word processors set Arabic
by the "complex script" ones. This adds ``style:writing-mode="rl-tb"`` to the named right-to-left
paragraph styles and to every table of a right-to-left document, makes the 100pt tables span the
text width, and copies the font properties to their complex-script twins. The package is
rewritten with its ``mimetype`` first and stored, as the format requires.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Collection

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
_TABLE_PROPERTIES = re.compile(r"<style:table-properties([^>]*?)(/?>)")


def _fix_content(content: str, rtl_styles: Collection[str], rtl_document: bool) -> str:
    def paragraph(match: re.Match[str]) -> str:
        if match.group("name") not in rtl_styles:
            return match.group(0)
        # LibreOffice reads "start" (and no alignment) as "left" whatever the direction
        rest = match.group("rest")
        if 'fo:text-align="center"' not in rest and 'fo:text-align="justify"' not in rest:
            rest = re.sub(r'\s*fo:text-align="[^"]*"', "", rest) + ' fo:text-align="right"'
        return f'{match.group(1)} style:writing-mode="rl-tb"{rest}{match.group(4)}'

    def table(match: re.Match[str]) -> str:
        attributes = match.group(1).replace(
            'style:width="100pt"', 'style:width="16cm" style:rel-width="100%" table:align="margins"'
        )
        if rtl_document:
            attributes += ' style:writing-mode="rl-tb"'
        return f"<style:table-properties{attributes}{match.group(2)}"

    def text(match: re.Match[str]) -> str:
        attributes = match.group(1)
        for western, complex_script in _COMPLEX_SCRIPT:
            value = re.search(rf'{western}="([^"]*)"', attributes)
            if value and complex_script not in attributes:
                attributes += f' {complex_script}="{value.group(1)}"'
        return f"<style:text-properties{attributes}{match.group(2)}"

    content = _TEXT_PROPERTIES.sub(text, content)
    content = _PARAGRAPH_STYLE.sub(paragraph, content)
    return _TABLE_PROPERTIES.sub(table, content)


def finish_odt(data: bytes, rtl_styles: Collection[str], rtl_document: bool) -> bytes:
    """``data`` with the directions and table widths Qt left out (see the module's note)."""
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
                text = _fix_content(content.decode("utf-8"), rtl_styles, rtl_document)
                content = text.encode("utf-8")
            target.writestr(name, content)
    return out.getvalue()

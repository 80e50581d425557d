"""Finishing touches on a PDF written by Qt: Arabic that copies as Arabic, and an outline.

Qt shapes Arabic with HarfBuzz and embeds the glyphs; its ``/ToUnicode`` map gives each glyph the
first character the font's ``cmap`` maps to it. Initial, medial and final forms and the lam-alef
ligatures are reached only from the presentation-form characters (U+FB50–U+FEFF), so a reader
copying or searching the text got those instead of the standard letters (U+0600–U+06FF).
:func:`standard_letters` rewrites every ``/ToUnicode`` map to the compatibility decomposition of
each character (NFKC: U+FE91 BEH INITIAL FORM → U+0628 BEH, U+FEFB LAM WITH ALEF → U+0644 U+0627;
the Latin ligatures too, U+FB01 → "fi"), which is exactly what the glyph stands for; the drawing
and the glyph order are untouched, and PDF readers already put right-to-left runs in logical order.

:func:`add_outline` appends an incremental update with the bookmarks (an entry per event).
Both work on the plain, uncompressed object structure that Qt's PDF engine writes; a file they do
not recognise is returned unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

_CMAP_STREAM = re.compile(
    rb"(\d+ 0 obj\n<< /Length )(\d+)( >>\nstream\n)(/CIDInit.*?endcmap.*?)(endstream)", re.S
)
_HEX = rb"<([0-9A-Fa-f]+)>"
_RANGE_ARRAY = re.compile(_HEX + rb"\s*" + _HEX + rb"\s*\[([^\]]*)\]")
_RANGE_PLAIN = re.compile(_HEX + rb"\s*" + _HEX + rb"\s*" + _HEX)
_XREF = re.compile(rb"\nxref\n0 (\d+)\n")
_STARTXREF = re.compile(rb"startxref\n?\s*(\d+)\s*\n%%EOF\s*$")


def _decode(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode("ascii")).decode("utf-16-be", "surrogatepass")


def _encode(text: str) -> str:
    return text.encode("utf-16-be", "surrogatepass").hex().upper()


def _needs_decomposition(text: str) -> bool:
    """Whether ``text`` holds an Arabic presentation form or a Latin ligature ("ﬁ")."""
    return any(0xFB50 <= ord(char) <= 0xFEFF or 0xFB00 <= ord(char) <= 0xFB06 for char in text)


def parse_cmap(cmap: bytes) -> dict[int, str]:
    """Glyph id → text, from the ``bfrange`` and ``bfchar`` sections of a ToUnicode map."""
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for start, _end, values in _RANGE_ARRAY.findall(block):
            for offset, value in enumerate(re.findall(_HEX, values)):
                mapping[int(start, 16) + offset] = _decode(value)
        for start, end, value in _RANGE_PLAIN.findall(_RANGE_ARRAY.sub(b"", block)):
            first = _decode(value)
            for offset in range(int(end, 16) - int(start, 16) + 1):
                text = first[:-1] + chr(ord(first[-1]) + offset) if first else first
                mapping[int(start, 16) + offset] = text
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for glyph, value in re.findall(_HEX + rb"\s*" + _HEX, block):
            mapping[int(glyph, 16)] = _decode(value)
    return mapping


def _write_cmap(mapping: dict[int, str]) -> bytes:
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    items = sorted(mapping.items())
    for start in range(0, len(items), 100):
        chunk = items[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines.extend(f"<{glyph:04X}> <{_encode(text)}>" for glyph, text in chunk)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end", ""]
    return "\n".join(lines).encode("ascii")


def _standard_cmap(cmap: bytes) -> bytes | None:
    """The map with presentation forms decomposed, or None when it has none."""
    mapping = parse_cmap(cmap)
    if not any(_needs_decomposition(text) for text in mapping.values()):
        return None
    return _write_cmap(
        {
            glyph: _decomposed(text) if _needs_decomposition(text) else text
            for glyph, text in mapping.items()
        }
    )


def _decomposed(text: str) -> str:
    """The standard letters ``text`` stands for, a ligature's in drawing (visual) order.

    Readers put a right-to-left run in logical order by reversing it character by character,
    the characters of a ligature's glyph included, so LAM WITH ALEF is written "alef, lam" and
    read back as "lam, alef".
    """
    letters = unicodedata.normalize("NFKC", text)
    if len(letters) > 1 and all(unicodedata.bidirectional(char) == "AL" for char in letters):
        return letters[::-1]
    return letters


def standard_letters(pdf: bytes) -> bytes:
    """``pdf`` with every ToUnicode map giving standard letters instead of presentation forms."""
    xref = _XREF.search(pdf)
    startxref = _STARTXREF.search(pdf)
    if xref is None or startxref is None or pdf.count(b"startxref") != 1:
        return pdf
    first_map = pdf.find(b"/CIDInit", 0, xref.start())
    if first_map < 0:
        return pdf
    # no map starts before the object of the first: scanning the pages before it for the
    # pattern held Python's lock for tens of milliseconds (the window's, during an export)
    object_start = pdf.rfind(b" 0 obj\n", 0, first_map)
    scan_from = pdf.rfind(b"\n", 0, max(object_start, 0)) + 1
    pieces: list[bytes] = []
    shifts: list[tuple[int, int]] = []  # (offset in the original, bytes added up to there)
    position, added = 0, 0
    for match in _CMAP_STREAM.finditer(pdf, scan_from, xref.start()):
        new_cmap = _standard_cmap(match.group(4))
        if new_cmap is None:
            continue
        replacement = (
            match.group(1)
            + str(len(new_cmap)).encode()
            + match.group(3)
            + new_cmap
            + match.group(5)
        )
        pieces.append(pdf[position : match.start()])
        pieces.append(replacement)
        position = match.end()
        added += len(replacement) - (match.end() - match.start())
        shifts.append((match.end(), added))
    if not shifts:
        return pdf
    pieces.append(pdf[position : xref.start()])
    body = b"".join(pieces)

    def moved(offset: int) -> int:
        shift = 0
        for end, total in shifts:
            if offset >= end:
                shift = total
        return offset + shift

    count = int(xref.group(1))
    table_start = xref.end()
    entries = []
    for index in range(count):
        entry = pdf[table_start + 20 * index : table_start + 20 * index + 20]
        offset, generation, kind = entry[:10], entry[11:16], entry[17:18]
        if kind == b"n":
            offset = b"%010d" % moved(int(offset))
        entries.append(offset + b" " + generation + b" " + kind + b" \n")
    trailer_start = table_start + 20 * count
    trailer = pdf[trailer_start : startxref.start()]
    new_xref = len(body) + 1
    return (
        body
        + b"\nxref\n0 %d\n" % count
        + b"".join(entries)
        + trailer
        + b"startxref\n%d\n%%%%EOF\n" % new_xref
    )


@dataclass(frozen=True)
class OutlineEntry:
    """A bookmark: its title, the page (from 0) and the height from the page's top in points."""

    title: str
    page: int
    top: float


def _pdf_text(text: str) -> bytes:
    return b"<FEFF" + _encode(text).encode("ascii") + b">"


def _page_ids(pdf: bytes, root_id: int) -> list[int]:
    root = re.search(rb"\n%d 0 obj\n(.*?)endobj" % root_id, pdf, re.S)
    pages = root and re.search(rb"/Pages (\d+) 0 R", root.group(1))
    if not pages:
        return []
    tree = re.search(rb"\n%d 0 obj\n(.*?)endobj" % int(pages.group(1)), pdf, re.S)
    kids = tree and re.search(rb"/Kids\s*\[([^\]]*)\]", tree.group(1))
    return [int(kid) for kid in re.findall(rb"(\d+) 0 R", kids.group(1))] if kids else []


def add_outline(pdf: bytes, entries: Sequence[OutlineEntry], page_height: float) -> bytes:
    """``pdf`` with an outline of ``entries`` (an incremental update), opened with it showing."""
    xref = _XREF.search(pdf)
    startxref = _STARTXREF.search(pdf)
    if not entries or xref is None or startxref is None:
        return pdf
    trailer = pdf[xref.end() :]
    size = re.search(rb"/Size (\d+)", trailer)
    root = re.search(rb"/Root (\d+) 0 R", trailer)
    if size is None or root is None:
        return pdf
    root_id = int(root.group(1))
    page_ids = _page_ids(pdf, root_id)
    old_root = re.search(rb"\n%d 0 obj\n<<(.*?)>>\s*endobj" % root_id, pdf, re.S)
    if not page_ids or old_root is None:
        return pdf
    next_id = int(size.group(1))
    outline_id, first_id = next_id, next_id + 1
    ids = [first_id + index for index in range(len(entries))]
    objects: list[tuple[int, bytes]] = []
    for index, entry in enumerate(entries):
        page = page_ids[min(max(entry.page, 0), len(page_ids) - 1)]
        links = b""
        if index > 0:
            links += b" /Prev %d 0 R" % ids[index - 1]
        if index < len(entries) - 1:
            links += b" /Next %d 0 R" % ids[index + 1]
        y = max(0.0, page_height - entry.top)
        objects.append(
            (
                ids[index],
                b"<< /Title "
                + _pdf_text(entry.title)
                + b" /Parent %d 0 R%s /Dest [%d 0 R /XYZ null %.1f null] >>"
                % (outline_id, links, page, y),
            )
        )
    objects.append(
        (
            outline_id,
            b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>"
            % (ids[0], ids[-1], len(ids)),
        )
    )
    catalog = re.sub(rb"/(Outlines|PageMode) [^/>]*", b"", old_root.group(1))
    objects.append(
        (root_id, b"<<" + catalog + b" /Outlines %d 0 R /PageMode /UseOutlines >>" % outline_id)
    )
    update = bytearray(b"\n")
    offsets: dict[int, int] = {}
    for object_id, content in objects:
        offsets[object_id] = len(pdf) + len(update)
        update += b"%d 0 obj\n" % object_id + content + b"\nendobj\n"
    xref_offset = len(pdf) + len(update)
    update += b"xref\n"
    for object_id in sorted(offsets):
        update += b"%d 1\n%010d 00000 n \n" % (object_id, offsets[object_id])
    info = re.search(rb"/Info (\d+) 0 R", trailer)
    ident = re.search(rb"/ID \[[^\]]*\]", trailer)
    update += b"trailer\n<< /Size %d /Root %d 0 R /Prev %d" % (
        next_id + 1 + len(entries),
        root_id,
        int(startxref.group(1)),
    )
    if info:
        update += b" /Info %s 0 R" % info.group(1)
    if ident:
        update += b" " + ident.group(0)
    update += b" >>\nstartxref\n%d\n%%%%EOF\n" % xref_offset
    return pdf + bytes(update)

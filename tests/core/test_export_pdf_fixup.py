"""PDF text maps rewritten to standard Arabic letters, on maps laid out as Qt writes them."""

from __future__ import annotations

import io

from pypdf import PdfReader

from explorer.core.export.pdf_fixup import _standard_cmap, add_outline, parse_cmap, standard_letters

QT_MAP = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
3 beginbfrange
<0000> <0000> <0000>
<0001> <0004> [<FE91> <FEFB> <0627> <0020> ]
<0005> <0006> <0041>
endbfrange
endcmap
end
end
"""


def _pdf(cmap: bytes) -> bytes:
    """A minimal PDF in the layout Qt writes: numbered objects, a classic xref table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<<\n/Size %d\n/Root 1 0 R\n>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_the_map_is_read_from_ranges_and_arrays() -> None:
    assert parse_cmap(QT_MAP) == {
        0: "\x00",
        1: "\ufe91",
        2: "\ufefb",
        3: "\u0627",
        4: " ",
        5: "A",
        6: "B",
    }


def test_shaped_forms_become_letters_and_lam_alef_is_written_in_drawing_order() -> None:
    rewritten = _standard_cmap(QT_MAP)
    assert rewritten is not None
    mapping = parse_cmap(rewritten)
    assert mapping[1] == "\u0628"  # beh, not BEH INITIAL FORM
    assert mapping[2] == "\u0627\u0644"  # alef, lam: readers reverse the run into lam, alef
    assert mapping[5] == "A" and mapping[3] == "\u0627"
    assert _standard_cmap(b"1 beginbfchar\n<0001> <0041>\nendbfchar\n") is None


def test_the_file_stays_readable_with_its_offsets_moved() -> None:
    fixed = standard_letters(_pdf(QT_MAP))
    assert b"<FE91>" not in fixed and b"<0628>" in fixed
    table = fixed[fixed.rindex(b"\nxref\n") + 1 :].split(b"\n")[3:7]
    for number, entry in enumerate(table, start=1):
        offset = int(entry[:10])
        assert fixed[offset:].startswith(b"%d 0 obj" % number)
    assert fixed[int(fixed.split(b"startxref\n")[1].split()[0]) :].startswith(b"xref")
    assert len(PdfReader(io.BytesIO(fixed)).pages) == 1
    with_outline = add_outline(fixed, [], 842)
    assert with_outline == fixed  # nothing to add

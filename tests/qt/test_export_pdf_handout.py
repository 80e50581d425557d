"""The PDF handout read back: Arabic that copies as Arabic, compact pages, an outline, clean breaks.

The built-in story is exported once per language (module fixtures) and read with pypdf, and with
poppler's pdftotext when it is installed (it puts right-to-left text in reading order, as a PDF
viewer's copy and search do).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter, QTextDocument, QTextFormat, QTextTable

import explorer.core.export.print_html as print_html
import explorer.qt.exporters as exporters
import explorer.qt.handout as handout
from explorer.core.export import ExportRequest, exporter_named
from explorer.core.export.base import summary_of
from explorer.core.export.html_style import handout_style, print_style
from explorer.core.export.print_html import HandoutMarkup
from explorer.core.loader import load_dataset
from explorer.core.schema import Dataset
from explorer.paths import default_dataset_path
from explorer.qt.exporters import handout_page_layout
from explorer.qt.exporting import ExportCancelled
from explorer.qt.handout import Handout, lay_out

BELARUS = "بيلاروسيا"


def is_presentation_form(char: str) -> bool:
    return "\ufb50" <= char <= "\ufeff"


@pytest.fixture(scope="module")
def story(qapp: object) -> Dataset:
    return load_dataset(default_dataset_path()).dataset


def render(dataset: Dataset, language: str, event_id: str | None = None) -> bytes:
    exporter = exporter_named("pdf")
    assert exporter is not None
    events = [e for e in dataset.events if event_id in (None, e.id)]
    scope = "selected" if event_id else "all"
    return exporter.render(ExportRequest(dataset, events, language, scope))


@pytest.fixture(scope="module")
def arabic_pdf(story: Dataset) -> bytes:
    return render(story, "ar")


@pytest.fixture(scope="module")
def english_pdf(story: Dataset) -> bytes:
    return render(story, "en")


def page_texts(data: bytes) -> list[str]:
    """Each page's text, its runs of white space (pypdf writes tabs between words) as one space."""
    pages = PdfReader(io.BytesIO(data)).pages
    return [" ".join((page.extract_text() or "").split()) for page in pages]


def test_arabic_is_stored_as_standard_letters(arabic_pdf: bytes) -> None:
    text = " ".join(page_texts(arabic_pdf))
    arabic = [char for char in text if "\u0600" <= char <= "\u06ff"]
    assert len(arabic) > 10_000
    assert not [char for char in text if is_presentation_form(char)]
    # pypdf keeps the drawing order, right to left: the word reads backwards, letter by letter
    assert BELARUS[::-1] in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_arabic_copies_in_reading_order_with_lam_alef(arabic_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "story-ar.pdf"
    path.write_bytes(arabic_pdf)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert BELARUS in text  # "لا" drawn as one ligature glyph comes back as lam, alef
    assert "الاتحاد السوفيتي" in text
    assert "الأول" in text  # lam with hamza-on-alef, another ligature
    assert not any(is_presentation_form(char) for char in text)


def test_the_text_maps_without_the_fix_hold_presentation_forms(
    story: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tests above can fail: Qt's own maps give the shaped forms, which the fix rewrites."""
    fixed = render(story, "ar", "belovezha-accords")
    monkeypatch.setattr(exporters, "standard_letters", lambda data: data)
    raw = render(story, "ar", "belovezha-accords")
    assert any(is_presentation_form(char) for char in " ".join(page_texts(raw)))
    assert not any(is_presentation_form(char) for char in " ".join(page_texts(fixed)))


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_whole_story_fits_in_fifteen_pages_with_an_entry_per_event(
    story: Dataset, language: str, english_pdf: bytes, arabic_pdf: bytes
) -> None:
    data = english_pdf if language == "en" else arabic_pdf
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) <= 15
    outline = reader.outline
    titles = [entry.title for entry in outline]  # type: ignore[union-attr]
    for event in story.events:
        title = event.title.get(language) or event.title["en"]
        assert title in titles, (title, titles)
    pages = [reader.get_destination_page_number(entry) or 0 for entry in outline]  # type: ignore[arg-type]
    assert pages == sorted(pages) and pages[-1] > 0
    belovezha = outline[
        titles.index(next(e for e in story.events if e.id == "belovezha-accords").title[language])
    ]
    page = reader.pages[reader.get_destination_page_number(belovezha) or 0]  # type: ignore[arg-type]
    assert "Viskuli" in page.extract_text() or "فيسكولي"[::-1] in page.extract_text()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_one_agreement_fits_on_two_pages_with_numbers_and_a_running_header(
    story: Dataset, language: str
) -> None:
    texts = page_texts(render(story, language, "belovezha-accords"))
    assert len(texts) <= 2
    assert "1 / 2" in texts[0] or "2 / 1" in texts[0]
    if len(texts) == 2:
        title = story.title[language]
        assert title in texts[1] or title[::-1] in texts[1] or language == "ar"
        assert "2 / 2" in texts[1]


def test_sources_become_numbered_endnotes_cited_from_the_text(english_pdf: bytes) -> None:
    texts = page_texts(english_pdf)
    whole = " ".join(" ".join(texts).split())
    assert "the Belovezha Accords" in whole
    assert "Accords. [1–6]" in whole  # the first event cites its six sources as a range
    assert "[1, 7, 8]" in whole  # the next cites the first event's first source again
    notes = whole[whole.rindex("Sources") :]
    assert "1. " in notes and "Konrad-Adenauer-Stiftung" in notes
    # cited by three events, listed once
    cited = 'Wikipedia, "Belovezha Accords" https://en.wikipedia.org/wiki/Belovezha_Accords'
    assert whole.count(cited) == 1, whole


def layout_of(story: Dataset, language: str, step: Callable[[], None] | None = None) -> Handout:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)  # only measures: nothing is painted
    writer.setResolution(300)
    writer.setPageLayout(handout_page_layout())
    return lay_out(ExportRequest(story, story.events, language), writer, step)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_pages_break_between_table_rows_and_never_after_a_heading(
    story: Dataset, language: str
) -> None:
    handout = layout_of(story, language)
    document, layout = handout.document, handout.document.documentLayout()
    cuts = handout.cuts[1:-1]
    assert cuts
    block = document.begin()
    headings = 0
    while block.isValid():
        if block.blockFormat().headingLevel():
            headings += 1
            rect = layout.blockBoundingRect(block)
            assert not any(rect.top() < cut <= rect.bottom() + 1 for cut in cuts), block.text()
        block = block.next()
    assert headings > len(story.events)
    rows = 0
    item = document.rootFrame().begin()
    while not item.atEnd():
        table = item.currentFrame()
        item += 1
        if not isinstance(table, QTextTable):
            continue
        for row in range(table.rows()):
            tops, bottoms = [], []
            for column in range(table.columns()):
                cell = table.cellAt(row, column)
                tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
                bottoms.append(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
            rows += 1
            assert not any(min(tops) < cut < max(bottoms) for cut in cuts), (row, cuts)
    assert rows > 20


def test_the_opening_block_names_the_span_covered(english_pdf: bytes) -> None:
    first = " ".join(page_texts(english_pdf)[0].split())
    assert "The end of the Soviet Union" in first
    assert "30 December 1922 – 26 December 1991" in first
    assert unicodedata.normalize("NFC", first)


# --- the markup is parsed a piece at a time, into the document the whole would give -----------


Properties = dict[int, object]
Block = tuple[str, Properties, Properties, list[tuple[str, Properties]]]


def _formats(document: QTextDocument) -> list[Block]:
    """Each block's text, its formats and its runs' formats (object numbers aside)."""

    def properties(text_format: QTextFormat) -> Properties:
        found = text_format.properties()
        found.pop(QTextFormat.Property.ObjectIndex.value, None)
        return found

    blocks: list[Block] = []
    block = document.begin()
    while block.isValid():
        runs = []
        run = block.begin()
        while not run.atEnd():
            fragment = run.fragment()
            runs.append((fragment.text(), properties(fragment.charFormat())))
            run += 1
        blocks.append(
            (block.text(), properties(block.blockFormat()), properties(block.charFormat()), runs)
        )
        block = block.next()
    return blocks


def _whole(document: QTextDocument, markup: HandoutMarkup, step: object) -> None:
    document.setHtml(markup.whole())


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_pieces_make_the_document_the_whole_markup_makes(
    story: Dataset, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    request = ExportRequest(story, story.events, language)
    monkeypatch.setattr(print_html, "_PIECE_CHARS", 1)  # every event and note a piece
    pieces = handout.build_document(request, width=2000, dpi=300)
    monkeypatch.setattr(handout, "_parse_in_pieces", _whole)
    whole = handout.build_document(request, width=2000, dpi=300)
    in_pieces, in_one = _formats(pieces), _formats(whole)
    assert len(in_pieces) == len(in_one) > 400
    headings = [block for block in in_one if block[1].get(QTextFormat.Property.HeadingLevel.value)]
    assert len(headings) > len(story.events)
    for joined, expected in zip(in_pieces, in_one, strict=True):
        assert joined == expected


def test_without_the_spare_paragraph_the_joins_lose_the_headings(
    story: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The test above can fail: a piece's first block takes the format of the one it joins."""
    monkeypatch.setattr(print_html, "_PIECE_CHARS", 1)
    monkeypatch.setattr(handout, "_SPARE_PARAGRAPH", "")
    document = handout.build_document(ExportRequest(story, story.events, "en"), 2000, 300)
    levels = [block[1].get(QTextFormat.Property.HeadingLevel.value) for block in _formats(document)]
    assert levels.count(2) < len(story.events) / 2


def test_the_layout_goes_in_steps_that_a_cancel_stops(story: Dataset) -> None:
    steps = []
    layout_of(story, "en", step=lambda: steps.append(1))
    assert len(steps) > 5

    def cancel() -> None:
        raise ExportCancelled

    with pytest.raises(ExportCancelled):
        layout_of(story, "en", step=cancel)


def test_every_rule_of_the_handout_style_names_its_element() -> None:
    """Qt tries a rule without an element name on every element: 10,000 events parse slower."""
    for language in ("en", "ar"):
        rules = re.findall(r"([^{}]+)\{[^}]*\}", handout_style(language))
        selectors = [part.strip() for rule in rules for part in rule.split(",")]
        assert len(selectors) > 30
        for selector in selectors:
            assert all(re.match(r"[a-z][a-z0-9]*(\.[\w-]+)?$", name) for name in selector.split())


def test_the_markup_comes_in_pieces_that_start_a_block(story: Dataset) -> None:
    markup = print_html.handout_markup(summary_of(ExportRequest(story, story.events, "ar")))
    assert len(markup.pieces) > 3
    assert markup.pieces[0].startswith("<h1>")
    assert all(piece.startswith(("<h2>", '<p class="endnote">')) for piece in markup.pieces[1:])
    whole = markup.whole()
    assert whole.index("<style>") < whole.index(markup.pieces[0])
    assert all(piece in whole for piece in markup.pieces)
    assert 'dir="rtl"' in markup.wrapped("<p>x</p>") and "<style>" not in markup.wrapped("")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_handout_style_styles_every_class_the_print_style_styles(
    story: Dataset, language: str
) -> None:
    """The handout has its own sheet: a rule the print sheet gains must reach it too."""
    markup = print_html.render_handout(summary_of(ExportRequest(story, story.events, language)))
    body = markup[markup.index("<body") :]
    used = {name for names in re.findall(r'class="([^"]*)"', body) for name in names.split()}
    assert {"meta", "badge", "status-label", "endnote"} <= used

    def styled(sheet: str) -> set[str]:
        return set(re.findall(r"\.([\w-]+)(?=[^{}]*\{)", sheet))

    missing = (styled(print_style(language)) & used) - styled(handout_style(language))
    assert not missing

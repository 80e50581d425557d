"""Sources as numbered endnotes in Markdown, HTML and the handout, read back from the files.

A source cited by several events has one number, every citation leads to a note, each note is
written once, and the quotes in the notes are compact. The built-in story in either language is
the test case a teacher meets; the sample dataset checks the rules one at a time.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from msgspec.structs import replace

import explorer
from explorer.core.export import ExportRequest, exporter_named
from explorer.core.export.endnotes import (
    QUOTE_LIMIT,
    citation_language,
    number_list,
    number_sources,
    shorten,
)
from explorer.core.export.print_html import render_handout
from explorer.core.schema import Dataset, Source
from explorer.core.summary import build_summary
from tests.core.sample_data import treaty_dataset

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
LANGUAGES = ["en", "ar"]


def export(dataset: Dataset, name: str, language: str) -> str:
    exporter = exporter_named(name)
    assert exporter is not None
    data = exporter.render(ExportRequest(dataset, dataset.events, language))
    return data.decode("utf-8-sig")


def shared_source_dataset() -> Dataset:
    """The sample, with the treaty's source also cited by the resignation, and a quote in
    English with no translation."""
    dataset = treaty_dataset()
    treaty, resigns = dataset.events[2], dataset.events[3]
    speech = Source(
        citation="Speech", quote="I hereby discontinue my activity.", quote_language="en"
    )
    resigns = replace(resigns, sources=[speech, treaty.sources[0]])
    return replace(dataset, events=[*dataset.events[:3], resigns])


# --- the shared rules -------------------------------------------------------------------------


def test_numbers_are_listed_with_ranges_of_three_or_more() -> None:
    assert number_list([1, 2, 3, 4, 5, 6]) == "1–6"
    assert number_list([8, 1, 7]) == "1, 7, 8"
    assert number_list([5, 1, 2, 3, 9, 10, 11, 12, 3]) == "1–3, 5, 9–12"
    assert number_list([]) == ""


def test_quotes_are_shortened_at_a_word() -> None:
    words = "word " * 100
    short = shorten(words)
    assert short.endswith("word…") and len(short) <= QUOTE_LIMIT + 1
    assert shorten(" a  short\nquote ") == "a short quote"


def test_a_source_cited_by_two_events_gets_one_number() -> None:
    summary = build_summary(shared_source_dataset(), shared_source_dataset().events, "en")
    endnotes = number_sources(summary.events)
    assert endnotes.citations == [[], [], [1], [2, 1]]
    assert [note.number for note in endnotes.notes] == [1, 2]
    assert endnotes.notes[0].citing_events == [2, 3]
    assert endnotes.notes[0].source.citation == "Seed article"


def test_a_citation_with_no_letter_of_the_documents_direction_keeps_its_own() -> None:
    assert citation_language('Wikipedia, "Belovezha Accords"', "ar") == "en"
    assert citation_language("«نهاية الاتحاد السوفيتي» — Arabic article", "ar") == "ar"
    assert citation_language("«نهاية الاتحاد السوفيتي»", "en") == "ar"
    assert citation_language("BelTA, «Умер первый премьер»", "en") == "en"
    assert citation_language("1991", "ar") == "ar"


# --- Markdown ---------------------------------------------------------------------------------

MD_CITATION = re.compile(r"\[(\d+)\]\(#note-(\d+)\)")
MD_NOTE = re.compile(r'^(\d+)\. <a id="note-(\d+)"></a>', re.MULTILINE)


def markdown_notes(text: str) -> tuple[str, str]:
    """The events part and the notes part of a Markdown export."""
    body, _, notes = text.rpartition("\n## ")
    return body, notes


@pytest.mark.parametrize("language", LANGUAGES)
def test_markdown_cites_each_source_by_one_number_that_leads_to_its_note(
    dataset: Dataset, language: str
) -> None:
    text = export(dataset, "md", language)
    body, notes = markdown_notes(text)
    assert notes.startswith("المصادر\n" if language == "ar" else "Sources\n")
    cited = {int(number) for number, target in MD_CITATION.findall(body) if number == target}
    assert all(number == target for number, target in MD_CITATION.findall(body))
    listed = [(int(marker), int(anchor)) for marker, anchor in MD_NOTE.findall(notes)]
    assert all(marker == anchor for marker, anchor in listed)
    numbers = [marker for marker, _ in listed]
    assert numbers == list(range(1, len(numbers) + 1))  # each once, in order
    assert cited <= set(numbers) and len(numbers) > 20
    # the Wikipedia article on the Accords is cited by several events and listed once
    wikipedia = re.compile(
        r'^(\d+)\. <a id="note-\d+"></a>\W*Wikipedia, "Belovezha Accords"\W* — '
        r"\W*<https://en.wikipedia.org/wiki/Belovezha_Accords>",
        re.MULTILINE,
    )
    assert len(wikipedia.findall(notes)) == 1
    number = int(wikipedia.findall(notes)[0])
    citing = [section for section in body.split("\n## ")[1:] if f"(#note-{number})" in section]
    assert len(citing) >= 2


def test_markdown_citations_read_left_to_right_in_arabic(dataset: Dataset) -> None:
    text = export(dataset, "md", "ar")
    body, _ = markdown_notes(text)
    assert f"{LRI}\\[[1](#note-1)" in body
    assert "\\[[1](#note-1)" in export(dataset, "md", "en")
    assert LRI + "\\[" not in export(dataset, "md", "en")


def test_markdown_notes_show_compact_quotes() -> None:
    english = export(shared_source_dataset(), "md", "en")
    _, notes = markdown_notes(english)
    assert notes.count("1. ") == 1 and "2. " in notes
    # an Arabic quote for an English reader: its translation alone
    assert "   > *Translation:* The leaders of Russia, Ukraine and Belarus signed\n" in notes
    assert "وقّع" not in notes
    assert "   > I hereby discontinue my activity.\n" in notes
    assert "\n   *Merges two signatories.*\n" in notes
    arabic = export(shared_source_dataset(), "md", "ar")
    _, notes = markdown_notes(arabic)
    assert "   > وقّع قادة روسيا وأوكرانيا وبيلاروسيا\n" in notes
    # a quote in English with no translation keeps its own direction
    assert f"   > {LRI}I hereby discontinue my activity.{PDI}\n" in notes


def test_markdown_long_quotes_are_shortened(dataset: Dataset) -> None:
    _, notes = markdown_notes(export(dataset, "md", "en"))
    quotes = [line for line in notes.splitlines() if line.lstrip().startswith(">")]
    assert quotes and max(len(line) for line in quotes) < QUOTE_LIMIT + 40
    assert any(line.endswith("…") for line in quotes)


# --- HTML -------------------------------------------------------------------------------------


class Links(HTMLParser):
    """Ids, internal links, the elements carrying them, and the notes' text."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: Counter[str] = Counter()
        self.hrefs: list[str] = []
        self.backlinks: list[str] = []
        self.citation_links: list[str] = []
        self.html: dict[str, str] = {}
        self.notes: list[str] = []
        self.blockquotes: list[dict[str, str | None]] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "html":
            self.html = {key: value or "" for key, value in attributes.items()}
        if attributes.get("id"):
            self.ids[str(attributes["id"])] += 1
            if tag == "li":
                self.notes.append(str(attributes["id"]))
        css = attributes.get("class") or ""
        href = attributes.get("href") or ""
        if tag == "a" and href.startswith("#"):
            self.hrefs.append(href[1:])
            if "cite" in self.stack:
                self.citation_links.append(href[1:])
            if "backlinks" in self.stack:
                self.backlinks.append(href[1:])
        if tag == "blockquote":
            self.blockquotes.append(attributes)
        if tag in ("sup", "span"):
            self.stack.append(css)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("sup", "span") and self.stack:
            self.stack.pop()


def cited_numbers(html_text: str) -> set[int]:
    """Every note number the citations name, ranges ("4–7") expanded."""
    numbers: set[int] = set()
    for citation in re.findall(r'<sup class="cite"[^>]*>(.*?)</sup>', html_text):
        for part in re.sub(r"<[^>]+>|[\[\]]", "", citation).split(", "):
            first, _, last = part.partition("–")
            numbers.update(range(int(first), int(last or first) + 1))
    return numbers


def read_html(text: str) -> Links:
    links = Links()
    links.feed(text)
    links.close()
    return links


@pytest.mark.parametrize("language", LANGUAGES)
def test_html_citations_and_notes_link_both_ways(dataset: Dataset, language: str) -> None:
    text = export(dataset, "html", language)
    page = read_html(text)
    assert page.html == {"lang": language, "dir": "rtl" if language == "ar" else "ltr"}
    assert all(count == 1 for count in page.ids.values())  # every id once
    assert all(target in page.ids for target in page.hrefs)  # every link resolves
    assert page.notes == [f"note-{number}" for number in range(1, len(page.notes) + 1)]
    assert {f"note-{number}" for number in cited_numbers(text)} == set(page.notes)
    assert set(page.citation_links) <= set(page.notes)
    assert page.backlinks and all(target.startswith("cite-") for target in page.backlinks)
    # a source cited by several events has one note, which links back to each of them
    assert len(page.backlinks) > len(page.notes)


def test_html_notes_show_compact_quotes_in_their_own_direction() -> None:
    english = export(shared_source_dataset(), "html", "en")
    assert (
        '<blockquote class="quote translation" lang="en" dir="ltr">'
        '<span class="translation-label">Translation:</span> '
        "The leaders of Russia, Ukraine and Belarus signed</blockquote>"
    ) in english
    assert "وقّع" not in english
    assert english.count('<li id="note-') == 2
    assert english.count('href="#note-1"') == 2  # cited by the treaty and the resignation
    arabic = read_html(export(shared_source_dataset(), "html", "ar"))
    directions = [(quote.get("lang"), quote.get("dir")) for quote in arabic.blockquotes]
    assert directions == [("ar", "rtl"), ("en", "ltr")]
    assert arabic.backlinks == [
        "cite-belovezha-accords",
        "cite-gorbachev-resigns",  # note 1, cited twice
        "cite-gorbachev-resigns",  # note 2
    ]


def test_an_english_citation_keeps_its_order_with_its_address_in_arabic() -> None:
    arabic = export(shared_source_dataset(), "html", "ar")
    assert (
        '<span lang="en" dir="ltr">Seed article <a class="url" href="https://example.org/seed">'
        "https://example.org/seed</a></span>"
    ) in arabic
    markdown = export(shared_source_dataset(), "md", "ar")
    assert f'<a id="note-1"></a>{LRI}Seed article — <https://example.org/seed>{PDI}\n' in markdown
    # an Arabic citation stays in the line's order; its address alone reads left to right
    dataset = treaty_dataset()
    article = Source(citation="مقال", url="https://example.org/ar")
    treaty = replace(dataset.events[2], sources=[article])
    arabic = export(replace(dataset, events=[treaty]), "html", "ar")
    assert (
        '<p class="citation"><span class="backlinks"><a href="#cite-belovezha-accords" '
        'title="اتفاقيات بيلوفيجا">↑</a></span> مقال <a class="url" href="https://example.org/ar">'
        '<span lang="en" dir="ltr">https://example.org/ar</span></a></p>'
    ) in arabic
    markdown = export(replace(dataset, events=[treaty]), "md", "ar")
    assert f'<a id="note-1"></a>مقال — {LRI}<https://example.org/ar>{PDI}\n' in markdown


def test_an_event_without_sources_cites_nothing() -> None:
    dataset = treaty_dataset()
    text = export(replace(dataset, events=dataset.events[:2]), "html", "en")
    assert 'class="cite"' not in text and 'class="notes"' not in text
    assert "## Sources" not in export(replace(dataset, events=dataset.events[:2]), "md", "en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_html_prints_on_a4_without_splitting_rows_or_notes(language: str) -> None:
    text = export(treaty_dataset(), "html", language)
    print_rules = text.split("@media print {", 1)[1]
    assert "@page { size: A4;" in text
    assert re.search(r"tr,[^{]*\.endnotes > li[^{]*\{ break-inside: avoid; \}", print_rules)
    assert re.search(r"h1, h2, h3[^{]*\{ break-after: avoid; \}", print_rules)
    assert ".backlinks { display: none; }" in print_rules
    first_font = "Noto Sans Arabic" if language == "ar" else "Noto Sans"
    assert f'font-family: "{first_font}", ' in text


# --- the handout numbers them the same way -----------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_handout_markdown_and_html_share_the_numbering(dataset: Dataset, language: str) -> None:
    summary = build_summary(dataset, dataset.events, language)
    expected = [number_list(numbers) for numbers in number_sources(summary.events).citations]
    handout = render_handout(summary, picture=False)
    handout_citations = re.findall(r'<span class="cite">[\u2066]?\[([^\]]+)\]', handout)
    assert handout_citations == [text for text in expected if text]
    body, _ = markdown_notes(export(dataset, "md", language))
    markdown_citations = [
        MD_CITATION.sub(r"\1", match)
        for match in re.findall(r"\\\[((?:\[\d+\]\(#note-\d+\)(?:, |–)?)+)\\\]", body)
    ]
    assert markdown_citations == [text for text in expected if text]


# --- no word of the workshop in any export ----------------------------------------------------

JARGON = re.compile(
    r"(?i)\bseed|shared/|/work\b|\bTODO\b|(?<![\w-])(?:resources|explorer|tests|samples)/|\.py\b"
)


def handout_markup(dataset: Dataset, language: str) -> str:
    return render_handout(build_summary(dataset, dataset.events, language))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ["md", "html", "csv", "json", "handout"])
def test_no_export_of_the_story_speaks_of_the_workshop(
    dataset: Dataset, name: str, language: str
) -> None:
    text = (
        handout_markup(dataset, language) if name == "handout" else export(dataset, name, language)
    )
    assert not JARGON.search(text), JARGON.search(text)
    checkout = str(Path(explorer.__file__).resolve().parents[1])
    assert checkout not in text

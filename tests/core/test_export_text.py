"""Text exports written and read back: Markdown, HTML, CSV and our JSON; and the registry."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from msgspec.structs import replace

from explorer.core.atomic import write_atomic
from explorer.core.export import (
    ExportRequest,
    all_exporters,
    exporter_for_path,
    exporter_named,
    register,
)
from explorer.core.export.html import render_html
from explorer.core.export.markdown import escape_markdown
from explorer.core.labels import label
from explorer.core.loader import load_dataset
from explorer.core.schema import Dataset, Source
from explorer.core.summary import build_summary
from explorer.paths import default_dataset_path
from tests.core.sample_data import treaty_dataset

INJECTION = '<script>alert("x")</script> & <b>bold</b>'


def export(
    tmp_path: Path,
    extension: str,
    language: str = "en",
    dataset: Dataset | None = None,
    events: list[int] | None = None,
    scope: str = "all",
) -> bytes:
    """Render through the registry, write atomically, read the file back."""
    dataset = dataset or treaty_dataset()
    chosen = dataset.events if events is None else [dataset.events[i] for i in events]
    exporter = exporter_for_path(f"summary.{extension}")
    assert exporter is not None
    path = tmp_path / f"summary-{language}.{extension}"
    write_atomic(path, exporter.render(ExportRequest(dataset, chosen, language, scope)))
    return path.read_bytes()


def hostile_dataset() -> Dataset:
    """The sample dataset with markup, formulas and Markdown syntax in its texts."""
    dataset = treaty_dataset()
    treaty = dataset.events[2]
    treaty = replace(
        treaty,
        title={"en": f"*Accords* # | {INJECTION}", "ar": '=HYPERLINK("http://evil")'},
        summary={"en": "=cmd()|' /C calc'!A0\n- not a list\n1. not ordered"},
        sources=[
            *treaty.sources,
            Source(citation="Evil", url="javascript:alert(1)", quote="</blockquote><script>"),
        ],
    )
    return replace(dataset, events=[*dataset.events[:2], treaty, dataset.events[3]])


# --- registry ---------------------------------------------------------------------------------


def test_the_text_exporters_are_registered() -> None:
    names = {exporter.name for exporter in all_exporters()}
    assert {"md", "html", "csv", "json"} <= names
    for name in ("md", "html", "csv", "json"):
        exporter = exporter_named(name)
        assert exporter is not None and exporter.extension and exporter.mime_type
        assert exporter.label


def test_exporters_are_found_by_extension() -> None:
    assert exporter_for_path("a/b/Summary.MD") is exporter_named("md")
    assert exporter_for_path("page.htm") is exporter_named("html")
    assert exporter_for_path("x.markdown") is exporter_named("md")
    assert exporter_for_path("table.docx") is None
    assert exporter_for_path("no-extension") is None
    assert exporter_named("nope") is None


def test_registering_a_name_again_replaces_it() -> None:
    original = exporter_named("md")
    assert original is not None

    class Shouting:
        name, label, extension, mime_type = "md", "Loud", "md", "text/markdown"

        def render(self, request: ExportRequest) -> bytes:
            return b"#!"

    try:
        register(Shouting())
        assert exporter_named("md") is not original
    finally:
        register(original)
    assert exporter_named("md") is original


# --- Markdown ---------------------------------------------------------------------------------


def test_markdown_has_headings_facts_a_participants_table_and_notes(tmp_path: Path) -> None:
    text = export(tmp_path, "md").decode("utf-8")
    assert text.startswith("# End of the Soviet Union\n")
    assert "\n## Belovezha Accords\n" in text
    assert "- **Date:** 8 December 1991" in text
    assert "- **Place:** Viskuli, Belarus" in text
    assert "### Causes" in text and "[August coup](#event-august-coup)" in text
    assert "### Led to" in text
    assert "| Party | Status | Representatives | Note |" in text
    assert (
        "| Belarus | Signed | Stanislav Shushkevich — Chairman of the Supreme Council; "
        "Vyacheslav Kebich — Prime Minister |  |"
    ) in text
    assert "| Kazakhstan | Did not take part |  | Not invited\\. |" not in text  # readable periods
    assert "| Kazakhstan | Did not take part |  | Not invited. |" in text
    # the source is an endnote cited from the summary; its Arabic quote, translated
    assert "Russia, Ukraine and Belarus found the CIS. \\[[1](#note-1)\\]\n" in text
    assert (
        '\n## Sources\n\n1. <a id="note-1"></a>Seed article — <https://example.org/seed>\n' in text
    )
    assert "   > *Translation:* The leaders of Russia, Ukraine and Belarus signed\n" in text


def test_markdown_in_arabic(tmp_path: Path) -> None:
    text = export(tmp_path, "md", "ar").decode("utf-8")
    assert "## اتفاقيات بيلوفيجا" in text
    assert "- **التاريخ:** 8 كانون الأول/ديسمبر 1991" in text
    assert "### المشاركون" in text and "| بيلاروسيا | وقّعت |" in text


def test_markdown_escapes_what_would_be_markup(tmp_path: Path) -> None:
    text = export(tmp_path, "md", dataset=hostile_dataset()).decode("utf-8")
    assert "## \\*Accords\\* \\# \\| \\<script\\>" in text
    assert "\\- not a list" in text and "1\\. not ordered" in text
    assert "<script>" not in text
    assert "<javascript:" not in text and "](javascript:" not in text  # shown, never a link
    assert escape_markdown("a_b [c](d) `e`") == "a\\_b \\[c\\](d) \\`e\\`"


# --- HTML -------------------------------------------------------------------------------------


class Collector(HTMLParser):
    """Elements, attributes and text of an HTML document."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def named(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def parse(html_text: str) -> Collector:
    collector = Collector()
    collector.feed(html_text)
    collector.close()
    return collector


def test_html_is_a_complete_document_with_every_event(tmp_path: Path) -> None:
    text = export(tmp_path, "html").decode("utf-8")
    assert text.startswith("<!DOCTYPE html>")
    page = parse(text)
    assert page.named("html") == [{"lang": "en", "dir": "ltr"}]
    assert page.named("meta")[0] == {"charset": "utf-8"}
    assert "Noto Sans Arabic" in text and '"Noto Sans"' in text
    body = "".join(page.text)
    for title in ("The planned economy", "August coup", "Belovezha Accords", "Gorbachev resigns"):
        assert title in body
    assert "8 December 1991" in body
    ids = {attrs["id"] for attrs in page.named("article")}
    assert ids == {
        "event-planned-economy",
        "event-august-coup",
        "event-belovezha-accords",
        "event-gorbachev-resigns",
    }
    links = {attrs["href"] for attrs in page.named("a")}
    assert "#event-august-coup" in links and "#event-gorbachev-resigns" in links
    assert "https://example.org/seed" in links
    assert len(page.named("table")) == 1
    # the Arabic quote by its translation, in the notes at the end
    assert [attrs.get("lang") for attrs in page.named("blockquote")] == ["en"]
    assert [attrs["id"] for attrs in page.named("li") if attrs.get("id")] == ["note-1"]
    assert "#note-1" in links
    assert "Stanislav Shushkevich — Chairman of the Supreme Council" in body


def test_html_in_arabic_is_right_to_left(tmp_path: Path) -> None:
    text = export(tmp_path, "html", "ar").decode("utf-8")
    page = parse(text)
    assert page.named("html") == [{"lang": "ar", "dir": "rtl"}]
    body = "".join(page.text)
    assert "8 كانون الأول/ديسمبر 1991" in body
    assert "المشاركون" in body and "وقّعت" in body and "اتفاقيات بيلوفيجا" in body
    assert 'font-family: "Noto Sans Arabic", "Noto Sans"' in text


def test_html_never_turns_data_into_markup(tmp_path: Path) -> None:
    text = export(tmp_path, "html", dataset=hostile_dataset()).decode("utf-8")
    page = parse(text)
    assert page.named("script") == [] and page.named("b") == []
    assert INJECTION in "".join(page.text)
    assert all("javascript:" not in (attrs["href"] or "") for attrs in page.named("a"))


class HeadingText(HTMLParser):
    """The text inside ``<h2>`` elements, with the elements inside them (``<bdi>``)."""

    def __init__(self) -> None:
        super().__init__()
        self.inside = False
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.inside = self.inside or tag == "h2"

    def handle_endtag(self, tag: str) -> None:
        self.inside = self.inside and tag != "h2"

    def handle_data(self, data: str) -> None:
        if self.inside:
            self.text += data


@given(
    st.text(max_size=60).filter(bool)
    | st.text(st.sampled_from("abc مجلس 142-Н.()<&\"'"), max_size=30).filter(str.strip)
)
def test_html_shows_any_title_exactly_as_written(title: str) -> None:
    dataset = treaty_dataset()
    event = replace(dataset.events[3], title={"en": title})
    html_text = render_html(build_summary(dataset, [event], "en"))
    headings = HeadingText()
    headings.feed(html_text)
    headings.close()
    assert headings.text == title
    assert parse(html_text).named("script") == []


def test_the_print_variant_keeps_to_what_qtextdocument_renders() -> None:
    dataset = treaty_dataset()
    for language in ("en", "ar"):
        text = render_html(build_summary(dataset, dataset.events, language), for_print=True)
        for unsupported in ("display: flex", "var(", "grid", "<article", "<nav", "@media"):
            assert unsupported not in text
        page = parse(text)
        assert page.named("table")[0]["border"] == "1"
        assert {attrs["name"] for attrs in page.named("a") if "name" in attrs} >= {
            "event-belovezha-accords"
        }
    assert 'dir="rtl"' in render_html(build_summary(dataset, dataset.events, "ar"), for_print=True)


# --- bidi -------------------------------------------------------------------------------------

FSI, PDI, LRI = "\u2068", "\u2069", "\u2066"
NOTE = "Kazakhstan voted. Only one of its (مجلس السوفيات الأعلى…) The source says so."


def mixed_dataset() -> Dataset:
    """Texts of both directions in one paragraph, and texts only in English, as users met them."""
    dataset = treaty_dataset()
    treaty = dataset.events[2]
    kazakhstan = replace(treaty.participants[2], note={"en": NOTE})
    treaty = replace(
        treaty,
        summary={"en": "Decree 142-Н.", "ar": "أصدر المجلس الإعلان 142-Н في اليوم التالي."},
        participants=[*treaty.participants[:2], kazakhstan],
        sources=[
            *treaty.sources,
            Source(
                citation="Speech",
                quote="I hereby discontinue my activity.",
                quote_language="en",
                translation={"ar": "أوقف بهذا نشاطي."},
            ),
        ],
    )
    resigns = replace(
        dataset.events[3],
        title={"en": "Gorbachev resigns."},
        summary={"en": "He resigned on television (بث مباشر)."},
    )
    return replace(dataset, events=[*dataset.events[:2], treaty, resigns])


def test_markdown_isolates_foreign_phrases(tmp_path: Path) -> None:
    english = export(tmp_path, "md", dataset=mixed_dataset()).decode("utf-8")
    assert f"Only one of its ({FSI}مجلس السوفيات الأعلى…{PDI}) The source says so. |" in english
    arabic = export(tmp_path, "md", "ar", dataset=mixed_dataset()).decode("utf-8")
    assert f"أصدر المجلس الإعلان {FSI}142-Н{PDI} في اليوم التالي." in arabic
    # English that stands in for missing Arabic keeps its direction, its final period included
    assert f"\n## {LRI}Gorbachev resigns.{PDI}\n" in arabic
    assert f"\n{LRI}He resigned on television ({FSI}بث مباشر{PDI}).{PDI}\n" in arabic
    assert f"[{LRI}Gorbachev resigns.{PDI}](#event-gorbachev-resigns)" in arabic
    assert f'<a id="note-2"></a>{LRI}Speech{PDI}\n' in arabic  # a citation in English


def test_html_marks_paragraphs_in_another_language_and_isolates_phrases(tmp_path: Path) -> None:
    english = export(tmp_path, "html", dataset=mixed_dataset()).decode("utf-8")
    assert "Only one of its (<bdi>مجلس السوفيات الأعلى…</bdi>) The source says so." in english
    assert FSI not in english and PDI not in english
    arabic = export(tmp_path, "html", "ar", dataset=mixed_dataset()).decode("utf-8")
    assert "أصدر المجلس الإعلان <bdi>142-Н</bdi> في اليوم التالي." in arabic
    page = parse(arabic)
    paragraphs = page.named("p")
    assert {"class": "summary", "lang": "en", "dir": "ltr"} in paragraphs
    assert (
        '<p class="summary" lang="en" dir="ltr">He resigned on television '
        "(<bdi>بث مباشر</bdi>).</p>"
    ) in arabic
    assert '<h2><span lang="en" dir="ltr">Gorbachev resigns.</span></h2>' in arabic
    # the English quote by its Arabic translation
    assert [attrs.get("dir") for attrs in page.named("blockquote")] == ["rtl", "rtl"]
    # the document's own paragraphs carry no attributes of their own
    assert {"class": "summary"} in paragraphs


def test_the_print_variant_isolates_with_unicode_controls() -> None:
    """QTextDocument ignores ``<bdi>`` and ``dir`` on a span; it honours the isolates themselves."""
    dataset = mixed_dataset()
    arabic = render_html(build_summary(dataset, dataset.events, "ar"), for_print=True)
    assert "<bdi" not in arabic and "<span lang" not in arabic
    assert f"أصدر المجلس الإعلان {FSI}142-Н{PDI} في اليوم التالي." in arabic
    assert f"<h2>{LRI}Gorbachev resigns.{PDI}</h2>" in arabic
    assert (
        f'<p class="summary" lang="en" dir="ltr">He resigned on television ({FSI}بث مباشر{PDI}).'
    ) in arabic


def test_markdown_notes_give_a_quote_in_another_language_by_its_translation(
    tmp_path: Path,
) -> None:
    english = export(tmp_path, "md", dataset=mixed_dataset()).decode("utf-8")
    assert "   > *Translation:* The leaders of Russia, Ukraine and Belarus signed\n" in english
    assert "وقّع" not in english
    # an English quote needs no translation for an English reader
    assert "   > I hereby discontinue my activity.\n" in english
    assert english.count("Translation:") == 1
    arabic = export(tmp_path, "md", "ar", dataset=mixed_dataset()).decode("utf-8")
    assert "   > *ترجمة:* أوقف بهذا نشاطي.\n" in arabic
    assert "   > وقّع قادة روسيا وأوكرانيا وبيلاروسيا\n" in arabic
    assert arabic.count("ترجمة:") == 1  # not for the Arabic quote
    assert "discontinue" not in arabic


def test_html_notes_give_a_quote_in_another_language_by_its_translation(tmp_path: Path) -> None:
    arabic = export(tmp_path, "html", "ar", dataset=mixed_dataset()).decode("utf-8")
    assert (
        '<blockquote class="quote translation" lang="ar" dir="rtl">'
        '<span class="translation-label">ترجمة:</span> أوقف بهذا نشاطي.</blockquote>'
    ) in arabic
    assert "discontinue" not in arabic
    english = export(tmp_path, "html", dataset=mixed_dataset()).decode("utf-8")
    assert (
        '<span class="translation-label">Translation:</span> '
        "The leaders of Russia, Ukraine and Belarus signed</blockquote>"
    ) in english
    assert '<blockquote class="quote" lang="en" dir="ltr">I hereby discontinue my activity.' in (
        english
    )
    assert english.count('class="translation-label"') == 1


def test_the_print_variant_shows_translations() -> None:
    dataset = mixed_dataset()
    arabic = render_html(build_summary(dataset, dataset.events, "ar"), for_print=True)
    assert '<span class="translation-label">ترجمة:</span> أوقف بهذا نشاطي.</blockquote>' in arabic
    assert ".translation-label {" in arabic


# --- CSV --------------------------------------------------------------------------------------


def read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # so Excel reads UTF-8 Arabic correctly
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_has_one_row_per_event(tmp_path: Path) -> None:
    rows = read_csv(export(tmp_path, "csv"))
    assert [row["ID"] for row in rows] == [
        "planned-economy",
        "august-coup",
        "belovezha-accords",
        "gorbachev-resigns",
    ]
    treaty = rows[2]
    assert treaty["Kind"] == "Treaty" and treaty["Start"] == "1991-12-08" and treaty["End"] == ""
    assert treaty["Date"] == "8 December 1991"
    assert treaty["Causes"] == "planned-economy;august-coup"
    assert treaty["Participants"] == (
        "Belarus: Signed (Stanislav Shushkevich — Chairman of the Supreme Council; "
        "Vyacheslav Kebich — Prime Minister) | Russia: Signed (Boris Yeltsin — President) | "
        "Kazakhstan: Did not take part [Not invited.]"
    )
    assert treaty["Sources"].startswith(
        "Seed article: “وقّع قادة روسيا وأوكرانيا وبيلاروسيا” "
        "(Translation: “The leaders of Russia, Ukraine and Belarus signed”) <https://"
    )


def test_csv_round_trips_arabic(tmp_path: Path) -> None:
    rows = read_csv(export(tmp_path, "csv", "ar"))
    assert list(rows[0]) == [
        "المعرّف",
        "النوع",
        "البداية",
        "النهاية",
        "التاريخ",
        "العنوان",
        "المكان",
        "الملخص",
        "الأسباب",
        "المشاركون",
        "المصادر",
    ]
    treaty = rows[2]
    assert treaty["العنوان"] == "اتفاقيات بيلوفيجا"
    assert treaty["التاريخ"] == "8 كانون الأول/ديسمبر 1991"
    assert treaty["المكان"] == "فيسكولي، بيلاروسيا"


def test_csv_neutralizes_formulas(tmp_path: Path) -> None:
    rows = read_csv(export(tmp_path, "csv", dataset=hostile_dataset()))
    assert rows[2]["Summary"].startswith("'=cmd()")
    rows = read_csv(export(tmp_path, "csv", "ar", dataset=hostile_dataset()))
    assert rows[2]["العنوان"] == '\'=HYPERLINK("http://evil")'
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_csv_neutralizes_a_bc_start_date(tmp_path: Path) -> None:
    dataset = treaty_dataset()
    ancient = replace(dataset.events[0], start=dataset.events[0].start.parse("-0500"))
    rows = read_csv(export(tmp_path, "csv", dataset=replace(dataset, events=[ancient])))
    assert rows[0]["Start"] == "'-0500"


# --- JSON -------------------------------------------------------------------------------------


def test_json_export_reopens_with_the_scoped_events(tmp_path: Path) -> None:
    export(tmp_path, "json", events=[1, 2], scope="filtered")
    result = load_dataset(tmp_path / "summary-en.json")
    assert result.warnings == []
    dataset = treaty_dataset()
    coup, treaty = dataset.events[1], dataset.events[2]
    assert result.dataset.events == [
        replace(coup, causes=[]),
        replace(treaty, causes=["august-coup"]),
    ]
    assert result.dataset.title == dataset.title


def test_json_export_of_everything_equals_the_dataset(tmp_path: Path) -> None:
    export(tmp_path, "json", "ar")
    assert load_dataset(tmp_path / "summary-ar.json").dataset == treaty_dataset()


@pytest.mark.parametrize("extension", ["md", "html", "csv", "json"])
def test_an_empty_scope_still_exports(tmp_path: Path, extension: str) -> None:
    assert export(tmp_path, extension, events=[])


def built_in() -> Dataset:
    return load_dataset(default_dataset_path()).dataset


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_participation_matrix_opens_a_summary_of_several_agreements(
    tmp_path: Path, language: str
) -> None:
    dataset = built_in()
    text = export(tmp_path, "md", language, dataset).decode("utf-8")
    heading = label("participation", language)
    assert f"## {heading}" in text
    section = text.split(f"## {heading}", 1)[1].split("\n\n", 2)[1]
    rows = {
        line.split(" | ")[0].strip("| \u2066\u2067\u2068\u2069"): line
        for line in section.splitlines()
    }
    georgia = "جورجيا" if language == "ar" else "Georgia"
    assert rows[georgia].rstrip(" |").endswith(label("status.observer", language))
    assert len(section.splitlines()) == 2 + 19  # header, rule, 19 states
    html = export(tmp_path, "html", language, dataset).decode("utf-8")
    assert 'class="participants matrix"' in html
    assert html.count('<td class="status-observer">') == 1
    assert html.index("participation") < html.index('class="events"')
    belovezha = [e.id for e in dataset.events].index("belovezha-accords")
    single = export(tmp_path, "md", language, dataset, [belovezha], "selected")
    assert heading not in single.decode("utf-8")  # one agreement: its own table says it all

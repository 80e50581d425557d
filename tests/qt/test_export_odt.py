"""The OpenDocument Text export read back: a valid package, the handout's content, Arabic right to
left (paragraphs, tables, and the fonts word processors use for Arabic)."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

import explorer.qt.exporters  # noqa: F401  # registers the ODT exporter
from explorer.core.export import ExportRequest, exporter_for_path, exporter_named
from explorer.core.loader import load_dataset
from explorer.core.schema import Dataset
from explorer.paths import default_dataset_path

ROOT = Path(__file__).resolve().parents[2]
NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
}


def q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


@pytest.fixture(scope="module")
def story(qapp: object) -> Dataset:
    return load_dataset(default_dataset_path()).dataset


def render(dataset: Dataset, language: str) -> bytes:
    exporter = exporter_named("odt")
    assert exporter is not None and exporter_for_path("story.odt") is exporter
    return exporter.render(ExportRequest(dataset, dataset.events, language))


def content(data: bytes) -> ElementTree.Element:
    package = zipfile.ZipFile(io.BytesIO(data))
    first = package.infolist()[0]
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
    assert package.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    return ElementTree.fromstring(package.read("content.xml"))


def paragraph_styles(root: ElementTree.Element) -> dict[str, dict[str, str]]:
    styles = {}
    for style in root.iter(q("style:style")):
        properties = style.find("style:paragraph-properties", NS)
        if properties is not None:
            styles[style.get(q("style:name"), "")] = dict(properties.attrib)
    return styles


def paragraph_with(root: ElementTree.Element, words: str) -> ElementTree.Element:
    paragraphs = (p for p in root.iter() if p.tag in (q("text:p"), q("text:h")))
    return next(p for p in paragraphs if words in "".join(p.itertext()))


def test_the_english_handout_has_the_events_the_tables_and_the_notes(story: Dataset) -> None:
    root = content(render(story, "en"))
    text = " ".join(root.itertext())
    assert "The end of the Soviet Union" in text and "Belovezha Accords" in text
    assert "Stanislav Shushkevich" in text and "Sources" in text
    assert len(list(root.iter(q("table:table")))) >= 4  # the matrix, three agreements' parties
    styles = paragraph_styles(root)
    heading = paragraph_with(root, "Belovezha Accords are ratified")
    assert q("style:writing-mode") not in styles[heading.get(q("text:style-name"), "")]


def test_the_arabic_handout_runs_right_to_left(story: Dataset) -> None:
    root = content(render(story, "ar"))
    styles = paragraph_styles(root)
    for words in ("نهاية الاتحاد السوفيتي", "اتفاقيات بيلوفيجا"):
        style = styles[paragraph_with(root, words).get(q("text:style-name"), "")]
        assert style[q("style:writing-mode")] == "rl-tb", words
        assert style[q("fo:text-align")] == "right"
    tables = [
        style.find("style:table-properties", NS)
        for style in root.iter(q("style:style"))
        if style.get(q("style:family")) == "table"
    ]
    assert tables and all(t is not None and t.get(q("style:writing-mode")) for t in tables)
    sizes = [
        properties.get(q("style:font-size-complex"))
        for properties in root.iter(q("style:text-properties"))
        if properties.get(q("fo:font-size"))
    ]
    assert sizes and all(sizes)


def test_the_command_line_writes_odt(tmp_path: Path) -> None:
    target = tmp_path / "story.odt"
    command = [sys.executable, str(ROOT / "main.py"), "--export", str(target), "--format", "odt"]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "Belovezha Accords" in ElementTree.tostring(content(target.read_bytes()), "unicode")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_opens_it(story: Dataset, tmp_path: Path) -> None:
    source = tmp_path / "story-ar.odt"
    source.write_bytes(render(story, "ar"))
    profile = f"-env:UserInstallation=file://{tmp_path / 'profile'}"
    convert = ["soffice", profile, "--headless", "--convert-to", "txt:Text"]
    subprocess.run(
        [*convert, "--outdir", str(tmp_path), str(source)],
        capture_output=True,
        check=True,
        timeout=300,
    )
    text = (tmp_path / "story-ar.txt").read_text(encoding="utf-8-sig")
    assert "اتفاقيات بيلوفيجا" in text and "بيلاروسيا" in text


def test_no_text_is_raised_or_lowered_by_a_line(story: Dataset) -> None:
    # a cell's top alignment must not become text set a line above its baseline
    root = content(render(story, "ar"))
    positions = {
        properties.get(q("style:text-position"))
        for properties in root.iter(q("style:text-properties"))
    }
    assert positions <= {None, "super", "sub", "super 58%", "sub 58%"}, positions
    assert "جورجيا" in "".join(root.itertext())


def test_columns_keep_the_widths_of_their_content(story: Dataset) -> None:
    # word processors share a width-less table equally: the state column must stay narrow
    root = content(render(story, "en"))
    column_styles = {
        style.get(q("style:name")): style.find("style:table-column-properties", NS)
        for style in root.iter(q("style:style"))
        if style.get(q("style:family")) == "table-column"
    }
    widths = [
        properties.get(q("style:rel-column-width"))
        for properties in column_styles.values()
        if properties is not None
    ]
    assert widths and all(width and width.endswith("*") for width in widths)
    assert len(set(widths)) > len(widths) // 2, widths


def test_event_titles_are_outline_headings_kept_with_their_text(story: Dataset) -> None:
    root = content(render(story, "en"))
    headings = {"".join(h.itertext()).strip(): h for h in root.iter(q("text:h"))}
    assert "Belovezha Accords" in headings
    assert headings["Belovezha Accords"].get(q("text:outline-level")) == "2"
    style = paragraph_styles(root)[headings["Belovezha Accords"].get(q("text:style-name"), "")]
    assert style[q("fo:keep-with-next")] == "always"

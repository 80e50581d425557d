"""The command line, run as users run it: exit codes, stderr, and the files it writes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from explorer.core.loader import load_dataset
from explorer.core.schema import encode_dataset
from tests.factories import small_dataset

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def small_file(tmp_path: Path) -> Path:
    path = tmp_path / "small.json"
    path.write_bytes(encode_dataset(small_dataset()))
    return path


def assert_clean_error(result: subprocess.CompletedProcess[str], code: int, *parts: str) -> None:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    assert 1 <= len(result.stderr.strip().splitlines()) <= 3, result.stderr
    for part in parts:
        assert part in result.stderr


def test_version_and_help() -> None:
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("timeline-explorer ")
    assert "--export" in run("--help").stdout


def test_missing_file_exits_2_and_names_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.json"
    assert_clean_error(run(str(missing)), 2, "nowhere.json")


def test_invalid_json_exits_2_with_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "timeline-explorer/1",\n  "title": }\n', encoding="utf-8")
    assert_clean_error(run(str(bad), "--export", str(tmp_path / "x.md")), 2, "bad.json:2:")
    assert not (tmp_path / "x.md").exists()


def test_schema_error_exits_2_with_the_json_path(tmp_path: Path, small_file: Path) -> None:
    document = json.loads(small_file.read_text(encoding="utf-8"))
    document["events"][2]["start"] = "1989-13-09"
    bad = tmp_path / "schema.json"
    bad.write_text(json.dumps(document, indent=2), encoding="utf-8")
    assert_clean_error(run(str(bad)), 2, "schema.json", "$.events[2].start", "month 13")


def test_unknown_event_and_bad_scope_are_usage_errors(tmp_path: Path, small_file: Path) -> None:
    assert_clean_error(run(str(small_file), "--select", "nope"), 2, "nope")
    out = tmp_path / "x.md"
    assert_clean_error(
        run(str(small_file), "--export", str(out), "--scope", "selected"), 2, "--select"
    )
    assert_clean_error(run("--lang", "fr"), 2, "--lang")


def test_unknown_extension_needs_a_format(tmp_path: Path, small_file: Path) -> None:
    assert_clean_error(run(str(small_file), "--export", str(tmp_path / "x.docx")), 2, "--format")


def test_failed_write_exits_1_and_leaves_nothing(tmp_path: Path, small_file: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    target = blocker / "out.md"
    assert_clean_error(run(str(small_file), "--export", str(target)), 1, "out.md")
    assert blocker.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_export_markdown_html_csv_json(tmp_path: Path, small_file: Path, language: str) -> None:
    for extension in ("md", "html", "csv", "json"):
        target = tmp_path / f"summary.{extension}"
        result = run(str(small_file), "--export", str(target), "--lang", language)
        assert result.returncode == 0, result.stderr
        assert target.stat().st_size > 0
    title = "Belovezha Accords" if language == "en" else "معاهدة بيلوفيزا"
    date = "8 December 1991" if language == "en" else "8 كانون الأول/ديسمبر 1991"
    for extension in ("md", "html", "csv"):
        text = (tmp_path / f"summary.{extension}").read_text(encoding="utf-8-sig")
        assert title in text and date in text, extension
    reopened = load_dataset(tmp_path / "summary.json").dataset
    assert [e.id for e in reopened.events] == [e.id for e in small_dataset().events]


def test_export_scopes(tmp_path: Path, small_file: Path) -> None:
    selected = tmp_path / "one.json"
    assert (
        run(
            str(small_file), "--export", str(selected), "--scope", "selected", "--select", "wall"
        ).returncode
        == 0
    )
    assert [e.id for e in load_dataset(selected).dataset.events] == ["wall"]
    filtered = tmp_path / "some.json"
    assert (
        run(
            str(small_file),
            "--export",
            str(filtered),
            "--scope",
            "filtered",
            "--search",
            "glasnost",
        ).returncode
        == 0
    )
    assert [e.id for e in load_dataset(filtered).dataset.events] == ["glasnost"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", ["Belovezha Accords", "Kebich"]), ("ar", ["بيلوفيزا", "كيبيش"])],
)
def test_export_pdf_has_the_text(
    tmp_path: Path, small_file: Path, language: str, expected: list[str]
) -> None:
    target = tmp_path / "summary.pdf"
    result = run(str(small_file), "--export", str(target), "--lang", language)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(str(target))
    raw = " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())
    # Shaped Arabic comes back as contextual presentation forms in visual (reversed) order:
    # NFKC maps them back to letters, and reversing restores reading order.
    text = unicodedata.normalize("NFKC", raw)
    for word in expected:
        assert word in text or word[::-1] in text, raw[:500]
    if language == "ar":
        assert any("\ufb50" <= char <= "\ufeff" for char in raw), "Arabic glyphs are not shaped"


def test_export_png_and_svg_pictures(tmp_path: Path, small_file: Path) -> None:
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    assert run(str(small_file), "--export", str(png)).returncode == 0
    assert run(str(small_file), "--export", str(svg), "--lang", "ar").returncode == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from xml.etree import ElementTree

    root = ElementTree.parse(svg).getroot()
    assert root.tag.endswith("svg")
    # Qt writes one <text> per word, placed right to left; the viewer shapes each word.
    words = {element.text for element in root.iter() if element.tag.endswith("text")}
    assert {"سقوط", "جدار", "برلين", "معاهدة", "بيلوفيزا"} <= words


def test_screenshot_of_the_built_in_dataset(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    shot = tmp_path / "shot.png"
    result = run("--screenshot", str(shot), "--select", "belovezha-accords", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no platform noise for the user to wonder about
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)

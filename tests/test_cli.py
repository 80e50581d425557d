"""The command line, run as users run it: exit codes, stderr, and the files it writes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from explorer.core.loader import load_dataset
from explorer.core.schema import encode_dataset
from tests.factories import small_dataset

ROOT = Path(__file__).resolve().parent.parent


#: Where the programs run here keep their settings: never the user's own.
SCRATCH_CONFIG = Path(tempfile.mkdtemp(prefix="timeline-explorer-test-config-"))


def run(
    *args: str, cwd: Path = ROOT, config: Path = SCRATCH_CONFIG
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config))
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
    # pypdf gives the glyphs in the order they are drawn: Arabic comes back right to left, as
    # standard letters (the PDF's text maps undo the shaping; tests/qt/test_export_pdf_text.py).
    for word in expected:
        assert word in raw or word[::-1] in raw, raw[:500]
    assert not any("\ufb50" <= char <= "\ufeff" for char in raw), "presentation forms"


def test_export_png_and_svg_pictures(tmp_path: Path, small_file: Path) -> None:
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    assert run(str(small_file), "--export", str(png)).returncode == 0
    assert run(str(small_file), "--export", str(svg), "--lang", "ar").returncode == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from xml.etree import ElementTree

    root = ElementTree.parse(svg).getroot()
    assert root.tag.endswith("svg")
    # each title whole, in one <text>: one run for the viewer to shape and lay out
    texts = {element.text for element in root.iter() if element.tag.endswith("text")}
    assert {"سقوط جدار برلين", "معاهدة بيلوفيزا"} <= texts


def test_pictures_at_a_chosen_size_scale_and_range(tmp_path: Path, small_file: Path) -> None:
    from PySide6.QtGui import QImage

    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    chosen = ("--size", "1200x500", "--range", "December 1991..1992", "--no-legend")
    result = run(str(small_file), "--export", str(png), *chosen, "--scale", "1.5")
    assert result.returncode == 0, result.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1800, 750)
    assert run(str(small_file), "--export", str(svg), *chosen).returncode == 0
    from xml.etree import ElementTree

    root = ElementTree.parse(svg).getroot()
    assert root.get("viewBox") == "0 0 1200 500"
    texts = {element.text for element in root.iter() if element.tag.endswith("text")}
    assert "Belovezha Accords" in texts
    assert "4 events · December 1991 – December 1992" in texts
    assert "Fall of the Berlin Wall" not in texts  # November 1989
    assert "Treaty" not in texts  # no legend


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--size", "100x900"), "use 200 to 10000 px"),
        (("--size", "big"), "WIDTHxHEIGHT"),
        (("--scale", "9"), "use 0.5 to 4"),
        (("--scale", "two"), "--scale 'two'"),
        (("--range", "1991"), "START..END"),
        (("--range", "1991..1989"), "end after it starts"),
        (("--range", "1989..someday"), "'someday' is not a date"),
        (("--size", "10000x10000", "--scale", "4"), "megapixels"),
    ],
)
def test_bad_picture_options_are_usage_errors(
    tmp_path: Path, small_file: Path, options: tuple[str, ...], message: str
) -> None:
    target = tmp_path / "t.png"
    assert_clean_error(run(str(small_file), "--export", str(target), *options), 2, message)
    assert not target.exists()


def test_picture_options_need_a_picture(tmp_path: Path, small_file: Path) -> None:
    target = tmp_path / "t.md"
    result = run(str(small_file), "--export", str(target), "--size", "800x600")
    assert_clean_error(result, 2, "--size", ".png or .svg")
    assert not target.exists()


def test_include_chooses_the_parts_of_a_summary(tmp_path: Path, small_file: Path) -> None:
    target = tmp_path / "t.md"
    assert run(str(small_file), "--export", str(target), "--include", "causes").returncode == 0
    text = target.read_text(encoding="utf-8")
    assert "Causes" in text and "Participants" not in text
    result = run(str(small_file), "--export", str(target), "--include", "causes,links")
    assert_clean_error(result, 2, "'links'", "causes,participants,matrix")


def test_screenshot_of_the_built_in_dataset(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    shot = tmp_path / "shot.png"
    result = run("--screenshot", str(shot), "--select", "belovezha-accords", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no platform noise for the user to wonder about
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)


def test_export_reports_every_warning_and_counts_what_was_left_out(tmp_path: Path) -> None:
    """A TimelineJS file with unreadable events exports the rest and says what it dropped."""
    timeline = {
        "events": [
            {"start_date": {"year": "1991", "month": "12", "day": "8"}, "text": {"headline": "A"}},
            {"start_date": {"year": "1991", "month": "13"}, "text": {"headline": "B"}},
            {"text": {"headline": "C, with no date"}},
        ]
    }
    source = tmp_path / "cosmo.json"
    source.write_text(json.dumps(timeline), encoding="utf-8")
    out = tmp_path / "out.csv"
    result = run(str(source), "--export", str(out))
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3, result.stderr
    assert all(line.startswith("timeline-explorer: warning: ") for line in lines)
    assert "cosmo.json" in lines[0] and "month" in lines[0]
    assert "2 of 3 events were left out" in lines[-1]
    assert out.read_text(encoding="utf-8").count("\n") == 2  # the header and event A


def test_a_duplicate_id_is_reported_when_exporting(tmp_path: Path) -> None:
    document = json.loads(encode_dataset(small_dataset()))
    document["events"].append(dict(document["events"][0]))
    source = tmp_path / "dup.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    result = run(str(source), "--export", str(tmp_path / "out.md"))
    assert result.returncode == 0
    assert "duplicate" in result.stderr.lower() or "twice" in result.stderr.lower()
    assert "1 of" in result.stderr and "were left out" in result.stderr


def test_export_to_standard_output(tmp_path: Path) -> None:
    result = run("--export", "-", "--format", "md")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# ") and "Belovezha" in result.stdout
    assert not (tmp_path / "-").exists() and not (ROOT / "-").exists()


def test_export_to_a_device_writes_through_it(tmp_path: Path) -> None:
    device = tmp_path / "mynull"
    try:
        os.mknod(device, 0o20666, os.makedev(1, 3))
    except (OSError, AttributeError) as error:
        pytest.skip(f"cannot make a device node here: {error}")
    result = run("--export", str(device), "--format", "md")
    assert result.returncode == 0, result.stderr
    assert device.is_char_device()


def test_export_over_a_read_only_file_fails_with_exit_1(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    target.write_text("mine", encoding="utf-8")
    target.chmod(0o444)
    result = run("--export", str(target))
    assert result.returncode == 1
    assert "read-only" in result.stderr and "Traceback" not in result.stderr
    assert target.read_text(encoding="utf-8") == "mine"


def test_no_display_is_one_line_and_exit_2() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "--export" in lines[0]


@pytest.mark.parametrize("quoted", [False, True])
def test_a_year_thousands_of_digits_long_names_the_place_and_the_limit(
    tmp_path: Path, quoted: bool
) -> None:
    year = "1" + "0" * 5000
    value = f'"{year}"' if quoted else year
    source = tmp_path / "huge-year.json"
    source.write_text(
        '{"events": [\n{"start_date": {"year": ' + value + '}, "text": {"headline": "x"}}]}',
        encoding="utf-8",
    )
    result = run(str(source), "--export", str(tmp_path / "out.md"))
    assert result.returncode == 2
    assert len(result.stderr) < 400, result.stderr
    assert "20,000,000,000" in result.stderr and "brackets" not in result.stderr
    place = "$.events[0].start_date.year" if quoted else "huge-year.json:2:"
    assert place in result.stderr


def test_the_whole_story_as_pdf_opens_with_the_participation_matrix(tmp_path: Path) -> None:
    out = tmp_path / "story.pdf"
    result = run("--export", str(out))
    assert result.returncode == 0, result.stderr
    first_page = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "Participation in the agreements" in first_page
    assert "Transcaucasian SFSR" in first_page


def settings_file(config: Path) -> Path:
    return config / "TimelineExplorer" / "Timeline Explorer.ini"


def remembered(ini: Path) -> str:
    return ini.read_text(encoding="utf-8") if ini.exists() else ""


def test_reset_settings_alone_forgets_them_says_so_and_exits_0(tmp_path: Path) -> None:
    ini = settings_file(tmp_path)
    ini.parent.mkdir(parents=True)
    ini.write_text("[ui]\nlanguage=ar\n\n[files]\nrecent=/somewhere/a.json\n", encoding="utf-8")
    result = run("--reset-settings", config=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "settings reset" in result.stderr
    assert str(ini) in result.stderr
    assert "language" not in remembered(ini)
    assert "recent" not in remembered(ini)


def test_reset_settings_with_an_export_does_both(tmp_path: Path) -> None:
    ini = settings_file(tmp_path / "config")
    ini.parent.mkdir(parents=True)
    ini.write_text("[ui]\nlanguage=ar\n", encoding="utf-8")
    target = tmp_path / "all.md"
    result = run("--reset-settings", "--export", str(target), config=tmp_path / "config")
    assert result.returncode == 0, result.stderr
    assert "settings reset" in result.stderr
    assert target.read_text(encoding="utf-8").startswith("#")
    assert "language" not in remembered(ini)

"""Arabic UI strings: every string in the code is in the .ts file, translated, and compiled."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from explorer.paths import translations_dir

TS_FILE = translations_dir() / "timeline-explorer_ar.ts"


def ts_file(language: str) -> Path:
    return translations_dir() / f"timeline-explorer_{language}.ts"


QT_SOURCES = sorted((Path(__file__).resolve().parents[2] / "explorer" / "qt").glob("*.py"))


def messages(path: Path) -> dict[str, ET.Element]:
    return {
        message.findtext("source") or "": message.find("translation")  # type: ignore[misc]
        for message in ET.parse(path).iter("message")
    }


def test_every_arabic_translation_is_finished() -> None:
    unfinished = [
        source
        for source, translation in messages(TS_FILE).items()
        if translation.get("type") == "unfinished" or not "".join(translation.itertext()).strip()
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_ts_file_holds_every_string_in_the_code(tmp_path: Path, language: str) -> None:
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not on PATH")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, *map(str, QT_SOURCES), "-ts", str(fresh)], check=True, capture_output=True
    )
    in_code = set(messages(fresh))
    in_file = {
        source
        for source, t in messages(ts_file(language)).items()
        if t.get("type") not in ("vanished", "obsolete")
    }
    assert in_code - in_file == set(), "run pyside6-lupdate and translate the new strings"


def test_the_compiled_catalogue_translates(qapp) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load("timeline-explorer_ar", str(translations_dir()))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("DetailPane", "Causes") == "الأسباب"
        assert QCoreApplication.translate("Navigator", "&Back") == "&رجوع"
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_shipped_catalogue_is_compiled_from_the_ts_file(tmp_path: Path, language: str) -> None:
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not on PATH")
    compiled = tmp_path / "fresh.qm"
    subprocess.run(
        [lrelease, str(ts_file(language)), "-qm", str(compiled)], check=True, capture_output=True
    )
    shipped = ts_file(language).with_suffix(".qm")
    assert compiled.read_bytes() == shipped.read_bytes(), "run pyside6-lrelease"


def test_english_plurals_come_from_the_english_catalogue(qapp) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load("timeline-explorer_en", str(translations_dir()))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "%n event(s)", "", 1) == "1 event"
        assert QCoreApplication.translate("MainWindow", "%n event(s)", "", 21) == "21 events"
    finally:
        QCoreApplication.removeTranslator(translator)

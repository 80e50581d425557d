"""Arabic UI strings: every string in the code is in the .ts file, translated, and compiled."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from explorer.core.bidi import FSI, PDI
from explorer.core.errors import DatasetError
from explorer.core.loader import load_dataset
from explorer.core.messages import Message, fields_of
from explorer.paths import translations_dir
from explorer.qt.i18n import MESSAGE_CONTEXT, RLM, install_language, translated_message

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


EXPLORER = Path(__file__).resolve().parents[2] / "explorer"


def core_message_templates() -> set[str]:
    """Every template the code makes a Message of: the literal first argument of each
    ``Message(…)`` call, and the tables of templates a message is chosen from."""
    from explorer.core.dates import DATE_PROBLEMS
    from explorer.core.explain import JSON_SYNTAX_PROBLEMS
    from explorer.core.limits import _FIRST_KEPT

    found = {*DATE_PROBLEMS, *JSON_SYNTAX_PROBLEMS, *_FIRST_KEPT.values()}
    for path in EXPLORER.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Message"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def message_context(language: str) -> dict[str, ET.Element]:
    root = ET.parse(ts_file(language)).getroot()
    [context] = [c for c in root.iter("context") if c.findtext("name") == MESSAGE_CONTEXT]
    return {m.findtext("source") or "": m for m in context.iter("message")}


def test_every_core_message_has_its_arabic_translation_placing_the_same_values() -> None:
    templates = core_message_templates()
    arabic = message_context("ar")
    assert len(templates) > 100
    assert templates - set(arabic) == set(), "add these to the Message context of both .ts files"
    assert set(arabic) - templates == set(), "these are no longer in the code"
    assert set(message_context("en")) == set(arabic)
    for template, message in arabic.items():
        forms = [form.text or "" for form in message.iter("numerusform")]
        translations = forms or [message.findtext("translation") or ""]
        assert len(translations) == (6 if "%n" in template else 1), template
        for translation in translations:
            assert fields_of(translation) == fields_of(template), template
            if re.search("[a-z]", re.sub(r"\{\w+\}", "", template)):  # words, not only values
                assert re.search("[\u0600-\u06ff]", translation), f"not Arabic: {translation}"


def test_a_core_message_is_shown_in_the_window_language(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "missing.json"
    with pytest.raises(DatasetError) as raised:
        load_dataset(missing)
    message = raised.value.message()
    install_language(qapp, "ar")
    try:
        shown = translated_message(message)
    finally:
        install_language(qapp, "en")
    # The sentence runs right to left from its first character; the path is kept whole.
    assert shown == f"{RLM}{FSI}{missing}{PDI}: لا يوجد ملف بهذا الاسم (تحقّق من الاسم والمجلد)"
    assert translated_message(message) == str(message)
    # A text that opens with a Latin word is isolated and laid out right to left in Arabic too.
    assert translated_message("Timeline: لا", "ar") == f"{RLM}{FSI}Timeline{PDI}: لا"
    assert translated_message("لا: Timeline", "ar") == f"لا: {FSI}Timeline{PDI}"
    summary = Message("{file}: %n warning(s); all {shown} events were loaded", 2, file="a", shown=5)
    assert translated_message(summary) == "a: 2 warnings; all 5 events were loaded"

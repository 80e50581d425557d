"""Warnings from opening a file reach the window: the status bar counts them, Details lists them."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from explorer.app import create_main_window
from explorer.core.bidi import FSI, LRI, PDI
from explorer.core.schema import encode_dataset
from explorer.qt.i18n import RLM
from tests.factories import small_dataset
from tests.qt.screen import messages_shown, without_isolates


def test_a_file_with_a_duplicate_id_shows_its_warnings_until_a_clean_file_opens(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = create_main_window(small_dataset())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.load_warnings.isVisible()

    document = json.loads(encode_dataset(small_dataset()))
    document["events"].append(dict(document["events"][0]))
    broken = tmp_path / "dup.json"
    broken.write_text(json.dumps(document), encoding="utf-8")
    assert window.open_path(str(broken))
    assert window.load_warnings.isVisible()
    assert "1 warning" in window.load_warnings.label.text()
    assert "1 of" in window.load_warnings.label.toolTip()

    window.load_warnings.details_button.click()
    box = window.findChild(QMessageBox, "loadWarningsDialog")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "dup.json" in box.detailedText() and "$.events[" in box.detailedText()
    box.close()

    clean = tmp_path / "clean.json"
    clean.write_bytes(encode_dataset(small_dataset()))
    assert window.open_path(str(clean))
    assert not window.load_warnings.isVisible()


def test_an_arabic_window_tells_why_a_file_cannot_be_opened_in_arabic(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = create_main_window(small_dataset(), language="ar")
    qtbot.addWidget(window)
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "timeline-explorer/1", "title": {"en": "x"}, "events": [\n'
        '  {"id": "a", "title": {"en": "A"}, "start": "1991-13-01"}\n]}\n',
        encoding="utf-8",
    )
    shown = messages_shown(monkeypatch)
    assert not window.open_path(str(bad))
    [message] = shown
    assert message.title == "تعذّر فتح الخط الزمني"
    text = without_isolates(message.text)
    assert text.startswith(f"{RLM}{bad}:2:46: $.events[0].start: الشهر 13 ليس بين 1 و12 (اكتب")
    assert "cannot" not in text and "month" not in text
    # The file's path and the example date each keep their own order in the Arabic sentence.
    assert f"{FSI}{bad}:2:46{PDI}" in message.text
    assert f"{LRI}1991-12-08{PDI}" in message.text


def test_the_warnings_of_a_file_follow_the_window_language(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = create_main_window(small_dataset(), language="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    document = json.loads(encode_dataset(small_dataset()))
    document["events"].append(dict(document["events"][0]))
    duplicated = tmp_path / "dup.json"
    duplicated.write_text(json.dumps(document), encoding="utf-8")
    assert window.open_path(str(duplicated))
    first_id = document["events"][0]["id"]
    english = window.load_warnings.label.toolTip()
    assert "1 warning; 1 of" in english

    window.set_language("ar")
    arabic = without_isolates(window.load_warnings.label.toolTip())
    assert "تحذير واحد؛ تُرك 1 من أصل 6 من الأحداث" in arabic and "warning;" not in arabic
    window.load_warnings.details_button.click()
    box = window.findChild(QMessageBox, "loadWarningsDialog")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    details = without_isolates(box.detailedText())
    assert f"$.events[5].id: معرّف مكرّر «{first_id}»: يحمله حدث سابق؛ تُجوهل هذا الحدث" in details
    box.close()

    window.set_language("en")
    assert window.load_warnings.label.toolTip() == english

"""Warnings from opening a file reach the window: the status bar counts them, Details lists them."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from explorer.app import create_main_window
from explorer.core.schema import encode_dataset
from tests.factories import small_dataset


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

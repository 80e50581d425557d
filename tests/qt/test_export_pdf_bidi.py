"""The PDF export read back: mixed-direction text comes out in the order a reader expects.

pypdf reports each run of glyphs with its position on the page; sorting a line's runs by their x
gives the visual order, which is what the reader sees.
"""

from __future__ import annotations

import io
import unicodedata

import pytest
from msgspec.structs import replace
from pypdf import PdfReader
from pytest import MonkeyPatch

import explorer.core.export.html as html_export
import explorer.qt.exporters  # noqa: F401  # registers the PDF exporter
from explorer.core.export import ExportRequest, exporter_named
from explorer.core.schema import Dataset
from tests.core.sample_data import treaty_dataset


def mixed_dataset() -> Dataset:
    """An Arabic summary with "142-Н" in it, and an event known only in English."""
    dataset = treaty_dataset()
    treaty = replace(
        dataset.events[2],
        summary={"en": "Decree 142-Н.", "ar": "أصدر المجلس الإعلان 142-Н في اليوم التالي."},
    )
    resigns = replace(
        dataset.events[3],
        title={"en": "Gorbachev resigns."},
        summary={"en": "He resigned on television (بث مباشر)."},
    )
    return replace(dataset, events=[treaty, resigns])


def visual_lines(data: bytes) -> list[list[str]]:
    """Every line of every page as its runs of text from left to right, in reading form."""
    lines: list[list[str]] = []
    for page in PdfReader(io.BytesIO(data)).pages:
        runs: dict[int, list[tuple[float, str]]] = {}
        page.extract_text(visitor_text=lambda *args, runs=runs: _collect(runs, *args))
        for y in sorted(runs, reverse=True):
            lines.append([text.strip() for _, text in sorted(runs[y])])
    return lines


def _collect(
    runs: dict[int, list[tuple[float, str]]],
    text: str,
    cm: list[float],
    tm: list[float],
    *_: object,
) -> None:
    """Record one run of text at its position on the page, by line."""
    if text.strip():
        x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
        runs.setdefault(round(y), []).append((x, unicodedata.normalize("NFKC", text)))


def arabic_pdf_lines() -> list[list[str]]:
    dataset = mixed_dataset()
    exporter = exporter_named("pdf")
    assert exporter is not None
    return visual_lines(exporter.render(ExportRequest(dataset, dataset.events, "ar")))


def line_with(lines: list[list[str]], word: str) -> list[str]:
    return next(line for line in lines if any(word in run for run in line))


@pytest.mark.usefixtures("qapp")
def test_a_number_joined_to_a_latin_letter_keeps_its_order_in_arabic() -> None:
    line = line_with(arabic_pdf_lines(), "142")
    # left to right on the page: "142-" then "Н", as written, not "Н-142"
    assert line.index("Н") == line.index("142-") + 1, line


@pytest.mark.usefixtures("qapp")
def test_english_in_an_arabic_pdf_keeps_its_period_at_its_end() -> None:
    lines = arabic_pdf_lines()
    headings = [line for line in lines if line and line[0] in ("Gorbachev", ".")]
    # the heading, and the "Led to:" line that names it (its label to the right)
    assert headings and all(line[:3] == ["Gorbachev", "resigns", "."] for line in headings), lines
    summary = line_with(lines, "television")
    assert summary[:4] == ["He", "resigned", "on", "television"] and summary[-1] == ".", summary


@pytest.mark.usefixtures("qapp")
def test_without_isolation_the_order_breaks(monkeypatch: MonkeyPatch) -> None:
    """The checks above can fail: without isolates, Qt shows what users reported."""
    monkeypatch.setattr(html_export, "isolate", lambda text, language: text)
    monkeypatch.setattr(html_export, "isolate_in", lambda text, language, paragraph: text)
    lines = arabic_pdf_lines()
    line = line_with(lines, "142")
    assert line.index("Н") < line.index("142"), line  # shown as "Н-142"
    assert ["Gorbachev", "resigns", "."] not in lines  # shown as ".Gorbachev resigns"

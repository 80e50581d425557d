"""A big file's summaries stay in the file: read back as written when shown, searched, exported."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from explorer.core import event_pieces, limits, loader, texts_in_file
from explorer.core.export.markdown import render_markdown
from explorer.core.loader import load_dataset
from explorer.core.schema import FORMAT_ID, JSON_DECODER, Dataset, encode_dataset
from explorer.core.store import EventStore
from explorer.core.summary import build_summary
from explorer.core.texts_in_file import (
    SummaryUnavailable,
    summaries_of,
    summary_in_memory,
    summary_of,
)

SUMMARIES = [
    {"en": f"Summary {number} with a rare word zq{number}", "ar": f"ملخص {number} فيه }}, و ]"}
    for number in range(40)
]


def document(summaries: list[dict[str, str]], indent: int | None = 1) -> bytes:
    events: list[dict[str, Any]] = [
        {"id": f"e{number}", "title": {"en": f"Event {number}"}, "start": f"{1900 + number}"}
        for number in range(len(summaries))
    ]
    for event, summary in zip(events, summaries, strict=True):
        if summary:
            event["summary"] = summary
    data = {"format": FORMAT_ID, "title": {"en": "Big"}, "events": events}
    separators = (",", ":") if indent is None else None
    return json.dumps(data, indent=indent, separators=separators, ensure_ascii=False).encode()


@pytest.fixture(autouse=True)
def _every_file_is_big(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "BUFFER_FROM_BYTES", 1)
    monkeypatch.setattr(event_pieces, "PIECE_BYTES", 300)


def written(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


CONTENTS = {
    "indented": document(SUMMARIES),
    "tight": document(SUMMARIES, indent=None),
    "with a byte order mark": b"\xef\xbb\xbf" + document(SUMMARIES),
    "some without a summary": document([s if n % 3 else {} for n, s in enumerate(SUMMARIES)]),
}


@pytest.mark.parametrize("content", CONTENTS.values(), ids=CONTENTS.keys())
def test_summaries_stay_in_a_big_file_and_read_as_written(content: bytes, tmp_path: Path) -> None:
    events = load_dataset(written(tmp_path / "big.json", content)).dataset.events
    expected = [
        event.summary for event in JSON_DECODER.decode(content.lstrip(b"\xef\xbb\xbf")).events
    ]
    assert [summary_in_memory(event) for event in events] == [
        None if summary else summary for summary in expected
    ]
    assert [summary_of(event) for event in events] == expected
    assert summaries_of(events) == expected


def test_a_summary_over_its_limit_is_cut_in_memory_with_a_warning(tmp_path: Path) -> None:
    longest = limits.MAX_LONG_TEXT_CHARS
    summaries = [{"en": "short"}, {"en": "x" * (longest + 1)}, {"en": "short too"}]
    result = load_dataset(written(tmp_path / "long.json", document(summaries)))
    events = result.dataset.events
    assert summary_in_memory(events[1]) == {"en": "x" * (longest - 1) + "…"}
    assert summary_in_memory(events[0]) is None and summary_of(events[0]) == {"en": "short"}
    assert any("$.events[1].summary: 20,001 characters" in w for w in result.warnings)


def test_a_big_file_saved_or_exported_holds_its_summaries(tmp_path: Path) -> None:
    content = document(SUMMARIES)
    dataset = load_dataset(written(tmp_path / "big.json", content)).dataset
    assert JSON_DECODER.decode(encode_dataset(dataset)) == JSON_DECODER.decode(content)
    summary = build_summary(dataset, dataset.events, "en")
    assert [event.summary for event in summary.events] == [s["en"] for s in SUMMARIES]
    markdown = render_markdown(summary)
    assert all(s["en"] in markdown for s in SUMMARIES)


def test_search_finds_a_word_only_a_summary_in_the_file_holds(tmp_path: Path) -> None:
    dataset = load_dataset(written(tmp_path / "big.json", document(SUMMARIES))).dataset
    store = EventStore.build(dataset)
    rows = store.search_index().matching_rows("zq17").tolist()
    assert [store.events[row].id for row in rows] == ["e17"]


def test_a_file_replaced_on_disk_still_reads_as_it_was_loaded(tmp_path: Path) -> None:
    path = written(tmp_path / "big.json", document(SUMMARIES))
    dataset = load_dataset(path).dataset
    newer = written(tmp_path / "newer.json", document([{"en": "new"}] * len(SUMMARIES)))
    os.replace(newer, path)  # as an editor saves
    assert summary_of(dataset.events[5]) == SUMMARIES[5]


def changed_in_place(tmp_path: Path) -> tuple[Path, Dataset]:
    path = written(tmp_path / "big.json", document(SUMMARIES))
    dataset = load_dataset(path).dataset
    with open(path, "r+b") as file:  # the same file, rewritten
        file.write(document([{"en": "other"}] * len(SUMMARIES)))
        file.truncate()
    return path, dataset


def test_a_file_changed_in_place_says_so_and_what_to_do(tmp_path: Path) -> None:
    path, dataset = changed_in_place(tmp_path)
    with pytest.raises(SummaryUnavailable) as raised:
        summary_of(dataset.events[5])
    message = str(raised.value)
    assert str(path) in message and "changed on disk" in message
    assert "open the file again" in message


def test_a_changed_file_is_still_searched_by_its_titles(tmp_path: Path) -> None:
    _path, dataset = changed_in_place(tmp_path)
    store = EventStore.build(dataset)
    assert store.search_index().matching_rows("zq17").tolist() == []
    rows = store.search_index().matching_rows("event 17").tolist()
    assert [store.events[row].id for row in rows] == ["e17"]


def test_summaries_read_where_the_system_has_no_pread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(texts_in_file, "_PREAD", None)  # as on Windows: seek and read
    events = load_dataset(written(tmp_path / "big.json", document(SUMMARIES))).dataset.events
    assert summaries_of(events) == SUMMARIES

"""Big files are decoded a part at a time, their memory given back: the same datasets and errors."""

from __future__ import annotations

import json
import mmap
from pathlib import Path
from typing import Any

import pytest

from explorer.core import loader
from explorer.core.errors import DatasetError
from explorer.core.file_buffer import FileBuffer
from explorer.core.loader import load_dataset, load_dataset_bytes
from explorer.core.schema import DECODE_PART, FORMAT_ID, encode_dataset
from tests.conftest import SAMPLES
from tests.core.sample_data import treaty_dataset


def many_events(count: int) -> dict[str, Any]:
    events = [
        {"id": f"e{number}", "title": {"en": f"Event {number}"}, "start": "1991-12-08"}
        for number in range(count)
    ]
    return {"format": FORMAT_ID, "title": {"en": "Many"}, "events": events}


def dumps(data: object) -> bytes:
    return json.dumps(data, indent=1, ensure_ascii=False).encode()


def outcome(load: Any) -> object:
    """The dataset and warnings a load gives, or its error message."""
    try:
        result = load()
    except DatasetError as error:
        return str(error)
    return result.dataset, result.warnings, result.format_name


def bad_late_date() -> bytes:
    data = many_events(DECODE_PART + 10)
    data["events"][DECODE_PART + 3]["start"] = "1991-13-01"
    return dumps(data)


def bad_byte_late() -> bytes:
    return dumps(many_events(DECODE_PART * 2)).replace(b"Event 5000", b"Event 5\xff00")


CASES = {
    "our format": encode_dataset(treaty_dataset()),
    "with a byte order mark": b"\xef\xbb\xbf" + encode_dataset(treaty_dataset()),
    "three parts of events": dumps(many_events(DECODE_PART * 2 + 1)),
    "a bad date in the second part": bad_late_date(),
    "a bad byte in the second part": bad_byte_late(),
    "an event that is no object": dumps({**many_events(3), "events": [1, 2]}),
    "a bad id after the first part": dumps(many_events(DECODE_PART + 2)).replace(
        f'"e{DECODE_PART + 1}"'.encode(), b'"e 1"'
    ),
    "a truncated file": encode_dataset(treaty_dataset())[:-40],
    "only white space": b"  \n\t ",
}


@pytest.mark.parametrize("content", CASES.values(), ids=CASES.keys())
def test_a_big_file_loads_as_its_bytes_do(
    content: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "timeline.json"
    path.write_bytes(content)
    read = outcome(lambda: load_dataset_bytes(content, str(path)))
    monkeypatch.setattr(loader, "BUFFER_FROM_BYTES", 1)
    assert outcome(lambda: load_dataset(path)) == read


def test_an_error_in_a_later_part_names_its_event_and_line() -> None:
    error = outcome(lambda: load_dataset_bytes(bad_late_date(), "many.json"))
    assert isinstance(error, str)
    assert f"$.events[{DECODE_PART + 3}].start: month 13" in error
    lines = bad_late_date().decode().splitlines()
    line = next(number for number, text in enumerate(lines, 1) if "1991-13-01" in text)
    assert f"many.json:{line}:" in error


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="the samples are beside the checkout")
@pytest.mark.parametrize(
    "name", ["timelinejs-houston.json", "thetimeline-versions.timeline", "timelinejs-eras.json"]
)
def test_a_big_file_in_a_foreign_format_is_imported(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = SAMPLES / name
    read = outcome(lambda: load_dataset(path))
    monkeypatch.setattr(loader, "BUFFER_FROM_BYTES", 1)
    assert outcome(lambda: load_dataset(path)) == read


@pytest.mark.skipif(not hasattr(mmap, "MADV_DONTNEED"), reason="memory is kept until closed")
def test_pages_given_back_are_freed_and_the_rest_kept(tmp_path: Path) -> None:
    page = mmap.PAGESIZE
    content = bytes(range(1, 256)) * (4 * page // 255 + 1)  # four pages or more, no zero
    path = tmp_path / "pages.bin"
    path.write_bytes(content)
    with FileBuffer(path) as buffer:
        assert bytes(buffer.data) == content
        assert buffer.release_before(buffer.data[2 * page + 10 :]) == (2 * page + 10) / len(content)
        assert bytes(buffer.data[: 2 * page]) == bytes(2 * page)  # given back: zeros now
        assert bytes(buffer.data[2 * page :]) == content[2 * page :]


def test_a_buffer_still_pointed_into_is_freed_with_the_last_pointer(tmp_path: Path) -> None:
    path = tmp_path / "kept.bin"
    path.write_bytes(b"kept" * 1024)
    with FileBuffer(path) as buffer:
        kept = buffer.data[:4]
    assert bytes(kept) == b"kept"

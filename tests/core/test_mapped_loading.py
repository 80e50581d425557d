"""Big files are mapped and decoded a part at a time: the same datasets, the same errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from explorer.core import loader
from explorer.core.errors import DatasetError
from explorer.core.loader import load_dataset, load_dataset_bytes
from explorer.core.mapped_file import MappedFile
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
def test_a_mapped_file_loads_as_its_bytes_do(
    content: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "timeline.json"
    path.write_bytes(content)
    read = outcome(lambda: load_dataset_bytes(content, str(path)))
    monkeypatch.setattr(loader, "MAP_FROM_BYTES", 1)
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
def test_a_mapped_file_in_a_foreign_format_is_imported(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = SAMPLES / name
    read = outcome(lambda: load_dataset(path))
    monkeypatch.setattr(loader, "MAP_FROM_BYTES", 1)
    assert outcome(lambda: load_dataset(path)) == read


def test_pages_let_go_of_read_the_same_again(tmp_path: Path) -> None:
    content = bytes(range(256)) * 64  # four pages or more
    path = tmp_path / "pages.bin"
    path.write_bytes(content)
    with MappedFile(path) as mapped:
        assert bytes(mapped.data) == content
        mapped.release_before(mapped.data[len(content) - 10 :])
        assert bytes(mapped.data) == content


def test_a_mapping_still_pointed_into_closes_with_the_last_pointer(tmp_path: Path) -> None:
    path = tmp_path / "kept.bin"
    path.write_bytes(b"kept" * 1024)
    with MappedFile(path) as mapped:
        kept = mapped.data[:4]
    assert bytes(kept) == b"kept"

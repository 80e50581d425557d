"""Big files are decoded a part at a time, their memory given back: the same datasets and errors."""

from __future__ import annotations

import json
import mmap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core import event_pieces, loader
from explorer.core import store as store_module
from explorer.core.errors import DatasetError
from explorer.core.event_pieces import Piece
from explorer.core.file_buffer import FileBuffer
from explorer.core.loader import load_dataset, load_dataset_bytes
from explorer.core.schema import (
    FORMAT_ID,
    JSON_DECODER,
    Dataset,
    Event,
    decode_dataset_in_parts,
    encode_dataset,
    to_builtins,
)
from explorer.core.store import EventStore
from tests.conftest import SAMPLES
from tests.core.sample_data import treaty_dataset
from tests.core.strategies import datasets


def many_events(count: int) -> dict[str, Any]:
    events = [
        {"id": f"e{number}", "title": {"en": f"Event {number}"}, "start": "1991-12-08"}
        for number in range(count)
    ]
    return {"format": FORMAT_ID, "title": {"en": "Many"}, "events": events}


def tricky_events(count: int) -> dict[str, Any]:
    """Events whose texts and lists hold what a cut between two events looks for: "}," inside
    strings, ``},{`` between participants."""
    data = many_events(count)
    for number, event in enumerate(data["events"]):
        event["summary"] = {"en": 'a "quoted" }, {"id": "fake"}, } ,' * (number % 3)}
        if number % 4 == 0:
            parties = [{"party": {"en": name}} for name in ("Russia", "Ukraine", "Belarus")]
            event["kind"], event["participants"] = "treaty", parties
    return data


def dumps(data: object, indent: int | None = 1) -> bytes:
    separators = (",", ":") if indent is None else None
    return json.dumps(data, indent=indent, separators=separators, ensure_ascii=False).encode()


@pytest.fixture(autouse=True)
def _small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pieces of a few events: every document here is cut many times."""
    monkeypatch.setattr(event_pieces, "PIECE_BYTES", 300)


def outcome(load: Any) -> object:
    """The dataset and warnings a load gives, or its error message."""
    try:
        result = load()
    except DatasetError as error:
        return str(error)
    return result.dataset, result.warnings, result.format_name


def bad_late_date() -> bytes:
    data = many_events(40)
    data["events"][33]["start"] = "1991-13-01"
    return dumps(data)


CASES = {
    "our format": encode_dataset(treaty_dataset()),
    "with a byte order mark": b"\xef\xbb\xbf" + encode_dataset(treaty_dataset()),
    "many events": dumps(many_events(50)),
    "many events, tight": dumps(many_events(50), indent=None),
    "texts that look like cuts": dumps(tricky_events(30)),
    "texts that look like cuts, tight": dumps(tricky_events(30), indent=None),
    "events before the story": dumps({**many_events(20), "story": ["e1", "e2"]}),
    "no events": dumps({**many_events(0)}),
    "a bad date late on": bad_late_date(),
    "a bad byte late on": dumps(many_events(40)).replace(b"Event 35", b"Event 3\xff"),
    "an event that is no object": dumps({**many_events(3), "events": [1, 2]}),
    "a comma after the last event": dumps(many_events(30)).replace(b"}\n ]", b"},\n ]"),
    "a bad id late on": dumps(many_events(40)).replace(b'"e37"', b'"e 37"'),
    "a truncated file": encode_dataset(treaty_dataset())[:-40],
    "only white space": b"  \n\t ",
}


@pytest.mark.parametrize("content", CASES.values(), ids=CASES.keys())
def test_a_big_file_loads_as_its_bytes_do_in_one_piece(
    content: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "timeline.json"
    path.write_bytes(content)
    monkeypatch.setattr(event_pieces, "PIECE_BYTES", 1 << 30)
    whole = outcome(lambda: load_dataset_bytes(content, str(path)))
    monkeypatch.setattr(event_pieces, "PIECE_BYTES", 300)
    monkeypatch.setattr(loader, "BUFFER_FROM_BYTES", 1)
    assert outcome(lambda: load_dataset(path)) == whole


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datasets(), st.sampled_from([None, 1, 2]), st.integers(1, 400))
def test_any_dataset_decodes_the_same_in_pieces(
    dataset: Dataset, indent: int | None, piece_bytes: int
) -> None:
    document = dumps(to_builtins(dataset), indent=indent)
    kept = event_pieces.PIECE_BYTES
    event_pieces.PIECE_BYTES = piece_bytes
    try:
        decoded = decode_dataset_in_parts(document)
    finally:
        event_pieces.PIECE_BYTES = kept
    assert decoded.dataset == JSON_DECODER.decode(document)
    assert len(decoded.event_sizes) == len(dataset.events)


def test_each_piece_tells_where_it_ends_and_where_its_events_lie() -> None:
    document = dumps(tricky_events(30))
    ends: list[int] = []
    lying: list[bytes] = []

    def piece_done(events: list[Event], piece: Piece) -> None:
        ends.append(piece.end)
        assert len(events) == len(piece.starts) == len(piece.sizes)
        lying.extend(document[s : s + n] for s, n in zip(piece.starts, piece.sizes, strict=True))

    decoded = decode_dataset_in_parts(document, piece_done)
    assert len(ends) >= 3 and ends == sorted(ends) and ends[-1] < len(document)
    assert [
        JSON_DECODER.decode(
            b'{"format": "timeline-explorer/1", "title": {"en": "A"},"events": [' + text + b"]}"
        ).events[0]
        for text in lying
    ] == decoded.dataset.events
    assert decoded.event_sizes.tolist() == list(map(len, lying))


def test_an_error_in_a_later_piece_names_its_event_and_line() -> None:
    error = outcome(lambda: load_dataset_bytes(bad_late_date(), "many.json"))
    assert isinstance(error, str)
    assert "$.events[33].start: month 13" in error
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
        assert buffer.release_before(2 * page + 10) == (2 * page + 10) / len(content)
        assert bytes(buffer.data[: 2 * page]) == bytes(2 * page)  # given back: zeros now
        assert bytes(buffer.data[2 * page :]) == content[2 * page :]


def test_a_buffer_still_pointed_into_is_freed_with_the_last_pointer(tmp_path: Path) -> None:
    path = tmp_path / "kept.bin"
    path.write_bytes(b"kept" * 1024)
    with FileBuffer(path) as buffer:
        kept = buffer.data[:4]
    assert bytes(kept) == b"kept"


def test_a_comma_after_the_last_event_is_an_error_when_every_event_is_a_piece(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(event_pieces, "PIECE_BYTES", 1)
    document = dumps(many_events(5)).replace(b"}\n ]", b"},\n ]")
    error = outcome(lambda: load_dataset_bytes(document, "comma.json"))
    assert isinstance(error, str) and "comma.json:" in error


def test_events_of_a_big_file_in_the_same_place_share_its_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = many_events(30)
    for number, event in enumerate(data["events"]):
        event["place"] = {"en": ("Minsk", "Riga", "Alma-Ata")[number % 3], "ar": "…"}
    path = tmp_path / "places.json"
    path.write_bytes(dumps(data))
    monkeypatch.setattr(loader, "BUFFER_FROM_BYTES", 1)
    result = load_dataset(path)
    events = result.dataset.events
    assert len({id(event.place) for event in events}) == 3
    assert [event.place["en"] for event in events[:4]] == ["Minsk", "Riga", "Alma-Ata", "Minsk"]
    # Done as the file was read: the search index does not do it again.
    store = EventStore.build(result.dataset, result.ids, result.places_shared)
    sharing: list[int] = []
    monkeypatch.setattr(store_module, "share_equal_places", lambda events: sharing.append(1))
    assert len(store.search_index().matching_rows("minsk")) == 10  # one in three
    assert sharing == []
    small = EventStore.build(load_dataset_bytes(path.read_bytes(), "places.json").dataset)
    small.search_index()
    assert sharing == [1]  # read whole, its events share their places for the index
    events_first = tmp_path / "events-first.json"  # a big file that cannot be read in pieces
    events_first.write_bytes(dumps({"events": data["events"], **data}))
    unsplit = load_dataset(events_first)
    assert not unsplit.places_shared
    EventStore.build(unsplit.dataset, unsplit.ids, unsplit.places_shared).search_index()
    assert sharing == [1, 1]

"""Loading datasets: detection by content, every kind of bad input, warnings, the JSON locator."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core import loader
from explorer.core.errors import DatasetError
from explorer.core.export import ExportRequest, exporter_named
from explorer.core.importers import Importer
from explorer.core.loader import LoadResult, load_dataset, load_dataset_bytes
from explorer.core.schema import Dataset, encode_dataset
from tests.core.sample_data import treaty_dataset
from tests.core.strategies import json_values, paths_in

LINE_COLUMN = re.compile(r"^\d+:\d+$")


def with_real_importers(test: Any) -> Any:
    """Marks a test that runs with the registered importers of foreign formats."""
    test.uses_real_importers = True
    return test


@pytest.fixture(autouse=True)
def _no_foreign_importers(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The loader's own behaviour, apart from the importers (tested in test_importers.py)."""
    if not getattr(request.function, "uses_real_importers", False):
        monkeypatch.setattr(loader, "available_importers", lambda: ())


def document() -> dict[str, Any]:
    """The sample dataset as plain JSON data, to break in tests."""
    result: dict[str, Any] = json.loads(encode_dataset(treaty_dataset()))
    return result


def dumps(data: object) -> bytes:
    return json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8")


def load_error(data: bytes, name: str = "bad.json") -> DatasetError:
    with pytest.raises(DatasetError) as caught:
        load_dataset_bytes(data, name)
    return caught.value


# --- our format ---------------------------------------------------------------------------


def test_loads_our_format_by_content_whatever_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "timeline.txt"
    path.write_bytes(encode_dataset(treaty_dataset()))
    result = load_dataset(path)
    assert isinstance(result, LoadResult)
    assert result.dataset == treaty_dataset()
    assert result.warnings == []
    assert result.format_name == "Timeline Explorer JSON"


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    data = b"\xef\xbb\xbf" + encode_dataset(treaty_dataset())
    assert load_dataset_bytes(data, "bom.json").dataset == treaty_dataset()


# --- files that cannot be read ---------------------------------------------------------------


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match=r"nowhere\.json: no such file"):
        load_dataset(tmp_path / "nowhere.json")


def test_a_folder_is_not_a_dataset(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="is a folder"):
        load_dataset(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.json"
    os.mkfifo(pipe)
    with pytest.raises(DatasetError, match="not a regular file"):
        load_dataset(pipe)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_an_unreadable_file_says_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.json"
    path.write_bytes(encode_dataset(treaty_dataset()))
    path.chmod(0)
    with pytest.raises(DatasetError, match=r"secret\.json: permission denied"):
        load_dataset(path)


def test_a_file_over_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader, "MAX_FILE_BYTES", 100)
    path = tmp_path / "huge.json"
    path.write_bytes(encode_dataset(treaty_dataset()))
    with pytest.raises(DatasetError, match=r"huge\.json: is too large .* the limit is"):
        load_dataset(path)


@pytest.mark.parametrize("content", [b"", b" \n\t\r\n"])
def test_an_empty_file_says_so(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.json"
    path.write_bytes(content)
    with pytest.raises(DatasetError, match=r"empty\.json: the file is empty \(.*format"):
        load_dataset(path)


# --- encoding and syntax -----------------------------------------------------------------------


def test_bytes_that_are_not_utf8_are_located_by_line_and_column() -> None:
    data = dumps(document()).replace(b"Moscow", b"Mosc\xf6w")
    error = load_error(data)
    text = data.decode("utf-8", errors="replace")
    line = next(number for number, row in enumerate(text.splitlines(), 1) if "Mosc" in row)
    column = text.splitlines()[line - 1].index("Mosc") + len("Mosc") + 1
    assert error.location == f"{line}:{column}"
    assert "not UTF-8" in error.problem and "0xf6" in error.problem
    assert "UTF-8" in error.hint


def test_utf16_text_is_named_as_such() -> None:
    error = load_error(dumps(document()).decode("utf-8").encode("utf-16"))
    assert "UTF-16" in error.problem and error.location == "1:1"


def test_malformed_json_gives_line_and_column_in_characters() -> None:
    data = '{"format": "timeline-explorer/1",\n  "title": {"ar": "معاهدة"} x}\n'.encode()
    error = load_error(data, "bad.json")
    column = data.decode().splitlines()[1].index(" x") + 2  # each Arabic letter is one column
    assert column == 29
    assert error.location == f"2:{column}"
    assert str(error).startswith(f"bad.json:2:{column}: invalid JSON")
    assert error.hint


def test_a_truncated_file_points_at_its_end() -> None:
    data = encode_dataset(treaty_dataset())[:-40]
    error = load_error(data)
    last_line = data.rstrip().decode("utf-8", errors="replace").splitlines()
    assert error.location.startswith(f"{len(last_line)}:")
    assert "ends too early" in error.problem


def test_pathological_nesting_is_an_error_not_a_crash() -> None:
    for data in (
        b"[" * 200_000,
        b'{"a":' * 200_000,
        b'{"format": "timeline-explorer/1", "x":' + b"[" * 200_000,
    ):
        assert isinstance(load_error(data), DatasetError)


def test_text_in_no_format_lists_the_supported_ones() -> None:
    error = load_error(b"Just some notes\nabout history\n", "notes.txt")
    assert "not in a format" in error.problem
    assert "Timeline Explorer JSON" in error.hint


def test_json_without_a_format_marker_says_how_to_add_one() -> None:
    data = document()
    del data["format"]
    error = load_error(dumps(data))
    assert "no format marker" in error.problem
    assert '"format": "timeline-explorer/1"' in error.hint


# --- schema errors -----------------------------------------------------------------------------


def position_of(text: str, needle: str) -> str:
    index = text.index(needle)
    line = text.count("\n", 0, index) + 1
    return f"{line}:{index - (text.rfind(chr(10), 0, index) + 1) + 1}"


def test_a_bad_date_names_path_line_column_and_the_fix() -> None:
    data = document()
    data["events"][1]["start"] = "1991-13-19"
    text = dumps(data).decode()
    error = load_error(text.encode(), "dates.json")
    assert error.location == position_of(text, '"1991-13-19"')
    assert error.problem.startswith("$.events[1].start: month 13")
    assert "YYYY, YYYY-MM or YYYY-MM-DD" in error.hint
    assert str(error).startswith(f"dates.json:{error.location}: $.events[1].start: month 13")


@pytest.mark.parametrize(
    ("break_it", "path", "needle", "problem", "hint"),
    [
        (
            lambda d: d["events"][2]["participants"][0].update(sttus="signed"),
            "$.events[2].participants[0].sttus",
            '"sttus"',
            "unknown field “sttus”",
            "allowed here: party, status, representatives, note",
        ),
        (
            lambda d: d["events"][1].pop("start"),
            "$.events[1]",
            '{\n      "id": "august-coup"',
            "required field “start” is missing",
            '"start"',
        ),
        (
            lambda d: d["events"][1].update(kind="battle"),
            "$.events[1].kind",
            '"battle"',
            "“battle” is not allowed",
            "event, treaty, cause, period",
        ),
        (
            lambda d: d["events"][2]["participants"][2].update(status="maybe"),
            "$.events[2].participants[2].status",
            '"maybe"',
            "“maybe”",
            "signed, observer, absent",
        ),
        (
            lambda d: d["events"][1].update(end="1990"),
            "$.events[1].end",
            '"1990"',
            "end (1990) is before the start",
            "correct",
        ),
        (
            lambda d: d.update(format="timeline-explorer/9"),
            "$.format",
            '"timeline-explorer/9"',
            "not one this version reads",
            '"timeline-explorer/1"',
        ),
        (
            lambda d: d["events"][1].update(id="august coup"),
            "$.events[1].id",
            '"august coup"',
            "cannot contain spaces",
            "",
        ),
        (
            lambda d: d["events"][1].update(title={}),
            "$.events[1].title",
            "{}",
            "at least one language",
            '{"en"',
        ),
        (
            lambda d: d["events"][1].update(title="Coup"),
            "$.events[1].title",
            '"Coup"',
            "expected an object",
            '{"en"',
        ),
        (
            lambda d: d["events"][1].update(causes=[7]),
            "$.events[1].causes[0]",
            "7",
            "expected a text",
            "event ids",
        ),
    ],
)
def test_schema_errors_name_the_path_the_place_and_the_fix(
    break_it: Any, path: str, needle: str, problem: str, hint: str
) -> None:
    data = document()
    break_it(data)
    text = dumps(data).decode()
    error = load_error(text.encode())
    assert error.problem.startswith(f"{path}: "), error
    assert problem in error.problem
    assert hint in error.hint
    assert error.location == position_of(text, needle), error


def test_without_a_position_the_json_path_is_the_location(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("explorer.core.explain.locate", lambda *args, **kwargs: "")
    data = document()
    data["events"][3]["start"] = "soon"
    error = load_error(dumps(data))
    assert error.location == "$.events[3].start"
    assert str(error).startswith("bad.json:$.events[3].start: ")


# --- warnings ----------------------------------------------------------------------------------


def test_duplicates_and_bad_causes_are_warnings_not_errors() -> None:
    data = document()
    duplicate = dict(data["events"][1], title={"en": "Second coup"})
    data["events"].append(duplicate)
    data["events"][2]["causes"] += ["nowhere", "belovezha-accords", "august-coup"]
    result = load_dataset_bytes(dumps(data), "warn.json")
    events = {event.id: event for event in result.dataset.events}
    assert len(result.dataset.events) == 4
    assert events["august-coup"].title["en"] == "August coup"  # the first one is kept
    assert events["belovezha-accords"].causes == ["planned-economy", "august-coup"]
    assert result.warnings == [
        "warn.json: $.events[2].causes[2]: cause “nowhere” is not the id of any event; ignored",
        "warn.json: $.events[2].causes[3]: event “belovezha-accords” lists itself as a cause; "
        "ignored",
        "warn.json: $.events[2].causes[4]: cause “august-coup” is listed twice; ignored",
        "warn.json: $.events[4].id: duplicate id “august-coup”: an earlier event has it; "
        "this one is ignored",
    ]


def test_many_warnings_are_capped_with_a_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "MAX_WARNINGS", 3)
    data = document()
    data["events"][0]["causes"] = [f"missing-{number}" for number in range(10)]
    warnings = load_dataset_bytes(dumps(data), "many.json").warnings
    assert len(warnings) == 4
    assert warnings[-1] == "many.json: … and 7 more problems like these"


# --- importers ---------------------------------------------------------------------------------


class FakeImporter(Importer):
    name = "Fake format"

    def __init__(self, fail_with: Exception | None = None) -> None:
        self.fail_with = fail_with

    def sniff(self, data: bytes) -> bool:
        if data.startswith(b"boom"):
            raise ValueError("a sniffer bug")
        return data.startswith(b"FAKE")

    def load_with_warnings(self, data: bytes, name: str) -> tuple[Dataset, list[str]]:
        if self.fail_with is not None:
            raise self.fail_with
        return treaty_dataset(), []


def test_an_importer_that_recognizes_the_bytes_loads_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(loader, "available_importers", lambda: [FakeImporter()])
    result = load_dataset_bytes(b"FAKE data", "x.fake")
    assert result.format_name == "Fake format" and result.dataset == treaty_dataset()


@pytest.mark.parametrize(
    "failure",
    [DatasetError("x.fake", "row 3 has no date", "3:1"), KeyError("bug"), RecursionError()],
)
def test_importer_failures_become_dataset_errors(
    monkeypatch: pytest.MonkeyPatch, failure: Exception
) -> None:
    monkeypatch.setattr(loader, "available_importers", lambda: [FakeImporter(failure)])
    error = load_error(b"FAKE data", "x.fake")
    assert error.path == "x.fake"


def test_a_sniffer_that_raises_does_not_recognize(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "available_importers", lambda: [FakeImporter()])
    assert "Fake format" in load_error(b"boom", "x.fake").hint


# --- any bytes at all --------------------------------------------------------------------------


def assert_loads_or_explains(data: bytes) -> None:
    try:
        result = load_dataset_bytes(data, "random.json")
    except DatasetError as error:
        assert error.path == "random.json"
        assert str(error).startswith("random.json")
    else:
        assert isinstance(result.dataset, Dataset)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_a_dataset_or_a_dataset_error(data: bytes) -> None:
    assert_loads_or_explains(data)


@with_real_importers
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.binary(max_size=2000)
    | st.sampled_from([b"{", b"<", b"<?xml", b"<timeline>", b'{"events":', b"Year,Month,"]).flatmap(
        lambda head: st.binary(max_size=500).map(lambda tail: head + tail)
    )
)
def test_with_the_real_importers_any_bytes_give_a_dataset_or_an_error(data: bytes) -> None:
    pytest.importorskip("explorer.core.importers")
    assert_loads_or_explains(data)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(json_values())
def test_arbitrary_json_gives_a_dataset_or_a_dataset_error(value: Any) -> None:
    assert_loads_or_explains(json.dumps(value).encode())


def all_paths(value: Any) -> list[tuple[str | int, ...]]:
    return paths_in(value)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), json_values())
def test_a_dataset_with_any_value_replaced_gives_a_dataset_or_a_located_error(
    data: st.DataObject, replacement: Any
) -> None:
    original = document()
    path = data.draw(st.sampled_from(all_paths(original)[2:]))  # not the root, not the marker
    target: Any = original
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = replacement
    text = dumps(original)
    try:
        load_dataset_bytes(text, "edited.json")
    except DatasetError as error:
        assert LINE_COLUMN.match(error.location) or error.location.startswith("$"), error


def test_a_dangling_story_step_is_a_warning_and_view_and_story_survive_export(
    tmp_path: Path,
) -> None:
    data = document()
    data["view"] = {"start": "1985", "end": "1992"}
    data["story"] = ["planned-economy", "gone", "belovezha-accords"]
    result = load_dataset_bytes(dumps(data), "story.json")
    assert result.warnings == [
        "story.json: $.story[1]: story step “gone” is not the id of any event; ignored"
    ]
    dataset = result.dataset
    assert dataset.story == ["planned-economy", "belovezha-accords"]
    exporter = exporter_named("json")
    assert exporter is not None
    exported = exporter.render(ExportRequest(dataset, dataset.events, "en", "all"))
    reopened = load_dataset_bytes(exported, "export.json")
    assert reopened.warnings == [] and reopened.dataset == dataset
    assert reopened.dataset.view is not None and reopened.dataset.view.start.iso() == "1985"
    some = [e for e in dataset.events if e.id != "planned-economy"]
    scoped = exporter.render(ExportRequest(dataset, some, "en", "filtered"))
    assert load_dataset_bytes(scoped, "scoped.json").dataset.story == ["belovezha-accords"]

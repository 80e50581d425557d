"""Where things are in a JSON text: byte offsets as line:column, JSON paths as positions."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from explorer.core.json_locate import (
    format_json_path,
    line_column,
    locate,
    locate_json_path,
    parse_json_path,
)
from tests.core.strategies import json_values, paths_in


def test_line_column_counts_characters() -> None:
    data = "ab\nمعاهدة x".encode()
    assert line_column(data, data.index(b"x")) == (2, 8)
    assert line_column(data, 0) == (1, 1)


def test_locate_finds_values_keys_and_misses() -> None:
    text = '{"a": [1, {"b": "c"}], "d\\u0041": null}'

    def column_of(needle: str) -> str:
        return f"1:{text.index(needle) + 1}"

    assert locate(text, "$.a[1].b") == column_of('"c"')
    assert locate(text, "$.a[1].b", key=True) == column_of('"b"')
    assert locate(text, "$.dA") == column_of("null")
    assert locate(text, "$.a[5]") == ""
    assert locate(text, "$.zzz") == ""
    assert locate(text, "not a path") == ""


@given(json_values(), st.booleans(), st.data())
def test_locate_points_at_the_value_at_any_path(
    value: Any, pretty: bool, data: st.DataObject
) -> None:
    text = json.dumps(value, indent=2 if pretty else None, ensure_ascii=False)
    path = data.draw(st.sampled_from(paths_in(value)))
    index = locate_json_path(text, path)
    assert index is not None, format_json_path(path)
    found, _ = json.JSONDecoder().raw_decode(text, index)
    expected = value
    for part in path:
        expected = expected[part]
    assert found == expected


def test_json_paths_are_parsed_and_written_back() -> None:
    assert parse_json_path("$.events[3].start") == ["events", 3, "start"]
    assert parse_json_path("$.title[...]") == ["title"]
    assert parse_json_path("$") == []
    assert parse_json_path("events") is None
    assert format_json_path(["events", 3, "start"]) == "$.events[3].start"
    assert format_json_path(["", "a.b"]) == '$[""]["a.b"]'


def test_the_locator_gives_up_beyond_its_limit() -> None:
    text = json.dumps({"events": list(range(1000)), "last": True})
    assert locate_json_path(text, ["last"]) is not None
    assert locate_json_path(text, ["last"], limit=100) is None

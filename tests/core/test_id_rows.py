"""Each id's first row, as a dict would give it, for any ids (repeats included)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from explorer.core.id_rows import IdRows


@given(st.lists(st.text(max_size=6), max_size=300))
def test_each_id_finds_its_first_row_and_nothing_else_is_found(ids: list[str]) -> None:
    rows = IdRows(ids)
    first_rows: dict[str, int] = {}
    for row, event_id in enumerate(ids):
        first_rows.setdefault(event_id, row)
    assert {event_id: rows.get(event_id) for event_id in ids} == first_rows
    assert len(rows) == len(first_rows) and set(rows) == set(first_rows)
    assert all(event_id in rows for event_id in ids)
    assert rows.get("not-an-id-" * 3) == -1 and ("not-an-id-" * 3) not in rows and 5 not in rows


def test_a_million_ids_in_small_dicts() -> None:
    ids = [f"e{number}" for number in range(1_000_000)]
    rows = IdRows(ids)
    assert rows.get("e0") == 0 and rows.get("e999999") == 999_999 and len(rows) == 1_000_000
    assert max(map(len, rows._shards)) < 10_000  # each grows in short steps

"""The one UTF-8 check: the first bad byte by line and column, whatever the decoder's version."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.core import encoding
from explorer.core.encoding import check_utf8
from explorer.core.errors import DatasetError


def error_of(data: bytes) -> DatasetError:
    with pytest.raises(DatasetError) as caught:
        check_utf8(data, "t.json")
    return caught.value


def test_utf8_text_passes() -> None:
    check_utf8("نهاية الاتحاد السوفيتي\n1991".encode(), "t.json")
    check_utf8(b"plain ascii", "t.json")


def test_the_first_bad_byte_is_named_with_its_line_and_column() -> None:
    error = error_of("سطر\nab".encode() + b"\xffcd")
    assert error.location == "2:3"
    assert "0xff" in error.problem and "not UTF-8" in error.problem
    assert error.hint == "save the file as UTF-8"


def test_utf16_is_named_as_such() -> None:
    error = error_of("{}".encode("utf-16"))
    assert "UTF-16" in error.problem and error.location == "1:1"


@given(st.text(min_size=1, max_size=40), st.integers(min_value=0, max_value=40))
def test_the_place_is_found_across_chunk_boundaries(text: str, cut: int) -> None:
    """Checked in small chunks, characters split between chunks are fine and errors are exact."""
    original = encoding._CHUNK_BYTES
    encoding._CHUNK_BYTES = 3
    try:
        good = text.encode("utf-8")
        check_utf8(good, "t")
        cut = min(cut, len(good))
        # A lone continuation byte is never valid, wherever it stands.
        bad = good[:cut] + b"\x80" + good[cut:]
        with pytest.raises(DatasetError) as caught:
            check_utf8(bad, "t")
        try:
            bad.decode("utf-8")
        except UnicodeDecodeError as error:
            expected = error.start
        line = bad.count(b"\n", 0, expected) + 1
        assert caught.value.location.startswith(f"{line}:")
    finally:
        encoding._CHUNK_BYTES = original

"""Any bytes: mutations of real files load, or fail with a located DatasetError; nothing else.

The seeds are the real samples beside the checkout and the built-in dataset; hypothesis flips,
inserts, deletes and splices bytes. Every outcome must be a :class:`LoadResult` or a
:class:`DatasetError` that names the file — never another exception, a hang or a crash.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core.errors import DatasetError
from explorer.core.loader import LoadResult, load_dataset_bytes
from explorer.paths import default_dataset_path
from tests.conftest import SAMPLES

NAME = "fuzzed-file"


def _seeds() -> list[tuple[str, bytes]]:
    found = sorted(SAMPLES.glob("*")) if SAMPLES.is_dir() else []
    seeds = [(path.name, path.read_bytes()) for path in found if path.suffix != ".md"]
    built_in = default_dataset_path().read_bytes()
    # The built-in dataset is large: its first events keep each example quick.
    head = built_in[: built_in.index(b'"events"')] + b'"events": []}'
    seeds.append(("built-in", built_in[:20_000]))
    seeds.append(("built-in head", head))
    return seeds


SEEDS = _seeds()


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A seed file with a few random edits: flipped, inserted, deleted or repeated bytes."""
    _name, data = draw(st.sampled_from(SEEDS))
    buffer = bytearray(data)
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        if not buffer:
            break
        position = draw(st.integers(min_value=0, max_value=len(buffer) - 1))
        action = draw(st.sampled_from(["flip", "insert", "delete", "repeat", "cut"]))
        if action == "flip":
            buffer[position] = draw(st.integers(min_value=0, max_value=255))
        elif action == "insert":
            buffer[position:position] = draw(
                st.sampled_from(
                    [
                        b"{",
                        b"}",
                        b"[",
                        b"]",
                        b'"',
                        b",",
                        b":",
                        b"<",
                        b">",
                        b"&",
                        b"-",
                        b"\xff",
                        b"\x00",
                        b"9" * 25,
                        b"\xd8\xa7",
                        b'"start_date"',
                        b"<event>",
                        b"&x;",
                    ]
                )
            )
        elif action == "delete":
            end = position + draw(st.integers(min_value=1, max_value=64))
            del buffer[position:end]
        elif action == "repeat":
            end = position + draw(st.integers(min_value=1, max_value=200))
            buffer[position:position] = buffer[position:end]
        else:
            del buffer[position:]
    return bytes(buffer)


def check(data: bytes) -> None:
    try:
        result = load_dataset_bytes(data, NAME)
    except DatasetError as error:
        assert error.path == NAME
        assert str(error).startswith(NAME)
        return
    assert isinstance(result, LoadResult)
    for warning in result.warnings:
        assert isinstance(warning, str) and warning


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated())
def test_mutated_real_files_load_or_fail_with_a_located_error(data: bytes) -> None:
    check(data)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2_000))
def test_any_bytes_load_or_fail_with_a_located_error(data: bytes) -> None:
    check(data)


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b"<timeline><events><event><text>&b;</text></event></events></timeline>",
        b'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<timeline><events><event><text>&x;</text></event></events></timeline>",
        b"[" * 100_000 + b"]" * 100_000,
        b'{"events": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
    ],
    ids=["entity expansion", "external entity", "deep list", "deep events"],
)
def test_hostile_shapes_are_refused_clearly(data: bytes) -> None:
    with pytest.raises(DatasetError) as caught:
        load_dataset_bytes(data, NAME)
    assert caught.value.problem
    assert "passwd" not in str(caught.value) or "root:" not in str(caught.value)


def test_the_seeds_are_there() -> None:
    names = {name for name, _data in SEEDS}
    assert "built-in" in names
    if SAMPLES.is_dir():
        assert {"timelinejs-houston.json", "thetimeline-versions.timeline"} <= names

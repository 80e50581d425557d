"""Save As's slices: together, byte for byte the file :func:`encode_dataset` writes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from msgspec.structs import replace

from explorer.core.dataset_writer import dataset_slices
from explorer.core.loader import load_dataset
from explorer.core.schema import Dataset, decode_dataset, encode_dataset
from explorer.paths import default_dataset_path
from tests.core.strategies import datasets


@settings(max_examples=60, deadline=None)
@given(datasets(), st.integers(min_value=1, max_value=4))
def test_the_slices_make_the_file_encode_dataset_writes(dataset: Dataset, per_slice: int) -> None:
    assert b"".join(dataset_slices(dataset, per_slice)) == encode_dataset(dataset)


def test_the_built_in_story_in_slices_reads_back_as_itself() -> None:
    story = load_dataset(default_dataset_path()).dataset
    reported: list[tuple[int, int]] = []
    written = b"".join(dataset_slices(story, 10, progress=lambda *step: reported.append(step)))
    assert written == encode_dataset(story)
    assert decode_dataset(written) == story
    count = len(story.events)
    assert reported == [(10, count), (20, count), (count, count)]  # a step after each slice


def test_a_timeline_without_events_is_one_piece() -> None:
    story = replace(load_dataset(default_dataset_path()).dataset, events=[], story=[])
    assert list(dataset_slices(story, 10)) == [encode_dataset(story)]

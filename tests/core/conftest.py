"""Fixtures of the core tests: the built-in dataset, decoded once."""

from __future__ import annotations

import pytest

from explorer.core.schema import Dataset, Event, decode_dataset
from explorer.paths import default_dataset_path


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    """The built-in story, as the app ships it."""
    return decode_dataset(default_dataset_path().read_bytes())


@pytest.fixture(scope="session")
def events(dataset: Dataset) -> dict[str, Event]:
    """Its events by id."""
    return {event.id: event for event in dataset.events}

"""The events in scope in our own format, so an export opens again in Timeline Explorer.

Unlike the other exporters this one is language-neutral: it keeps every language of every text.
Causes that point outside the scope are dropped, so the exported file has no dangling references.
"""

from __future__ import annotations

from collections.abc import Sequence

from msgspec.structs import replace

from explorer.core.export.base import ExportRequest
from explorer.core.schema import Dataset, Event, encode_dataset


def scoped_dataset(dataset: Dataset, events: Sequence[Event]) -> Dataset:
    """A copy of ``dataset`` holding exactly ``events``, their causes limited to those events."""
    in_scope = {event.id for event in events}
    kept = [
        event
        if all(cause in in_scope for cause in event.causes)
        else replace(event, causes=[cause for cause in event.causes if cause in in_scope])
        for event in events
    ]
    return replace(dataset, events=kept)


class JsonExporter:
    """Timeline Explorer JSON (``timeline-explorer/1``), every language included."""

    name = "json"
    label = "Timeline Explorer JSON"
    extension = "json"
    mime_type = "application/json"

    def render(self, request: ExportRequest) -> bytes:
        return encode_dataset(scoped_dataset(request.dataset, request.events))

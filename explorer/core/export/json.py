"""The events in scope in our own format, so an export opens again in Timeline Explorer.

Unlike the other exporters this one is language-neutral: it keeps every language of every text.
Causes and story steps that point outside the scope are dropped, so the exported file has no
dangling references; the range it opens on (``view``), its eras and its categories are kept whole
(a category no exported event uses still costs only a line, and the legend stays the same).
"""

from __future__ import annotations

from collections.abc import Sequence

from msgspec.structs import replace

from explorer.core.export.base import ExportRequest
from explorer.core.schema import Dataset, Event, encode_dataset


def scoped_dataset(dataset: Dataset, events: Sequence[Event]) -> Dataset:
    """A copy of ``dataset`` holding exactly ``events``; causes and story limited to them."""
    in_scope = {event.id for event in events}
    kept = [
        event
        if all(cause in in_scope for cause in event.causes)
        else replace(event, causes=[cause for cause in event.causes if cause in in_scope])
        for event in events
    ]
    story = [event_id for event_id in dataset.story if event_id in in_scope]
    return replace(dataset, events=kept, story=story)


class JsonExporter:
    """Timeline Explorer JSON (``timeline-explorer/1``), every language included."""

    name = "json"
    label = "Timeline Explorer JSON"
    extension = "json"
    mime_type = "application/json"

    def render(self, request: ExportRequest) -> bytes:
        return encode_dataset(scoped_dataset(request.dataset, request.events))

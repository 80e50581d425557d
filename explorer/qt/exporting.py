"""Exports from the window and the command line: pick the events in scope, render, write safely."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel

from explorer.core.atomic import write_atomic
from explorer.core.errors import ExportError
from explorer.core.export import ExportRequest, exporter_for_path, exporter_named
from explorer.core.schema import Dataset, Event
from explorer.core.summary import PARTS
from explorer.qt import exporters as _qt_exporters  # noqa: F401  (registers PDF, PNG, SVG)
from explorer.qt.event_model import EventListModel, EventRole, event_sort_key
from explorer.qt.filter_model import EventFilterModel

SCOPES = ("all", "filtered", "selected")


def events_in_scope(
    event_model: EventListModel,
    filter_model: EventFilterModel,
    selection_model: QItemSelectionModel,
    scope: str,
) -> list[Event]:
    """The events an export covers, in time order: all, those the search shows, or the selection."""
    if scope == "all":
        return event_model.events()
    if scope == "filtered":
        return [
            filter_model.index(row, 0).data(EventRole.EVENT)
            for row in range(filter_model.rowCount())
        ]
    indexes = selection_model.selectedIndexes() or [selection_model.currentIndex()]
    events = [index.data(EventRole.EVENT) for index in indexes if index.isValid()]
    return sorted(events, key=event_sort_key)


def preview_events(
    event_model: EventListModel,
    filter_model: EventFilterModel,
    selection_model: QItemSelectionModel,
    scope: str,
    limit: int,
) -> list[Event]:
    """The first ``limit`` events of :func:`events_in_scope`, without walking all the others."""
    if scope == "all":
        return [
            event_model.index(row, 0).data(EventRole.EVENT)
            for row in range(min(limit, event_model.rowCount()))
        ]
    if scope == "filtered":
        return [
            filter_model.index(row, 0).data(EventRole.EVENT)
            for row in range(min(limit, filter_model.rowCount()))
        ]
    return events_in_scope(event_model, filter_model, selection_model, scope)[:limit]


def resolve_format(path: str | Path, format_name: str | None) -> str:
    """The exporter named by ``--format``, else by the file's extension; ExportError if neither."""
    exporter = exporter_named(format_name) if format_name else exporter_for_path(str(path))
    if exporter is None:
        raise ExportError(
            f"{path}: cannot tell the export format; use --format md|html|pdf|odt|csv|json|png|svg "
            "or a file name ending in one of those"
        )
    return exporter.name


def export_events(
    dataset: Dataset,
    events: list[Event],
    language: str,
    scope: str,
    path: str | Path,
    format_name: str | None = None,
    include: frozenset[str] = frozenset(PARTS),
) -> None:
    """Render ``events`` in the chosen format and write them atomically to ``path``.

    ``include`` names the parts of the summary to show (:data:`explorer.core.summary.PARTS`).
    """
    exporter = exporter_named(resolve_format(path, format_name))
    assert exporter is not None
    request = ExportRequest(dataset, events, language, scope, include)
    try:
        data = exporter.render(request)
    except Exception as error:  # a renderer bug must not leave the user with a traceback
        raise ExportError(
            f"{path}: could not render the {exporter.label} export: {error}"
        ) from error
    write_atomic(Path(path), data)

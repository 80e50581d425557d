"""Exports from the window and the command line: pick the events in scope, render, write safely."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel

from explorer.core.atomic import write_atomic
from explorer.core.errors import ExportError, not_written
from explorer.core.export import ExportRequest, exporter_for_path, exporter_named
from explorer.core.export_formats import FORMATS
from explorer.core.messages import Message
from explorer.core.picture import PictureOptions
from explorer.core.schema import Dataset, Event, time_order_key
from explorer.core.summary import PARTS
from explorer.core.texts_in_file import SummaryUnavailable
from explorer.qt.event_model import EventListModel, EventRole
from explorer.qt.exporters import PdfExporter  # importing it registers the Qt exporters
from explorer.qt.filter_model import EventFilterModel


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
    return sorted(events, key=time_order_key)


def count_in_scope(
    event_model: EventListModel,
    filter_model: EventFilterModel,
    selection_model: QItemSelectionModel,
    scope: str,
) -> int:
    """How many events :func:`events_in_scope` gives, without gathering them."""
    if scope == "all":
        return event_model.rowCount()
    if scope == "filtered":
        return filter_model.rowCount()
    selected = len(selection_model.selectedRows())
    return selected or int(selection_model.currentIndex().isValid())


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
            f"{path}: cannot tell the export format; use --format {'|'.join(FORMATS)} "
            "or a file name ending in one of those"
        )
    return exporter.name


class ExportCancelled(Exception):
    """The user stopped the export before it was written; nothing was."""


Progress = Callable[[int, int], None]
"""Told ``(done, total)`` as an export goes; may raise :class:`ExportCancelled` to stop it."""


def render_events(
    dataset: Dataset,
    events: list[Event],
    language: str,
    scope: str,
    path: str | Path,
    format_name: str | None = None,
    include: frozenset[str] = frozenset(PARTS),
    progress: Progress | None = None,
    picture: PictureOptions | None = None,
) -> bytes:
    """The bytes of the export of ``events`` (the format as :func:`export_events` picks it).

    The PDF reports each page to ``progress``; the other formats, their start and end.
    """
    request = ExportRequest(dataset, events, language, scope, include, picture or PictureOptions())
    return render_request(request, path, format_name, progress)


def render_request(
    request: ExportRequest,
    path: str | Path,
    format_name: str | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The bytes of ``request`` exported to ``path`` (as :func:`render_events`)."""
    exporter = exporter_named(resolve_format(path, format_name))
    assert exporter is not None
    report = progress or _no_progress
    try:
        if isinstance(exporter, PdfExporter):
            return exporter.render(request, progress=report)
        report(0, 1)
        data = exporter.render(request)
        report(1, 1)
        return data
    except ExportCancelled:
        raise
    except SummaryUnavailable as error:
        raise ExportError(not_written(path, error.message())) from error
    except Exception as error:  # a renderer bug must not leave the user with a traceback
        raise ExportError(
            Message(
                "{file}: could not render the {format} export: {reason}",
                file=path,
                format=exporter.label,
                reason=error.message() if isinstance(error, ExportError) else str(error),
            )
        ) from error


def _no_progress(_done: int, _total: int) -> None:
    pass


def export_events(
    dataset: Dataset,
    events: list[Event],
    language: str,
    scope: str,
    path: str | Path,
    format_name: str | None = None,
    include: frozenset[str] = frozenset(PARTS),
    picture: PictureOptions | None = None,
) -> None:
    """Render ``events`` in the chosen format and write them atomically to ``path``.

    ``include`` names the parts of the summary to show (:data:`explorer.core.summary.PARTS`);
    ``picture`` the size, scale, time range and legend of a PNG or SVG.
    """
    data = render_events(
        dataset, events, language, scope, path, format_name, include, picture=picture
    )
    write_atomic(Path(path), data)

"""What an exporter is, what it is asked to render, and the registry that finds one.

Exporters are pure renderers (as in pyqtgraph's ``exporters`` and qpageview's ``export.py``): each
declares its name, file extension and MIME type and turns an :class:`ExportRequest` into bytes.
Choosing a file, remembering folders and writing atomically belong to the callers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Protocol, runtime_checkable

from explorer.core.schema import Dataset, Event


@dataclass(frozen=True)
class ExportRequest:
    """The events to export (already in scope and in time order), their dataset and language.

    ``scope`` is ``"all"``, ``"filtered"`` or ``"selected"``; exporters print it, never apply it.
    """

    dataset: Dataset
    events: Sequence[Event]
    language: str = "en"
    scope: str = "all"


@runtime_checkable
class Exporter(Protocol):
    """A renderer of one file format: ``name`` is what ``--format`` takes, e.g. ``"md"``."""

    name: str
    label: str
    extension: str
    mime_type: str

    def render(self, request: ExportRequest) -> bytes:
        """The whole file's content."""
        ...


_REGISTRY: dict[str, Exporter] = {}


def register(exporter: Exporter) -> None:
    """Add ``exporter``, replacing any registered under the same name."""
    _REGISTRY[exporter.name.lower()] = exporter


def exporter_named(name: str) -> Exporter | None:
    """The exporter registered as ``name`` (case-insensitive), or ``None``."""
    return _REGISTRY.get(name.lower())


def exporter_for_path(path: str | PurePath) -> Exporter | None:
    """The exporter whose extension the file name ends with (``.htm`` counts as HTML), or None."""
    suffix = PurePath(path).suffix.lower().lstrip(".")
    if not suffix:
        return None
    for exporter in _REGISTRY.values():
        extensions = (exporter.extension, *getattr(exporter, "other_extensions", ()))
        if suffix in extensions:
            return exporter
    return None


def all_exporters() -> list[Exporter]:
    """Every registered exporter, in the order they were registered."""
    return list(_REGISTRY.values())

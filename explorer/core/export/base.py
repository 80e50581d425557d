"""What an exporter is, what it is asked to render, and the registry that finds one.

Exporters are pure renderers (as in pyqtgraph's ``exporters`` and qpageview's ``export.py``): each
declares its name, file extension and MIME type and turns an :class:`ExportRequest` into bytes.
Choosing a file, remembering folders and writing atomically belong to the callers.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Protocol, runtime_checkable

from explorer.core.picture import PictureOptions
from explorer.core.schema import Dataset, Event
from explorer.core.summary import PARTS, Summary, build_summary, trimmed


@dataclass(frozen=True)
class ExportRequest:
    """The events to export (already in scope and in time order), their dataset and language.

    ``scope`` is ``"all"``, ``"filtered"`` or ``"selected"``; exporters print it, never apply it.
    """

    dataset: Dataset
    events: Sequence[Event]
    language: str = "en"
    scope: str = "all"
    include: frozenset[str] = frozenset(PARTS)
    """The parts of each event to show (:data:`PARTS`); the data formats (CSV, JSON) ignore it."""
    picture: PictureOptions = field(default_factory=PictureOptions)
    """Size, scale, time range and legend of a picture (PNG, SVG); the other formats ignore it."""
    preview_of: int | None = None
    """For a preview: ``events`` are the first of this many in scope."""


def summary_of(request: ExportRequest) -> Summary:
    """The summary ``request`` asks for, without the parts it leaves out."""
    summary = build_summary(
        request.dataset, request.events, request.language, request.scope, request.preview_of
    )
    return trimmed(summary, request.include)


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


def file_stem(title: str, fallback: str = "timeline-summary") -> str:
    """A file name made of ``title``: its words in lower case joined by hyphens, any script.

    "Belovezha Accords" → ``belovezha-accords``; "نهاية الاتحاد السوفيتي" →
    ``نهاية-الاتحاد-السوفيتي``. Characters no file system takes (``/``, ``:``…) are dropped.
    """
    kept = (
        char if char.isalnum() or unicodedata.category(char) in ("Mn", "Mc") else " "
        for char in unicodedata.normalize("NFC", title).lower()
    )
    stem = "-".join("".join(kept).split())[:80].strip("-")
    return stem or fallback

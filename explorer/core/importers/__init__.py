"""Importers: other timeline tools' files read into our :class:`~explorer.core.schema.Dataset`.

Each :class:`Importer` in :data:`IMPORTERS` has a ``name`` (shown to users), ``extensions`` (for
open dialogs only), ``sniff(data) -> bool`` (cheap detection by content, never by file name, never
raises) and two ways to read a file, both raising only :class:`~explorer.core.errors.DatasetError`:

- ``load_with_warnings(data, name) -> (Dataset, warnings)``: events that cannot be read (no date,
  month 13, …) are skipped, each with a one-line warning naming the file, the place (JSON path,
  CSV ``line:column``, XML element path) and the fix; the file is an error only if no event at
  all can be read. The loader shows these warnings with its own.
- ``load(data, name) -> Dataset``: the same without the warnings.

``name`` is the file name to put in messages. The loader tries its own format first, then asks
each importer in order whether it recognizes the bytes (see :func:`find_importer`). Importers never
fetch anything and keep no markup: TimelineJS HTML becomes plain text (:mod:`.html_text`).
"""

from __future__ import annotations

from explorer.core.importers._common import Importer
from explorer.core.importers.thetimeline import TheTimelineImporter
from explorer.core.importers.timelinejs import TimelineJSJsonImporter
from explorer.core.importers.timelinejs2 import TimelineJS2Importer
from explorer.core.importers.timelinejs_csv import TimelineJSCsvImporter

#: Every importer, in the order the loader asks them (the most specific signatures first).
IMPORTERS: list[Importer] = [
    TimelineJSJsonImporter(),
    TimelineJS2Importer(),
    TheTimelineImporter(),
    TimelineJSCsvImporter(),
]


def find_importer(data: bytes) -> Importer | None:
    """The first importer that recognizes ``data``, or None."""
    return next((importer for importer in IMPORTERS if importer.sniff(data)), None)


__all__ = [
    "IMPORTERS",
    "Importer",
    "TheTimelineImporter",
    "TimelineJS2Importer",
    "TimelineJSCsvImporter",
    "TimelineJSJsonImporter",
    "find_importer",
]

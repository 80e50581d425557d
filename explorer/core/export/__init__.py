"""The export registry and the text exporters: Markdown, HTML, CSV and our JSON.

Importing this package registers the text exporters; the Qt layer adds PDF, PNG and SVG to the
same registry (``explorer.qt.exporters``).
"""

from __future__ import annotations

from explorer.core.export.base import (
    Exporter,
    ExportRequest,
    all_exporters,
    exporter_for_path,
    exporter_named,
    register,
)
from explorer.core.export.csv import CsvExporter
from explorer.core.export.html import HtmlExporter
from explorer.core.export.json import JsonExporter
from explorer.core.export.markdown import MarkdownExporter

__all__ = [
    "ExportRequest",
    "Exporter",
    "all_exporters",
    "exporter_for_path",
    "exporter_named",
    "register",
]

for _exporter in (MarkdownExporter(), HtmlExporter(), CsvExporter(), JsonExporter()):
    register(_exporter)

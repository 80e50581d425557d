"""An event's summary as the window shows it, also when it can no longer be read from its file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from explorer.core.schema import Event
from explorer.core.texts_in_file import SummaryUnavailable, summary_of


def shown_summary(event: Event, language: str) -> tuple[dict[str, str], bool]:
    """The event's summary, and True; in place of one that stayed in a file that changed on
    disk since, a line in ``language`` that says so and what to do, and False."""
    try:
        return summary_of(event), True
    except SummaryUnavailable:
        return {
            language: QCoreApplication.translate(
                "Summary",
                "The summary cannot be read: the file changed on disk, or can no longer be "
                "read, since it was opened. Open the file again to read it.",
            )
        }, False

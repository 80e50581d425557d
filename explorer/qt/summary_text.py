"""An event's summary as the window shows it, also when it can no longer be read from its file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from explorer.core.schema import Event
from explorer.core.texts_in_file import SummaryUnavailable, summary_of


def shown_summary(event: Event, language: str) -> dict[str, str]:
    """The event's summary; in place of one that stayed in a file that changed on disk since,
    a line in ``language`` that says so and what to do."""
    try:
        return summary_of(event)
    except SummaryUnavailable:
        return {
            language: QCoreApplication.translate(
                "Summary",
                "The summary cannot be read: the file changed on disk, or can no longer be "
                "read, since it was opened. Open the file again to read it.",
            )
        }

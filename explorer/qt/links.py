"""Opening a link the user clicked: the one place where the app hands a URL to the desktop."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from explorer.core.links import is_live_link


def open_link(url: str) -> bool:
    """Open ``url`` in the user's browser or mail program if it is a web or mail link."""
    if not is_live_link(url):
        return False
    return QDesktopServices.openUrl(QUrl(url.strip(), QUrl.ParsingMode.StrictMode))

"""Where the bundled resources live: ``resources/`` in a checkout, ``explorer/resources`` installed.

This is the one module that knows; everything else asks it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """The folder holding the default dataset, the schema, fonts, icons and translations."""
    installed = _PACKAGE_DIR / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_dataset_path() -> Path:
    return resource("datasets", "end-of-the-soviet-union.json")


def schema_path() -> Path:
    return resource("timeline-explorer.schema.json")


def fonts_dir() -> Path:
    return resource("fonts")


def translations_dir() -> Path:
    return resource("translations")


def icons_dir() -> Path:
    """The app icon and the line icons of actions (``<name>.svg``, drawn in ``currentColor``)."""
    return resource("icons")


def icon_path() -> Path:
    return icons_dir() / "timeline-explorer.svg"


def source_article_path(name: str = "end-of-the-soviet-union.ar.txt") -> Path:
    """The text of a source article the built-in dataset was written from.

    A source whose ``url`` is ``source-article:<name>`` cites this file; the app opens it.
    """
    return resource("source-article", name)

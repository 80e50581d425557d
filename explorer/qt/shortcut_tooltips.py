"""Tooltips that name an action's keys: "Zoom In (Ctrl++)", in the language of the interface.

:func:`add_shortcut_tooltips` follows each action's ``changed`` signal, so the tooltip stays right
when the text is translated, the shortcut changes (Back and Forward swap keys right to left) or
someone sets a tooltip of their own: "Back to the previous event" becomes
"Back to the previous event (Alt+Left)". A tooltip that already names the keys is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from explorer.core.bidi import LRI, PDI


def shortcut_text(action: QAction) -> str:
    """The action's keys as the platform writes them ("Ctrl++", "Right, Space"), or ""."""
    keys = (
        sequence.toString(QKeySequence.SequenceFormat.NativeText) for sequence in action.shortcuts()
    )
    return ", ".join(key for key in keys if key)


def plain_action_text(action: QAction) -> str:
    """The action's text as a user reads it: without the "&" that marks its mnemonic."""
    text = action.text()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def isolated_keys(keys: str) -> str:
    """Keys kept left to right inside right-to-left text ("Ctrl++", not "++Ctrl")."""
    return f"{LRI}{keys}{PDI}" if QGuiApplication.isRightToLeft() else keys


@lru_cache(maxsize=512)
def _default_tooltip(text: str) -> str:
    """The tooltip Qt shows for an action with ``text`` and none set: the text without "&" and
    a final ellipsis."""
    return QAction(text).toolTip()


class ShortcutTooltips(QObject):
    """Keeps "Description (Keys)" tooltips on actions as their texts, tooltips and keys change."""

    def __init__(self, actions: Iterable[QAction], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions = list(actions)
        # Per action: the tooltip last set here, its description, and whether that description
        # is the action's text (so a new text, e.g. translated, makes a new tooltip).
        self._written: dict[QAction, tuple[str, str, bool]] = {}
        for action in self._actions:
            action.changed.connect(lambda action=action: self.update(action))
            self.update(action)

    def update(self, action: QAction) -> None:
        """Write the action's tooltip from its description and its keys (now)."""
        current = action.toolTip()
        written = self._written.get(action)
        if written is not None and current == written[0]:
            _tooltip, description, from_text = written
            if from_text:
                description = _default_tooltip(action.text())
        else:
            description = current
            from_text = current == _default_tooltip(action.text())
        keys = shortcut_text(action)
        if not keys or f"({keys})" in description or f"({isolated_keys(keys)})" in description:
            tooltip = description
        else:
            tooltip = (
                QCoreApplication.translate("ShortcutTooltips", "%1 (%2)")
                .replace("%1", description)
                .replace("%2", isolated_keys(keys))
            )
        self._written[action] = (tooltip, description, from_text)
        if tooltip != current:
            action.setToolTip(tooltip)


def add_shortcut_tooltips(
    actions: Iterable[QAction], parent: QObject | None = None
) -> ShortcutTooltips:
    """Give each action a tooltip naming its keys, kept right as texts and keys change.

    ``parent`` (by default the first action's parent) owns the returned object.
    """
    actions = list(actions)
    if parent is None and actions:
        parent = actions[0].parent()
    return ShortcutTooltips(actions, parent)

"""Help ▸ Keyboard Shortcuts: every key of a window, grouped by the menu its action is in.

The list is read from the window itself (its menu bar, then the actions it holds outside any
menu), so it never goes stale: a new action with a shortcut shows up on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explorer.qt.shortcut_tooltips import isolated_keys, plain_action_text, shortcut_text


@dataclass
class ShortcutGroup:
    """The keys of one menu (or of the actions in no menu): (action name, keys) in menu order."""

    title: str
    entries: list[tuple[str, str]] = field(default_factory=list)


def _menus_by_action(window: QWidget) -> dict[QAction, QMenu]:
    """Each menu of ``window`` by the action that opens it.

    Found from the menus rather than asked of the actions: PySide6 6.10's ``QAction.menu()``
    hands the menu to Python, which then deletes it with its wrapper.
    """
    return {menu.menuAction(): menu for menu in window.findChildren(QMenu)}


def _menu_actions(menu: QMenu, menus: dict[QAction, QMenu]) -> list[QAction]:
    """The actions of ``menu`` and of its submenus, in the order they are shown."""
    found: list[QAction] = []
    for action in menu.actions():
        submenu = menus.get(action)
        if submenu is not None:
            found.extend(_menu_actions(submenu, menus))
        elif not action.isSeparator():
            found.append(action)
    return found


def _entry(action: QAction) -> tuple[str, str] | None:
    keys = shortcut_text(action)
    name = plain_action_text(action)
    return (name, keys) if keys and name else None


def shortcut_groups(window: QWidget) -> list[ShortcutGroup]:
    """The window's keys: a group per menu of its menu bar, then "Other Keys" for the actions
    the window holds outside any menu (the story's slide keys, for one)."""
    groups: list[ShortcutGroup] = []
    listed: set[QAction] = set()
    menu_bar = getattr(window, "menuBar", None)
    bar_actions = menu_bar().actions() if callable(menu_bar) else []
    menus = _menus_by_action(window)
    for menu_action in bar_actions:
        menu = menus.get(menu_action)
        if menu is None:
            continue
        group = ShortcutGroup(plain_action_text(menu_action))
        for action in _menu_actions(menu, menus):
            entry = _entry(action)
            if entry is not None and action not in listed:
                listed.add(action)
                group.entries.append(entry)
        if group.entries:
            groups.append(group)
    others = ShortcutGroup(QCoreApplication.translate("ShortcutsDialog", "Other Keys"))
    for action in window.actions():
        entry = _entry(action)
        if entry is not None and action not in listed:
            listed.add(action)
            others.entries.append(entry)
    if others.entries:
        groups.append(others)
    return groups


class ShortcutsDialog(QDialog):
    """A searchable list of a window's keyboard shortcuts, grouped by menu."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.filter_field = QLineEdit(self)
        self.filter_field.setObjectName("shortcutsFilter")
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.setPlaceholderText(self.tr("Find an action or a key…"))
        self.filter_field.setAccessibleName(self.tr("Find a shortcut"))
        self.filter_field.textChanged.connect(self.filter)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_field)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self._fill(shortcut_groups(window))
        self.resize(520, 640)

    def _fill(self, groups: list[ShortcutGroup]) -> None:
        heading_font = self.tree.font()
        heading_font.setBold(True)
        # Each group's heading row and its rows, as the tree holds them.
        self._rows: list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = []
        for group in groups:
            heading = QTreeWidgetItem(self.tree, [group.title, ""])
            heading.setFont(0, heading_font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setFirstColumnSpanned(True)
            items = []
            for name, keys in group.entries:
                item = QTreeWidgetItem(heading, [name, isolated_keys(keys)])
                item.setData(1, Qt.ItemDataRole.AccessibleTextRole, keys)
                item.setData(1, Qt.ItemDataRole.UserRole, keys)
                items.append(item)
            heading.setExpanded(True)
            self._rows.append((heading, items))

    def entries(self) -> list[tuple[str, str, str]]:
        """What the dialog lists now, as (group, action, keys) for every row not filtered out."""
        return [
            (heading.text(0), item.text(0), str(item.data(1, Qt.ItemDataRole.UserRole)))
            for heading, items in self._rows
            if not heading.isHidden()
            for item in items
            if not item.isHidden()
        ]

    def filter(self, text: str) -> None:
        """Show only the rows whose action or keys hold ``text`` (a group's title shows it all)."""
        needle = text.strip().casefold()
        for heading, items in self._rows:
            whole_group = needle in heading.text(0).casefold()
            for item in items:
                keys = str(item.data(1, Qt.ItemDataRole.UserRole)).casefold()
                item.setHidden(
                    not (whole_group or needle in item.text(0).casefold() or needle in keys)
                )
            heading.setHidden(all(item.isHidden() for item in items))


def show_shortcuts_dialog(window: QWidget) -> ShortcutsDialog:
    """Open the window's Keyboard Shortcuts beside it (it stays open while the user tries keys)."""
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

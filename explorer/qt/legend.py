"""The window's legend: a toggle for each kind of event present, and each category of the dataset.

Each entry shows the mark and colour the timeline draws its events with, and its name in the
window's language; unchecking it hides those events through the search's filter
(:class:`~explorer.qt.filter_model.EventFilterModel`), so the list, the timeline, the count and a
"filtered" export all agree. The entries flow from the side where reading starts; where the
line is too short for their names, they show their marks alone (the name is in the tool tip).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from explorer.core.contrast import GRAPHIC_CONTRAST
from explorer.core.labels import kind_label
from explorer.core.schema import EVENT_KINDS, text_in
from explorer.core.store import EventStore
from explorer.qt.filter_model import CategoryCodes, EventFilterModel
from explorer.qt.legend_paint import MARK_RADIUS, LegendEntry, paint_marks
from explorer.qt.style import KIND_COLORS, readable
from explorer.qt.timeline_colors import TimelineColors, mark_colors

ICON_HEIGHT = int(2 * MARK_RADIUS + 2)


def _values_in(codes: np.ndarray) -> set[int]:
    """The distinct values (each -1 or more) among ``codes``, counted in one pass in C.

    (``np.unique`` would sort them, and its first call imports ``numpy.ma``: tens of
    milliseconds on the way to the window's first paint.)
    """
    if not len(codes):
        return set()
    return set((np.flatnonzero(np.bincount(codes.astype(np.int64) + 1)) - 1).tolist())


def kind_entries(store: EventStore, language: str) -> list[LegendEntry]:
    """An entry for each kind among the store's events, read from its arrays."""
    facts = store.facts
    present = _values_in(facts.kinds.astype(np.int16) * 2 + facts.instants)
    fallback = KIND_COLORS["event"]
    return [
        LegendEntry(
            kind,
            kind_label(kind, language),
            KIND_COLORS.get(kind, fallback),
            2 * code + 1 in present,
            2 * code in present,
        )
        for code, kind in enumerate(EVENT_KINDS)
        if {2 * code, 2 * code + 1} & present
    ]


def category_entries(
    store: EventStore, category_codes: CategoryCodes, language: str
) -> list[LegendEntry]:
    """An entry for each of the dataset's categories, in its colour (``category_codes``: each
    row's category index, -1 for none); a category no event has shows a diamond."""
    categories = store.dataset.categories
    colors = mark_colors([], [category.colour for category in categories])
    instants = store.facts.instants
    with_instants = _values_in(category_codes[instants == 1])
    with_spans = _values_in(category_codes[instants == 0])
    entries = []
    for code, category in enumerate(categories):
        spans = code in with_spans
        entries.append(
            LegendEntry(
                category.id,
                text_in(category.name, language),
                colors[code],
                code in with_instants or not spans,
                spans,
            )
        )
    return entries


class Legend(QWidget):
    """A row of checkable buttons, one per kind present and one per category; checked = shown."""

    def __init__(self, filter_model: EventFilterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self._filter = filter_model
        self._language = "en"
        self._kind_buttons: dict[str, QToolButton] = {}
        self._category_buttons: dict[str, QToolButton] = {}
        self._entries: dict[QToolButton, LegendEntry] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addStretch(1)  # the entries gather at the end of the line
        self._wide = self._narrow = QSize(0, 0)
        filter_model.modelReset.connect(self.rebuild)

    def set_language(self, language: str) -> None:
        self._language = language
        self.rebuild()

    def buttons(self) -> list[QToolButton]:
        """The entries in reading order: the kinds, then the categories."""
        return [*self._kind_buttons.values(), *self._category_buttons.values()]

    def rebuild(self) -> None:
        """Entries for the dataset now shown, in the language now spoken, checked as filtered."""
        for button in self.buttons():
            self._layout.removeWidget(button)
            button.setParent(None)  # gone from the window now, not on the next event loop
            button.deleteLater()
        self._kind_buttons, self._category_buttons, self._entries = {}, {}, {}
        source = self._filter.sourceModel()
        store = getattr(source, "store", None)
        if not isinstance(store, EventStore) or not len(store):
            self.setVisible(False)
            return
        for entry in kind_entries(store, self._language):
            shown = entry.kind not in self._filter.hidden_kinds
            self._kind_buttons[entry.kind] = self._button(entry, shown)
        if store.dataset.categories:
            codes = self._filter.category_codes()
            for entry in category_entries(store, codes, self._language):
                shown = entry.kind not in self._filter.hidden_categories
                self._category_buttons[entry.kind] = self._button(entry, shown)
        self._measure()
        self.setVisible(bool(self._kind_buttons or self._category_buttons))

    # --- names, or marks alone where the line is short -------------------------------------

    def _measure(self) -> None:
        """The legend's width with its names, and with its marks alone."""
        self._set_compact(True)
        self._narrow = self._layout.sizeHint()
        self._set_compact(False)
        self._wide = self._layout.sizeHint()
        self.updateGeometry()
        self._fit()

    def sizeHint(self) -> QSize:
        return self._wide

    def minimumSizeHint(self) -> QSize:
        return self._narrow

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (a dark theme): the marks are drawn again against its background."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for button, entry in self._entries.items():
                button.setIcon(self._marks_icon(entry))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self._set_compact(self.width() < self._wide.width())

    def _set_compact(self, compact: bool) -> None:
        style = (
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if compact
            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        for button in self.buttons():
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)

    def _button(self, entry: LegendEntry, shown: bool) -> QToolButton:
        button = QToolButton(self)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setCheckable(True)
        button.setChecked(shown)
        button.setText(entry.label)
        button.setAccessibleName(entry.label)
        self._entries[button] = entry
        button.setIcon(self._marks_icon(entry))
        button.setIconSize(QSize(int(entry.marks_width()) + 2, ICON_HEIGHT))
        self._set_tooltip(button, entry.label)
        button.toggled.connect(lambda _checked: self._toggled(button, entry.label))
        self._layout.addWidget(button)
        return button

    def _marks_icon(self, entry: LegendEntry) -> QIcon:
        """The entry's marks as the timeline draws them here; faded while its events are hidden."""
        base = TimelineColors.from_palette(self.palette()).base
        entry = replace(entry, color=readable(entry.color, base, GRAPHIC_CONTRAST))
        icon = QIcon()
        icon.addPixmap(self._marks_pixmap(entry, 1.0), QIcon.Mode.Normal, QIcon.State.On)
        icon.addPixmap(self._marks_pixmap(entry, 0.35), QIcon.Mode.Normal, QIcon.State.Off)
        return icon

    def _marks_pixmap(self, entry: LegendEntry, opacity: float) -> QPixmap:
        ratio = self.devicePixelRatioF()
        size = QSize(int(entry.marks_width()) + 2, ICON_HEIGHT)
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setOpacity(opacity)
        paint_marks(
            painter, entry, 1.0, ICON_HEIGHT / 2, TimelineColors.from_palette(self.palette())
        )
        painter.end()
        return pixmap

    def _set_tooltip(self, button: QToolButton, label: str) -> None:
        text = self.tr("Hide “%1” events") if button.isChecked() else self.tr("Show “%1” events")
        button.setToolTip(text.replace("%1", label))

    def _toggled(self, button: QToolButton, label: str) -> None:
        self._set_tooltip(button, label)
        self._filter.set_hidden_kinds(self._unchecked(self._kind_buttons))
        self._filter.set_hidden_categories(self._unchecked(self._category_buttons))

    @staticmethod
    def _unchecked(buttons: dict[str, QToolButton]) -> frozenset[str]:
        return frozenset(key for key, button in buttons.items() if not button.isChecked())

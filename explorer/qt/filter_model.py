"""Search over events: a proxy that keeps the events whose texts match the query."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from explorer.core.search import normalize_for_search
from explorer.qt.event_model import EventRole


class EventFilterModel(QSortFilterProxyModel):
    """Filters events by a free-text query, in any language, ignoring case and diacritics."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._normalized_cache: dict[str, str] = {}
        self.modelReset.connect(self._normalized_cache.clear)

    @property
    def query(self) -> str:
        return " ".join(self._words)

    def set_query(self, query: str) -> None:
        words = normalize_for_search(query).split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def setSourceModel(self, source_model: Any) -> None:
        self._normalized_cache.clear()
        super().setSourceModel(source_model)
        source_model.modelReset.connect(self._normalized_cache.clear)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        source = self.sourceModel()
        index = source.index(source_row, 0, source_parent)
        event_id = source.data(index, EventRole.EVENT_ID)
        haystack = self._normalized_cache.get(event_id)
        if haystack is None:
            haystack = normalize_for_search(source.data(index, EventRole.SEARCH_TEXT) or "")
            self._normalized_cache[event_id] = haystack
        return all(word in haystack for word in self._words)

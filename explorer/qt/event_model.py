"""The events of a dataset as a Qt list model, one row per event in time order."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from explorer.core.schema import Dataset, Event, text_in
from explorer.core.search import event_search_text
from explorer.core.store import EventStore
from explorer.core.summary import event_date_text
from explorer.qt.plain_text import plain_tooltip

ModelIndex = QModelIndex | QPersistentModelIndex


class EventRole(IntEnum):
    """Custom data roles of :class:`EventListModel` (and of proxies over it)."""

    EVENT = Qt.ItemDataRole.UserRole + 1  # the Event struct itself
    EVENT_ID = Qt.ItemDataRole.UserRole + 2
    START = Qt.ItemDataRole.UserRole + 3  # ISO 8601, partial where the date is partial
    END = Qt.ItemDataRole.UserRole + 4  # ISO 8601, "" for an instant
    KIND = Qt.ItemDataRole.UserRole + 5
    START_TIME = Qt.ItemDataRole.UserRole + 6  # float days since 1970-01-01
    END_TIME = Qt.ItemDataRole.UserRole + 7  # float days, exclusive
    DATE_TEXT = Qt.ItemDataRole.UserRole + 8  # the date as a reader writes it
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 9  # all texts of the event, for filtering


#: The names QML and tests know the roles by (DESIGN.md: eventId, start, end, kind).
ROLE_NAMES: dict[EventRole, bytes] = {
    EventRole.EVENT: b"event",
    EventRole.EVENT_ID: b"eventId",
    EventRole.START: b"start",
    EventRole.END: b"end",
    EventRole.KIND: b"kind",
    EventRole.START_TIME: b"startTime",
    EventRole.END_TIME: b"endTime",
    EventRole.DATE_TEXT: b"dateText",
}


#: The roles whose data depend on the language: what a language switch changes.
LANGUAGE_ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
    EventRole.DATE_TEXT,
]


class EventListModel(QAbstractListModel):
    """A thin adapter over a dataset's events; the events are returned under ``EventRole.EVENT``."""

    def __init__(self, dataset: Dataset | None = None, language: str = "en", parent: Any = None):
        super().__init__(parent)
        self._language = language
        self._events: list[Event] = []
        self._store: EventStore | None = None
        if dataset is not None:
            self.set_dataset(dataset)

    @property
    def dataset(self) -> Dataset | None:
        return self._store.dataset if self._store is not None else None

    @property
    def store(self) -> EventStore | None:
        """The events in time order with their arrays; None before a dataset is set."""
        return self._store

    @property
    def language(self) -> str:
        return self._language

    def set_dataset(self, dataset: Dataset) -> None:
        self.set_store(EventStore.build(dataset))

    def set_store(self, store: EventStore) -> None:
        """Show a store built beforehand (e.g. by a loading thread): only the reset runs here."""
        self.beginResetModel()
        self._store = store
        self._events = store.events
        self.endResetModel()

    def set_language(self, language: str) -> None:
        """Show titles and dates in ``language``: one ``dataChanged`` over all rows, naming the
        roles that change, so a view re-reads only the rows it shows, when it shows them."""
        if language == self._language:
            return
        self._language = language
        if self._events:
            self.dataChanged.emit(self.index(0), self.index(len(self._events) - 1), LANGUAGE_ROLES)

    def events(self) -> list[Event]:
        """All events, in time order."""
        return list(self._events)

    def event_at(self, row: int) -> Event:
        return self._events[row]

    def row_of(self, event_id: str) -> int:
        """The row of the event with this id, or -1."""
        return self._store.row_of(event_id) if self._store is not None else -1

    def event_by_id(self, event_id: str) -> Event | None:
        row = self.row_of(event_id)
        return self._events[row] if row >= 0 else None

    def index_of(self, event_id: str) -> QModelIndex:
        row = self.row_of(event_id)
        return self.index(row) if row >= 0 else QModelIndex()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """One column; public here because PySide hides QAbstractListModel's."""
        return 0 if parent.isValid() else 1

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role, name in ROLE_NAMES.items():
            names[int(role)] = QByteArray(name)
        return names

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column():
            return None
        return self.data_for_row(index.row(), role)

    def data_for_row(self, row: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What :meth:`data` gives for ``row``, without making an index (proxies map to rows)."""
        if not 0 <= row < len(self._events):
            return None
        event = self._events[row]
        language = self._language
        if role == Qt.ItemDataRole.DisplayRole:
            return text_in(event.title, language)
        if role == Qt.ItemDataRole.ToolTipRole:
            date = event_date_text(event, language)
            return plain_tooltip(f"{text_in(event.title, language)}\n{date}")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return event_date_text(event, language)
        if role == EventRole.EVENT:
            return event
        if role == EventRole.EVENT_ID:
            return event.id
        if role == EventRole.START:
            return event.start.iso()
        if role == EventRole.END:
            return event.end.iso() if event.end is not None else ""
        if role == EventRole.KIND:
            return event.kind
        if role == EventRole.START_TIME:
            return event.start_time
        if role == EventRole.END_TIME:
            return event.end_time
        if role == EventRole.DATE_TEXT:
            return event_date_text(event, language)
        if role == EventRole.SEARCH_TEXT:
            return event_search_text(event)
        return None

"""Search over events: a proxy that shows the rows a core search selected, in time order.

The match is computed in core, over the store's prebuilt normalized texts, into an array of
source rows; the proxy maps through that array (and its inverse), so no Python runs per row. A
new query is one layout change, whatever rows come and go, and the current event, when it stays
shown, stays current. A big timeline's texts are indexed in a thread as soon as it is shown; a
query typed before that waits for it, every event staying in view.

Kinds and categories the legend hides are left out too, with a mask over the store's arrays
combined with the search; a new dataset shows every kind and category again.
"""

from __future__ import annotations

import contextlib
import threading
from array import array
from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from explorer.core.schema import EVENT_KINDS
from explorer.core.search import normalize_for_search
from explorer.core.store import EventStore
from explorer.qt.event_model import EventListModel

ModelIndex = QModelIndex | QPersistentModelIndex
Rows = npt.NDArray[np.int64]
CategoryCodes = npt.NDArray[np.int16]

#: From this many events the search index is built in a thread rather than on a keystroke.
BACKGROUND_INDEX_FROM = 20_000
#: A new dataset's index is started this long after it is shown, so the thread that builds it
#: does not compete with the first paint of the timeline; a search starts it at once.
INDEX_AFTER_MS = 500


class _IndexRelay(QObject):
    """Lives on the UI thread; the indexing thread says through it which store is ready."""

    ready = Signal(object)  # EventStore


class EventFilterModel(QAbstractProxyModel):
    """Filters events by a free-text query, in any language, ignoring case and diacritics."""

    #: A query typed while the index was being built has now been applied.
    searchReady = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._rows: Rows = np.zeros(0, dtype=np.int64)  # proxy row -> source row
        self._row_list = array("q")
        self._proxy_rows: Rows = np.zeros(0, dtype=np.int64)  # source row -> proxy row or -1
        self._pending: list[str] | None = None
        self._hidden_kinds: frozenset[str] = frozenset()
        self._hidden_categories: frozenset[str] = frozenset()
        self._categories_of: EventStore | None = None
        self._category_rows: CategoryCodes = np.zeros(0, dtype=np.int16)
        self._indexing: set[int] = set()
        self._connections: list[Any] = []
        self._relay = _IndexRelay(self)
        self._relay.ready.connect(self._index_ready)

    # --- the query -----------------------------------------------------------------------------

    @property
    def query(self) -> str:
        return " ".join(self._words)

    def is_preparing(self) -> bool:
        """Whether a query waits for the search index (the rows shown are not filtered yet)."""
        return self._pending is not None

    def set_query(self, query: str) -> None:
        words = normalize_for_search(query).split()
        store = self._store()
        if words and store is not None and not self._index_ready_for(store):
            self._pending = words
            return
        self._pending = None
        if words != self._words:
            self._words = words
            self._change_rows(self._selected_rows())

    # --- kinds and categories hidden -----------------------------------------------------------

    @property
    def hidden_kinds(self) -> frozenset[str]:
        return self._hidden_kinds

    @property
    def hidden_categories(self) -> frozenset[str]:
        return self._hidden_categories

    def set_hidden_kinds(self, kinds: frozenset[str]) -> None:
        """Leave out the events of ``kinds`` (names of :data:`EVENT_KINDS`), with the search."""
        if kinds != self._hidden_kinds:
            self._hidden_kinds = frozenset(kinds)
            self._change_rows(self._selected_rows())

    def set_hidden_categories(self, categories: frozenset[str]) -> None:
        """Leave out the events of ``categories`` (the dataset's category ids), with the search."""
        if categories != self._hidden_categories:
            self._hidden_categories = frozenset(categories)
            self._change_rows(self._selected_rows())

    def category_codes(self) -> CategoryCodes:
        """Each source row's category as an index into the dataset's categories, -1 for none:
        one pass over the events per dataset, then kept."""
        store = self._store()
        if store is None:
            return np.zeros(0, dtype=np.int16)
        if self._categories_of is not store:
            codes = {category.id: n for n, category in enumerate(store.dataset.categories)}
            self._category_rows = np.fromiter(
                (codes.get(event.category, -1) if event.category else -1 for event in store.events),
                np.int16,
                len(store),
            )
            self._categories_of = store
        return self._category_rows

    def _shown_mask(self, store: EventStore) -> npt.NDArray[np.bool_] | None:
        """Which source rows the hidden kinds and categories leave in; None when none is hidden."""
        mask: npt.NDArray[np.bool_] | None = None
        kind_codes = [code for code, kind in enumerate(EVENT_KINDS) if kind in self._hidden_kinds]
        if kind_codes:
            mask = ~np.isin(store.facts.kinds, kind_codes)
        category_codes = [
            code
            for code, category in enumerate(store.dataset.categories)
            if category.id in self._hidden_categories
        ]
        if category_codes:
            kept = ~np.isin(self.category_codes(), category_codes)
            mask = kept if mask is None else mask & kept
        return mask

    def source_rows(self) -> Rows:
        """The source rows shown, in order (a copy)."""
        return self._rows.copy()

    def shown_rows(self) -> Rows:
        """The source rows shown, in order, read-only and not copied: for vectorised reads."""
        rows = self._rows.view()
        rows.flags.writeable = False
        return rows

    def proxy_rows_of(self, source_rows: Rows) -> Rows:
        """The proxy row of each of ``source_rows``, -1 where it is not shown."""
        return self._proxy_rows[source_rows]

    # --- the source ----------------------------------------------------------------------------

    def setSourceModel(self, source_model: QAbstractItemModel) -> None:
        self.beginResetModel()
        for connection in self._connections:
            QObject.disconnect(connection)
        super().setSourceModel(source_model)
        self._connections = [
            source_model.modelAboutToBeReset.connect(self._source_about_to_reset),
            source_model.modelReset.connect(self._source_reset),
            source_model.dataChanged.connect(self._source_data_changed),
            source_model.layoutChanged.connect(self._source_reset_now),
            source_model.rowsInserted.connect(self._source_reset_now),
            source_model.rowsRemoved.connect(self._source_reset_now),
        ]
        self._pending = None
        self._set_rows(self._selected_rows())
        self.endResetModel()
        QTimer.singleShot(INDEX_AFTER_MS, self, self._prepare_index)

    def _store(self) -> EventStore | None:
        source = self.sourceModel()
        return source.store if isinstance(source, EventListModel) else None

    def _source_count(self) -> int:
        source = self.sourceModel()
        return source.rowCount() if source is not None else 0

    def _source_about_to_reset(self) -> None:
        self.beginResetModel()
        self._hidden_kinds = self._hidden_categories = frozenset()  # a new dataset shows all

    def _source_reset(self) -> None:
        """A new dataset: the query (if any) is matched against its texts."""
        self._pending = None
        self._set_rows(self._selected_rows(allow_build=False))
        self.endResetModel()
        QTimer.singleShot(INDEX_AFTER_MS, self, self._prepare_index)

    def _source_reset_now(self, *_args: Any) -> None:
        self.beginResetModel()
        self._source_reset()

    def _source_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any = ()
    ) -> None:
        if len(self._rows):  # a language switch: every shown row's texts change
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0), roles)

    # --- rows ----------------------------------------------------------------------------------

    def _selected_rows(self, allow_build: bool = True) -> Rows:
        """The rows the search matches, less those of hidden kinds and categories."""
        rows = self._matching_rows(allow_build)
        store = self._store()
        mask = self._shown_mask(store) if store is not None and len(store) else None
        if mask is None:
            return rows
        return rows[mask[rows]]

    def _matching_rows(self, allow_build: bool) -> Rows:
        count = self._source_count()
        store = self._store()
        if not self._words or store is None:
            return np.arange(count, dtype=np.int64)
        if not allow_build and not self._index_ready_for(store):
            self._pending, self._words = self._words, []
            return np.arange(count, dtype=np.int64)
        return store.search_index().matching_rows(" ".join(self._words))

    def _set_rows(self, rows: Rows) -> None:
        self._rows = rows
        # Read from Python row by row: an array gives ints as fast as a list nearly (a million
        # rows take 8 MB, not 36) and is made at once.
        self._row_list = array("q")
        self._row_list.frombytes(np.ascontiguousarray(rows, dtype=np.int64).data.cast("B"))
        if len(rows) == self._source_count():  # every row, in order: the map is the same both ways
            self._proxy_rows = rows
            return
        self._proxy_rows = np.full(self._source_count(), -1, dtype=np.int64)
        self._proxy_rows[rows] = np.arange(len(rows), dtype=np.int64)

    def _change_rows(self, rows: Rows) -> None:
        """Show ``rows``: one layout change; persistent indexes follow their events."""
        if np.array_equal(rows, self._rows):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self._row_list[index.row()] for index in persistent]
        self._set_rows(rows)
        self.changePersistentIndexList(
            persistent,
            [
                self._proxy_index_of_source(row, index.column())
                for row, index in zip(sources, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _proxy_index_of_source(self, source_row: int, column: int) -> QModelIndex:
        if not 0 <= source_row < len(self._proxy_rows):
            return QModelIndex()
        row = int(self._proxy_rows[source_row])
        return self.createIndex(row, column) if row >= 0 else QModelIndex()

    # --- the index ------------------------------------------------------------------------------

    def _prepare_index(self) -> None:
        """Index a big timeline's texts in a thread now, so the first search need not wait."""
        store = self._store()
        if store is not None:
            self._index_ready_for(store)

    def _index_ready_for(self, store: EventStore) -> bool:
        """Whether ``store`` can be searched now; if not, its index is being built."""
        if store.has_search_index() or len(store) < BACKGROUND_INDEX_FROM:
            return True
        if id(store) not in self._indexing:
            self._indexing.add(id(store))
            relay = self._relay

            def build() -> None:
                store.search_index()
                with contextlib.suppress(RuntimeError):  # the window may have closed meanwhile
                    relay.ready.emit(store)

            threading.Thread(target=build, name="search-indexer", daemon=True).start()
        return False

    def _index_ready(self, store: EventStore) -> None:
        self._indexing.discard(id(store))
        if store is not self._store() or self._pending is None:
            return
        words, self._pending = self._pending, None
        if words != self._words:
            self._words = words
            self._change_rows(self._selected_rows())
        self.searchReady.emit()

    # --- the proxy contract ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def index(self, row: int, column: int = 0, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column or parent.isValid() or not 0 <= row < len(self._rows):
            return QModelIndex()
        return self.createIndex(row, 0)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The source's data for the row, read by row number (no source index is made)."""
        source, row = self.sourceModel(), index.row()
        if not isinstance(source, EventListModel) or not 0 <= row < len(self._row_list):
            return super().data(index, role) if index.isValid() else None
        return source.data_for_row(self._row_list[row], role)

    def parent(self, child: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def sibling(self, row: int, column: int, index: ModelIndex) -> QModelIndex:
        return self.index(row, column)

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) > 0

    def mapToSource(self, proxy_index: ModelIndex) -> QModelIndex:
        source = self.sourceModel()
        if (
            source is None
            or not proxy_index.isValid()
            or not 0 <= proxy_index.row() < len(self._rows)
        ):
            return QModelIndex()
        return source.index(self._row_list[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: ModelIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        return self._proxy_index_of_source(source_index.row(), source_index.column())

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index)

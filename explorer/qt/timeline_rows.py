"""A model's events as the timeline sees them: read into arrays, measured, laid out.

:class:`TimelineRows` reads a model's events through its roles into compact arrays (once per
model change, in :meth:`TimelineRows._collect`), measures their titles in the labels' font and lays
them out with the plain geometry of :mod:`explorer.core.timeline_geometry`: which lanes a scale and
a height show, which row is drawn at a point and where a row is drawn.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import NamedTuple, overload

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from explorer.core.cause_arrows import CauseLinks
from explorer.core.lanes import LaneLayout, LaneMetrics, item_boxes
from explorer.core.schema import EVENT_KINDS, Dataset, Event
from explorer.core.store import EventStore
from explorer.core.timeline_geometry import TimelineGeometry
from explorer.core.timescale import TimeScale
from explorer.qt.event_model import EventListModel, EventRole
from explorer.qt.filter_model import EventFilterModel
from explorer.qt.timeline_clusters import Badge, Overflow
from explorer.qt.timeline_colors import mark_colors
from explorer.qt.timeline_eras import EraBand, eras_of, title_line_height
from explorer.qt.timeline_sprites import TimelineSprites

KINDS: tuple[str, ...] = EVENT_KINDS
_KIND_CODES = {kind: code for code, kind in enumerate(KINDS)}


IntArray = npt.NDArray[np.int64]


def _store_rows(
    model: QAbstractItemModel | None,
) -> tuple[EventStore, IntArray, IntArray | None] | None:
    """The store behind ``model``, the store rows it shows in order and the map from a store
    row to its shown row (None when all are shown), or None for a model without a store."""
    if isinstance(model, EventListModel) and model.store is not None:
        store = model.store
        return store, np.arange(len(store), dtype=np.int64), None
    if isinstance(model, EventFilterModel):
        source = model.sourceModel()
        if isinstance(source, EventListModel) and source.store is not None:
            store = source.store
            shown = model.shown_rows()
            if len(shown) == len(store):  # every row, in the store's order
                return store, shown, None
            every_row = np.arange(len(store), dtype=np.int64)
            return store, shown, model.proxy_rows_of(every_row)
    return None


def _dataset_of(model: QAbstractItemModel | None) -> Dataset | None:
    """The dataset behind ``model`` (through any proxies), or None."""
    while isinstance(model, QAbstractProxyModel):
        model = model.sourceModel()
    return model.dataset if isinstance(model, EventListModel) else None


def _array(code: str, values: npt.NDArray[np.generic]) -> array:
    """A numpy array as a compact Python array of ``code`` (one copy, no Python per item)."""
    result = array(code)
    result.frombytes(np.ascontiguousarray(values, dtype=np.dtype(code)).data.cast("B"))
    return result


class _RowIds(Sequence[str]):
    """The event id of each shown row, read from the store when asked (no list of a million)."""

    def __init__(self, events: list[Event], rows: IntArray) -> None:
        self._events = events
        self._rows = rows  # a numpy array: no list of a million numbers on the UI thread

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, row: int) -> str: ...
    @overload
    def __getitem__(self, row: slice) -> Sequence[str]: ...
    def __getitem__(self, row: int | slice) -> str | Sequence[str]:
        if isinstance(row, slice):
            return [self._events[r].id for r in self._rows[row].tolist()]
        return self._events[int(self._rows[row])].id

    def __iter__(self) -> Iterator[str]:
        events = self._events
        return (events[row].id for row in self._rows.tolist())


class Bands(NamedTuple):
    """The vertical layout of a timeline: lanes above, then a density strip, then the axis."""

    lanes_bottom: float
    strip_top: float
    axis_top: float


class TimelineRows:
    """The events of a model read for the timeline, their titles measured, and their layout for
    a scale and a height; :class:`~explorer.qt.timeline_render.TimelinePainter` paints them.

    ``lane_limit`` None fits the lanes to the height (pictures); a view that scrolls vertically
    sets a large limit and ``scroll_y``, the content's offset (the axis stays at the bottom).
    """

    def __init__(self, font: QFont | None = None) -> None:
        self.lane_limit: int | None = None
        self.scroll_y = 0.0
        #: Whether the axis has a second line, for a note under its labels.
        self.note_line = False
        self._model: QAbstractItemModel | None = None
        self._geometry: TimelineGeometry | None = None
        self._titles: list[str | None] = []
        self._widths = array("d")
        #: Each row's mark style: its kind's index, or its category's after the kinds'.
        self._kinds = array("h")
        #: The colour of each mark style (see :func:`~explorer.qt.timeline_colors.mark_colors`).
        self.mark_palette: list[QColor] = mark_colors(list(KINDS), [])
        #: The dataset's eras, drawn behind the events with their titles above the lanes.
        self.eras: list[EraBand] = []
        self._categories_of: EventStore | None = None
        self._category_rows = np.empty(0, dtype=np.int16)
        #: Rows of events known only to the month or the year: drawn hatched over that span.
        self._imprecise = array("b")
        self._links = CauseLinks([], {})
        self._text_widths: dict[str, float] = {}
        #: Draw labels and diamonds from :attr:`sprites`, for screens; pictures (SVG, PDF)
        #: draw text and shapes.
        self.fast_drawing = True
        self._badges: list[Badge] = []
        self._overflow = Overflow()
        self._badges_key: tuple[object, ...] = ()
        self._elided: dict[tuple[int, int], str] = {}
        self.set_font(font or QFont())

    def set_font(self, font: QFont) -> None:
        """Use ``font`` for labels; the sizes of lanes and markers follow it."""
        self._font = QFont(font)
        self._fm = QFontMetricsF(self._font)
        self.metrics = self._lane_metrics()
        self.sprites = TimelineSprites(self._font)
        self._text_widths.clear()
        self._elided.clear()
        self._widths = array("d", [-1.0]) * len(self._titles)
        if self._geometry is not None:
            self._geometry.metrics = self.metrics
            self._geometry.invalidate()

    def _lane_metrics(self) -> LaneMetrics:
        """The font's lane sizes, the lanes lower by a line when there are era titles above."""
        metrics = LaneMetrics.for_text(self._fm.height(), self._fm.averageCharWidth())
        if self.eras:
            metrics = replace(metrics, top=metrics.top + title_line_height(self._fm))
        return metrics

    def _read_dataset_extras(self, dataset: Dataset | None) -> dict[str, int]:
        """Read the eras and the categories' colours; the category ids' style codes."""
        self.eras = eras_of(dataset)
        categories = dataset.categories if dataset is not None else []
        self.mark_palette = mark_colors(list(KINDS), [c.colour for c in categories])
        if self.metrics.top != self._lane_metrics().top:
            self.metrics = self._lane_metrics()
        return {category.id: len(KINDS) + n for n, category in enumerate(categories)}

    def set_model(self, model: QAbstractItemModel | None) -> None:
        self._model = model
        self.invalidate()

    def retitle(self) -> None:
        """The titles changed (another language): read them again when next drawn. The rows'
        times, kinds and links stay; lanes are laid out again for the new label widths."""
        self._titles = [None] * len(self._titles)
        self._widths = array("d", [-1.0]) * len(self._titles)
        self._elided.clear()
        self.sprites.forget_texts()
        if self._geometry is not None:
            self._geometry.invalidate()

    def invalidate(self) -> None:
        """Forget everything read from the model; the next use reads it again."""
        self._geometry = None
        self._elided.clear()
        self.sprites.forget_texts()

    @property
    def geometry(self) -> TimelineGeometry:
        if self._geometry is None:
            self._geometry = self._collect()
        return self._geometry

    def _collect(self) -> TimelineGeometry:
        """Read start, end, kind and instant-ness of every row into arrays, once per change.

        The event under ``EventRole.EVENT`` is read when the model has it (one call per row);
        other models are read through the time roles. A date without an end known only to the
        month or the year (it covers more than a day) is laid out over all it covers, as a span,
        and marked imprecise.
        """
        model = self._model
        shown = _store_rows(model)
        if shown is not None:
            return self._collect_arrays(*shown)
        styles = self._read_dataset_extras(_dataset_of(model))
        starts, ends, instants, kinds = array("d"), array("d"), array("b"), array("h")
        imprecise = array("b")
        ids: list[str] = []
        causes: dict[int, list[str]] = {}
        rows = model.rowCount() if model is not None else 0
        if model is not None:
            index, data = model.index, model.data
            for row in range(rows):
                item = index(row, 0)
                event = data(item, EventRole.EVENT)
                if event is not None:
                    start, end = event.start_time, event.end_time
                    kind, instant = event.kind, event.end is None
                    style = styles.get(event.category, -1) if event.category else -1
                    ids.append(event.id)
                    if event.causes:
                        causes[row] = event.causes
                else:
                    style = -1
                    start = float(data(item, EventRole.START_TIME) or 0.0)
                    end = max(start, float(data(item, EventRole.END_TIME) or start))
                    kind, instant = data(item, EventRole.KIND), not data(item, EventRole.END)
                    ids.append(str(data(item, EventRole.EVENT_ID) or ""))
                vague = instant and end - start > 1.5  # a month or a year, not a day
                starts.append(start)
                ends.append(end)
                instants.append(instant and not vague)
                imprecise.append(vague)
                kinds.append(style if style >= 0 else _KIND_CODES.get(kind, 0))
        self._titles = [None] * rows
        self._widths = array("d", [-1.0]) * rows
        self._kinds = kinds
        self._imprecise = imprecise
        self._links = CauseLinks(ids, causes)
        return TimelineGeometry(starts, ends, instants, self.label_width, self.metrics)

    def _collect_arrays(
        self, store: EventStore, rows: IntArray, proxy_of: IntArray | None
    ) -> TimelineGeometry:
        """What :meth:`_collect` reads, taken from the store's arrays for the shown ``rows``
        (``proxy_of`` maps a store row to its shown row, None when every row is shown): a few
        numpy passes, whatever the number of events."""
        facts = store.facts
        every_row = proxy_of is None  # the store's own arrays serve, not copies of them
        starts = store.start_times if every_row else store.start_times[rows]
        ends = store.end_times if every_row else store.end_times[rows]
        instant = (facts.instants if every_row else facts.instants[rows]).astype(bool)
        vague = instant & (ends - starts > 1.5)  # a month or a year, not a day
        with_causes = facts.rows_with_causes
        shown_causes = with_causes if proxy_of is None else proxy_of[with_causes]
        events = store.events
        causes = {
            row: events[store_row].causes
            for row, store_row in zip(shown_causes.tolist(), with_causes.tolist(), strict=True)
            if row >= 0
        }
        count = len(rows)
        self._titles = [None] * count
        self._widths = array("d", [-1.0]) * count
        kinds = (facts.kinds if every_row else facts.kinds[rows]).astype(np.int16)
        if self._read_dataset_extras(store.dataset):
            categories = self._category_codes(store)[rows]
            kinds = np.where(categories >= 0, categories + len(KINDS), kinds)
        self._kinds = _array("h", kinds)
        self._imprecise = _array("b", vague)
        self._links = CauseLinks(_RowIds(events, rows), causes)
        if count == len(store):  # every row, in the store's order: its time index serves
            index = store.time_index
            return TimelineGeometry(
                index.starts,
                index.ends,
                _array("b", instant & ~vague),
                self.label_width,
                self.metrics,
                index=index,
            )
        return TimelineGeometry(
            _array("d", starts),
            _array("d", ends),
            _array("b", instant & ~vague),
            self.label_width,
            self.metrics,
        )

    def _category_codes(self, store: EventStore) -> npt.NDArray[np.int16]:
        """Each store row's category as an index into the dataset's categories, -1 for none:
        one pass over the events per store (a filter only picks among them)."""
        if self._categories_of is not store:
            codes = {category.id: n for n, category in enumerate(store.dataset.categories)}
            self._category_rows = np.fromiter(
                (codes.get(event.category, -1) for event in store.events), np.int16, len(store)
            )
            self._categories_of = store
        return self._category_rows

    def is_imprecise(self, row: int) -> bool:
        """Whether the row's date is known only to the month or the year."""
        return 0 <= row < len(self._imprecise) and bool(self._imprecise[row])

    @property
    def links(self) -> CauseLinks:
        """The cause links between the rows (read with the rows, indexed when first asked)."""
        _ = self.geometry
        return self._links

    def title(self, row: int) -> str:
        """The row's label: its title, and for a date known only to the month or the year,
        that date ("The flag is lowered · December 1991"), so the label says how vague it is."""
        title = self._titles[row]
        if title is None and self._model is not None:
            item = self._model.index(row, 0)
            title = str(item.data(Qt.ItemDataRole.DisplayRole) or "")
            if self._imprecise[row]:
                date = str(item.data(EventRole.DATE_TEXT) or "")
                title = f"{title} · {date}" if date else title
            self._titles[row] = title
        return title or ""

    def label_width(self, row: int) -> float:
        """The width of a row's title in pixels, measured the first time it is needed."""
        width = self._widths[row]
        if width < 0:
            width = self._widths[row] = math.ceil(self._fm.horizontalAdvance(self.title(row)))
        return width

    def measure(self, text: str) -> float:
        width = self._text_widths.get(text)
        if width is None:
            width = self._text_widths[text] = self._fm.horizontalAdvance(text)
        return width

    def _label_text(self, row: int, width: float) -> str:
        """The row's title, elided to ``width`` pixels when it is wider."""
        title = self.title(row)
        if self.label_width(row) <= width + 0.5:
            return title
        key = (row, int(width))
        text = self._elided.get(key)
        if text is None:
            text = self._elided[key] = self._fm.elidedText(
                title, Qt.TextElideMode.ElideRight, width
            )
        return text

    # --- geometry -----------------------------------------------------------------------------

    def bands(self, height: float) -> Bands:
        """Lanes down to just above the axis (a line taller with :attr:`note_line`); the strip
        of hidden events, when there are any, covers the bottom of the lanes."""
        axis_top = height - math.ceil(self._fm.height() + 10)
        if self.note_line:
            axis_top -= math.ceil(self._fm.height() + 2)
        return Bands(axis_top - 2, axis_top - 8, axis_top)

    def max_lanes(self, height: float) -> int:
        """The lane limit, or as many lanes as fit above the strip of hidden events."""
        if self.lane_limit is not None:
            return self.lane_limit
        m = self.metrics
        return max(1, int((self.bands(height).strip_top - m.top) // m.lane_height))

    def content_height(self, scale: TimeScale, height: float) -> float:
        """How tall the lanes are, from the top of the first to below the last."""
        layout = self.layout(scale, height)
        lanes = layout.lane_count if layout is not None else 0
        return self.metrics.lane_top(lanes) + self.metrics.top

    def spread_lanes(self, scale: TimeScale, height: float, most: float = 1.5) -> None:
        """Space the lanes out over ``height``, up to ``most`` times as far apart as the font's
        metrics: a picture has no scroll bar to save room for. The layout stays the same."""
        layout = self.layout(scale, height)
        if layout is None or not layout.lane_count:
            return
        m = self.metrics
        room = self.bands(height).strip_top - 2 * m.top
        lane_height = math.floor(min(room / layout.lane_count, m.lane_height * most))
        if lane_height > m.lane_height:
            self.metrics = replace(m, lane_height=lane_height)
            self.geometry.metrics = self.metrics
            self.geometry.invalidate()

    def layout(self, scale: TimeScale, height: float) -> LaneLayout | None:
        """The lanes at this scale and height, or None when the view shows density instead."""
        return self.geometry.layout_for(scale, self.max_lanes(height))

    def row_at(self, scale: TimeScale, height: float, x: float, y: float) -> int:
        """The row drawn at (x, y), or -1."""
        layout = self.layout(scale, height)
        if layout is None or y > self.bands(height).lanes_bottom:
            return -1
        placement = layout.item_at(self.metrics.lane_at(y + self.scroll_y), scale.time_at(x))
        if placement is None:
            return -1
        boxes = item_boxes(placement, scale, self.metrics)
        return placement.row if boxes.left - 1 <= x <= boxes.right + 1 else -1

    def item_rect(self, scale: TimeScale, height: float, row: int) -> QRectF:
        """Where a row is drawn (mark and label), or an empty rectangle if it isn't."""
        layout = self.layout(scale, height)
        placement = layout.placement(row) if layout is not None else None
        if placement is None:
            return QRectF()
        boxes = item_boxes(placement, scale, self.metrics)
        top = self.metrics.bar_top(placement.lane) - self.scroll_y
        return QRectF(boxes.left, top, boxes.right - boxes.left, self.metrics.bar_height)

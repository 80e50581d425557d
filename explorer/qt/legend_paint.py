"""A legend of event kinds, painted with QPainter: each kind's mark, colour and name.

The marks are the timeline's (:mod:`explorer.qt.timeline_render`): a diamond for an instant, a
tinted rounded bar for a span, in the kind's colour (:data:`explorer.qt.style.KIND_COLORS`).
Entries flow from the side where reading starts (the right in Arabic) and wrap into rows, so
the same painter serves a picture's corner strip and, later, the window's legend.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from explorer.core.labels import kind_label
from explorer.core.schema import EVENT_KINDS, Event
from explorer.qt.style import KIND_COLORS
from explorer.qt.timeline_colors import TimelineColors, mix
from explorer.qt.timeline_sprites import diamond_shape

MARK_RADIUS = 5.0
BAR_WIDTH, BAR_HEIGHT = 18.0, 10.0
MARK_GAP = 4.0
"""Between a diamond and a bar, and between the marks and the name."""
ENTRY_GAP = 20.0
ROW_GAP = 6.0


@dataclass(frozen=True)
class LegendEntry:
    """One kind of event: its name in the legend's language, its colour and the marks it has."""

    kind: str
    label: str
    color: QColor
    instants: bool
    spans: bool

    def marks_width(self) -> float:
        diamond = 2 * MARK_RADIUS if self.instants else 0.0
        bar = BAR_WIDTH if self.spans else 0.0
        return diamond + bar + (MARK_GAP if self.instants and self.spans else 0.0)


def legend_entries(events: Iterable[Event], language: str) -> list[LegendEntry]:
    """An entry for each kind among ``events``, in the timeline's order of kinds."""
    instants: set[str] = set()
    spans: set[str] = set()
    for event in events:
        (instants if event.end is None else spans).add(event.kind)
    return [
        LegendEntry(
            kind,
            kind_label(kind, language),
            KIND_COLORS.get(kind, KIND_COLORS["event"]),
            kind in instants,
            kind in spans,
        )
        for kind in EVENT_KINDS
        if kind in instants or kind in spans
    ]


def _entry_width(entry: LegendEntry, measure: Callable[[str], float]) -> float:
    return entry.marks_width() + MARK_GAP + measure(entry.label)


def legend_rows(
    entries: Sequence[LegendEntry], width: float, measure: Callable[[str], float]
) -> list[list[int]]:
    """The entries (by index) on each row when they flow into ``width``; at least one per row."""
    rows: list[list[int]] = []
    used = width + 1.0
    for index, entry in enumerate(entries):
        needed = _entry_width(entry, measure)
        if rows and used + ENTRY_GAP + needed <= width:
            rows[-1].append(index)
            used += ENTRY_GAP + needed
        else:
            rows.append([index])
            used = needed
    return rows


def legend_height(entries: Sequence[LegendEntry], width: float, font: QFont) -> float:
    """How tall the legend of ``entries`` is when it flows into ``width``; 0 with no entries."""
    if not entries:
        return 0.0
    metrics = QFontMetricsF(font)
    rows = legend_rows(entries, width, metrics.horizontalAdvance)
    line = max(metrics.height(), 2 * MARK_RADIUS)
    return len(rows) * line + (len(rows) - 1) * ROW_GAP


def paint_legend(
    painter: QPainter,
    rect: QRectF,
    entries: Sequence[LegendEntry],
    font: QFont,
    colors: TimelineColors,
    right_to_left: bool = False,
) -> None:
    """Paint ``entries`` into ``rect``, each row from its left edge (its right, ``right_to_left``).

    In a right-to-left legend the name is on the left of its marks, so each entry reads from the
    right as it does from the left in a left-to-right one.
    """
    metrics = QFontMetricsF(font)
    line = max(metrics.height(), 2 * MARK_RADIUS)
    painter.save()
    painter.setFont(font)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for number, row in enumerate(legend_rows(entries, rect.width(), metrics.horizontalAdvance)):
        centre = rect.top() + number * (line + ROW_GAP) + line / 2
        edge = rect.right() if right_to_left else rect.left()
        for index in row:
            entry = entries[index]
            width = _entry_width(entry, metrics.horizontalAdvance)
            left = edge - width if right_to_left else edge
            marks_left = left + width - entry.marks_width() if right_to_left else left
            paint_marks(painter, entry, marks_left, centre, colors)
            text_left = left if right_to_left else left + entry.marks_width() + MARK_GAP
            baseline = centre + metrics.capHeight() / 2
            painter.setPen(colors.text)
            painter.drawText(QPointF(text_left, baseline), entry.label)
            edge += -(width + ENTRY_GAP) if right_to_left else width + ENTRY_GAP
    painter.restore()


def paint_marks(
    painter: QPainter, entry: LegendEntry, left: float, centre: float, colors: TimelineColors
) -> None:
    """The kind's diamond and/or bar, drawn as the timeline draws them, from ``left``."""
    x = left
    if entry.instants:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(entry.color)
        painter.drawConvexPolygon(diamond_shape(x + MARK_RADIUS, centre, MARK_RADIUS))
        x += 2 * MARK_RADIUS + MARK_GAP
    if entry.spans:
        painter.setPen(QPen(entry.color, 1))
        painter.setBrush(mix(entry.color, colors.base, 0.16))
        bar = QRectF(x + 0.5, centre - BAR_HEIGHT / 2 + 0.5, BAR_WIDTH - 1, BAR_HEIGHT - 1)
        painter.drawRoundedRect(bar, 4, 4)

"""Eras behind the timeline: faded bands over the time they cover, titled along the top.

A dataset's eras ("The Cold War") are read once per model (:func:`eras_of`) and painted by
:func:`paint_eras` under the gridlines' neighbours and the events, on screen and in pictures
alike. The titles sit on their own line above the first lane, in the current language, kept
in view while the era is (a long era's title follows the visible part of its band).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from explorer.core.bidi import isolated_line, text_and_language
from explorer.core.schema import Dataset
from explorer.core.timescale import TimeScale
from explorer.qt.timeline_colors import TimelineColors, era_color, era_colors


@dataclass(frozen=True, slots=True)
class EraBand:
    """One era as the timeline draws it: its times (days), titles by language and colour."""

    start: float
    end: float
    titles: dict[str, str]
    colour: str

    def title(self, language: str) -> str:
        return text_and_language(self.titles, language)[0]


def eras_of(dataset: Dataset | None) -> list[EraBand]:
    """The dataset's eras in its order, each with its colour (its own or the palette's)."""
    if dataset is None:
        return []
    return [
        EraBand(era.start_time, era.end_time, dict(era.title), era_color(era.colour, n).name())
        for n, era in enumerate(dataset.eras)
    ]


def title_line_height(metrics: QFontMetricsF) -> float:
    """The height of the line of era titles above the lanes."""
    return float(round(metrics.height() + 6))


def _shown(era: EraBand, scale: TimeScale) -> tuple[float, float, float, float] | None:
    """The era's left and right x, and the part of them in view, or None when out of view."""
    left, right = sorted((scale.x_for(era.start), scale.x_for(era.end)))
    if right < 0 or left > scale.width:
        return None
    return left, right, max(left, 0.0), min(right, scale.width)


def paint_era_bands(
    painter: QPainter, eras: list[EraBand], scale: TimeScale, bottom: float, colors: TimelineColors
) -> None:
    """Each era in view as a faded band from the top to ``bottom``, edged with its colour."""
    for era in eras:
        shown = _shown(era, scale)
        if shown is None:
            continue
        left, right, shown_left, shown_right = shown
        shade = era_colors(QColor(era.colour), colors)
        painter.fillRect(QRectF(shown_left, 0, shown_right - shown_left, bottom), shade.band)
        painter.setPen(QPen(shade.edge, 1))
        for x in (left, right):
            if 0 <= x <= scale.width:
                painter.drawLine(QPointF(x, 0), QPointF(x, bottom))


def paint_era_titles(
    painter: QPainter,
    eras: list[EraBand],
    scale: TimeScale,
    metrics: QFontMetricsF,
    language: str,
    colors: TimelineColors,
) -> None:
    """The titles of the eras in view on a line at the top, each on its era's strip, centred on
    the visible part of its band (elided to it, left out when too narrow)."""
    line = title_line_height(metrics)
    baseline = (line + metrics.capHeight()) / 2
    painter.setPen(Qt.PenStyle.NoPen)
    for era in eras:
        shown = _shown(era, scale)
        if shown is None:
            continue
        _left, _right, shown_left, shown_right = shown
        shade = era_colors(QColor(era.colour), colors)
        painter.fillRect(QRectF(shown_left, 0, shown_right - shown_left, line), shade.strip)
        room = shown_right - shown_left - 8
        text = metrics.elidedText(era.title(language), Qt.TextElideMode.ElideRight, room)
        if room < 16 or not text:
            continue
        x = (shown_left + shown_right - metrics.horizontalAdvance(text)) / 2
        painter.setPen(colors.text)
        rtl = painter.layoutDirection() == Qt.LayoutDirection.RightToLeft
        painter.drawText(QPointF(x, baseline), isolated_line(text, rtl))
        painter.setPen(Qt.PenStyle.NoPen)

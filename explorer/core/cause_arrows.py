"""Which events are linked to the selected one, and the curved arrows that show those links.

Plain Python (no Qt). :class:`CauseLinks` answers, for a row of the timeline, the rows of its
causes and of what it led to: the events whose ``causes`` list its id, as
:func:`explorer.core.store.led_to_index` says, here over the rows a filter shows.
:func:`arrow_between` bends an arrow from one drawn mark to another, and :func:`edge_anchor`
stands in for an event outside the view: a point on the edge of the view on the side where it
is in time.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

Point = tuple[float, float]


class CauseLinks:
    """The cause links between the rows of a timeline, from their ids and the causes they list.

    ``ids`` holds every row's event id; ``causes`` the causes of the rows that have any. The
    indexes are built on the first question (once per model change), and only over the ids that
    are causes of something, so a million events without links cost one pass.
    """

    def __init__(self, ids: Sequence[str], causes: Mapping[int, Sequence[str]]) -> None:
        self._ids = ids
        self._causes = causes
        self._rows: dict[str, int] | None = None
        self._effects: dict[str, list[int]] = {}

    def _build(self) -> dict[str, int]:
        if self._rows is None:
            wanted = {cause for causes in self._causes.values() for cause in causes}
            rows: dict[str, int] = {}
            if wanted:
                for row, event_id in enumerate(self._ids):
                    if event_id in wanted and event_id not in rows:
                        rows[event_id] = row
            effects: dict[str, list[int]] = {}
            for row, causes in sorted(self._causes.items()):
                for cause in causes:
                    effects.setdefault(cause, []).append(row)
            self._rows, self._effects = rows, effects
        return self._rows

    def causes_of(self, row: int) -> list[int]:
        """The rows of the row's causes that are in the model (a filter may hide some)."""
        rows = self._build()
        found = (rows.get(cause, -1) for cause in self._causes.get(row, ()))
        return [cause_row for cause_row in found if cause_row >= 0]

    def led_to(self, row: int) -> list[int]:
        """The rows of the events that list the row's event among their causes."""
        self._build()
        if not 0 <= row < len(self._ids):
            return []
        return list(self._effects.get(self._ids[row], ()))

    def pairs(self, rows: Iterable[int]) -> list[tuple[int, int]]:
        """The links of ``rows`` as (cause, effect) row pairs: to each row from its causes, and
        from it to what it led to; each pair once."""
        seen: dict[tuple[int, int], None] = {}
        for row in rows:
            for cause in self.causes_of(row):
                seen.setdefault((cause, row))
            for effect in self.led_to(row):
                seen.setdefault((row, effect))
        return list(seen)


class Anchor(NamedTuple):
    """Where an arrow may start or end: a drawn mark from ``left`` to ``right`` at height ``y``,
    or (``off`` set) a point on the edge of the view for an event outside it, with its title."""

    left: float
    right: float
    y: float
    off: bool = False
    title: str = ""


class Arrow(NamedTuple):
    """A quadratic curve from ``start`` to ``end`` through the pull of ``control``; its head is
    at ``end``, pointing along ``head`` (a unit vector)."""

    start: Point
    control: Point
    end: Point
    head: Point


def edge_anchor(before: bool, mirrored: bool, width: float, y: float, title: str) -> Anchor:
    """The stand-in for an event ``before`` (or after) the visible time: the edge of a view
    ``width`` pixels wide where that time is (the left, or the right when ``mirrored``)."""
    x = 0.0 if before != mirrored else width
    return Anchor(x, x, y, off=True, title=title)


def arrow_between(
    source: Anchor, target: Anchor, bend: float = 0.22, mirrored: bool = False
) -> Arrow:
    """An arrow from the source's mark to the target's, bowing by ``bend`` of its length.

    Each end is the point of its mark nearest the other mark; marks above each other (their
    spans overlap) are joined in the middle of the overlap. A mostly level arrow bows up; a
    mostly upright one bows towards earlier times (the left, or the right when ``mirrored``),
    away from the labels, which follow their marks.
    """
    sx, tx = _facing_points(source, target)
    sy, ty = source.y, target.y
    dx, dy = tx - sx, ty - sy
    length = math.hypot(dx, dy) or 1.0
    lift = min(80.0, max(14.0, bend * length))
    mid_x, mid_y = (sx + tx) / 2, (sy + ty) / 2
    if abs(dx) < 0.5 * abs(dy):
        control = (mid_x + (lift if mirrored else -lift), mid_y)
    else:
        control = (mid_x, mid_y - lift)
    hx, hy = tx - control[0], ty - control[1]
    norm = math.hypot(hx, hy) or 1.0
    return Arrow((sx, sy), control, (tx, ty), (hx / norm, hy / norm))


def _facing_points(source: Anchor, target: Anchor) -> tuple[float, float]:
    if source.right <= target.left:
        return source.right, target.left
    if target.right <= source.left:
        return source.left, target.right
    middle = (max(source.left, target.left) + min(source.right, target.right)) / 2
    return middle, middle


def head_points(arrow: Arrow, size: float) -> tuple[Point, Point, Point]:
    """The three corners of the arrow's head: its tip at the arrow's end, ``size`` long."""
    (x, y), (ux, uy) = arrow.end, arrow.head
    back_x, back_y = x - ux * size, y - uy * size
    half = size * 0.45
    return (
        (x, y),
        (back_x - uy * half, back_y + ux * half),
        (back_x + uy * half, back_y - ux * half),
    )

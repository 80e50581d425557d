"""Events with no room on screen, gathered into clusters a view shows as a count ("+37").

Plain Python and numpy (no Qt). A timeline lays events out in lanes; where more events share a
stretch of pixels than there are lanes to show them, the ones left over are gathered by
:func:`gather_clusters` into clusters no closer than a badge's width, each with its count and the
time it covers, so a click on its badge can zoom into it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt


@dataclass(frozen=True, slots=True)
class Cluster:
    """Events left over around ``x`` (pixels): how many, and from ``start`` to ``end`` (days)."""

    x: float
    count: int
    start: float
    end: float


def gather_clusters(
    xs: npt.NDArray[np.float64],
    starts: npt.NDArray[np.float64],
    ends: npt.NDArray[np.float64],
    reach: float,
) -> list[Cluster]:
    """Clusters of the items at ``xs`` (pixels) from ``starts`` to ``ends`` (days): an item less
    than ``reach`` pixels from the previous one joins its cluster. Each cluster sits at the
    middle of its items' x; clusters come in order of x. Vectorised: the items may be many."""
    if not len(xs):
        return []
    order = np.argsort(xs, kind="stable")
    xs, starts, ends = xs[order], starts[order], ends[order]
    breaks = np.flatnonzero(np.diff(xs) >= reach) + 1
    firsts = np.concatenate(([0], breaks))
    lasts = np.concatenate((breaks, [len(xs)])) - 1
    earliest = np.minimum.reduceat(starts, firsts)
    latest = np.maximum.reduceat(ends, firsts)
    return [
        Cluster((xs[first] + xs[last]) / 2, last - first + 1, start, end)
        for first, last, start, end in zip(
            firsts.tolist(), lasts.tolist(), earliest.tolist(), latest.tolist(), strict=True
        )
    ]


def zoom_range(cluster: Cluster, span: float, shrink: float = 4.0) -> tuple[float, float]:
    """The range a click on ``cluster`` zooms to, from a view ``span`` days wide: its events
    with a little room, and at least ``shrink`` times closer than now, around their middle."""
    middle = (cluster.start + cluster.end) / 2
    wanted = (cluster.end - cluster.start) * 1.25
    half = min(max(wanted, 0.0), span / shrink) / 2 or span / shrink / 2
    return middle - half, middle + half

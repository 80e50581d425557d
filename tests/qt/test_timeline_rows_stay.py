"""Rows stay put: zooming with the wheel into the December 1991 cluster of the built-in story and
out again, at least 90% of the events in view in consecutive steps keep their row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from explorer.core.dates import PartialDate
from explorer.qt.timeline_view import TimelineView
from tests.qt.screen import show_window


def wheel(view: TimelineView, x: float, steps: int) -> None:
    position = QPointF(x, 100)
    QApplication.sendEvent(
        view.viewport(),
        QWheelEvent(
            position,
            QPointF(view.viewport().mapToGlobal(position)),
            QPoint(),
            QPoint(0, 120 * steps),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        ),
    )


def rows_in_view(view: TimelineView) -> dict[int, int]:
    """Each event drawn in view, and the lane it is drawn in (from where it is drawn)."""
    model, area = view.model(), view.viewport().rect()
    lanes: dict[int, int] = {}
    metrics = view._timeline.metrics
    for row in range(model.rowCount()):
        rect = view.visualRect(model.index(row, 0))
        if not rect.isEmpty() and rect.intersects(area):
            lanes[row] = metrics.lane_at(rect.center().y() + view.verticalOffset())
    return lanes


@pytest.mark.parametrize("language", ["en", "ar"])
def test_rows_stay_put_while_zooming_with_the_wheel(qtbot: QtBot, language: str) -> None:
    window = show_window(qtbot, language=language, size=(1280, 800))
    view = window.timeline_view
    view.set_visible_range(PartialDate(1985).start_time(), PartialDate(1992).start_time())
    december = PartialDate.parse("1991-12-15").start_time()
    kept = seen = 0
    previous = rows_in_view(view)
    for steps in [1] * 8 + [-1] * 8:
        wheel(view, view.scale.x_for(december), steps)
        current = rows_in_view(view)
        both = previous.keys() & current.keys()
        kept += sum(previous[row] == current[row] for row in both)
        seen += len(both)
        previous = current
    assert seen > 100
    assert kept >= 0.9 * seen

"""Every cell of every agreement's participants table can be read in full, at the sizes users have.

Measured as a user's eye would: each cell's text, wrapped at words in its column with the view's
font, must fit its column's width and its row's height; every column must lie inside the table's
viewport and the table inside the pane; and what the table shows must name every party, every
representative with their office and every status.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTableView, QWidget

from explorer.core.labels import label
from explorer.core.schema import Event, text_in
from explorer.qt.detail_pane import DetailPane
from explorer.qt.main_window import MainWindow
from explorer.qt.participants_table import ParagraphsDelegate
from tests.qt.screen import show_window

AGREEMENTS = ("treaty-on-the-creation-of-the-ussr", "belovezha-accords", "alma-ata-protocol")
SIZES = ((1280, 800), (1024, 700), (800, 600))
ISOLATES = str.maketrans("", "", "\u2066\u2067\u2068\u2069")


@pytest.fixture(params=["en", "ar"])
def window(request: pytest.FixtureRequest, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield show_window(qtbot, language=request.param)


def participants_view(window: MainWindow) -> QTableView:
    view = window.findChild(QAbstractItemView, "participantsView")
    assert isinstance(view, QTableView)
    return view


def assert_every_cell_fits(window: MainWindow, event: Event) -> None:
    """Raise AssertionError naming the first cell, column or table that a reader could not read."""
    view = participants_view(window)
    pane = window.findChild(DetailPane, "detailPane")
    assert pane is not None and view.isVisibleTo(pane)
    model = view.model()
    metrics = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    viewport = view.viewport()
    shown_columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    assert model.rowCount() == len(event.participants)
    shown_text = []
    for column in shown_columns:
        left = view.columnViewportPosition(column)
        width = view.columnWidth(column)
        header = model.headerData(column, Qt.Orientation.Horizontal)
        assert left >= 0 and left + width <= viewport.width(), f"column {header!r} is cut"
        assert view.horizontalHeader().sectionSizeHint(column) <= width, f"header {header!r}"
        # A column of "Name — Office" entries lays each out as a paragraph with a hanging indent.
        delegate = view.itemDelegateForColumn(column)
        paragraphs = isinstance(delegate, ParagraphsDelegate)
        room = width - margin - (ParagraphsDelegate.indent(metrics) if paragraphs else 0)
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data() or "")
            shown_text.append(text.translate(ISOLATES))
            parts = text.split("\n") if paragraphs else [text]
            where = f"row {row}, column {header!r}: {text!r}"
            height = ParagraphsDelegate.GAP * (len(parts) - 1)
            for part in parts:
                needed = metrics.boundingRect(
                    QRect(0, 0, room, 100_000), int(Qt.TextFlag.TextWordWrap), part
                )
                assert needed.width() <= room, f"{where} is cut ({needed.width()} > {room})"
                height += needed.height()
            assert height <= view.rowHeight(row), f"{where} is taller than its row"
            for word in text.split():
                assert metrics.horizontalAdvance(word) <= room, f"{where}: {word!r} is split"
    # No row hidden below the table's edge: the pane scrolls, the table never does.
    rows_height = sum(view.rowHeight(row) for row in range(model.rowCount()))
    assert viewport.height() >= rows_height
    assert not view.horizontalScrollBar().isVisible()
    # The table lies inside the pane's visible width.
    area = pane.scroll_area.viewport()
    left = view.mapTo(area, QPoint(0, 0)).x()
    assert left >= 0 and left + view.width() <= area.width(), "the table is past the pane's edge"
    # And it shows every fact: no column left out to make the rest fit.
    language = window.language
    everything = "\n".join(shown_text)
    for participant in event.participants:
        assert text_in(participant.party, language) in everything
        assert label(f"status.{participant.status}", language) in everything
        for representative in participant.representatives:
            assert text_in(representative.name, language) in everything
            assert text_in(representative.office, language) in everything


def show_at(qtbot, window: MainWindow, size: tuple[int, int], event_id: str) -> None:  # type: ignore[no-untyped-def]
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    assert window.select_event(event_id)
    event = window.current_event()
    assert event is not None and event.id == event_id
    qtbot.waitUntil(lambda: assert_every_cell_fits(window, event), timeout=3000)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: "x".join(map(str, size)))
def test_every_agreement_reads_in_full(qtbot, window: MainWindow, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    for event_id in AGREEMENTS:
        show_at(qtbot, window, size, event_id)


@pytest.mark.parametrize("size", SIZES[:2], ids=lambda size: "x".join(map(str, size)))
def test_agreements_still_read_in_full_after_reselecting(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, size: tuple[int, int]
) -> None:
    for event_id in AGREEMENTS:
        show_at(qtbot, window, size, event_id)
        window.select_event("gorbachev-resignation")  # no participants: the table hides
        qtbot.waitUntil(lambda: not participants_view(window).isVisible())
        show_at(qtbot, window, size, event_id)
    # From one agreement straight to another and back.
    show_at(qtbot, window, size, "belovezha-accords")
    show_at(qtbot, window, size, "alma-ata-protocol")
    show_at(qtbot, window, size, "belovezha-accords")


def test_the_table_fits_again_when_the_window_shrinks(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    show_at(qtbot, window, (1280, 800), "alma-ata-protocol")
    show_at(qtbot, window, (800, 600), "alma-ata-protocol")
    show_at(qtbot, window, (1280, 800), "alma-ata-protocol")


def test_a_wide_pane_puts_the_table_beside_the_story_and_a_narrow_one_below(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    pane = window.findChild(DetailPane, "detailPane")
    assert pane is not None
    view = participants_view(window)
    title = pane.title_label
    summary = pane.summary_label

    def top(widget: QWidget) -> int:
        return widget.mapTo(pane, QPoint(0, 0)).y()

    show_at(qtbot, window, (1280, 800), "alma-ata-protocol")
    assert pane.is_two_columns()
    qtbot.waitUntil(lambda: top(view) < top(title) + title.height())  # beside the story
    show_at(qtbot, window, (800, 600), "alma-ata-protocol")
    assert not pane.is_two_columns()
    qtbot.waitUntil(lambda: top(view) > top(summary) + summary.height())  # below it

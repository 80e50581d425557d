"""The events list: each event's title with its date below, the full title in a tooltip.

A list of a million events must not cost a Python call per event when its rows change (a new
file, a search keystroke): a QListView lays every item out, asking the model for each index, so
the list is a one-column QTableView with fixed row heights instead, whose rows are sections of a
header and whose layout never asks the model about rows it does not draw.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from explorer.core.bidi import isolated_line
from explorer.qt.event_model import EventRole

ModelIndex = QModelIndex | QPersistentModelIndex
_PADDING = 5


class EventItemDelegate(QStyledItemDelegate):
    """Two lines per event: the title, then the date in a smaller, quieter type."""

    def _date_font(self, font: QFont) -> QFont:
        smaller = QFont(font)
        smaller.setPointSizeF(max(font.pointSizeF() * 0.88, 7.0))
        return smaller

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        return QSize(120, self.row_height(option.font))

    def row_height(self, font: QFont) -> int:
        """The height of every row: a title line and a date line in ``font``."""
        title = QFontMetrics(font)
        date = QFontMetrics(self._date_font(font))
        return title.height() + date.height() + 2 * _PADDING + 1

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        title = item.text
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)

        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = item.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect: QRect = item.rect.adjusted(8, _PADDING, -8, -_PADDING)
        direction = item.direction
        align = QStyle.visualAlignment(direction, Qt.AlignmentFlag.AlignLeft)
        painter.save()
        font: QFont = item.font
        metrics = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(palette.color(text_role))
        title_rect = QRect(rect.x(), rect.y(), rect.width(), metrics.height())
        # A title of the other direction keeps its own order: its final period and the "…"
        # that cuts it stay at its end.
        rtl = direction == Qt.LayoutDirection.RightToLeft
        elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            title_rect, int(align | Qt.AlignmentFlag.AlignVCenter), isolated_line(elided, rtl)
        )

        date_font = self._date_font(font)
        painter.setFont(date_font)
        color = palette.color(text_role)
        if not selected:
            color = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(color)
        date_metrics = QFontMetrics(date_font)
        date_rect = QRect(rect.x(), title_rect.bottom() + 1, rect.width(), date_metrics.height())
        date = str(index.data(EventRole.DATE_TEXT) or "")
        date = date_metrics.elidedText(date, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            date_rect, int(align | Qt.AlignmentFlag.AlignVCenter), isolated_line(date, rtl)
        )
        painter.restore()


Cursor = QAbstractItemView.CursorAction


class EventList(QTableView):
    """The list beside the timeline, sharing its model and selection.

    It looks and moves like a list: no headers or grid, one column as wide as the view, rows as
    tall as the delegate's two lines; Home and End go to the first and last event and Left and
    Right stay put.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventList")
        self._delegate = EventItemDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as it leaves a QListView
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(1)
        self._update_row_height()

    def _update_row_height(self) -> None:
        self.verticalHeader().setDefaultSectionSize(self._delegate.row_height(self.font()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._update_row_height()

    def moveCursor(
        self, cursor_action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Move as a list does: Home and End to the ends, never sideways."""
        if cursor_action in (Cursor.MoveLeft, Cursor.MoveRight):
            return self.currentIndex()
        if cursor_action in (Cursor.MoveHome, Cursor.MoveEnd):
            modifiers = modifiers | Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(cursor_action, modifiers)

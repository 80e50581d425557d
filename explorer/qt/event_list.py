"""The events list: each event's title with its date below, the full title in a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

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
        title = QFontMetrics(option.font)
        date = QFontMetrics(self._date_font(option.font))
        return QSize(120, title.height() + date.height() + 2 * _PADDING + 1)

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
        elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(title_rect, int(align | Qt.AlignmentFlag.AlignVCenter), elided)

        date_font = self._date_font(font)
        painter.setFont(date_font)
        color = palette.color(text_role)
        if not selected:
            color = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(color)
        date_metrics = QFontMetrics(date_font)
        date_rect = QRect(rect.x(), title_rect.bottom() + 1, rect.width(), date_metrics.height())
        date = str(index.data(EventRole.DATE_TEXT) or "")
        painter.drawText(
            date_rect,
            int(align | Qt.AlignmentFlag.AlignVCenter),
            date_metrics.elidedText(date, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()


class EventList(QListView):
    """The list beside the timeline, sharing its model and selection."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventList")
        self.setItemDelegate(EventItemDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

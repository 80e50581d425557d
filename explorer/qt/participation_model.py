"""The participation matrix as a Qt table model, and the delegate that paints its cells.

Rows are states, columns agreements (see :mod:`explorer.core.participation`); a cell's word is
the status from the core vocabulary, its colour the status colour blended into the palette's base
so that light and dark palettes both read, and its tooltip who signed and in what office.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from explorer.core.bidi import isolate, text_and_language
from explorer.core.labels import label, text_direction
from explorer.core.participation import ParticipationMatrix, participation_matrix, status_text
from explorer.core.schema import Participant
from explorer.qt.detail_models import embedded_text
from explorer.qt.event_model import EventRole
from explorer.qt.plain_text import plain_tooltip

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

#: The colour of each status; cells blend it into the palette's base, so light and dark both read.
STATUS_COLORS: dict[str, QColor] = {
    "signed": QColor("#16a34a"),
    "observer": QColor("#d97706"),
    "absent": QColor("#dc2626"),
}
_OTHER_STATUS_COLOR = QColor("#64748b")
_TINT = 0.2  # how much of the status colour a cell's fill takes


class MatrixRole(IntEnum):
    """Custom roles of :class:`ParticipationModel`; the agreement's id is ``EventRole.EVENT_ID``."""

    STATUS = Qt.ItemDataRole.UserRole + 40  # "signed", "observer", "absent"…; "" if not a party


def blend(base: QColor, color: QColor, amount: float) -> QColor:
    """``amount`` of ``color`` over ``base``: a tint that keeps the base's lightness."""
    return QColor.fromRgbF(
        base.redF() + (color.redF() - base.redF()) * amount,
        base.greenF() + (color.greenF() - base.greenF()) * amount,
        base.blueF() + (color.blueF() - base.blueF()) * amount,
    )


def two_lines(text: str, longer_than: int = 24) -> str:
    """A long name broken at the space nearest its middle, so headers stay narrow; else as is."""
    if len(text) <= longer_than or " " not in text:
        return text
    middle = len(text) / 2
    spaces = [i for i, character in enumerate(text) if character == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{text[:cut]}\n{text[cut + 1 :]}"


def _comma(language: str) -> str:
    return "، " if language == "ar" else ", "


def _paragraph(text: str, direction: str) -> str:
    return f'<p dir="{direction}" style="margin:0 0 4px 0">{text}</p>'


class ParticipationModel(QAbstractTableModel):
    """A thin table adapter over a :class:`ParticipationMatrix`: states × agreements."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._matrix = participation_matrix([], "en")
        self._wrap = False

    @property
    def matrix(self) -> ParticipationMatrix:
        return self._matrix

    def set_matrix(self, matrix: ParticipationMatrix) -> None:
        self.beginResetModel()
        self._matrix = matrix
        self.endResetModel()

    def set_wrap(self, wrap: bool) -> None:
        """Break long state names and titles into two lines, for a view short of width."""
        if wrap == self._wrap:
            return
        self._wrap = wrap
        if self.rowCount():
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._matrix.states)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._matrix.agreements)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        matrix, row, column = self._matrix, index.row(), index.column()
        if not index.isValid() or not (
            0 <= row < len(matrix.states) and 0 <= column < len(matrix.agreements)
        ):
            return None
        status = matrix.status(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return status_text(status, matrix.language)
        if role == MatrixRole.STATUS:
            return status or ""
        if role == EventRole.EVENT_ID:
            return matrix.agreements[column].event_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state, agreement = matrix.states[row], matrix.agreements[column]
            where = f"{state.name}{_comma(matrix.language)}{agreement.title}"
            return f"{where}: {status_text(status, matrix.language)}"
        if role == Qt.ItemDataRole.BackgroundRole and status is not None:
            color = QColor(STATUS_COLORS.get(status, _OTHER_STATUS_COLOR))
            color.setAlphaF(_TINT)
            return color
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        matrix = self._matrix
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(matrix.agreements):
                return None
            agreement = matrix.agreements[section]
            if role == Qt.ItemDataRole.DisplayRole:
                title = two_lines(agreement.title) if self._wrap else agreement.title
                return f"{title}\n{agreement.date}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(f"{agreement.title} — {agreement.date}")
            if role == EventRole.EVENT_ID:
                return agreement.event_id
            return None
        if not 0 <= section < len(matrix.states):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            name = matrix.states[section].name
            return two_lines(name) if self._wrap else name
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(matrix.states[section].name)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        return None

    def _tooltip(self, row: int, column: int) -> str:
        """The state, the agreement and its date, the status, who signed in what office, a note.

        Each paragraph runs in its text's direction; a name or note of the other direction (an
        English fallback in Arabic) is isolated, so brackets and periods stay where they belong.
        """
        matrix = self._matrix
        language = matrix.language
        direction = text_direction(language)
        agreement = matrix.agreements[column]
        entry: Participant | None = matrix.participant(row, column)
        name = embedded_text(
            entry.party if entry else {language: matrix.states[row].name}, language
        )
        status = status_text(entry.status if entry else None, language)
        title = embedded_text(agreement.event.title, language)
        comma = _comma(language)
        parts = [
            _paragraph(f"<b>{html.escape(name)}</b> — {html.escape(status)}", direction),
            _paragraph(f"{html.escape(title)}{comma}{html.escape(agreement.date)}", direction),
        ]
        if entry is not None and entry.representatives:
            people = []
            for person in entry.representatives:
                line = html.escape(embedded_text(person.name, language))
                if person.office:
                    line += f" <i>— {html.escape(embedded_text(person.office, language))}</i>"
                people.append(line)
            heading = html.escape(label("representatives", language))
            parts.append(_paragraph(f"<b>{heading}:</b><br/>" + "<br/>".join(people), direction))
        if entry is not None and entry.note:
            note, note_language = text_and_language(entry.note, language)
            parts.append(
                _paragraph(html.escape(isolate(note, note_language)), text_direction(note_language))
            )
        return f'<div dir="{direction}">{"".join(parts)}</div>'


class StatusDelegate(QStyledItemDelegate):
    """Paints a cell as a tinted badge with a coloured dot and the status word."""

    PADDING = 10
    DOT = 8
    GAP = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The width of every badge (the widest word's), so that a column reads as one strip.
        self.badge_width = 0

    def badge_width_for(self, metrics: QFontMetrics, words: Iterable[str]) -> int:
        """The width of a badge that holds the widest of ``words``."""
        widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        return widest + self.DOT + self.GAP + 2 * self.PADDING

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        palette: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        status = str(index.data(MatrixRole.STATUS) or "")
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The row (alternating base), without the style's selection fill: selection is a band.
        opt.state &= ~QStyle.StateFlag.State_Selected
        opt.backgroundBrush = QBrush(Qt.BrushStyle.NoBrush)
        opt.text = ""
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        base = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if selected:  # the current agreement's column
            painter.fillRect(opt.rect, blend(base, highlight, 0.12))
        badge = opt.rect.adjusted(4, 3, -4, -3)
        height = opt.fontMetrics.height() + 6
        if height < badge.height():  # a row made tall by a two-line state name
            badge.setTop(opt.rect.center().y() - height // 2)
            badge.setHeight(height)
        if 0 < self.badge_width < badge.width():
            badge.setLeft(badge.center().x() - self.badge_width // 2)
            badge.setWidth(self.badge_width)
        text_color = palette.color(QPalette.ColorRole.Text)
        if status:
            color = STATUS_COLORS.get(status, _OTHER_STATUS_COLOR)
            painter.setPen(blend(base, color, 0.55))
            painter.setBrush(blend(base, color, _TINT))
            painter.drawRoundedRect(badge, 5, 5)
        else:
            color = QColor()
            text_color = palette.color(QPalette.ColorRole.PlaceholderText)
        if opt.state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(highlight)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(badge, 5, 5)
        if opt.state & QStyle.StateFlag.State_HasFocus and widget is not None and widget.hasFocus():
            painter.setPen(highlight)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(badge.adjusted(-2, -2, 2, 2), 6, 6)
        metrics = opt.fontMetrics
        dot = self.DOT if status else 0
        gap = self.GAP if status else 0
        content = dot + gap + metrics.horizontalAdvance(text)
        left = badge.center().x() - content // 2
        right_to_left = opt.direction == Qt.LayoutDirection.RightToLeft
        dot_x = left + content - dot if right_to_left else left
        text_x = left if right_to_left else left + dot + gap
        if status:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawEllipse(dot_x, badge.center().y() - dot // 2 + 1, dot, dot)
        painter.setPen(text_color)
        painter.setFont(opt.font)
        text_rect = QRect(text_x, badge.top(), content - dot - gap + 2, badge.height())
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = max(self.badge_width, self.badge_width_for(option.fontMetrics, [text]))
        return QSize(width + 8, option.fontMetrics.height() + 10)

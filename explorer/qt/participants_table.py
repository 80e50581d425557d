"""The participants table: every cell of an agreement readable in full at any pane width.

Qt's header modes cannot promise that: ``ResizeToContents`` columns never shrink, so the table
grows past its pane and the last columns are cut, and a ``Stretch`` column takes whatever is left,
down to one word per line. Here the widths are worked out from the text itself, the way a browser
lays out an automatic table: each column has a natural width (its longest line) and a minimum
(its longest word); the status never wraps, the other columns share the room between their minimum
and natural widths, rows grow to their wrapped text and the table to its rows, so the pane scrolls
and the table never does.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from explorer.qt.detail_models import ParticipantsModel
from explorer.qt.style import readable

#: The columns shown, in reading order: the state and its status side by side, then who
#: represented it ("Name — Office" lines). The model's other columns serve copying and tests.
SHOWN_COLUMNS: tuple[int, ...] = (
    ParticipantsModel.STATE,
    ParticipantsModel.STATUS,
    ParticipantsModel.REPRESENTED_BY,
)
#: Columns that must never wrap: a status is one word or a short phrase read at a glance.
_UNWRAPPED: frozenset[int] = frozenset({ParticipantsModel.STATUS})
# Rounding between font metrics and the text layout the delegate uses.
_SLACK = 2


def text_margin(widget: QWidget) -> int:
    """What Qt's item delegates keep free on both sides of a cell's text, together."""
    metric = QStyle.PixelMetric.PM_FocusFrameHMargin
    return 2 * (widget.style().pixelMetric(metric, None, widget) + 1)


class ParagraphsDelegate(QStyledItemDelegate):
    """Draws each line of a cell as its own paragraph: its wrapped lines indented under its first
    line, and a small gap before the next, so "Name — Office" entries stay apart however they wrap.

    Every line of a paragraph is laid out in the cell's width less the indent (the first line is
    not indented, the rest are), so a paragraph needs exactly what ``QFontMetrics.boundingRect``
    says for that width.
    """

    #: Space between paragraphs and above and below the text, in pixels.
    GAP = 4
    PADDING = 4

    @staticmethod
    def indent(metrics: QFontMetrics) -> int:
        return 2 * metrics.averageCharWidth()

    def _layouts(
        self, text: str, font: QFont, width: int, direction: Qt.LayoutDirection
    ) -> tuple[list[QTextLayout], int]:
        """The paragraphs laid out from y = 0 in ``width``, and their total height."""
        metrics = QFontMetrics(font)
        indent = self.indent(metrics)
        line_width = max(1, width - indent)
        # QTextLayout does not mirror a logical alignment: say which edge, absolutely.
        edge = (
            Qt.AlignmentFlag.AlignLeft
            if direction == Qt.LayoutDirection.LeftToRight
            else Qt.AlignmentFlag.AlignRight
        )
        option = QTextOption(edge | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        option.setTextDirection(direction)
        layouts = []
        y = 0.0
        for number, paragraph in enumerate(text.split("\n")):
            if number:
                y += self.GAP
            layout = QTextLayout(paragraph, font)
            layout.setTextOption(option)
            layout.beginLayout()
            first = True
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(line_width)
                hanging = (not first) == (direction == Qt.LayoutDirection.LeftToRight)
                line.setPosition(QPointF(indent if hanging else 0, y))
                y += line.height()
                first = False
            layout.endLayout()
            layouts.append(layout)
        return layouts, int(y + 0.999)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        text = str(index.data() or "")
        widget = option.widget
        margin = text_margin(widget) if widget is not None else 6
        metrics = QFontMetrics(option.font)
        width = option.rect.width() - margin
        if width <= 0:  # unconstrained: every paragraph on one line
            width = max((metrics.horizontalAdvance(p) for p in text.split("\n")), default=0)
            width += self.indent(metrics) + 1
        _layouts, height = self._layouts(
            text,
            option.font,
            width,
            option.direction,
        )
        return QSize(width + margin, height + 2 * self.PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text = str(index.data() or "")  # item.text has its "\n" turned into U+2028
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        margin = text_margin(widget) if widget is not None else 6
        rect = item.rect
        layouts, height = self._layouts(
            text,
            item.font,
            rect.width() - margin,
            item.direction,
        )
        selected = item.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(item.palette.color(role))
        top = rect.top() + max(0, (rect.height() - height) // 2)
        origin = QPointF(rect.left() + margin // 2, top)
        for layout in layouts:
            layout.draw(painter, origin)
        painter.restore()


class StatusDelegate(QStyledItemDelegate):
    """The status in its colour (green signed, amber observer…), made readable on the row's
    background in a light or a dark palette (contrast at least 4.5)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        alternate = option.features & QStyleOptionViewItem.ViewItemFeature.Alternate
        background = option.palette.color(
            QPalette.ColorRole.AlternateBase if alternate else QPalette.ColorRole.Base
        )
        color = option.palette.color(QPalette.ColorRole.Text)
        option.palette.setColor(QPalette.ColorRole.Text, readable(color, background))


class ParticipantsTable(QTableView):
    """A read-only table of the current agreement's parties that fits the width it is given.

    ``comfortable_width()`` tells the pane how wide the table would like to be before it has to
    wrap more than long offices; the pane uses it to choose between its two-column and one-column
    layouts.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows walk it
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().hide()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Only when even the longest words do not fit (a pane narrower than any supported window).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        header.setSectionsClickable(False)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.paragraphs_delegate = ParagraphsDelegate(self)
        self.setItemDelegateForColumn(ParticipantsModel.REPRESENTED_BY, self.paragraphs_delegate)
        self.status_delegate = StatusDelegate(self)
        self.setItemDelegateForColumn(ParticipantsModel.STATUS, self.status_delegate)
        self._fitted_width = -1

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is None:
            return
        for column in range(model.columnCount()):
            self.setColumnHidden(column, column not in SHOWN_COLUMNS)
        model.modelReset.connect(self.fit)
        model.layoutChanged.connect(self.fit)
        model.dataChanged.connect(self.fit)
        self.fit()

    # --- measuring ----------------------------------------------------------------------------

    def column_needs(self, column: int) -> tuple[int, int]:
        """``(minimum, natural)`` width of ``column``: its longest word and its longest line.

        The header never wraps, so its label counts whole in both.
        """
        model = self.model()
        metrics = self.fontMetrics()
        margin = text_margin(self) + _SLACK
        if column == ParticipantsModel.REPRESENTED_BY:
            margin += ParagraphsDelegate.indent(metrics)
        header = self.horizontalHeader().sectionSizeHint(column)
        minimum = natural = header
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data() or "")
            lines = text.split("\n")
            natural = max(natural, max(metrics.horizontalAdvance(line) for line in lines) + margin)
            words = text.split() if column not in _UNWRAPPED else lines
            for word in words:
                minimum = max(minimum, metrics.horizontalAdvance(word) + margin)
        return min(minimum, natural), natural

    def _shown(self) -> list[int]:
        """The shown columns that have something to show (the 1922 treaty names no one)."""
        model = self.model()
        if model is None:
            return []
        shown = []
        for column in SHOWN_COLUMNS:
            has_text = any(model.index(row, column).data() for row in range(model.rowCount()))
            if has_text or column == ParticipantsModel.STATE:
                shown.append(column)
        return shown

    def comfortable_width(self) -> int:
        """The width at which only long texts wrap: states and representatives keep a readable
        measure (about 18 and 36 characters) or their natural width if smaller."""
        if self.model() is None or self.model().rowCount() == 0:
            return 0
        char = self.fontMetrics().averageCharWidth()
        measure = {ParticipantsModel.STATE: 18 * char, ParticipantsModel.REPRESENTED_BY: 36 * char}
        total = 2 * self.frameWidth()
        for column in self._shown():
            minimum, natural = self.column_needs(column)
            total += (
                natural if column in _UNWRAPPED else min(natural, max(minimum, measure[column]))
            )
        return total

    # --- fitting ------------------------------------------------------------------------------

    def column_widths(self, available: int) -> dict[int, int]:
        """Widths of the shown columns for ``available`` pixels (an automatic table layout).

        Unwrapped columns get their natural width; the others get their minimum plus the same
        share of the rest of the room between their minimum and natural widths, and any room
        beyond all natural widths goes to the representatives, the column with the longest text
        (or, when no one is named, to the last column).
        """
        needs = {column: self.column_needs(column) for column in self._shown()}
        if not needs:
            return {}
        widths = {column: natural for column, (_minimum, natural) in needs.items()}
        flexible = [column for column in needs if column not in _UNWRAPPED]
        room = available - sum(widths.values())
        if room >= 0:
            # To the representatives, else to the last column: the status stays beside its state.
            widest = ParticipantsModel.REPRESENTED_BY
            widths[widest if widest in widths else max(widths)] += room
            return widths
        fixed = sum(widths[column] for column in needs if column in _UNWRAPPED)
        minimum_total = sum(needs[column][0] for column in flexible)
        natural_total = sum(needs[column][1] for column in flexible)
        share = available - fixed - minimum_total
        if share <= 0 or natural_total == minimum_total:
            for column in flexible:
                widths[column] = needs[column][0]
            return widths
        ratio = share / (natural_total - minimum_total)
        for column in flexible:
            minimum, natural = needs[column]
            widths[column] = minimum + int((natural - minimum) * ratio)
        # Whole pixels lost to rounding go to the last flexible column.
        widths[flexible[-1]] += available - sum(widths.values())
        return widths

    def fit(self) -> None:
        """Set column widths for the current width, then rows to their text, then the height."""
        model = self.model()
        if model is None:
            return
        shown = self._shown()
        for column in SHOWN_COLUMNS:
            self.setColumnHidden(column, column not in shown)
        widths = self.column_widths(self.width() - 2 * self.frameWidth())
        header = self.horizontalHeader()
        for column, width in widths.items():
            header.resizeSection(column, width)
        self._fitted_width = self.width()
        self.fit_rows()

    def fit_rows(self) -> None:
        """Rows as tall as their wrapped text; the table as tall as its rows."""
        self.resizeRowsToContents()
        height = 2 * self.frameWidth() + self.horizontalHeader().height()
        height += sum(self.rowHeight(row) for row in range(self.model().rowCount()))
        total = sum(self.columnWidth(c) for c in SHOWN_COLUMNS if not self.isColumnHidden(c))
        if total > self.width() - 2 * self.frameWidth():
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._fitted_width:
            self.fit()

    def changeEvent(self, event: QEvent) -> None:
        """A new font or style measures the text anew."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()

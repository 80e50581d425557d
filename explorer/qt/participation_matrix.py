"""The participation matrix: every state against every agreement, a click away from each treaty.

Rows are states, columns agreements in time order (see :mod:`explorer.core.participation`). A
cell says, by colour and by word, whether the state signed, observed, stayed away or was not a
party; its tooltip names who signed and in what office. The matrix reads the window's events
model and follows it: a new dataset or language rebuilds it. It sits in a tab beside the
detail pane (:mod:`explorer.qt.detail_tabs`) and is worked out when first shown or read
(:meth:`ParticipationMatrixView.model`), not while the window opens.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from explorer.core.labels import text_direction
from explorer.core.participation import participation_matrix, status_text
from explorer.core.schema import Event
from explorer.qt.event_model import EventListModel, EventRole
from explorer.qt.participation_model import (
    STATUS_COLORS,
    ParticipationModel,
    StatusDelegate,
)


class ParticipationMatrixView(QTableView):
    """States × agreements over the window's events model; a click on a cell opens its agreement.

    Emits ``agreementActivated(event_id)`` for a click on a cell or a column header, or Enter.
    The matrix is worked out when the view is first shown or its model read; from then on it
    follows the events model.
    """

    agreementActivated = Signal(str)

    def __init__(self, events: EventListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participationMatrix")
        self._events = events
        self._agreement_events: list[Event] = []
        self._current_agreement = ""
        self._built = False
        self.matrix_model = ParticipationModel(self)
        self.setModel(self.matrix_model)
        self._delegate = StatusDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        rows = self.verticalHeader()
        rows.setSectionsClickable(False)
        rows.setSectionResizeMode(rows.ResizeMode.ResizeToContents)  # long names take two lines
        columns = self.horizontalHeader()
        columns.setSectionsClickable(True)
        columns.setHighlightSections(True)
        columns.setSectionResizeMode(columns.ResizeMode.Interactive)
        columns.setCursor(Qt.CursorShape.PointingHandCursor)
        columns.sectionClicked.connect(self._header_clicked)
        self.clicked.connect(self._cell_clicked)
        for signal in (
            events.modelReset,
            events.rowsInserted,
            events.rowsRemoved,
            events.layoutChanged,
        ):
            signal.connect(self._events_changed)
        events.dataChanged.connect(self._event_data_changed)
        self.retranslate_ui()

    def model(self) -> ParticipationModel:
        """The matrix's model, worked out first if the view has not been shown yet."""
        self._build_once()
        return self.matrix_model

    def _build_once(self) -> None:
        if not self._built:
            self._built = True
            self._index_agreements()
            self.rebuild()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(
            QCoreApplication.translate("ParticipationMatrix", "Participation matrix")
        )
        if not self._built:
            return  # the description says what the matrix holds, once it is worked out
        # Where the matrix is empty, its description says why, for screen readers too.
        self.setAccessibleDescription(
            self.empty_text()
            if self.matrix_model.columnCount() == 0
            else QCoreApplication.translate(
                "ParticipationMatrix",
                "States and the agreements they took part in. Click a cell to open that agreement.",
            )
        )
        self.viewport().update()

    @staticmethod
    def empty_text() -> str:
        return QCoreApplication.translate(
            "ParticipationMatrix", "No agreement in this timeline lists its participants."
        )

    # --- following the events model ------------------------------------------------------------

    def _index_agreements(self) -> None:
        """The events with participants: one pass over the dataset, only when its events change."""
        dataset = self._events.dataset
        events = dataset.events if dataset is not None else []
        self._agreement_events = [event for event in events if event.participants]

    def _events_changed(self, *_args: object) -> None:
        if not self._built:
            return
        self._index_agreements()
        self.rebuild()

    def _event_data_changed(self, *_args: object) -> None:
        if not self._built:
            return
        # A language switch is a dataChanged of every row: the agreements are the same events.
        if self._events.language == self.matrix_model.matrix.language:
            self._index_agreements()
        self.rebuild()

    def rebuild(self) -> None:
        """Recompute the matrix from the events model in its current language."""
        matrix = participation_matrix(self._agreement_events, self._events.language)
        self.matrix_model.set_matrix(matrix)
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if text_direction(matrix.language) == "rtl"
            else Qt.LayoutDirection.LeftToRight
        )
        self.fit_columns()
        self.set_current_agreement(self._current_agreement)
        self.retranslate_ui()

    # --- current agreement and clicks ----------------------------------------------------------

    def set_current_agreement(self, event_id: str | None) -> None:
        """Mark the column of ``event_id`` as the current agreement (no mark if it is none)."""
        self._current_agreement = event_id or ""
        if not self._built:
            return
        column = self.matrix_model.matrix.column_of(self._current_agreement)
        selection = self.selectionModel()
        if column < 0 or self.matrix_model.rowCount() == 0:
            selection.clearSelection()
            return
        selection.select(
            self.matrix_model.index(0, column),
            selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Columns,
        )

    def _cell_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.agreementActivated.emit(str(index.data(EventRole.EVENT_ID)))

    def _header_clicked(self, section: int) -> None:
        event_id = self.matrix_model.headerData(
            section, Qt.Orientation.Horizontal, EventRole.EVENT_ID
        )
        if event_id:
            self.agreementActivated.emit(str(event_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._cell_clicked(self.currentIndex())
            return
        super().keyPressEvent(event)

    # --- geometry ------------------------------------------------------------------------------

    def fit_columns(self) -> None:
        """Each column as wide as its header and its widest word; spare width shared out."""
        model = self.matrix_model
        count = model.columnCount()
        if count == 0:
            return
        header = self.horizontalHeader()
        words = [status_text(status, model.matrix.language) for status in (*STATUS_COLORS, None)]
        self._delegate.badge_width = self._delegate.badge_width_for(self.fontMetrics(), words)
        cell = self._delegate.badge_width + 8
        model.set_wrap(self._needs_wrapping(cell))
        natural = [max(cell, header.sectionSizeHint(column) + 16) for column in range(count)]
        available = self.viewport().width()
        widest = max(natural)
        if widest * count <= available:  # room for equal columns: the matrix reads as a grid
            widths = [available // count] * count
        else:
            extra = max(0, available - sum(natural)) // count
            widths = [width + extra for width in natural]
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def _needs_wrapping(self, cell: int) -> bool:
        """Whether the names and titles on one line each would make the matrix wider than the view.

        Measured on the texts themselves, never on the headers (which wrapping changes), so that
        wrapping cannot switch itself back and forth.
        """
        font = QFont(self.horizontalHeader().font())
        font.setBold(True)  # headers are bold (style sheet)
        metrics = QFontMetrics(font)
        matrix = self.matrix_model.matrix
        padding = 24
        names = max((metrics.horizontalAdvance(s.name) for s in matrix.states), default=0)
        columns = sum(
            max(cell, metrics.horizontalAdvance(a.title), metrics.horizontalAdvance(a.date))
            + padding
            for a in matrix.agreements
        )
        return names + padding + columns > self.width() - 2 * self.frameWidth()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        self._build_once()
        super().showEvent(event)
        self.fit_columns()

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if self.matrix_model.columnCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text(),
            )
            painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

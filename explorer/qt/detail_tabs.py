"""The window's lower half: the detail pane and the participation matrix, as two tabs.

The window opens on the details: the matrix is worked out when its tab is first shown (or its
model read), so opening the window does not pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex
from PySide6.QtWidgets import QTabWidget, QWidget

from explorer.qt.detail_pane import DetailPane
from explorer.qt.event_model import EventRole
from explorer.qt.participation_matrix import ParticipationMatrixView

if TYPE_CHECKING:
    from explorer.qt.main_window import MainWindow


class DetailTabs(QTabWidget):
    """The detail pane (``detailPane``) and the participation matrix (``participationMatrix``).

    A click in the matrix selects that agreement everywhere and shows its details; the matrix
    marks the column of the window's current event (its ``selection_model``).
    """

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailTabs")
        self.setDocumentMode(True)
        self._window = window
        self.detail_pane = DetailPane(self)
        self.matrix = ParticipationMatrixView(window.event_model)
        self.addTab(self.detail_pane, "")
        self.addTab(self.matrix, "")
        self.matrix.agreementActivated.connect(self._open_agreement)
        window.selection_model.currentChanged.connect(self._current_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTabText(0, QCoreApplication.translate("ParticipationMatrix", "Details"))
        self.setTabText(1, QCoreApplication.translate("ParticipationMatrix", "Participation"))

    def _open_agreement(self, event_id: str) -> None:
        if self._window.select_event(event_id):
            self.setCurrentWidget(self.detail_pane)

    def _current_changed(self, current: QModelIndex, *_previous: object) -> None:
        self.matrix.set_current_agreement(
            current.data(EventRole.EVENT_ID) if current.isValid() else None
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

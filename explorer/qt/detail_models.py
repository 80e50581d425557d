"""Models behind the detail pane: the current event's linked events and its participants."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from explorer.core.bidi import FSI, PDI, isolate, text_and_language, text_direction
from explorer.core.labels import label
from explorer.core.schema import Event, Participant
from explorer.core.summary import event_date_text
from explorer.qt.event_model import EventRole
from explorer.qt.plain_text import plain_tooltip

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class LinkedEventsModel(QAbstractListModel):
    """A list of events linked to the current one (its causes, or what it led to)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []
        self._language = "en"

    def set_events(self, events: list[Event], language: str) -> None:
        self.beginResetModel()
        self._events = list(events)
        self._language = language
        self.endResetModel()

    def event_at(self, row: int) -> Event:
        return self._events[row]

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        """One column; public here because PySide hides QAbstractListModel's."""
        return 0 if parent.isValid() else 1

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[int(EventRole.EVENT_ID)] = QByteArray(b"eventId")
        return names

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events) or index.column():
            return None
        event = self._events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return embedded_text(event.title, self._language)
        if role in (Qt.ItemDataRole.ToolTipRole, EventRole.DATE_TEXT):
            return event_date_text(event, self._language)
        if role == EventRole.EVENT_ID:
            return event.id
        if role == EventRole.EVENT:
            return event
        if role == EventRole.KIND:
            return event.kind
        return None


def status_label(status: str, language: str) -> str:
    """The participant status in the words every export uses too ("Signed", "Observer", …)."""
    return label(f"status.{status}", language)


#: Status colours, a second cue beside the word: signed, observer, did not take part.
STATUS_COLORS: dict[str, QColor] = {
    "signed": QColor("#047857"),
    "observer": QColor("#b45309"),
    "absent": QColor("#b91c1c"),
    "not_party": QColor("#6b7280"),
}


def embedded_text(texts: dict[str, str], language: str, within: str | None = None) -> str:
    """A localized text (in ``language`` or its fallback) ready for a line laid out for ``within``.

    ``within`` is the language whose direction the surrounding line has, ``language`` by default.
    Runs of the other direction inside the text are isolated; when the text itself is in a
    language of the other direction (an English name in the Arabic table, after a fallback), it is
    isolated whole, so its own punctuation stays with it.
    """
    text, actual = text_and_language(texts, language)
    shown = isolate(text, actual)
    if text and text_direction(actual) != text_direction(within or language):
        shown = f"{FSI}{shown}{PDI}"
    return shown


class ParticipantsModel(QAbstractTableModel):
    """One row per party: the state, who signed for it, their offices, its status and a note.

    ``REPRESENTED_BY`` gives each representative as one "Name — Office" line: a view that wraps
    long offices keeps every name beside its own office, which two separate columns cannot do.
    """

    STATE, REPRESENTATIVES, OFFICES, STATUS, NOTE, REPRESENTED_BY = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._participants: list[Participant] = []
        #: Parties not shown because of the row limit (the pane says how many).
        self.left_out = 0
        self._language = "en"

    def set_participants(
        self, participants: list[Participant], language: str, limit: int | None = None
    ) -> None:
        """Show the parties, signatories first; past ``limit`` rows the rest are counted only."""
        self.beginResetModel()
        # Signatories first, then observers, then those who stayed away; stable within each.
        order = {"signed": 0, "observer": 1, "absent": 2}
        ordered = sorted(participants, key=lambda p: order.get(p.status, 3))
        self._participants = ordered if limit is None else ordered[:limit]
        self.left_out = len(ordered) - len(self._participants)
        self._language = language
        self.endResetModel()

    def participant_at(self, row: int) -> Participant:
        return self._participants[row]

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._participants)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            QCoreApplication.translate("ParticipantsModel", "State"),
            QCoreApplication.translate("ParticipantsModel", "Represented by"),
            QCoreApplication.translate("ParticipantsModel", "Office"),
            QCoreApplication.translate("ParticipantsModel", "Status"),
            QCoreApplication.translate("ParticipantsModel", "Note"),
            QCoreApplication.translate("ParticipantsModel", "Represented by"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._participants):
            return None
        participant = self._participants[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell_text(participant, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._cell_text(participant, column) or "")
        if role == Qt.ItemDataRole.UserRole:
            return participant.status
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return STATUS_COLORS.get(participant.status)
        if role == Qt.ItemDataRole.TextAlignmentRole:  # beside the first of several names
            return Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        return None

    def _cell_text(self, participant: Participant, column: int) -> str | None:
        language = self._language
        if column == self.STATE:
            return embedded_text(participant.party, language)
        if column == self.REPRESENTATIVES:
            return "\n".join(embedded_text(r.name, language) for r in participant.representatives)
        if column == self.OFFICES:
            return "\n".join(embedded_text(r.office, language) for r in participant.representatives)
        if column == self.STATUS:
            return status_label(participant.status, language)
        if column == self.NOTE:
            return embedded_text(participant.note, language)
        if column == self.REPRESENTED_BY:
            return "\n".join(
                " — ".join(
                    part
                    for part in (embedded_text(r.name, language), embedded_text(r.office, language))
                    if part
                )
                for r in participant.representatives
            )
        return None

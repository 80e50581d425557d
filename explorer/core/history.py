"""The events a user has visited, for Back and Forward like a browser's."""

from __future__ import annotations

from collections.abc import Collection


class VisitHistory:
    """A list of visited event ids and a position in it.

    Visiting an event drops whatever was ahead of the position (as a browser does); visiting the
    event already current records nothing. The list keeps the last ``limit`` visits.
    """

    def __init__(self, limit: int = 500) -> None:
        self._visits: list[str] = []
        self._position = -1
        self._limit = limit

    @property
    def current(self) -> str | None:
        return self._visits[self._position] if self._visits else None

    @property
    def can_go_back(self) -> bool:
        return self._position > 0

    @property
    def can_go_forward(self) -> bool:
        return self._position < len(self._visits) - 1

    def visit(self, event_id: str) -> bool:
        """Record a visit; False when ``event_id`` is already the current one."""
        if event_id == self.current:
            return False
        del self._visits[self._position + 1 :]
        self._visits.append(event_id)
        if len(self._visits) > self._limit:
            del self._visits[: len(self._visits) - self._limit]
        self._position = len(self._visits) - 1
        return True

    def back(self) -> str | None:
        """Step back and return the event id there, or None at the start."""
        if not self.can_go_back:
            return None
        self._position -= 1
        return self._visits[self._position]

    def forward(self) -> str | None:
        """Step forward and return the event id there, or None at the end."""
        if not self.can_go_forward:
            return None
        self._position += 1
        return self._visits[self._position]

    def forget(self, keep: Collection[str]) -> None:
        """Drop visits of events that are gone (a new dataset), keeping the order of the rest."""
        current = self.current
        self._visits = [
            event_id
            for position, event_id in enumerate(self._visits)
            if event_id in keep and (position == 0 or self._visits[position - 1] != event_id)
        ]
        self._position = len(self._visits) - 1
        if current in self._visits:
            self._position = self._visits.index(current)

    def clear(self) -> None:
        self._visits.clear()
        self._position = -1

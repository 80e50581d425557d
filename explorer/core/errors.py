"""Errors a user can act on: what is wrong, where (file, line:column or JSON path), how to fix."""

from __future__ import annotations

from explorer.core.messages import Message

#: The end of every warning about an event that could not be read (the loader counts them).
SKIPPED_NOTE = Message("the event was skipped")
ERA_SKIPPED_NOTE = Message("the era was skipped")


class DatasetError(Exception):
    """A dataset that cannot be read.

    ``location`` is a line:column (``"12:5"``) or a JSON path (``"$.events[3].start"``) or ``""``;
    ``hint`` says how to fix it. ``str(error)`` is the one-line message shown to users.
    """

    def __init__(self, path: str, problem: str, location: str = "", hint: str = "") -> None:
        """``problem`` and ``hint`` may be :class:`Message`: the window shows them translated."""
        self.path = path
        self.problem = problem
        self.location = location
        self.hint = hint
        super().__init__(self.message())

    def message(self) -> Message:
        where = f"{self.path}:{self.location}" if self.location else self.path
        if self.hint:
            return Message(
                "{where}: {problem} ({hint})", where=where, problem=self.problem, hint=self.hint
            )
        return Message("{where}: {problem}", where=where, problem=self.problem)


class ExportError(Exception):
    """An export that could not be written; the message names the file and the reason."""

    def message(self) -> str:
        """What went wrong, as a :class:`Message` when it was given one (for the window)."""
        given = self.args[0] if self.args else ""
        return given if isinstance(given, str) else str(given)


def not_written(path: object, reason: str) -> Message:
    """What a failed export or save says: ``out.pdf: not written: <reason>``."""
    return Message("{file}: not written: {reason}", file=path, reason=reason)

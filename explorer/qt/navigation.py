"""Back and Forward through the events the user visited, like a browser.

Every way of changing the current event (timeline, list, cause links, search, story mode) goes
through the shared selection model, so watching its current index records each visit once.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStyle, QWidget

from explorer.core.history import VisitHistory


class Navigator(QObject):
    """Owns ``actionBack``/``actionForward`` and the history behind them, for one window.

    ``go_to(event_id) -> bool`` makes an event current (the window's ``select_event``);
    ``current_id()`` reads the current event's id.
    """

    def __init__(self, window: QMainWindow, go_to: object) -> None:
        super().__init__(window)
        self._window = window
        self._go_to = go_to
        self._moving = False
        self.history = VisitHistory()
        self.back_action = self._action("actionBack", self.go_back)
        self.forward_action = self._action("actionForward", self.go_forward)
        self.update_shortcuts()
        self._update_actions()
        # Once the event loop runs: the filter sees every event, the window's building needs none.
        QTimer.singleShot(0, _MouseButtons.install)

    def _action(self, name: str, slot: object) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def retranslate_ui(self) -> None:
        self.back_action.setText(self.tr("&Back"))
        self.back_action.setToolTip(self._with_shortcut(self.tr("Back to the previous event")))
        self.forward_action.setText(self.tr("&Forward"))
        self.forward_action.setToolTip(self._with_shortcut(self.tr("Forward to the next event"), 1))

    def _with_shortcut(self, text: str, which: int = 0) -> str:
        action = self.forward_action if which else self.back_action
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        return f"{text} ({keys})" if keys else text

    def update_shortcuts(self) -> None:
        """The standard keys, mirrored in a right-to-left window (Alt+Right goes back there)."""
        back = QKeySequence(QKeySequence.StandardKey.Back)
        forward = QKeySequence(QKeySequence.StandardKey.Forward)
        if self._window.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            back, forward = forward, back
        self.back_action.setShortcut(back)
        self.forward_action.setShortcut(forward)
        style = self._window.style()
        self.back_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.forward_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))

    def visited(self, event_id: str | None) -> None:
        """The current event changed: record it, unless Back/Forward made the change."""
        if event_id is not None and not self._moving:
            self.history.visit(event_id)
        self._update_actions()

    def forget_missing(self, keep: Collection[str]) -> None:
        self.history.forget(keep)
        self._update_actions()

    def go_back(self) -> None:
        self._move(self.history.back())

    def go_forward(self) -> None:
        self._move(self.history.forward())

    def _move(self, event_id: str | None) -> None:
        if event_id is None:
            return
        self._moving = True
        try:
            self._go_to(event_id)  # type: ignore[operator]
        finally:
            self._moving = False
        self._update_actions()

    def _update_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back)
        self.forward_action.setEnabled(self.history.can_go_forward)

    def mouse_button(self, button: Qt.MouseButton) -> bool:
        """The mouse's back or forward button was pressed in the window: go there."""
        if button == Qt.MouseButton.BackButton:
            self.go_back()
            return True
        if button == Qt.MouseButton.ForwardButton:
            self.go_forward()
            return True
        return False


class _MouseButtons(QObject):
    """One filter for the whole application that hands the mouse's back and forward buttons to
    the navigator of the window they were pressed in (one filter, however many windows)."""

    _instance: _MouseButtons | None = None

    @classmethod
    def install(cls) -> None:
        app = QApplication.instance()
        if app is None or cls._instance is not None:
            return
        cls._instance = cls(app)
        app.installEventFilter(cls._instance)
        cls._instance.destroyed.connect(cls._forget)

    @classmethod
    def _forget(cls) -> None:
        cls._instance = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and isinstance(watched, QWidget)
            and event.button() in (Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton)
        ):
            navigator = watched.window().findChild(Navigator)
            if navigator is not None and navigator.mouse_button(event.button()):
                return True
        return super().eventFilter(watched, event)

"""The stage of story mode: the window taken over by the slide and a strip of its timeline, and
given back exactly as it was.

:class:`Stage` replaces the window's central widget with itself (the slide above the window's own
timeline view, made a strip), hides the menu bar, tool bars, docks and status bar, and on
:meth:`Stage.give_back` puts each widget back where it was, with the timeline in its old place in
its splitter or layout, the window's full-screen state and the focus.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)


@dataclass
class _Taken:
    """What the stage took from the window, to give it back."""

    central: QWidget
    chrome: list[QWidget]  # the bars and docks that were shown
    strip_heights: tuple[int, int]  # the timeline's own minimum and maximum height
    window_state: Qt.WindowState
    focus: QWidget | None


class Stage(QWidget):
    """The presentation: the slide above a strip of the timeline, about a fifth of the height."""

    def __init__(self, slide: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("storyStage")
        self.hide()
        self.slide = slide
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(slide, 1)
        self.strip: QWidget | None = None
        self._placeholder = QWidget(parent)  # keeps the strip's place in the window's layout
        self._placeholder.hide()
        self._taken: _Taken | None = None

    def take_over(self, window: QMainWindow, strip: QWidget) -> None:
        """Become ``window``'s central widget with ``strip`` (a widget of the window) under the
        slide; the window's bars and docks step aside."""
        if self._taken is not None:
            return
        central = window.takeCentralWidget()
        assert central is not None
        self._taken = _Taken(
            central=central,
            chrome=[widget for widget in _chrome(window) if not widget.isHidden()],
            strip_heights=(strip.minimumHeight(), strip.maximumHeight()),
            window_state=window.windowState(),
            focus=window.focusWidget(),
        )
        for widget in self._taken.chrome:
            widget.hide()
        central.setParent(window)  # hidden, still the window's, until it is given back
        central.hide()
        _swap(strip, self._placeholder)
        self.strip = strip
        self._layout.addWidget(strip, 0)
        self._fit_strip()
        strip.show()
        window.setCentralWidget(self)
        self.show()

    def give_back(self, window: QMainWindow) -> None:
        """Put the window back as it was before :meth:`take_over`."""
        taken, strip = self._taken, self.strip
        if taken is None or strip is None:
            return
        self._taken = self.strip = None
        window.takeCentralWidget()
        self.setParent(window)
        self.hide()
        self._layout.removeWidget(strip)
        _swap(self._placeholder, strip)
        self._placeholder.setParent(window)
        self._placeholder.hide()
        strip.setMinimumHeight(taken.strip_heights[0])
        strip.setMaximumHeight(taken.strip_heights[1])
        strip.show()
        window.setCentralWidget(taken.central)
        taken.central.show()
        for widget in taken.chrome:
            widget.show()
        if window.windowState() != taken.window_state:
            window.setWindowState(taken.window_state)
        focus = taken.focus if taken.focus is not None and taken.focus.isVisible() else strip
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_strip()

    def _fit_strip(self) -> None:
        if self.strip is not None:
            self.strip.setFixedHeight(int(min(max(self.height() * 0.22, 130), 260)))


def _chrome(window: QMainWindow) -> list[QWidget]:
    """What a presentation hides: the menu bar, tool bars, docks and the status bar."""
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    widgets: list[QWidget] = [window.menuBar()]
    widgets += window.findChildren(QToolBar, options=direct)
    widgets += window.findChildren(QDockWidget, options=direct)
    widgets.append(window.statusBar())
    return widgets


def _swap(old: QWidget, new: QWidget) -> None:
    """Put ``new`` where ``old`` is in its parent's splitter or layout (same place, same size)."""
    parent = old.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(parent, QSplitter):
        parent.replaceWidget(parent.indexOf(old), new)
    elif layout is not None:
        layout.replaceWidget(old, new)
    new.show()

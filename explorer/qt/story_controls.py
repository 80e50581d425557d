"""The top of a story slide: the progress bar, the event's kind, the counter and the buttons.

:class:`SlideHeader` says where the presentation is ("3 / 18", and a bar that fills in the reading
direction) and gives the mouse what the keys do: previous, next, full screen, exit. Previous
points back and Next forward along the reading direction, in both languages.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.labels import kind_label
from explorer.qt.story_text import kind_color


class SlideHeader(QWidget):
    """Progress, kind, counter and buttons; the buttons' signals ask the presentation to move."""

    previousRequested = Signal()
    nextRequested = Signal()
    fullScreenRequested = Signal()
    exitRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyHeader")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("storyProgress")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(4)
        self.kind_label = QLabel(self)
        self.kind_label.setObjectName("storyKind")
        self.counter_label = QLabel(self)
        self.counter_label.setObjectName("storyCounter")
        for label in (self.kind_label, self.counter_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.previous_button = self._button("storyPrevious", self.previousRequested)
        self.next_button = self._button("storyNext", self.nextRequested)
        self.full_screen_button = self._button("storyFullScreen", self.fullScreenRequested)
        self.exit_button = self._button("storyExit", self.exitRequested)
        self._row = QHBoxLayout()
        self._row.setSpacing(4)
        self._row.addWidget(self.kind_label)
        self._row.addStretch(1)
        self._row.addWidget(self.counter_label)
        self._row.addSpacing(12)
        for button in self.buttons():
            self._row.addWidget(button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.progress_bar)
        outer.addLayout(self._row)
        self.retranslate_ui()
        self._point_arrows()

    def _button(self, object_name: str, signal: SignalInstance) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(object_name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the slide
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(signal.emit)
        return button

    def buttons(self) -> tuple[QToolButton, ...]:
        return (self.previous_button, self.next_button, self.full_screen_button, self.exit_button)

    def retranslate_ui(self) -> None:
        self.previous_button.setText(self.tr("Previous"))
        self.previous_button.setToolTip(self.tr("Previous event (Left, Page Up)"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next event (Right, Space, Page Down)"))
        self.full_screen_button.setText(self.tr("Full Screen"))
        self.full_screen_button.setToolTip(self.tr("Full screen on or off (F11)"))
        self.exit_button.setText(self.tr("Exit"))
        self.exit_button.setToolTip(self.tr("Leave the presentation (Esc)"))

    def _point_arrows(self) -> None:
        """Previous points back and Next forward along the reading direction, Next's arrow after
        its word. Set explicitly: a chevron in the text would follow the text's bidi level."""
        right_to_left = self.isRightToLeft()
        pixmap = QStyle.StandardPixmap
        back, forward = pixmap.SP_ArrowLeft, pixmap.SP_ArrowRight
        if right_to_left:
            back, forward = forward, back
        self.previous_button.setIcon(self.style().standardIcon(back))
        self.next_button.setIcon(self.style().standardIcon(forward))
        # The icon goes before the text in a button's direction: Next's button runs the other way.
        ltr, rtl = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
        self.previous_button.setLayoutDirection(rtl if right_to_left else ltr)
        self.next_button.setLayoutDirection(ltr if right_to_left else rtl)

    def show_kind(self, kind: str, language: str) -> None:
        self.kind_label.setText(kind_label(kind, language).upper())
        self.kind_label.setStyleSheet(f"color: {kind_color(kind)};")

    def set_position(self, position: int, count: int) -> None:
        """The counter ("3 / 18") and the progress bar; ``position`` 0 is an event off the story."""
        self.progress_bar.setRange(0, max(count, 1))
        self.progress_bar.setValue(position)
        shown = str(position) if position else "–"
        self.counter_label.setText(
            self.tr("%1 / %2").replace("%1", shown).replace("%2", str(count))
        )
        self.counter_label.setAccessibleName(
            self.tr("Slide %1 of %2").replace("%1", shown).replace("%2", str(count))
        )
        self.previous_button.setEnabled(position > 1 or (position == 0 and count > 0))
        self.next_button.setEnabled(position < count)

    def set_scale(self, scale: float) -> None:
        """Type and margins at ``scale`` times their nominal size, as the slide's are."""

        def font(points: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
            scaled = QFont(self.font())
            scaled.setPointSizeF(points * scale)
            scaled.setWeight(weight)
            return scaled

        margin = int(56 * scale)
        self._row.setContentsMargins(margin, int(18 * scale), margin - 10, 0)
        kind = font(10.5, QFont.Weight.Bold)
        kind.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.5)
        self.kind_label.setFont(kind)
        self.counter_label.setFont(font(12, QFont.Weight.DemiBold))
        for button in self.buttons():
            button.setFont(font(10.5))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._point_arrows()
        super().changeEvent(event)

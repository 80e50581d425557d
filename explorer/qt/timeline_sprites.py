"""What a timeline frame draws again and again, prepared once: labels' text and diamonds.

Labels and the diamonds of instants are most of a frame's drawing. A label laid out once as a
:class:`~PySide6.QtGui.QStaticText` draws several times faster than text laid out each time, and
a diamond copied from a pixmap many times faster than a polygon filled each time; both look the
same. Pictures (SVG, PDF) draw text and shapes instead, so they stay text and vectors.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPixmap,
    QPolygonF,
    QStaticText,
    QTextLayout,
    QTextOption,
)

#: Kept at most (then forgotten all at once): far more than a frame shows.
MOST_TEXTS = 4096
MOST_DIAMONDS = 256


def diamond_shape(x: float, y: float, radius: float) -> QPolygonF:
    """An instant's diamond, centred on (``x``, ``y``), its corners ``radius`` away."""
    return QPolygonF(
        [
            QPointF(x, y - radius),
            QPointF(x + radius, y),
            QPointF(x, y + radius),
            QPointF(x - radius, y),
        ]
    )


class TimelineSprites:
    """Labels laid out in ``font``, and diamonds by colour, size and device pixel ratio."""

    def __init__(self, font: QFont) -> None:
        self._font = QFont(font)
        self._texts: dict[tuple[str, bool], tuple[QStaticText, float]] = {}
        self._diamonds: dict[tuple[int, float, float], QPixmap] = {}

    def forget_texts(self) -> None:
        """Forget the labels (the rows or their language changed)."""
        self._texts.clear()

    def text(self, text: str, rtl: bool) -> tuple[QStaticText, float]:
        """``text`` laid out on one line, right to left when ``rtl`` (as the painter's
        direction makes :meth:`QPainter.drawText` lay it out), and its line's ascent: a static
        text is drawn by its top left, and a line with Arabic in it (set in the Arabic font,
        whose ascent is taller) has its baseline lower than a Latin one."""
        key = (text, rtl)
        prepared = self._texts.get(key)
        if prepared is None:
            if len(self._texts) >= MOST_TEXTS:
                self._texts.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            option = QTextOption()
            direction = Qt.LayoutDirection
            option.setTextDirection(direction.RightToLeft if rtl else direction.LeftToRight)
            option.setWrapMode(QTextOption.WrapMode.NoWrap)
            static.setTextOption(option)
            static.prepare(font=self._font)
            layout = QTextLayout(text, self._font)
            layout.setTextOption(option)
            layout.beginLayout()
            line = layout.createLine()
            line.setNumColumns(len(text))
            ascent = line.ascent()
            layout.endLayout()
            prepared = self._texts[key] = (static, ascent)
        return prepared

    def diamond(self, color: QColor, radius: float, ratio: float) -> QPixmap:
        """An instant's diamond of ``radius`` in ``color`` for a device pixel ``ratio``, in a
        pixmap a pixel wider than it on every side: draw it at the centre less ``radius + 1``."""
        key = (color.rgba(), radius, ratio)
        pixmap = self._diamonds.get(key)
        if pixmap is None:
            if len(self._diamonds) >= MOST_DIAMONDS:
                self._diamonds.clear()
            side = 2 * radius + 2
            pixmap = QPixmap(math.ceil(side * ratio), math.ceil(side * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawConvexPolygon(diamond_shape(radius + 1, radius + 1, radius))
            painter.end()
            self._diamonds[key] = pixmap
        return pixmap

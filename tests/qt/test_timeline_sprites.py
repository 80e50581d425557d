"""Labels drawn from prepared static text sit exactly where drawn text would, in any script."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from explorer.qt.fonts import app_font, load_bundled_fonts
from explorer.qt.timeline_sprites import TimelineSprites


def ink_rows(image: QImage) -> tuple[int, int]:
    """The first and last rows with any dark pixel."""
    rows = [
        y
        for y in range(image.height())
        if any(QColor(image.pixel(x, y)).lightness() < 128 for x in range(image.width()))
    ]
    assert rows, "nothing was drawn"
    return rows[0], rows[-1]


def drawn(draw: object) -> QImage:
    image = QImage(240, 60, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(app_font(10))
    painter.setPen(Qt.GlobalColor.black)
    draw(painter)  # type: ignore[operator]
    painter.end()
    return image


@pytest.mark.parametrize(
    ("text", "rtl"), [("Belovezha Accords", False), ("اتفاقيات بيلوفيجا", True)]
)
def test_a_static_label_has_the_baseline_of_drawn_text(qapp: object, text: str, rtl: bool) -> None:
    load_bundled_fonts()
    sprites = TimelineSprites(app_font(10))
    static, ascent = sprites.text(text, rtl)
    baseline = 36.0
    as_text = drawn(lambda painter: painter.drawText(QPointF(4, baseline), text))
    as_static = drawn(lambda painter: painter.drawStaticText(QPointF(4, baseline - ascent), static))
    top, bottom = ink_rows(as_text)
    static_top, static_bottom = ink_rows(as_static)
    assert abs(static_top - top) <= 1 and abs(static_bottom - bottom) <= 1

"""The colours of a painted timeline, from a widget's palette or for exported pictures."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from explorer.qt.style import ACCENT, KIND_COLORS


def mix(color: QColor, base: QColor, amount: float) -> QColor:
    """``amount`` of ``color`` over ``base``, opaque (so gridlines don't show through bars)."""
    return QColor.fromRgbF(
        base.redF() + (color.redF() - base.redF()) * amount,
        base.greenF() + (color.greenF() - base.greenF()) * amount,
        base.blueF() + (color.blueF() - base.blueF()) * amount,
    )


@dataclass(frozen=True, slots=True)
class TimelineColors:
    """The colours of everything but the event kinds: text, grid, axis, density, highlight."""

    text: QColor
    muted: QColor
    grid: QColor
    grid_minor: QColor
    axis: QColor
    axis_band: QColor
    density: QColor
    highlight: QColor
    highlighted_text: QColor
    base: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> TimelineColors:
        role = QPalette.ColorRole
        text, base = palette.color(role.Text), palette.color(role.Base)
        density = mix(KIND_COLORS["event"], base, 0.55)
        return cls(
            text=text,
            muted=mix(text, base, 0.62),
            grid=mix(text, base, 0.11),
            grid_minor=mix(text, base, 0.05),
            axis=mix(text, base, 0.3),
            axis_band=mix(text, base, 0.03),
            density=density,
            highlight=palette.color(role.Highlight),
            highlighted_text=palette.color(role.HighlightedText),
            base=base,
        )

    @classmethod
    def light(cls) -> TimelineColors:
        """The colours of exported pictures: dark text on white, the app's accent."""
        palette = QPalette()
        for role, color in (
            (QPalette.ColorRole.Text, QColor("#111827")),
            (QPalette.ColorRole.Base, QColor("#fff")),
            (QPalette.ColorRole.Highlight, ACCENT),
            (QPalette.ColorRole.HighlightedText, "#fff"),
        ):
            palette.setColor(role, QColor(color))
        return cls.from_palette(palette)

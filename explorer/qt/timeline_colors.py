"""The colours of a painted timeline, from a widget's palette or for exported pictures."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from explorer.core.contrast import GRAPHIC_CONTRAST
from explorer.qt.style import ACCENT, KIND_COLORS, readable


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


#: Colours for eras that do not name one, taken in turn (muted, distinct from the kinds').
ERA_PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#9c755f")


def era_color(colour: str | None, number: int) -> QColor:
    """The colour of the era ``number`` (in the dataset's order): its own, else the palette's."""
    color = QColor(colour) if colour else QColor()
    return color if color.isValid() else QColor(ERA_PALETTE[number % len(ERA_PALETTE)])


@dataclass(frozen=True, slots=True)
class EraColors:
    """How an era is drawn: a faded band, its edges, and the strip its title is written on."""

    band: QColor
    edge: QColor
    strip: QColor


def era_colors(color: QColor, colors: TimelineColors) -> EraColors:
    """The era's colour faded into the background, so events stay readable over it."""
    return EraColors(
        band=mix(color, colors.base, 0.12),
        edge=mix(color, colors.base, 0.45),
        strip=mix(color, colors.base, 0.3),
    )


def mark_colors(kinds: list[str], categories: list[str]) -> list[QColor]:
    """The colour of each mark style: the kinds' (:data:`KIND_COLORS`) and then the dataset's
    categories' (``#rrggbb``; an unreadable one takes the default kind's colour).

    A row's style is its kind's index, or ``len(kinds)`` + its category's index when it has one:
    the category decides the colour, the kind still decides the shape.
    """
    fallback = KIND_COLORS["event"]
    kind_colors = [KIND_COLORS.get(kind, fallback) for kind in kinds]
    category_colors = [QColor(colour) for colour in categories]
    return kind_colors + [c if c.isValid() else fallback for c in category_colors]


def mark_styles(marks: list[QColor], colors: TimelineColors) -> list[tuple[QColor, QColor]]:
    """Pen and fill of each mark group: ``marks`` plain, then a selected bar, a selected mark on
    its chip, then ``marks`` dimmed (not linked to the selected events).

    A mark too faint on the base (indigo on a dark palette) is lightened to a 3:1 contrast.
    """
    marks = [readable(color, colors.base, GRAPHIC_CONTRAST) for color in marks]
    styles = [(color, mix(color, colors.base, 0.16)) for color in marks]
    styles.append((colors.highlight, colors.highlight))
    styles.append((colors.highlighted_text, colors.highlight))
    styles += [(mix(c, colors.base, 0.3), mix(c, colors.base, 0.06)) for c in marks]
    return styles

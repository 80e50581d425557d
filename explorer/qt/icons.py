"""Our line icons: SVGs drawn in the palette's text colour, mirrored where direction matters.

Each icon in ``resources/icons/`` strokes with ``currentColor``; :func:`icon` paints it in the
palette's window-text colour (lighter when disabled, the highlight's text colour when selected), so
the same file reads on a light and on a dark palette. Icons that point along the reading direction
(Back, Forward, the story's Play, which moves along the mirrored timeline) are mirrored in a
right-to-left layout. :func:`apply_toolbar_icons` sets them on actions and sets them again whenever
the palette or the layout direction changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from explorer.paths import icons_dir

#: Every icon the app draws, by name (the file is ``resources/icons/<name>.svg``).
ICON_NAMES = (
    "open",
    "open-recent",
    "save-as",
    "export",
    "print",
    "copy",
    "back",
    "forward",
    "zoom-in",
    "zoom-out",
    "fit",
    "zoom-to-selection",
    "go-to-date",
    "story",
    "search",
    "about",
    "language",
    "keyboard",
    "source-article",
)

#: Icons that point the way one reads: mirrored in a right-to-left layout. Clocks (open-recent)
#: and magnifiers keep their shape in every language.
MIRRORED_IN_RIGHT_TO_LEFT = frozenset({"back", "forward", "story"})

#: How much of the text colour a disabled icon keeps over the window colour, when the palette
#: gives disabled text the same colour as enabled text (as the app's light palette does).
_DISABLED_OPACITY = 0.4

_OWNER = "iconSetOwner"
"""The action's property naming the set of icons that keeps its icon: the one made last."""
_EVENTS_THAT_RECOLOUR = frozenset(
    {
        QEvent.Type.PaletteChange,
        QEvent.Type.ApplicationPaletteChange,
        QEvent.Type.LayoutDirectionChange,
    }
)


@cache
def _svg_text(name: str) -> str:
    path = icons_dir() / f"{name}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise ValueError(f"No icon {name!r}: cannot read {path} ({error.strerror})") from error


def icon_colors(palette: QPalette) -> dict[QIcon.Mode, QColor]:
    """The colour each icon mode is drawn in, taken from ``palette``."""
    role = QPalette.ColorRole.WindowText
    normal = palette.color(QPalette.ColorGroup.Active, role)
    disabled = palette.color(QPalette.ColorGroup.Disabled, role)
    if disabled == normal:
        disabled = _mix(normal, palette.color(QPalette.ColorRole.Window), _DISABLED_OPACITY)
    return {
        QIcon.Mode.Normal: normal,
        QIcon.Mode.Active: normal,
        QIcon.Mode.Disabled: disabled,
        QIcon.Mode.Selected: palette.color(QPalette.ColorRole.HighlightedText),
    }


def _mix(front: QColor, back: QColor, opacity: float) -> QColor:
    def channel(a: float, b: float) -> float:
        return a * opacity + b * (1 - opacity)

    return QColor.fromRgbF(
        channel(front.redF(), back.redF()),
        channel(front.greenF(), back.greenF()),
        channel(front.blueF(), back.blueF()),
    )


# Engines handed to Qt (icons made here, copies Qt asked for): a QIcon owns its engine, but
# Python would delete one with its last Python reference (a garbage-collected window's icons,
# say) while an action's copy of the icon still uses it. Held until Qt deletes them (which
# makes their wrappers invalid), then let go.
_CLONES: list[QIconEngine] = []


def _held_for_qt(engine: QIconEngine) -> QIconEngine:
    _CLONES[:] = [kept for kept in _CLONES if shiboken6.isValid(kept)]
    _CLONES.append(engine)
    return engine


class SvgIconEngine(QIconEngine):
    """Renders one SVG at whatever size is asked, in the colour of the icon mode, maybe mirrored."""

    def __init__(self, svg: str, colors: dict[QIcon.Mode, QColor], mirrored: bool) -> None:
        super().__init__()
        self._svg = svg
        self._colors = colors
        self._mirrored = mirrored
        self._pixmaps: dict[tuple[int, int, QIcon.Mode, float], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        key = (size.width(), size.height(), mode, scale)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._pixmaps[key] = self._render(size, mode, scale)
        return pixmap

    def _render(self, size: QSize, mode: QIcon.Mode, scale: float) -> QPixmap:
        width = max(1, round(size.width() * scale))
        height = max(1, round(size.height() * scale))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        color = self._colors.get(mode, self._colors[QIcon.Mode.Normal])
        renderer = QSvgRenderer(
            QByteArray(self._svg.replace("currentColor", color.name()).encode())
        )
        side = min(width, height)  # square icons, centred in a non-square request
        target = QRectF((width - side) / 2, (height - side) / 2, side, side)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, target)
        painter.end()
        if self._mirrored:
            image = image.flipped(Qt.Orientation.Horizontal)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def clone(self) -> QIconEngine:
        return _held_for_qt(SvgIconEngine(self._svg, self._colors, self._mirrored))

    def key(self) -> str:
        return "explorer-svg"


def icon(
    name: str,
    palette: QPalette | None = None,
    direction: Qt.LayoutDirection | None = None,
) -> QIcon:
    """The icon ``name`` in ``palette``'s text colour, mirrored for a right-to-left ``direction``.

    Both default to the application's. Raises ValueError for a name with no SVG.
    """
    if palette is None:
        palette = QGuiApplication.palette()
    if direction is None:
        direction = QGuiApplication.layoutDirection()
    mirrored = direction == Qt.LayoutDirection.RightToLeft and name in MIRRORED_IN_RIGHT_TO_LEFT
    return QIcon(_held_for_qt(SvgIconEngine(_svg_text(name), icon_colors(palette), mirrored)))


class ActionIcons(QObject):
    """Keeps actions' icons in a widget's palette and direction, redrawn when either changes.

    The icons are this object's to keep: an icon set on one of the actions by other code (a
    style's arrow, say) is replaced by ours again.
    """

    def __init__(self, actions_by_name: Mapping[str, QAction], widget: QWidget) -> None:
        super().__init__(widget)
        unknown = sorted(set(actions_by_name) - set(ICON_NAMES))
        if unknown:
            raise ValueError(f"No icon named {', '.join(unknown)}; known: {', '.join(ICON_NAMES)}")
        self._actions = dict(actions_by_name)
        self._widget = widget
        self._drawn_for: tuple[str, ...] | None = None
        self._icons: dict[str, QIcon] = {}
        self._owner_mark = str(id(self))
        for action in self._actions.values():  # the newest set owns an action's icon
            action.setProperty(_OWNER, self._owner_mark)
        self.apply()
        widget.installEventFilter(self)
        for name, action in self._actions.items():
            action.changed.connect(lambda name=name: self._keep_icon(name))

    def apply(self) -> None:
        """Set every action's icon for the widget's palette and direction now (if they changed)."""
        palette = self._widget.palette()
        direction = self._widget.layoutDirection()
        drawn_for = (
            *(color.name() for color in icon_colors(palette).values()),
            direction.name,
        )
        if drawn_for == self._drawn_for:
            return
        self._drawn_for = drawn_for
        self._icons = {name: icon(name, palette, direction) for name in self._actions}
        for name, action in self._actions.items():
            if action.property(_OWNER) == self._owner_mark:
                action.setIcon(self._icons[name])

    def _keep_icon(self, name: str) -> None:
        action, ours = self._actions[name], self._icons.get(name)
        if action.property(_OWNER) != self._owner_mark:
            return  # another set of icons took this action over
        if ours is not None and action.icon().cacheKey() != ours.cacheKey():
            action.setIcon(ours)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() in _EVENTS_THAT_RECOLOUR:
            self.apply()
        return False


def apply_toolbar_icons(
    actions_by_name: Mapping[str, QAction], widget: QWidget | None = None
) -> ActionIcons:
    """Give each action the icon of its name, kept in ``widget``'s palette and direction.

    ``widget`` defaults to the window the first action belongs to. Raises ValueError for a name
    that has no icon.
    """
    if widget is None:
        owner = next(iter(actions_by_name.values())).parent() if actions_by_name else None
        if not isinstance(owner, QWidget):
            raise ValueError(
                "apply_toolbar_icons needs a widget: the actions have no parent widget"
            )
        widget = owner
    return ActionIcons(actions_by_name, widget)

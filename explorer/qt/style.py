"""The app's look: kind colours, a light and a dark palette, and a style sheet drawn from either.

The window follows the system's colour scheme (Qt's ``QStyleHints.colorScheme``) with a palette of
our own for each, so it looks the same on every machine; ``--theme light|dark`` pins one. Every
widget takes its colours from the palette (or mixes of its roles), so nothing is light-only.
Exported pictures and documents keep their own light theme and never read the palette.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from explorer.core.contrast import TEXT_CONTRAST, is_dark, readable_on

#: One colour per event kind, shared by the timeline, the detail pane and the exports.
KIND_COLORS: dict[str, QColor] = {
    "cause": QColor("#b7791f"),
    "treaty": QColor("#0f766e"),
    "event": QColor("#4338ca"),
    "period": QColor("#475569"),
}

ACCENT = QColor("#1d4ed8")
THEMES = ("system", "light", "dark")

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

#: Our light palette: near-black text on white, a blue accent.
_LIGHT = {
    Role.Window: "#f6f7f9",
    Role.WindowText: "#111827",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f9fafb",
    Role.Text: "#111827",
    Role.PlaceholderText: "#6b7280",
    Role.Button: "#f3f4f6",
    Role.ButtonText: "#111827",
    Role.Light: "#ffffff",
    Role.Midlight: "#e5e7eb",
    Role.Mid: "#c7cbd1",
    Role.Dark: "#9ca3af",
    Role.Shadow: "#6b7280",
    Role.BrightText: "#ffffff",
    Role.Highlight: ACCENT.name(),
    Role.HighlightedText: "#ffffff",
    Role.Link: ACCENT.name(),
    Role.LinkVisited: "#6d28d9",
    Role.ToolTipBase: "#111827",
    Role.ToolTipText: "#f9fafb",
}

#: Our dark palette: soft light text on charcoal (never pure black on white's opposite).
_DARK = {
    Role.Window: "#1c1f24",
    Role.WindowText: "#e5e7eb",
    Role.Base: "#15171b",
    Role.AlternateBase: "#1b1e23",
    Role.Text: "#e5e7eb",
    Role.PlaceholderText: "#9ca3af",
    Role.Button: "#272b31",
    Role.ButtonText: "#e5e7eb",
    Role.Light: "#3a3f47",
    Role.Midlight: "#30353c",
    Role.Mid: "#4b525c",
    Role.Dark: "#111317",
    Role.Shadow: "#000000",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#2563eb",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#8ab4f8",
    Role.LinkVisited: "#c4a7f5",
    Role.ToolTipBase: "#e5e7eb",
    Role.ToolTipText: "#111827",
}

#: Disabled text: this much of the text colour over the window colour.
_DISABLED_AMOUNT = 0.45


def mix(color: QColor, base: QColor, amount: float) -> QColor:
    """``amount`` of ``color`` over ``base``, opaque."""
    return QColor.fromRgbF(
        base.redF() + (color.redF() - base.redF()) * amount,
        base.greenF() + (color.greenF() - base.greenF()) * amount,
        base.blueF() + (color.blueF() - base.blueF()) * amount,
    )


def _rgb(color: QColor) -> tuple[int, int, int]:
    return color.red(), color.green(), color.blue()


def readable(color: QColor, background: QColor, minimum: float = TEXT_CONTRAST) -> QColor:
    """``color`` made readable as text on ``background`` (contrast ≥ 4.5, or ``minimum``),
    keeping its hue."""
    return QColor(*readable_on(_rgb(color), _rgb(background), minimum))


def palette_is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` is a dark one (light text on a dark base)."""
    return is_dark(_rgb(palette.color(Role.Base)))


def make_palette(dark: bool) -> QPalette:
    """Our light or dark palette, with disabled colours faded from the active ones."""
    palette = QPalette()
    for role, color in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(color))
    window = palette.color(Role.Window)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        faded = mix(palette.color(role), window, _DISABLED_AMOUNT)
        palette.setColor(Group.Disabled, role, faded)
    palette.setColor(Group.Disabled, Role.Highlight, palette.color(Role.Mid))
    return palette


def style_sheet(palette: QPalette) -> str:
    """The app's style sheet in ``palette``'s colours: hairlines, headers and focus rings."""
    text, base = palette.color(Role.Text), palette.color(Role.Base)
    window = palette.color(Role.Window)
    colors = {
        "window": window.name(),
        "base": base.name(),
        "alternate": palette.color(Role.AlternateBase).name(),
        "text": text.name(),
        "muted": mix(text, base, 0.72).name(),
        "faint": palette.color(Role.PlaceholderText).name(),
        "hairline": mix(text, base, 0.13).name(),
        "field_border": mix(text, base, 0.22).name(),
        "header": mix(text, base, 0.05).name(),
        "handle": mix(palette.color(Role.WindowText), window, 0.2).name(),
        "accent": palette.color(Role.Highlight).name(),
        "link": palette.color(Role.Link).name(),
    }
    return _STYLE_SHEET.format(**colors)


_STYLE_SHEET = """
QMainWindow {{ background: {window}; }}
#detailBody {{ background: {base}; }}
#kindLabel {{ font-size: 8.5pt; font-weight: 700; letter-spacing: 1px; }}
#titleLabel {{ font-size: 17pt; font-weight: 700; color: {text}; }}
#dateLabel {{ font-size: 11pt; color: {muted}; }}
#placeLabel {{ color: {faint}; }}
#summaryLabel {{ font-size: 10.5pt; color: {text}; }}
QLabel[role="section"] {{
    font-weight: 700; color: {muted}; margin-top: 12px;
    border-bottom: 1px solid {hairline}; padding-bottom: 3px;
}}
QListView[role="links"] {{
    background: transparent; color: {link}; border: none; border-radius: 4px; padding: 2px;
}}
QListView[role="links"]::item {{ padding: 2px 0; }}
QListView[role="links"]::item:hover {{ text-decoration: underline; }}
QTableView#participantsView {{
    border: 1px solid {hairline}; padding: 1px; gridline-color: {hairline};
    alternate-background-color: {alternate}; background: {base};
}}
/* Keyboard focus: a 2px accent ring taking the room the padding kept, so nothing moves. */
QListView[role="links"]:focus, QTableView#participantsView:focus {{
    border: 2px solid {accent}; padding: 0;
}}
QLabel#sourcesLabel {{ border: 2px solid transparent; border-radius: 4px; }}
QLabel#sourcesLabel:focus {{ border-color: {accent}; }}
/* The detail pane takes focus so the keys can scroll it. */
QScrollArea#detailScrollArea {{ border: 2px solid transparent; }}
QScrollArea#detailScrollArea:focus {{ border-color: {accent}; }}
QHeaderView::section {{
    background: {header}; border: none; border-bottom: 1px solid {hairline};
    padding: 4px 6px; font-weight: 600; color: {muted};
}}
QLineEdit#searchField {{
    border: 1px solid {field_border}; border-radius: 6px; padding: 4px 8px; background: {base};
    color: {text}; min-width: 260px;
}}
QLineEdit#searchField:focus {{ border-color: {accent}; }}
QToolBar {{ background: {base}; border: none; border-bottom: 1px solid {hairline}; spacing: 6px;
    padding: 4px; }}
QSplitter::handle {{ background: {handle}; }}
QStatusBar {{ background: {base}; color: {muted}; }}
"""


def system_prefers_dark() -> bool:
    """Whether the desktop asks for a dark colour scheme (unknown counts as light)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class _SchemeFollower(QObject):
    """Re-applies the palette when the desktop switches between light and dark."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("colorSchemeFollower")
        self.theme = "system"
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def _scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.theme == "system":
            set_palette(QApplication.instance(), system_prefers_dark())  # type: ignore[arg-type]


def set_palette(app: QApplication, dark: bool) -> None:
    """Our light or dark palette and the style sheet in its colours, on the whole app.

    Every widget gets a ``PaletteChange`` event and repaints; the detail pane re-renders.
    """
    palette = make_palette(dark)
    app.setPalette(palette)
    app.setStyleSheet(style_sheet(palette))


def apply_style(app: QApplication, theme: str = "system") -> None:
    """Fusion with our palette: ``theme`` "light" or "dark", or "system" to follow the desktop
    (and keep following it while the app runs)."""
    if theme not in THEMES:
        raise ValueError(f"theme {theme!r}: use one of {', '.join(THEMES)}")
    app.setStyle("Fusion")
    follower = app.findChild(_SchemeFollower, "colorSchemeFollower")
    if follower is None:
        follower = _SchemeFollower(app)
    follower.theme = theme
    set_palette(app, system_prefers_dark() if theme == "system" else theme == "dark")

"""The bundled fonts (Noto Sans, Noto Sans Arabic), so text looks the same on every machine."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from explorer.paths import fonts_dir

#: Latin first, Arabic as its fallback: each script is drawn by the font made for it.
FONT_FAMILIES = ["Noto Sans", "Noto Sans Arabic"]

_loaded = False


def load_bundled_fonts() -> list[str]:
    """Register the fonts in ``resources/fonts`` with Qt (once); returns the families loaded."""
    global _loaded
    families: list[str] = []
    if _loaded:
        return FONT_FAMILIES
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    _loaded = True
    return sorted(set(families))


def app_font(point_size: float = 10.0, bold: bool = False) -> QFont:
    """The bundled fonts at ``point_size``: Noto Sans, with Noto Sans Arabic for Arabic."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def install_app_font(app: QGuiApplication) -> None:
    load_bundled_fonts()
    app.setFont(app_font())

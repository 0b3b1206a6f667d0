"""The product's look on screen: the Inter typeface and the territory colours, from the
same sources as the PDF (resources.py, model/territories.py)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette

from workshop_app.model.territories import ACCENT, BY_CODE, INK, MUTED
from workshop_app.resources import FALLBACK_FAMILY, FALLBACK_FILES, FONT_FAMILY, FONT_FILES

PAPER = "#FFFFFF"
SURFACE = "#F5F5F7"  # panels and cards on white
ERROR = "#B3261E"  # what went wrong, what is over the limit


@cache
def load_fonts() -> str:
    """Register the shipped fonts once; return the family to use (Inter, else the system's)."""
    loaded = [QFontDatabase.addApplicationFont(str(p)) for p in (*FONT_FILES.values(), *FALLBACK_FILES.values())]
    if loaded[0] < 0:
        return QFont().defaultFamily()
    # Glyphs Inter lacks (Arabic, CJK...) come from DejaVu Sans, then the system.
    QFont.insertSubstitution(FONT_FAMILY, FALLBACK_FAMILY)
    return FONT_FAMILY


def font(point_size: float = 11, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    f = QFont(load_fonts())
    f.setPointSizeF(point_size)
    f.setWeight(weight)
    return f


def territory_colour(code: str) -> QColor:
    return QColor(BY_CODE[code].colour)


def apply(app: QGuiApplication) -> None:
    """Light palette, near-black text, one accent, Inter everywhere."""
    app.setFont(font(11))
    palette = app.palette()
    for role, value in (
        (QPalette.ColorRole.Window, PAPER), (QPalette.ColorRole.Base, PAPER),
        (QPalette.ColorRole.AlternateBase, SURFACE), (QPalette.ColorRole.WindowText, INK),
        (QPalette.ColorRole.Text, INK), (QPalette.ColorRole.ButtonText, INK),
        (QPalette.ColorRole.Button, SURFACE), (QPalette.ColorRole.Highlight, ACCENT),
        (QPalette.ColorRole.HighlightedText, PAPER), (QPalette.ColorRole.PlaceholderText, MUTED),
    ):
        palette.setColor(role, QColor(value))
    app.setPalette(palette)

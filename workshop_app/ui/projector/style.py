"""The projector's look: ink on white for a lit room, type sized from the output's height,
the four Okabe-Ito territory colours, each with its own pattern so they also part in greyscale.

Every size here is a fraction of the output's height, so the room sees the same picture on a
1920x1080 projector, a 1024x768 one and in the console's preview.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen

from workshop_app.model import territories
from workshop_app.resources import FALLBACK_FAMILY, FONT_FAMILY
from workshop_app.ui.theme import territory_colour

BACKGROUND = QColor("#FFFFFF")
INK = QColor(territories.INK)
MUTED = QColor("#4A4A4A")  # darker than the print's grey: projectors wash greys out
RULE = QColor("#BDBDBD")
ACCENT = QColor(territories.ACCENT)
BLANK = QColor("#000000")

# Text sizes, fractions of the output's height; the smallest is above 2 %.
TITLE = 0.050
HEADING = 0.036
BODY = 0.031
SMALL = 0.024
FIGURE = 0.075  # the big numbers
HUGE = 0.26  # the participation counter

MARGIN = 0.045  # around the picture
HEADER = 0.115  # the title strip

QUADRANT_TINT = 0.13  # alpha of a territory's colour behind its quadrant
MIN_CONTRAST = 4.5  # text on the background (WCAG AA), projector or not


def font(height: float, fraction: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    """The product's typeface at `fraction` of `height` pixels, falling back for other scripts."""
    f = QFont()
    f.setFamilies([FONT_FAMILY, FALLBACK_FAMILY])
    f.setPixelSize(max(1, round(height * fraction)))
    f.setWeight(weight)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


def tint(code: str, alpha: float = QUADRANT_TINT) -> QColor:
    c = territory_colour(code)
    c.setAlphaF(alpha)
    return c


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@lru_cache(maxsize=None)
def _text_colour(code: str) -> str:
    c = territory_colour(code)
    while contrast(c, BACKGROUND) < MIN_CONTRAST:
        c = c.darker(106)
    return c.name()


def text_colour(code: str) -> QColor:
    """The territory's colour, darkened just enough to be read as text on white."""
    return QColor(_text_colour(code))


@lru_cache(maxsize=64)
def _pattern_image(pattern: str, cell: int) -> QImage:
    image = QImage(cell, cell, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor(255, 255, 255, 150)
    p.setPen(QPen(ink, max(1.0, cell / 5)))
    if pattern == "hatch":
        p.drawLine(QPointF(-1, cell + 1), QPointF(cell + 1, -1))
        p.drawLine(QPointF(-1, 1), QPointF(1, -1))
        p.drawLine(QPointF(cell - 1, cell + 1), QPointF(cell + 1, cell - 1))
    elif pattern == "dots":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(ink)
        p.drawEllipse(QPointF(cell / 2, cell / 2), cell / 5, cell / 5)
    elif pattern == "cross":
        p.drawLine(QPointF(cell / 2, 0), QPointF(cell / 2, cell))
        p.drawLine(QPointF(0, cell / 2), QPointF(cell, cell / 2))
    p.end()
    return image


def pattern_brush(code: str, height: float) -> QBrush | None:
    """A white texture laid over a territory's colour (none for the solid one)."""
    pattern = territories.BY_CODE[code].pattern
    if pattern == "solid":
        return None
    return QBrush(_pattern_image(pattern, max(6, round(height * 0.014))))

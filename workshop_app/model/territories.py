"""The four territories of a sales manager's balance and where each sits on the map.

The map crosses *focus* (x: results -1 ... +1 people) with *mode/horizon*
(y: field, short term -1 ... +1 step back, long term).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

Language = Literal["fr", "en"]
LANGUAGES: tuple[Language, ...] = ("fr", "en")


@dataclass(frozen=True)
class Territory:
    code: str
    x_sign: int  # -1 results side, +1 people side
    y_sign: int  # -1 field / short term, +1 step back / long term
    colour: str  # Okabe-Ito, colour-blind safe
    pattern: str  # greyscale print cue: "solid", "hatch", "dots", "cross"


FAIRE = Territory("faire", -1, -1, "#D55E00", "solid")
ANALYSER = Territory("analyser", -1, +1, "#0072B2", "hatch")
COMMANDO = Territory("commando", +1, -1, "#E69F00", "dots")
DEVELOPPER = Territory("developper", +1, +1, "#009E73", "cross")

TERRITORIES: tuple[Territory, ...] = (FAIRE, ANALYSER, COMMANDO, DEVELOPPER)
CODES: tuple[str, ...] = tuple(t.code for t in TERRITORIES)
BY_CODE: dict[str, Territory] = {t.code: t for t in TERRITORIES}

# Text near-black on white, one accent: the product's palette outside the territories.
INK = "#1A1A1A"
MUTED = "#6B6B6B"
RULE = "#D0D0D0"
ACCENT = "#3C3C8C"
CENTROID = "#4D4D4D"

TEXT_CONTRAST = 4.5  # WCAG AA for body text on white


def _luminance(hex_colour: str, factor: float = 1.0) -> float:
    rgb = [int(hex_colour[i:i + 2], 16) / 255 * factor for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast_on_white(hex_colour: str) -> float:
    return 1.05 / (_luminance(hex_colour) + 0.05)


@cache
def text_colour_hex(hex_colour: str) -> str:
    """`hex_colour` darkened just enough to be read as text on white (at least 4.5:1); areas keep
    the colour itself. Commando's orange #E69F00 (2.2:1) becomes a darker amber."""
    factor = 1.0
    while 1.05 / (_luminance(hex_colour, factor) + 0.05) < TEXT_CONTRAST:
        factor -= 0.01
    return "#" + "".join(f"{round(int(hex_colour[i:i + 2], 16) * factor):02X}" for i in (1, 3, 5))


def text_colour(code: str) -> str:
    """A territory's colour for text (names, scores, headings), never for areas."""
    return text_colour_hex(BY_CODE[code].colour)

"""The four territories of a sales manager's balance and where each sits on the map.

The map crosses *focus* (x: results -1 ... +1 people) with *mode/horizon*
(y: field, short term -1 ... +1 step back, long term).
"""

from __future__ import annotations

from dataclasses import dataclass
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

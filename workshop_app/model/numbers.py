"""How figures are rounded for people: halves away from zero (12.5 -> 13, -2.5 -> -3), as a
reader counts, not Python's round-half-to-even (12.5 -> 12). Used by the PDF and the projector,
so the same score reads the same everywhere."""

from __future__ import annotations

import math


def rounded(value: float) -> int:
    return int(math.copysign(math.floor(abs(value) + 0.5), value))


def signed(value: float) -> str:
    """A whole change with its sign: +5, −10 (a true minus), ±0."""
    whole = rounded(value)
    return f"+{whole}" if whole > 0 else (f"\u2212{-whole}" if whole < 0 else "±0")

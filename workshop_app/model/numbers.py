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


def largest_remainder(values: dict[str, float], total: int = 100) -> dict[str, int]:
    """Whole numbers that add up to `total` as printed: each value floored, the points left
    given to the largest remainders (ties in the given order). For means of 100-point splits."""
    floors = {k: math.floor(v) for k, v in values.items()}
    left = total - sum(floors.values())
    for k in sorted(values, key=lambda k: -(values[k] - floors[k]))[:max(0, left)]:
        floors[k] += 1
    return floors

"""The balance map's geometry, shared by the Qt painter and the PDF painter.

Everything is in a unit canvas: (0, 0) top-left, (1, 1) bottom-right, y pointing down as on a
screen (the PDF painter flips it). The plot square fills the canvas; a balance point in
[-1, 1]^2 (y up: step back, long term) maps into it. Painters scale by the side of the square
they are given, so the screen and the page cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from workshop_app.model.scoring import Point
from workshop_app.model.territories import BY_CODE, Language

HAlign = Literal["left", "center", "right"]
VAlign = Literal["top", "middle", "bottom"]

# Relative sizes, as fractions of the map's side.
PADDING = 0.025  # quadrant labels from the edges
LABEL_SIZE = 0.045  # quadrant names
POLE_SIZE = 0.030  # axis pole names
POINT_RADIUS = 0.012
CENTROID_RADIUS = 0.022
ARROW_HEAD = 0.018
POINT_LABEL_SIZE = 0.026
POINT_LABEL_GAP = 0.008


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class Label:
    key: str  # a territory code, or a pole id
    x: float
    y: float
    h_align: HAlign
    v_align: VAlign
    size: float  # text height, fraction of the side


POLES: dict[str, dict[Language, str]] = {
    "results": {"fr": "Résultats", "en": "Results"},
    "people": {"fr": "Hommes", "en": "People"},
    "field": {"fr": "Terrain · court terme", "en": "Field · short term"},
    "step_back": {"fr": "Recul · long terme", "en": "Step back · long term"},
}


def to_canvas(point: Point) -> tuple[float, float]:
    """A balance point in [-1, 1]^2 (y up) to unit-canvas coordinates (y down)."""
    x, y = point
    return ((x + 1) / 2, (1 - y) / 2)


def quadrant(code: str) -> Rect:
    t = BY_CODE[code]
    return Rect(0.0 if t.x_sign < 0 else 0.5, 0.5 if t.y_sign < 0 else 0.0, 0.5, 0.5)


def quadrant_label(code: str) -> Label:
    """A territory's name, in its quadrant's outer corner, away from the crowd in the centre."""
    t = BY_CODE[code]
    left = t.x_sign < 0
    top = t.y_sign > 0
    return Label(
        code,
        PADDING if left else 1 - PADDING,
        PADDING if top else 1 - PADDING,
        "left" if left else "right",
        "top" if top else "bottom",
        LABEL_SIZE,
    )


def pole_labels() -> tuple[Label, ...]:
    """Axis poles at the axes' ends, beside the axis lines, inside the square."""
    gap = PADDING / 2
    return (
        Label("results", PADDING, 0.5 - gap, "left", "bottom", POLE_SIZE),
        Label("people", 1 - PADDING, 0.5 - gap, "right", "bottom", POLE_SIZE),
        Label("step_back", 0.5 + gap, PADDING * 4 + LABEL_SIZE, "left", "top", POLE_SIZE),
        Label("field", 0.5 + gap, 1 - PADDING * 4 - LABEL_SIZE, "left", "bottom", POLE_SIZE),
    )


def axes() -> tuple[tuple[float, float, float, float], tuple[float, float, float, float]]:
    """The two axis lines (x1, y1, x2, y2): results-people, then field-step back."""
    return (0.0, 0.5, 1.0, 0.5), (0.5, 0.0, 0.5, 1.0)


def point_label_anchor(point: Point) -> tuple[float, float, HAlign]:
    """Where a point's label goes: beside it, on the side facing the centre, so it stays inside."""
    cx, cy = to_canvas(point)
    if cx > 0.8:
        return (cx - POINT_RADIUS - POINT_LABEL_GAP, cy, "right")
    return (cx + POINT_RADIUS + POINT_LABEL_GAP, cy, "left")


def initials(name: str) -> str:
    """Up to three initials of a name, upper-cased ("Marie-Claire Dupont" -> "MCD")."""
    parts = [p for chunk in name.split() for p in chunk.split("-") if p]
    letters = [next((ch for ch in p if ch.isalnum()), "") for p in parts]
    return "".join(letters).upper()[:3] or "?"

"""The balance map's geometry, shared by the Qt painter and the PDF painter.

Everything is in a unit canvas: (0, 0) top-left, (1, 1) bottom-right, y pointing down as on a
screen (the PDF painter flips it). The plot square fills the canvas; a balance point in
[-1, 1]^2 (y up: step back, long term) maps into it. Painters scale by the side of the square
they are given, so the screen and the page cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Sequence
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

    def box(self, w: float, h: float) -> Rect:
        """The rectangle a text of (w, h) covers when set at this label's place and alignment."""
        left = {"left": self.x, "center": self.x - w / 2, "right": self.x - w}[self.h_align]
        top = {"top": self.y, "middle": self.y - h / 2, "bottom": self.y - h}[self.v_align]
        return Rect(left, top, w, h)


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


def place_labels(points: Sequence[Point], sizes: Sequence[tuple[float, float]],
                 obstacles: Sequence[Rect] = ()) -> list[Label]:
    """Each point's label where it covers no point, no obstacle and no label placed before it,
    inside the square.

    Tried in order: beside the point facing the centre (`point_label_anchor`), the other side,
    above, below, then the four corners around it; when none is free, the first. `sizes` are
    the labels' (width, height) as fractions of the side; `obstacles` are what else the map
    writes (the quadrant names and the poles, measured by the painter: only it knows the font).
    Points, obstacles and labels share a grid of cells, so each test is local.
    """
    cell = 0.05
    grid: dict[tuple[int, int], list[Rect]] = {}
    dots = [Rect(cx - POINT_RADIUS, cy - POINT_RADIUS, 2 * POINT_RADIUS, 2 * POINT_RADIUS)
            for cx, cy in map(to_canvas, points)]
    for r in [*dots, *obstacles]:
        for key in _cells(r, cell):
            grid.setdefault(key, []).append(r)
    placed: list[Label] = []
    for point, (w, h) in zip(points, sizes):
        candidates = _label_candidates(point, w, h)
        choice = next((c for c in candidates if _inside(c[1]) and not _overlaps(c[1], grid, cell)), candidates[0])
        label, rect = choice
        for key in _cells(rect, cell):
            grid.setdefault(key, []).append(rect)
        placed.append(label)
    return placed


def _label_candidates(point: Point, w: float, h: float) -> list[tuple[Label, Rect]]:
    cx, cy = to_canvas(point)
    x, y, side = point_label_anchor(point)
    other_side: HAlign = "right" if side == "left" else "left"
    reach = POINT_RADIUS + POINT_LABEL_GAP / 2
    near, far = cx + POINT_RADIUS / 2, cx - POINT_RADIUS / 2
    options: list[tuple[float, float, HAlign, VAlign]] = [
        (x, y, side, "middle"), (2 * cx - x, y, other_side, "middle"),  # the mirror place, across the dot
        (cx, cy - reach, "center", "bottom"), (cx, cy + reach, "center", "top"),
        (near, cy - reach, "left", "bottom"), (near, cy + reach, "left", "top"),
        (far, cy - reach, "right", "bottom"), (far, cy + reach, "right", "top"),
    ]
    labels = [Label("point", ox, oy, ha, va, POINT_LABEL_SIZE) for ox, oy, ha, va in options]
    return [(label, label.box(w, h)) for label in labels]


def _inside(r: Rect) -> bool:
    return r.x >= 0 and r.y >= 0 and r.x + r.w <= 1 and r.y + r.h <= 1


def _cells(r: Rect, cell: float) -> list[tuple[int, int]]:
    return [(i, j) for i in range(int(r.x // cell), int((r.x + r.w) // cell) + 1)
            for j in range(int(r.y // cell), int((r.y + r.h) // cell) + 1)]


def _overlaps(r: Rect, grid: dict[tuple[int, int], list[Rect]], cell: float) -> bool:
    return any(r.x < o.x + o.w and o.x < r.x + r.w and r.y < o.y + o.h and o.y < r.y + r.h
               for key in _cells(r, cell) for o in grid.get(key, ()))


def initials(name: str) -> str:
    """Up to three initials of a name, upper-cased ("Marie-Claire Dupont" -> "MCD")."""
    parts = [p for chunk in name.split() for p in chunk.split("-") if p]
    letters = [next((ch for ch in p if ch.isalnum()), "") for p in parts]
    return "".join(letters).upper()[:3] or "?"

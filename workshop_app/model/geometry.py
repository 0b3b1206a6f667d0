"""The balance map's geometry, shared by the Qt painter and the PDF painter.

Everything is in a unit canvas: (0, 0) top-left, (1, 1) bottom-right, y pointing down as on a
screen (the PDF painter flips it). The plot square fills the canvas; a balance point in
[-1, 1]^2 (y up: step back, long term) maps into it. Painters scale by the side of the square
they are given, so the screen and the page cannot drift apart.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from workshop_app.model.scoring import Point
from workshop_app.model.territories import BY_CODE, Language

HAlign = Literal["left", "center", "right"]
VAlign = Literal["top", "middle", "bottom"]

# Relative sizes, as fractions of the map's side.
PADDING = 0.025  # quadrant labels from the edges
LABEL_SIZE = 0.045  # quadrant names
POLE_SIZE = 0.030  # axis pole names
# Read from 10 m on a projector: a name 3 % of the picture's height (a 5 cm letter on a 1.7 m
# high picture), a dot 2.5 % across, an arrow head longer than a dot and slimmer.
POINT_RADIUS = 0.014
CENTROID_RADIUS = 0.022
ARROW_HEAD = 0.034
POINT_LABEL_SIZE = 0.034
POINT_LABEL_GAP = 0.008


class Rect(NamedTuple):  # a tuple: a room makes thousands a frame
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
        return Rect(self.x - w * _H_SHIFT[self.h_align], self.y - h * _V_SHIFT[self.v_align], w, h)


POLES: dict[str, dict[Language, str]] = {
    "results": {"fr": "Résultats", "en": "Results"},
    "people": {"fr": "Hommes", "en": "People"},
    "field": {"fr": "Terrain · court terme", "en": "Field · short term"},
    "step_back": {"fr": "Recul · long terme", "en": "Step back · long term"},
}


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


def to_canvas(point: Point, zoom: float = 1.0) -> tuple[float, float]:
    """A balance point in [-1, 1]^2 (y up) to unit-canvas coordinates (y down), magnified
    `zoom` times about the centre (the axes and the quadrants stay where they are)."""
    x, y = point
    return ((x * zoom + 1) / 2, (1 - y * zoom) / 2)


def point_label_anchor(point: Point, zoom: float = 1.0) -> tuple[float, float, HAlign]:
    """Where a point's label goes: beside it, on the side facing the centre, so it stays inside."""
    cx, cy = to_canvas(point, zoom)
    if cx > 0.8:
        return (cx - POINT_RADIUS - POINT_LABEL_GAP, cy, "right")
    return (cx + POINT_RADIUS + POINT_LABEL_GAP, cy, "left")


# Several managers on one spot ----------------------------------------------------------------

MERGE_DISTANCE = 1.5 * POINT_RADIUS  # closer than this (canvas), a dot would hide most of another
MERGED_RADIUS = 1.35 * POINT_RADIUS  # a dot standing for several managers, its count beside it


class Mark(NamedTuple):
    """One dot on the map: one manager, or several whose dots would hide each other."""

    point: Point  # balance coordinates: the members' mean
    members: tuple[int, ...]  # indices into the points merged

    @property
    def count(self) -> int:
        return len(self.members)

    @property
    def radius(self) -> float:
        return POINT_RADIUS if self.count == 1 else MERGED_RADIUS


def count_text(count: int) -> str:
    """What a merged dot says beside it: how many managers it stands for."""
    return f"×{count}"


def merge_points(points: Sequence[Point], zoom: float = 1.0) -> list[Mark]:
    """The dots to draw: each point joins the first dot (in the points' order) whose first point
    is nearer than `MERGE_DISTANCE` on the canvas, or starts its own, so the projector and the
    PDF merge alike. A grid of cells keeps it linear in the room's size."""
    cell = MERGE_DISTANCE
    limit = cell * cell
    seeds: list[tuple[float, float]] = []
    members: list[list[int]] = []
    near: dict[int, list[int]] = {}  # each cell (as in `_Grid`): the dots made in and around it, oldest first
    row = _Grid.ROW
    for index, (x, y) in enumerate(points):
        cx, cy = (x * zoom + 1) / 2, (1 - y * zoom) / 2  # to_canvas, inlined: this runs for every point
        key = int(cx // cell) * row + int(cy // cell)
        for m in near.get(key, ()):  # the first within reach is the first-made
            sx, sy = seeds[m]
            if (sx - cx) ** 2 + (sy - cy) ** 2 < limit:
                members[m].append(index)
                break
        else:
            for around in (key - row - 1, key - row, key - row + 1, key - 1, key, key + 1,
                           key + row - 1, key + row, key + row + 1):
                near.setdefault(around, []).append(len(seeds))
            seeds.append((cx, cy))
            members.append([index])
    marks = []
    for group in members:
        if len(group) == 1:
            marks.append(Mark(points[group[0]], (group[0],)))
            continue
        xs, ys = zip(*(points[k] for k in group))
        marks.append(Mark((sum(xs) / len(xs), sum(ys) / len(ys)), tuple(group)))
    return marks


def dot_box(mark: Mark, zoom: float = 1.0) -> Rect:
    """The square a mark's dot covers on the canvas: labels keep off it."""
    cx, cy = to_canvas(mark.point, zoom)
    r = mark.radius
    return Rect(cx - r, cy - r, 2 * r, 2 * r)


# The zoom on the group ----------------------------------------------------------------------

ZOOMS = (1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0)  # round magnifications, easy to say in the room
MAX_ZOOM = ZOOMS[-1]
ZOOM_MARGIN = 1.2  # the group's farthest point stays this much inside the square's edge
TICK_STEPS = (0.05, 0.1, 0.2, 0.25)


def zoom_for(points: Sequence[Point]) -> float:
    """The largest round magnification about the centre that still shows every point."""
    if not points:
        return 1.0
    extent = max(max(abs(x), abs(y)) for x, y in points) * ZOOM_MARGIN
    return max((z for z in ZOOMS if extent * z <= 1 + 1e-9), default=1.0)


def scale_ticks(zoom: float) -> list[float]:
    """Balance values marked along both axes, about four per half-axis on screen, so the room
    reads how much the centre is magnified."""
    shown = 1 / zoom  # the half-axis visible, in balance units
    step = next((s for s in TICK_STEPS if s >= shown / 4 - 1e-9), TICK_STEPS[-1])
    n = int(shown / step + 1e-9)
    ticks = [k * step for k in range(1, n + 1) if k * step < shown - 1e-9]
    return [-t for t in reversed(ticks)] + ticks


# Label placement ----------------------------------------------------------------------------

class Tag(NamedTuple):
    """A text to set beside a mark: the mark's centre and radius on the canvas, the text's size."""

    x: float
    y: float
    w: float
    h: float
    radius: float = POINT_RADIUS


def overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


def segment_boxes(start: tuple[float, float], end: tuple[float, float], width: float) -> list[Rect]:
    """A line (canvas coordinates) as small boxes along it, `width` thick: an obstacle for labels."""
    (x1, y1), (x2, y2) = start, end
    pieces = max(1, math.ceil(math.hypot(x2 - x1, y2 - y1) / 0.02))
    boxes = []
    for k in range(pieces):
        ax, ay = x1 + (x2 - x1) * k / pieces, y1 + (y2 - y1) * k / pieces
        bx, by = x1 + (x2 - x1) * (k + 1) / pieces, y1 + (y2 - y1) * (k + 1) / pieces
        boxes.append(Rect(min(ax, bx) - width / 2, min(ay, by) - width / 2,
                          abs(bx - ax) + width, abs(by - ay) + width))
    return boxes


CROWD_TAGS = 160  # more labels than this try only the places right beside their mark
MOB_TAGS = 700  # more than this, only the two sides: a frame's time for any room

Box = tuple[float, float, float, float]  # left, top, right, bottom


@dataclass
class TagMemory:
    """What one frame's placement leaves for the next (the projector repaints after every
    answer, most marks where they were): each tag's label, the dots, the obstacles."""

    labels: dict[Tag, tuple[int, Label | None]] = field(default_factory=dict)  # with its rank
    dots: frozenset[Box] = frozenset()
    obstacles: tuple[Box, ...] = ()
    tries: int | None = None
    left_out: int = 0  # labels that found no place


def place_tags(tags: Sequence[Tag], dots: Sequence[Rect] = (), obstacles: Sequence[Rect] = (),
               memory: TagMemory | None = None) -> list[Label | None]:
    """Each tag's label where it stays inside the square and covers no dot, no obstacle and no
    label placed before it; None when there is no such place (a name left out never hides a
    manager; a name written over a dot would).

    Tried in order: beside the mark facing the centre, the other side, above, below, the four
    corners around it, the same eight a step further out, then sliding up and down beside it.
    A crowd tries fewer places (`CROWD_TAGS`, `MOB_TAGS`): where hundreds of dots leave no room
    further out, the extra tries would only cost the frame. `dots` are every mark on the map,
    `obstacles` what else it writes (measured by the painter: only it knows the font). Dots
    and obstacles, then the labels placed, are kept in grids of cells, so each test is local.

    With a `memory` of the frame before (updated in place), a tag met again keeps its label
    while that place is still free and nothing freed near it could give it a better one, and
    a tag left out stays out unless something near it was freed: after one answer only the
    marks around the change are placed again, and the other labels stay still on the screen.
    """
    fixed, grid = _Grid(), _Grid()  # marks and obstacles; the labels placed
    dot_boxes = [(r.x, r.y, r.x + r.w, r.y + r.h) for r in dots]
    still = tuple((r.x, r.y, r.x + r.w, r.y + r.h) for r in obstacles)
    for box in (*dot_boxes, *still):
        fixed.add(*box)
    tries = 2 if len(tags) > MOB_TAGS else 4 if len(tags) > CROWD_TAGS else None
    recall = _Recall(tags, memory, frozenset(dot_boxes), still, tries)
    blocked: dict[tuple[object, ...], float] = {}
    placed: list[Label | None] = []
    for index, tag in enumerate(tags):
        choice = recall.kept(index, fixed, grid)
        if choice is _SEARCH:
            choice = _search(tag, fixed, grid, tries, blocked)
            recall.moved(index, choice)
        placed.append(choice)  # type: ignore[arg-type]
    if memory is not None:
        recall.remember(memory, placed)
    return placed


def _search(tag: Tag, fixed: _Grid, grid: _Grid, tries: int | None,
            blocked: dict[tuple[object, ...], float]) -> Label | None:
    """The first free place around `tag` (then marked taken in `grid`), or None.

    `blocked` keeps, for each place met in this frame, the narrowest label found there off the
    map or over a mark, an obstacle or a label placed before: a wider one there is too (the
    labels placed only grow). And for a mark whose every place is so blocked, from which width
    on: its other names are then left out at once. This spares the many names of a crowded spot
    the same tests (2000 managers stand on about 130 dots)."""
    w, h = tag.w, tag.h
    mark = (tag.x, tag.y, tag.radius, h)
    if w >= blocked.get(mark, 2.0):
        return None
    walled = 0.0  # the width from which every place tried so far is blocked
    for n, (x, y, ha, va) in enumerate(_tag_places(tag)):
        if n == tries:
            break
        key = (x, y, ha, va, h)
        limit = blocked.get(key, 2.0)
        if w >= limit:
            walled = max(walled, limit)
            continue
        left, top = x - w * _H_SHIFT[ha], y - h * _V_SHIFT[va]
        right, bottom = left + w, top + h
        if left < 0 or top < 0 or right > 1 or bottom > 1 or fixed.hits(left, top, right, bottom):
            blocked[key] = w
            walled = max(walled, w)
            continue
        if not grid.hits(left, top, right, bottom):
            grid.add(left, top, right, bottom)
            return Label("point", x, y, ha, va, POINT_LABEL_SIZE)
        blocked[key] = w  # a label in the way: labels only come in a placement, so it stays in the way
        walled = max(walled, w)
    if walled < 2.0:
        blocked[mark] = walled
    return None


def _label_box(label: Label, tag: Tag) -> Box:
    left, top = label.x - tag.w * _H_SHIFT[label.h_align], label.y - tag.h * _V_SHIFT[label.v_align]
    return left, top, left + tag.w, top + tag.h


_SEARCH = object()  # `_Recall.kept`'s answer when the tag must look for a place


class _Recall:
    """The frame before, as `place_tags` reads it: each tag's last label (met again in the same
    order), and what was freed since, so that only the tags that could use it look again."""

    CELL = 0.05  # the grid of the anchors of the tags that may look again

    def __init__(self, tags: Sequence[Tag], memory: TagMemory | None, dots: frozenset[Box],
                 obstacles: tuple[Box, ...], tries: int | None) -> None:
        self.tags, self.tries = tags, tries
        self.dots, self.obstacles = dots, obstacles
        self.hints: list[object] = [_SEARCH] * len(tags)
        self.retry: set[int] = set()
        self.trust_absent = False
        self.waiting: dict[tuple[int, int], list[int]] = {}  # tags not at their best place, by cell
        self.extents: dict[int, tuple[float, float, float, float]] = {}  # theirs: mark, reach across, up
        if memory is None or memory.obstacles != obstacles or memory.tries != tries or not memory.labels:
            return
        if memory.left_out * 2 > len(memory.labels):
            # A crowd where most names find no place (hundreds on a few dozen dots): whatever
            # changes near the crowded spots frees places of hundreds of tags, and looking up
            # what to look at again costs more than the searches it spares. Placed afresh.
            return
        gone = self._recall(memory)
        c = self.CELL
        for index, hint in enumerate(self.hints):
            if hint is None or isinstance(hint, Label) and not self._at_best(index, hint):
                tag = tags[index]
                self.waiting.setdefault((int(tag.x // c), int(tag.y // c)), []).append(index)
                self.extents[index] = (tag.x, tag.y, *self._extent(tag))
        self.reach = (max((e[2] for e in self.extents.values()), default=0.0),
                      max((e[3] for e in self.extents.values()), default=0.0))
        for box in memory.dots - dots:
            self.freed(box)
        for box in gone:
            self.freed(box)

    def _recall(self, memory: TagMemory) -> list[Box]:
        """Each tag's label of the frame before; the boxes of the labels whose tag is gone."""
        last, tags = memory.labels, self.tags
        present = set(tags)
        found = [last.get(tag) for tag in tags]
        if len(present) < len(tags):  # the same tag twice (initials on one spot): the first recalls
            seen: set[Tag] = set()
            for index, tag in enumerate(tags):
                if tag in seen:
                    found[index] = None
                seen.add(tag)
        ranks = [entry[0] for entry in found if entry is not None]
        self.hints = [_SEARCH if entry is None else entry[1] for entry in found]
        # A tag left out stays out only while what blocked it, placed before it, still is: not
        # when the order changed (marks merged or parted and came in another order).
        self.trust_absent = all(a < b for a, b in zip(ranks, ranks[1:]))
        return [_label_box(last[tag][1], tag) for tag in last.keys() - present  # type: ignore[arg-type]
                if last[tag][1] is not None]

    def _extent(self, tag: Tag) -> tuple[float, float]:
        """How far from its mark the places a tag may try reach, across and up or down."""
        if self.tries is not None and self.tries <= 2:  # beside it, either side
            return tag.radius + POINT_LABEL_GAP + tag.w, tag.h / 2
        if self.tries is not None and self.tries <= 4:  # and above, below
            return tag.radius + POINT_LABEL_GAP + tag.w, tag.radius + POINT_LABEL_GAP / 2 + tag.h
        return (tag.radius + POINT_LABEL_GAP * 2.5 + tag.w,
                max(tag.radius * 2.5 + POINT_LABEL_GAP * 1.25, SLIDES * tag.h) + tag.h)

    def _at_best(self, index: int, label: Label) -> bool:
        x, y, ha, va = next(_tag_places(self.tags[index]))
        return (label.x, label.y, label.h_align, label.v_align) == (x, y, ha, va)

    def freed(self, box: Box) -> None:
        """A place taken the frame before is free now: the tags that could reach it look again."""
        c, (rx, ry), retry, extents = self.CELL, self.reach, self.retry, self.extents
        left, top, right, bottom = box
        for i in range(int((left - rx) // c), int((right + rx) // c) + 1):
            for j in range(int((top - ry) // c), int((bottom + ry) // c) + 1):
                for index in self.waiting.get((i, j), ()):
                    if index not in retry:
                        x, y, ex, ey = extents[index]
                        if left < x + ex and x - ex < right and top < y + ey and y - ey < bottom:
                            retry.add(index)

    def kept(self, index: int, fixed: _Grid, grid: _Grid) -> object:
        """The tag's label from the frame before if it still holds, else `_SEARCH`."""
        hint = self.hints[index]
        if hint is _SEARCH or index in self.retry:
            return _SEARCH
        if hint is None:
            return None if self.trust_absent else _SEARCH
        box = _label_box(hint, self.tags[index])  # type: ignore[arg-type]
        if fixed.hits(*box) or grid.hits(*box):
            return _SEARCH
        grid.add(*box)
        return hint

    def moved(self, index: int, choice: Label | None) -> None:
        """A tag placed afresh: if it had another place the frame before, that place is free."""
        hint = self.hints[index]
        if isinstance(hint, Label) and hint != choice:
            self.freed(_label_box(hint, self.tags[index]))

    def remember(self, memory: TagMemory, placed: list[Label | None]) -> None:
        n = len(self.tags)  # read backwards, so that a tag met twice keeps its first label
        memory.labels = dict(zip(reversed(self.tags), zip(range(n - 1, -1, -1), reversed(placed))))
        memory.dots, memory.obstacles, memory.tries = self.dots, self.obstacles, self.tries
        memory.left_out = placed.count(None)


def place_labels(points: Sequence[Point], sizes: Sequence[tuple[float, float]],
                 obstacles: Sequence[Rect] = ()) -> list[Label | None]:
    """`place_tags` for single points of the usual radius, each point's dot an obstacle."""
    tags = [Tag(*to_canvas(p), w, h) for p, (w, h) in zip(points, sizes)]
    dots = [Rect(t.x - t.radius, t.y - t.radius, 2 * t.radius, 2 * t.radius) for t in tags]
    return place_tags(tags, dots, obstacles)


_RING = ((1, 0, "middle"), (-1, 0, "middle"), (0, -1, "bottom"), (0, 1, "top"),
         (1, -1, "bottom"), (1, 1, "top"), (-1, -1, "bottom"), (-1, 1, "top"))
_H_ALIGN: dict[int, HAlign] = {1: "left", 0: "center", -1: "right"}
_H_SHIFT = {"left": 0.0, "center": 0.5, "right": 1.0}
_V_SHIFT = {"top": 0.0, "middle": 0.5, "bottom": 1.0}
SLIDES = 5  # lines a label may slide from its mark in a cluster


def _tag_places(tag: Tag) -> Iterator[tuple[float, float, HAlign, VAlign]]:
    """(x, y, h_align, v_align) places around a mark, lazily: most tags take the first."""
    toward_centre = -1 if tag.x > 0.8 else 1
    r = tag.radius
    for step in (1.0, 2.5):
        side = r + POINT_LABEL_GAP * step
        above = r * step + POINT_LABEL_GAP / 2 * step
        for dx, dy, v_align in _RING:
            dx *= toward_centre
            # beside: clear of the dot; above or below: centred, or set off by half a dot
            x = tag.x + dx * side if dy == 0 else tag.x + dx * r / 2
            yield x, tag.y + dy * above, _H_ALIGN[dx], v_align  # type: ignore[misc]
    # A tight cluster: the label slides up or down beside its mark, one line at a time (a
    # leader line then ties it to its dot, see `leader`).
    side = r + POINT_LABEL_GAP
    for k in range(1, SLIDES + 1):
        for dx in (toward_centre, -toward_centre):
            for dy in (1, -1):
                yield tag.x + dx * side, tag.y + dy * k * tag.h, _H_ALIGN[dx], "middle"


def leader(tag: Tag, label: Label) -> tuple[float, float, float, float] | None:
    """A line from the mark's edge to its label when the label slid away from it, else None."""
    box = label.box(tag.w, tag.h)
    nx = min(max(tag.x, box.x), box.x + box.w)
    ny = min(max(tag.y, box.y), box.y + box.h)
    dx, dy = nx - tag.x, ny - tag.y
    distance = math.hypot(dx, dy)
    if distance <= tag.radius + POINT_LABEL_GAP * 2.6:
        return None
    return (tag.x + dx / distance * tag.radius, tag.y + dy / distance * tag.radius, nx, ny)


class _Grid:
    """Rectangles (left, top, right, bottom) bucketed by cell, so a test only meets its neighbours.
    A cell's key is one number, `ROW` per column: cheaper to make and hash than a pair."""

    CELL = 0.05
    ROW = 1 << 16  # far more rows than a map has, either side of zero

    def __init__(self) -> None:
        self.cells: dict[int, list[tuple[float, float, float, float]]] = {}

    def add(self, left: float, top: float, right: float, bottom: float) -> None:
        c, box, row = self.CELL, (left, top, right, bottom), self.ROW
        for i in range(int(left // c), int(right // c) + 1):
            for j in range(int(top // c), int(bottom // c) + 1):
                self.cells.setdefault(i * row + j, []).append(box)

    def hits(self, left: float, top: float, right: float, bottom: float) -> bool:
        c, cells, row = self.CELL, self.cells, self.ROW
        rows = range(int(top // c), int(bottom // c) + 1)
        for i in range(int(left // c), int(right // c) + 1):
            for j in rows:
                for a, b, x2, y2 in cells.get(i * row + j, ()):
                    if left < x2 and a < right and top < y2 and b < bottom:
                        return True
        return False


def initials(name: str) -> str:
    """Up to three initials of a name, upper-cased ("Marie-Claire Dupont" -> "MCD")."""
    parts = [p for chunk in name.split() for p in chunk.split("-") if p]
    letters = [next((ch for ch in p if ch.isalnum()), "") for p in parts]
    return "".join(letters).upper()[:3] or "?"

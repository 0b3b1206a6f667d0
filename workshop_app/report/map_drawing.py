"""The balance map as a vector drawing, painted from the shared geometry (model/geometry.py).

The geometry lives in a unit square with y pointing down; a Drawing has y pointing up, so
every coordinate goes through `_Painter.x/y`. Nothing here decides where things go: the
geometry does, so the projector and the page show the same map.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from workshop_app.model import geometry
from workshop_app.model.scoring import Point
from workshop_app.model.territories import BY_CODE, CENTROID, CODES, INK, MUTED, RULE, Language, text_colour
from workshop_app.report import fonts
from workshop_app.report.painter import Chart, shared_chart

CAP_HEIGHT = 0.73  # Inter's cap height, in ems: where a baseline goes to align a text's top
QUADRANT_TINT = 0.10
HIGHLIGHT_SIZE = geometry.POINT_LABEL_SIZE * 1.2
HIGHLIGHT_RADIUS = geometry.CENTROID_RADIUS  # the reader's dot: at least as prominent as the group's
COUNT_SIZE = geometry.POINT_LABEL_SIZE * 0.9  # "×3" beside a dot for several managers
ARROW_CLEARANCE = 0.02  # labels keep this wide a band along an arrow free
BACKDROP_PAD = 2.5  # points of white either side of the reader's label


@cache
def colour_of(hex_colour: str) -> Color:
    """The reportlab colour of `hex_colour`, made once: every document asks for the same few
    colours a hundred times, and nothing changes a Color once made."""
    return HexColor(hex_colour)


@cache
def tint(hex_colour: str, amount: float) -> Color:
    """`hex_colour` mixed with white: amount 1 is the colour, 0 is white."""
    c = colour_of(hex_colour)
    return Color(*(1 - amount * (1 - v) for v in (c.red, c.green, c.blue)))


def baseline(y_down: float, size: float, v_align: str) -> float:
    """Baseline (y down) for a text whose top, middle or bottom sits at `y_down`."""
    cap = CAP_HEIGHT * size
    return {"top": y_down + cap, "middle": y_down + cap / 2, "bottom": y_down}[v_align]


def text_box(label: geometry.Label, value: str, font: str) -> geometry.Rect:
    """What a label's text covers in the unit square, from its accents down to its descenders."""
    w = stringWidth(value, font, label.size)  # widths scale with the size: this is in sides
    top = baseline(label.y, label.size, label.v_align) - 0.95 * label.size
    return geometry.Rect(_left(label.x, w, label.h_align), top, w, 1.17 * label.size)


def _left(x: float, w: float, h_align: str) -> float:
    """Where a text `w` wide starts when aligned at `x`."""
    return {"left": x, "center": x - w / 2, "right": x - w}[h_align]


_ANCHOR = {"left": "start", "center": "middle", "right": "end"}


@dataclass(frozen=True)
class Arrow:
    start: Point
    end: Point


class _Painter:
    """Unit-square geometry (y down) onto a square of `side` points at (x0, y0) of a Drawing."""

    def __init__(self, drawing: Drawing, side: float, x0: float = 0, y0: float = 0) -> None:
        self.d, self.side, self.x0, self.y0 = drawing, side, x0, y0

    def x(self, u: float) -> float:
        return self.x0 + u * self.side

    def y(self, v: float) -> float:
        return self.y0 + (1 - v) * self.side

    def text(self, u: float, v: float, value: str, size: float, h_align: str, v_align: str,
             colour: Color | str, font: str = fonts.REGULAR, backdrop: bool = False) -> None:
        """A label; `backdrop` sets it on white, legible over the points and the centroid."""
        pts = size * self.side
        x, y = self.x(u), self.y(baseline(v, size, v_align))
        if backdrop:
            w = stringWidth(value, font, pts)
            self.d.add(Rect(_left(x, w, h_align) - BACKDROP_PAD, y - 0.3 * pts, w + 2 * BACKDROP_PAD, 1.15 * pts,
                            rx=2, ry=2, fillColor=white, strokeColor=None))
        self.d.add(String(x, y, value, fontName=font, fontSize=pts, fillColor=_colour(colour),
                          textAnchor=_ANCHOR[h_align]))

    def dot(self, point: Point, radius: float, fill: Color | str, stroke: Color | str | None = white,
            width: float = 1.0) -> None:
        u, v = geometry.to_canvas(point)
        self.d.add(Circle(self.x(u), self.y(v), radius * self.side, fillColor=_colour(fill),
                          strokeColor=_colour(stroke) if stroke else None, strokeWidth=width))

    def arrow(self, arrow: Arrow, colour: str, width: float) -> None:
        (u1, v1), (u2, v2) = geometry.to_canvas(arrow.start), geometry.to_canvas(arrow.end)
        x1, y1, x2, y2 = self.x(u1), self.y(v1), self.x(u2), self.y(v2)
        length = math.hypot(x2 - x1, y2 - y1)
        head = geometry.ARROW_HEAD * self.side
        if length < head:
            return  # no change wanted: nothing to point at
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        bx, by = x2 - ux * head, y2 - uy * head
        self.d.add(Line(x1, y1, bx, by, strokeColor=_colour(colour), strokeWidth=width))
        half = head * 0.55
        self.d.add(Polygon([x2, y2, bx - uy * half, by + ux * half, bx + uy * half, by - ux * half],
                           fillColor=_colour(colour), strokeColor=None))


def _colour(c: Color | str) -> Color:
    return colour_of(c) if isinstance(c, str) else c


def balance_map(
    side: float,
    language: Language,
    territory_names: dict[str, str],
    *,
    points: Sequence[Point] = (),
    highlight: Point | None = None,
    highlight_label: str = "",
    centroid: Point | None = None,
    arrows: Sequence[Arrow] = (),
    earlier: Point | None = None,
) -> Drawing:
    """The map: tinted quadrants with their names, axes and poles, then the people on it.

    `points` are drawn small and anonymous (the synthesis); `highlight` is the reader's own
    point (the debrief), labelled where the geometry finds room, off the map's own words.
    """
    fonts.register_fonts()
    ground, obstacles = _ground(side, language, tuple(territory_names[c] for c in CODES))
    d = shared_chart(side, side, ground)
    p = _Painter(d, side)
    for arrow in arrows:
        p.arrow(arrow, INK, 1.4)
    obstacles = [*obstacles, *(box for arrow in arrows for box in geometry.segment_boxes(
        geometry.to_canvas(arrow.start), geometry.to_canvas(arrow.end), ARROW_CLEARANCE))]
    marks = geometry.merge_points(points)
    for mark in marks:  # a dot per spot, bigger when it stands for several managers
        p.dot(mark.point, mark.radius * 0.8, tint(INK, 0.55), white, 0.6)
    dots = [geometry.dot_box(mark) for mark in marks]
    if centroid is not None:
        p.dot(centroid, geometry.CENTROID_RADIUS, CENTROID, white, 1.5)
        dots.append(_disc(centroid, geometry.CENTROID_RADIUS))
    if earlier is not None:  # the reader's point last time (a follow-up's page), grey, under today's
        p.dot(earlier, HIGHLIGHT_RADIUS * 0.8, CENTROID, white, 1.2)
        dots.append(_disc(earlier, HIGHLIGHT_RADIUS * 0.8))
    if highlight is not None:  # the reader above the group, and no smaller than its mark
        p.dot(highlight, HIGHLIGHT_RADIUS, INK, white, 1.5)
        dots.append(_disc(highlight, HIGHLIGHT_RADIUS))
        if highlight_label:
            _highlight_label(p, highlight, highlight_label, dots, obstacles)
    _counts(p, marks, dots, obstacles)
    return d


@lru_cache(maxsize=16)
def _ground(side: float, language: Language, names: tuple[str, ...]) -> tuple[tuple[object, ...],
                                                                           tuple[geometry.Rect, ...]]:
    """What every map of a size, language and territory names shows, made once per session:
    the tinted quadrants, the frame, the axes and the words; and where the words are, for the
    labels to keep off. The painter never changes a shape, so every map can share them."""
    d = Chart(side, side)
    p = _Painter(d, side)
    for code in CODES:
        q = geometry.quadrant(code)
        d.add(Rect(p.x(q.x), p.y(q.y + q.h), q.w * side, q.h * side,
                   fillColor=tint(BY_CODE[code].colour, QUADRANT_TINT), strokeColor=None))
    d.add(Rect(0, 0, side, side, fillColor=None, strokeColor=colour_of(RULE), strokeWidth=0.75))
    for x1, y1, x2, y2 in geometry.axes():
        d.add(Line(p.x(x1), p.y(y1), p.x(x2), p.y(y2), strokeColor=colour_of(MUTED), strokeWidth=0.6))
    words = [(label, name, text_colour(label.key), fonts.BOLD)  # text shade: 4.5:1
             for label, name in zip(map(geometry.quadrant_label, CODES), names)]
    words += [(label, geometry.POLES[label.key][language], MUTED, fonts.REGULAR) for label in geometry.pole_labels()]
    for label, value, colour, font in words:
        p.text(label.x, label.y, value, label.size, label.h_align, label.v_align, colour, font)
    return tuple(d.contents), tuple(text_box(label, value, font) for label, value, _, font in words)


def _disc(point: Point, radius: float) -> geometry.Rect:
    cx, cy = geometry.to_canvas(point)
    return geometry.Rect(cx - radius, cy - radius, 2 * radius, 2 * radius)


def _counts(p: _Painter, marks: Sequence[geometry.Mark], dots: list[geometry.Rect],
            obstacles: list[geometry.Rect]) -> None:
    """"×3" beside each dot standing for several managers, placed as the projector places it."""
    merged = [m for m in marks if m.count > 1]
    if not merged:  # nothing to write: spare the placement its grids
        return
    texts = [geometry.count_text(m.count) for m in merged]
    tags = [geometry.Tag(*geometry.to_canvas(m.point), stringWidth(t, fonts.BOLD, COUNT_SIZE), 1.15 * COUNT_SIZE,
                         m.radius * 0.8) for m, t in zip(merged, texts)]
    for label, value in zip(geometry.place_tags(tags, dots, obstacles), texts):
        if label is not None:
            p.text(label.x, label.y, value, COUNT_SIZE, label.h_align, label.v_align, INK, fonts.BOLD)


def _highlight_label(p: _Painter, point: Point, value: str, dots: list[geometry.Rect],
                     obstacles: list[geometry.Rect]) -> None:
    """The reader's label, on its backdrop, placed as the projector places its labels: off the
    map's words, every dot and the reader's own arrow."""
    w = stringWidth(value, fonts.BOLD, HIGHLIGHT_SIZE) + 2 * BACKDROP_PAD / p.side
    tag = geometry.Tag(*geometry.to_canvas(point), w, 1.15 * HIGHLIGHT_SIZE, HIGHLIGHT_RADIUS)
    (label,) = geometry.place_tags([tag], dots, obstacles)
    if label is None:  # a crowded spot: keep off the arrow and the words at least
        (label,) = geometry.place_tags([tag], [], obstacles)
    if label is None:
        return
    p.text(label.x, label.y, value, HIGHLIGHT_SIZE, label.h_align, label.v_align, INK, fonts.BOLD, backdrop=True)

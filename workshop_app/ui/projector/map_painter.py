"""The balance map, painted with QPainter from the model's geometry (the one the PDF uses).

Fast enough for 2000 points at a frame after each answer: only the points that moved are
merged again (`merge_memory`); the static square (tints, axes, names) is cached in a pixmap
per size, with the arrows drawn on it and redrawn only in the tiles where an arrow changed
(see `arrow_layer`); points, arrow heads (one per 5° of
direction) and labels are pre-drawn sprites, blitted; labels whose marks did not move keep
their places (`geometry.TagMemory`). Arrow shafts are opaque (a translucent wide pen costs four
times more), thinner as the crowd grows, which also keeps 500 arrows readable. Exports to SVG
paint without any pixmap so they stay vector.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap, QPolygonF, QStaticText, QTransform

from workshop_app.model import geometry
from workshop_app.model.geometry import HAlign, Label, VAlign
from workshop_app.model.merge_memory import MergeMemory
from workshop_app.model.scoring import Results
from workshop_app.model.territories import CODES
from workshop_app.ui.projector import style
from workshop_app.ui.projector.arrow_layer import ArrowLayer, Shaft, Tip
from workshop_app.ui.projector.scene import Scene
from workshop_app.ui.projector.texts import RoomText

_POLE_ARROWS = {"results": "← {}", "people": "{} →", "step_back": "↑ {}", "field": "↓ {}"}
_initials = lru_cache(maxsize=4096)(geometry.initials)
_CACHE_FLOOR = 4000
ARROW = QColor("#6D6DA9")  # the accent at 75 % on white, opaque
ARROWS_AT_FULL_WEIGHT = 60  # more arrows than this get thinner, as 1/sqrt(n)
CROWD = 250  # from this many arrows, shafts are 1-pixel hairlines
HEAD_STEP = 5  # degrees between pre-drawn arrow heads
RIPPLES_AT_ONCE = 40  # more points arriving together only fade in
TICK_LENGTH = 0.024  # of the side, across an axis
NAME_WIDTH = 0.36  # of the map's side: a longer name is shortened with an ellipsis


def arrow_head(tip: QPointF, angle: float, head: float) -> QPolygonF:
    """A triangle pointing along `angle` (radians, y down) with its point at `tip`."""
    ux, uy = math.cos(angle), math.sin(angle)
    base = QPointF(tip.x() - ux * head, tip.y() - uy * head)
    half = head * 0.32  # long and slim: never mistaken for a dot
    return QPolygonF([tip, QPointF(base.x() - uy * half, base.y() + ux * half),
                      QPointF(base.x() + uy * half, base.y() - ux * half)])


def halo_width(font: QFont) -> float:
    return max(1.0, font.pixelSize() * 0.12)


def draw_label(p: QPainter, top_left: QPointF, static: QStaticText, font: QFont) -> None:
    """Ink text inside a white halo, so it reads over arrows, dots and tints."""
    p.setFont(font)
    p.setPen(style.BACKGROUND)
    pad = halo_width(font)
    for dx, dy in ((-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1)):
        p.drawStaticText(QPointF(top_left.x() + dx * pad, top_left.y() + dy * pad), static)
    p.setPen(style.INK)
    p.drawStaticText(top_left, static)


def territory_names(scene: Scene) -> dict[str, str]:
    return {c: scene.instrument.territory_name(c, scene.language) for c in CODES}  # type: ignore[arg-type]


def fixed_labels(side: float, names: dict[str, str], language: str) -> list[tuple[Label, str, QFont]]:
    """The map's own words with their fonts: the territory names, then the poles."""
    quadrants = [(label, names[label.key], style.font(side, label.size, QFont.Weight.Bold))
                 for label in map(geometry.quadrant_label, CODES)]
    poles = [(label, _POLE_ARROWS[label.key].format(geometry.POLES[label.key][language]),  # type: ignore[index]
              style.font(side, label.size, QFont.Weight.DemiBold)) for label in geometry.pole_labels()]
    return quadrants + poles


def text_size(text: str, font: QFont) -> QSizeF:
    metrics = QFontMetrics(font)
    return QSizeF(metrics.boundingRect(text).width(), metrics.height())


def fixed_label_boxes(side: float, names: dict[str, str], language: str) -> list[geometry.Rect]:
    """Where the map's own words are, as fractions of the side: point labels keep off them."""
    boxes = []
    for label, text, font in fixed_labels(side, names, language):
        size = text_size(text, font)
        boxes.append(label.box(size.width() / side, size.height() / side))
    return boxes


def centroid_font(side: float) -> QFont:
    return style.font(side, geometry.POINT_LABEL_SIZE * 1.15, QFont.Weight.Bold)


def count_font(side: float) -> QFont:
    return style.font(side, geometry.POINT_LABEL_SIZE, QFont.Weight.Bold)


def map_zoom(scene: Scene) -> float:
    """The magnification the map shows: 1 unless the trainer zoomed on the group."""
    if not scene.state.zoom:
        return 1.0
    spots = [r.point for r in scene.results.participants if r.point is not None]
    if scene.state.arrows:
        spots += [r.ideal_point for r in scene.results.participants
                  if r.point is not None and r.ideal_point is not None]
    return geometry.zoom_for(spots)  # type: ignore[arg-type]


def pixel_mapper(square: QRectF, zoom: float = 1.0) -> Callable[[tuple[float, float]], QPointF]:
    """Balance point to pixels in `square`, for many points a frame."""
    left, top, side = square.x(), square.y(), square.width()

    def to_px(point: tuple[float, float]) -> QPointF:
        x, y = geometry.to_canvas(point, zoom)
        return QPointF(left + x * side, top + y * side)
    return to_px


def pixel_ratio(p: QPainter) -> float:
    """Device pixels per pixel where `p` paints (2 on a high-density screen): caches are drawn at it."""
    return p.device().devicePixelRatioF() if p.device() else 1.0


def _sprite(p: QPainter, width: float, height: float) -> tuple[QPixmap, QPainter]:
    ratio = pixel_ratio(p)
    pixmap = QPixmap(max(1, math.ceil(width * ratio)), max(1, math.ceil(height * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    sp = QPainter(pixmap)
    sp.setRenderHint(QPainter.RenderHint.Antialiasing)
    sp.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return pixmap, sp


def aligned_top_left(x: float, y: float, size: QSizeF, h_align: HAlign, v_align: VAlign) -> QPointF:
    """Where text of `size` starts so that its `h_align`/`v_align` edge sits at (x, y)."""
    left = {"left": x, "center": x - size.width() / 2, "right": x - size.width()}[h_align]
    top = {"top": y, "middle": y - size.height() / 2, "bottom": y - size.height()}[v_align]
    return QPointF(left, top)


def font_key(font: QFont) -> tuple[int, int]:
    return font.pixelSize(), font.weight().value


def cache_limit(room: int) -> int:
    """Entries a label cache keeps: a few per manager (names, initials, their sprites at two
    sizes), so a room of any size is laid out once, never cleared and rebuilt every frame."""
    return max(_CACHE_FLOOR, 6 * room)


class TextCache:
    """Plain-text QStaticText laid out once per (text, font): no per-frame font metrics."""

    def __init__(self) -> None:
        self._texts: dict[tuple[str, int, int], QStaticText] = {}
        self._elided: dict[tuple[str, int, int, int], str] = {}
        self._boxes: dict[tuple[str, tuple[int, int], float], tuple[float, float]] = {}
        self._names: dict[tuple[object, ...], dict[str, tuple[str, float, float]]] = {}
        self._fixed: dict[tuple[object, ...], list[geometry.Rect]] = {}
        self.limit = _CACHE_FLOOR

    def names(self, font: QFont, side: float, initials: bool) -> tuple[dict[str, tuple[str, float, float]],
                                                                       Callable[[str], tuple[str, float, float]]]:
        """A manager's name as the map shows it (initials, or shortened to `NAME_WIDTH`) and its
        box for the placement, in one look-up per name and frame (a big room has thousands):
        the table of names met, and what measures a new one into it."""
        key = font_key(font)
        table = self._names.get((key, side, initials))
        if table is None:
            if len(self._names) >= 4:  # a resize or a toggle: the tables of other sizes go
                self._names.clear()
            table = self._names[(key, side, initials)] = {}
        width = round(NAME_WIDTH * side)

        def shown(name: str) -> tuple[str, float, float]:
            found = table.get(name)
            if found is None:
                if len(table) > self.limit:
                    table.clear()
                text = _initials(name) if initials else self.elided(name, font, width)
                found = table[name] = (text, *self.box(text, font, side, key))
            return found
        return table, shown

    def fixed_boxes(self, side: float, names: dict[str, str], language: str) -> list[geometry.Rect]:
        """`fixed_label_boxes`, measured once per size and language."""
        key = (side, tuple(names.values()), language)
        boxes = self._fixed.get(key)
        if boxes is None:
            if len(self._fixed) >= 4:
                self._fixed.clear()
            boxes = self._fixed[key] = fixed_label_boxes(side, names, language)
        return boxes

    def elided(self, text: str, font: QFont, width: int) -> str:
        """`text` shortened with an ellipsis to fit `width` pixels (the PDF keeps full names)."""
        key = (text, font.pixelSize(), font.weight().value, width)
        short = self._elided.get(key)
        if short is None:
            if len(self._elided) > self.limit:
                self._elided.clear()
            short = self._elided[key] = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
        return short

    def box(self, text: str, font: QFont, side: float, font_key: tuple[int, int]) -> tuple[float, float]:
        """The text with its halo, as fractions of `side`: what the labels' placement is given.
        `font_key` is `font_key(font)`, computed once by the caller for its many labels."""
        key = (text, font_key, side)
        box = self._boxes.get(key)
        if box is None:
            if len(self._boxes) > self.limit:
                self._boxes.clear()
            size, pad = self.get(text, font).size(), 2 * halo_width(font)
            box = self._boxes[key] = ((size.width() + pad) / side, (size.height() + pad) / side)
        return box

    def get(self, text: str, font: QFont) -> QStaticText:
        key = (text, font.pixelSize(), font.weight().value)
        static = self._texts.get(key)
        if static is None:
            if len(self._texts) > self.limit:
                self._texts.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
            static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            static.prepare(QTransform(), font)
            self._texts[key] = static
        return static


class SpriteCache:
    """Pre-drawn pixmaps of what the map repeats: arrow heads by direction, point labels."""

    def __init__(self, texts: TextCache) -> None:
        self.texts = texts
        self._sprites: dict[tuple[object, ...], QPixmap] = {}
        self.limit = _CACHE_FLOOR

    def _get(self, key: tuple[object, ...]) -> QPixmap | None:
        if len(self._sprites) > self.limit:
            self._sprites.clear()
        return self._sprites.get(key)

    def head(self, p: QPainter, bucket: int, head: float) -> QPixmap:
        """An arrow head with its point at the pixmap's centre."""
        key = ("head", bucket, round(head * 4))
        sprite = self._get(key)
        if sprite is None:
            side = 2 * head + 2
            sprite, sp = _sprite(p, side, side)
            sp.setPen(Qt.PenStyle.NoPen)
            sp.setBrush(ARROW)
            sp.drawPolygon(arrow_head(QPointF(side / 2, side / 2), math.radians(bucket * HEAD_STEP), head))
            sp.end()
            self._sprites[key] = sprite
        return sprite

    def label(self, p: QPainter, text: str, font: QFont) -> QPixmap:
        """A point's label with its halo; blit it `halo_width(font)` up and left of the text's place."""
        key = ("label", text, font.pixelSize(), font.weight().value)
        sprite = self._get(key)
        if sprite is None:
            static = self.texts.get(text, font)
            pad = halo_width(font)
            sprite, sp = _sprite(p, static.size().width() + 2 * pad + 1, static.size().height() + 2 * pad + 1)
            draw_label(sp, QPointF(pad, pad), static, font)
            sp.end()
            self._sprites[key] = sprite
        return sprite


_UNKNOWN = object()


class ArrowMemory:
    """Each arrow in pixels (shaft and head, or None when too short to draw) by its two ends,
    for one size and crowd of the map: the frames that follow an answer look them up."""

    def __init__(self) -> None:
        self._key: tuple[float, ...] | None = None
        self._table: dict[tuple[object, object], tuple[Shaft, Tip] | None] = {}

    def table_for(self, key: tuple[float, ...], room: int) -> dict[tuple[object, object], tuple[Shaft, Tip] | None]:
        if key != self._key or len(self._table) > 2 * room + 64:  # another size, or arrows long gone
            self._key, self._table = key, {}
        return self._table


@dataclass
class Layers:
    """The map's moving parts in pixels: settled dots, arrows and labels, the group's mark."""

    points: list[QPointF]  # one manager each
    merged: list[QPointF]  # several managers each, their count among the labels
    shafts: list[Shaft]  # pixels
    tips: list[Tip]  # arrow points and their direction, in HEAD_STEP degrees
    head: float
    arrow_width: float
    label_font: QFont
    labels: list[tuple[QPointF, str, QFont]]  # centre, text, font
    leaders: list[QLineF] = field(default_factory=list)  # from a dot to its label slid away
    centroid: QPointF | None = None
    centroid_word: tuple[QPointF, str] | None = None  # centre, text
    zoom: float = 1.0
    arrivals: list[tuple[QPointF, float]] = field(default_factory=list)  # point, 0..1 in

    @classmethod
    def compute(cls, square: QRectF, scene: Scene, texts: TextCache, memory: geometry.TagMemory | None = None,
                merges: MergeMemory | None = None, arrows: ArrowMemory | None = None) -> Layers:
        """Where everything goes; with the `memory` of the frame before, labels whose marks
        did not move stay where they were (see `geometry.place_tags`), with its `merges` only
        the points that moved are merged again (see `merge_memory`), and with its `arrows`
        only the arrows that moved are worked out again."""
        side = square.width()
        zoom = map_zoom(scene)
        to_px = pixel_mapper(square, zoom)
        settled = [r for r in scene.results.participants
                   if r.point is not None and r.participant_id not in scene.arrivals]
        shafts, tips, head, width = cls._arrows(settled, square, zoom, side, arrows)
        spots = [r.point for r in settled]
        marks = merges.merge(spots, zoom) if merges is not None else geometry.merge_points(spots, zoom)  # type: ignore[arg-type]
        centroid = scene.results.group.centroid
        font = style.font(side, geometry.POINT_LABEL_SIZE, QFont.Weight.DemiBold)
        tags: list[tuple[geometry.Tag, str, QFont]] = []
        if centroid is not None:  # the group's word first: it belongs right beside its mark
            tags.append(cls._tag(geometry.to_canvas(centroid, zoom), geometry.CENTROID_RADIUS,
                                 RoomText.of(scene.language).get("group"), centroid_font(side), texts, side))
        make_tuple = tuple.__new__  # tags and dots by the hundred: without NamedTuple's Python constructor
        # Each mark's place on the canvas and radius, once: the loops below run for every manager.
        places = [((m.point[0] * zoom + 1) / 2, (1 - m.point[1] * zoom) / 2, len(m.members) > 1)  # to_canvas
                  for m in marks]
        counts = count_font(side)
        for mark, (x, y, merged) in zip(marks, places):
            if merged:
                tags.append(cls._tag((x, y), geometry.MERGED_RADIUS, geometry.count_text(len(mark.members)), counts,
                                     texts, side))
        if scene.state.labels != "none":
            table, shown = texts.names(font, side, scene.state.labels == "initials")
            Tag = geometry.Tag
            for mark, (x, y, merged) in zip(marks, places):
                radius = geometry.MERGED_RADIUS if merged else geometry.POINT_RADIUS
                for index in mark.members:
                    name = settled[index].name
                    text, w, h = table.get(name) or shown(name)  # a look-up for all but new names
                    tags.append((make_tuple(Tag, (x, y, w, h, radius)), text, font))
        Rect, single, merged_r = geometry.Rect, geometry.POINT_RADIUS, geometry.MERGED_RADIUS
        dots = [make_tuple(Rect, (x - merged_r, y - merged_r, 2 * merged_r, 2 * merged_r)) if merged  # dot_box
                else make_tuple(Rect, (x - single, y - single, 2 * single, 2 * single)) for x, y, merged in places]
        if centroid is not None:
            cx, cy = geometry.to_canvas(centroid, zoom)
            r = geometry.CENTROID_RADIUS
            dots.append(Rect(cx - r, cy - r, 2 * r, 2 * r))
        obstacles = texts.fixed_boxes(side, territory_names(scene), scene.language)
        placed = geometry.place_tags([t for t, _, _ in tags], dots, obstacles, memory)
        labels = [(cls._centre(square, label, tag, side), text, f)
                  for label, (tag, text, f) in zip(placed, tags) if label is not None]
        lines = [geometry.leader(tag, label) for label, (tag, _, _) in zip(placed, tags) if label is not None]
        leaders = [QLineF(square.x() + x1 * side, square.y() + y1 * side, square.x() + x2 * side, square.y() + y2 * side)
                   for x1, y1, x2, y2 in filter(None, lines)]
        centroid_word = None
        if centroid is not None:
            group_label = labels.pop(0) if placed[0] is not None else None
            centroid_word = (group_label[0], group_label[1]) if group_label else None
        return cls([to_px(m.point) for m, (_, _, merged) in zip(marks, places) if not merged],
                   [to_px(m.point) for m, (_, _, merged) in zip(marks, places) if merged],
                   shafts, tips, head, width, font, labels, leaders,
                   to_px(centroid) if centroid is not None else None, centroid_word, zoom)

    @staticmethod
    def _arrows(settled: list, square: QRectF, zoom: float, side: float,  # type: ignore[type-arg]
                known: ArrowMemory | None = None) -> tuple[list[Shaft], list[Tip], float, float]:
        """Shafts and heads in pixels; plain arithmetic, as it runs for every arrow each frame,
        and with `known` the arrows of the frames before kept: one answer moves one arrow."""
        with_ideal = [r for r in settled if r.ideal_point is not None]
        crowd = min(1.0, math.sqrt(ARROWS_AT_FULL_WEIGHT / max(len(with_ideal), 1)))
        head = geometry.ARROW_HEAD * side * max(0.6, crowd)
        half = side * zoom / 2
        ox, oy = square.x() + side / 2, square.y() + side / 2  # the centre, in pixels
        table = known.table_for((ox, oy, half, head), len(with_ideal)) if known is not None else {}
        buckets = 360 // HEAD_STEP
        shafts, tips = [], []
        for r in with_ideal:
            spot = (r.point, r.ideal_point)
            arrow = table.get(spot, _UNKNOWN)
            if arrow is _UNKNOWN:
                (x1, y1), (x2, y2) = spot
                sx, sy, ex, ey = ox + x1 * half, oy - y1 * half, ox + x2 * half, oy - y2 * half
                dx, dy = ex - sx, ey - sy
                length = math.hypot(dx, dy)
                if length < head:
                    arrow = table[spot] = None
                else:
                    back = head * 0.8 / length  # the shaft stops inside the head
                    arrow = table[spot] = ((sx, sy, ex - dx * back, ey - dy * back),
                                           (ex, ey, round(math.degrees(math.atan2(dy, dx)) / HEAD_STEP) % buckets))
            if arrow is not None:
                shafts.append(arrow[0])
                tips.append(arrow[1])
        return shafts, tips, head, max(1.0, side * 0.0032 * crowd)

    @staticmethod
    def _tag(centre: tuple[float, float], radius: float, text: str, font: QFont, texts: TextCache,
             side: float) -> tuple[geometry.Tag, str, QFont]:
        """A label to place, its box the text with its halo, as fractions of the side."""
        w, h = texts.box(text, font, side, font_key(font))
        return geometry.Tag(centre[0], centre[1], w, h, radius), text, font

    @staticmethod
    def _centre(square: QRectF, label: Label, tag: geometry.Tag, side: float) -> QPointF:
        """The centre of the placed box: the text and its halo are centred on it."""
        box = label.box(tag.w, tag.h)
        return QPointF(square.x() + (box.x + box.w / 2) * side, square.y() + (box.y + box.h / 2) * side)


class MapPainter:
    """Paints the map into a square; keeps its caches between frames."""

    def __init__(self) -> None:
        self.texts = TextCache()
        self.sprites = SpriteCache(self.texts)
        self._background: QPixmap | None = None
        self._background_key: tuple[object, ...] | None = None
        self._dots: dict[tuple[object, ...], QPixmap] = {}
        self._layers_cache: tuple[Results, tuple[object, ...], Layers] | None = None
        self._tags = geometry.TagMemory()  # the last frame's labels: one answer moves few of them
        self._merges = MergeMemory()  # the last frame's dots: one answer moves one point
        self._arrow_memory = ArrowMemory()  # the arrows in pixels, by their ends
        self._arrows = ArrowLayer()  # the square with the last frame's arrows: one answer redraws a few tiles

    def paint(self, p: QPainter, square: QRectF, scene: Scene, *, vector: bool = False) -> None:
        """The square, then the arrows, the group's mark, every manager's dot above it, and the
        labels, placed together so that none covers a dot or another label."""
        names = territory_names(scene)
        layers = self._layers(square, scene) if scene.state.revealed else None
        zoom = layers.zoom if layers is not None else 1.0
        if vector:
            self.paint_background(p, square, names, scene.language, zoom)
        elif layers is not None and scene.state.arrows:  # the square and its arrows, kept in one layer
            self._paint_arrow_layer(p, square, self._cached_background(p, square, names, scene.language, zoom), layers)
        else:
            p.drawPixmap(square.topLeft(), self._cached_background(p, square, names, scene.language, zoom))
        if layers is None:
            return
        side = square.width()
        if vector and scene.state.arrows:
            self._paint_arrows(p, layers)
        if layers.leaders:
            p.setPen(QPen(style.MUTED, max(1.0, side * 0.0016)))
            p.drawLines(layers.leaders)
        if layers.centroid is not None:
            self._centroid_mark(p, layers.centroid, geometry.CENTROID_RADIUS * side)
        self._paint_points(p, square, [(at, geometry.POINT_RADIUS) for at in layers.points]
                           + [(at, geometry.MERGED_RADIUS) for at in layers.merged], vector)
        self._paint_arrivals(p, square, layers.arrivals, vector)
        self._paint_labels(p, layers, vector)
        if layers.centroid_word is not None:
            self._paint_group_word(p, *layers.centroid_word, side)

    # The static square -------------------------------------------------------------------

    def _cached_background(self, p: QPainter, square: QRectF, names: dict[str, str], language: str,
                           zoom: float) -> QPixmap:
        ratio = pixel_ratio(p)
        key = (round(square.width()), ratio, language, tuple(names.values()), zoom)
        if self._background is None or self._background_key != key:
            side = round(square.width() * ratio)
            pixmap = QPixmap(side, side)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(style.BACKGROUND)  # opaque: blitted as a plain copy
            bp = QPainter(pixmap)
            bp.setRenderHint(QPainter.RenderHint.Antialiasing)
            bp.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self.paint_background(bp, QRectF(0, 0, square.width(), square.width()), names, language, zoom)
            bp.end()
            self._background, self._background_key = pixmap, key
        return self._background

    def paint_background(self, p: QPainter, square: QRectF, names: dict[str, str], language: str,
                         zoom: float = 1.0) -> None:
        """Quadrant tints, the axes (graduated when zoomed), the territory names and the poles."""
        side = square.width()
        p.save()
        p.setPen(Qt.PenStyle.NoPen)
        for code in CODES:
            q = geometry.quadrant(code)
            p.fillRect(self._rect(square, q.x, q.y, q.w, q.h), style.tint(code))
        p.setPen(QPen(style.INK, max(1.5, side * 0.003), Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        for x1, y1, x2, y2 in geometry.axes():
            p.drawLine(QLineF(self._at(square, x1, y1), self._at(square, x2, y2)))
        if zoom != 1.0:
            self._paint_ticks(p, square, zoom)
        for label, text, font in fixed_labels(side, names, language):
            p.setPen(style.text_colour(label.key) if label.key in CODES else style.MUTED)
            self._draw_label(p, square, label, text, font)
        p.restore()

    def _paint_ticks(self, p: QPainter, square: QRectF, zoom: float) -> None:
        """Graduations across both axes, so a zoomed map shows its scale (see `geometry.scale_ticks`)."""
        half = TICK_LENGTH / 2
        for value in geometry.scale_ticks(zoom):
            u, _ = geometry.to_canvas((value, 0.0), zoom)
            p.drawLine(QLineF(self._at(square, u, 0.5 - half), self._at(square, u, 0.5 + half)))
            p.drawLine(QLineF(self._at(square, 0.5 - half, u), self._at(square, 0.5 + half, u)))

    def _draw_label(self, p: QPainter, square: QRectF, label: Label, text: str, font: QFont) -> None:
        p.setFont(font)
        anchor = self._at(square, label.x, label.y)
        size = text_size(text, font)
        box = QRectF(aligned_top_left(anchor.x(), anchor.y(), size, label.h_align, label.v_align), size)
        flags = {"left": Qt.AlignmentFlag.AlignLeft, "center": Qt.AlignmentFlag.AlignHCenter,
                 "right": Qt.AlignmentFlag.AlignRight}[label.h_align]
        p.drawText(box, int(flags | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip), text)

    # Points, arrows, labels -------------------------------------------------------------

    def _layers(self, square: QRectF, scene: Scene) -> Layers:
        """Where everything goes, in pixels; kept while the results and the frame stay the same,
        so the frames of an arrival animation only blit."""
        key = (square.getRect(), scene.state.labels, scene.state.zoom, scene.state.arrows, tuple(scene.arrivals))
        if self._layers_cache is None or self._layers_cache[0] is not scene.results or self._layers_cache[1] != key:
            self.texts.limit = self.sprites.limit = cache_limit(len(scene.results.participants))
            self._layers_cache = (scene.results, key, Layers.compute(square, scene, self.texts, self._tags,
                                                                     self._merges, self._arrow_memory))
        layers = self._layers_cache[2]
        to_px = pixel_mapper(square, layers.zoom)
        layers.arrivals = [(to_px(r.point), scene.arrivals[r.participant_id])  # type: ignore[arg-type]
                           for r in scene.results.participants
                           if r.participant_id in scene.arrivals and r.point is not None] if scene.arrivals else []
        return layers

    def _paint_points(self, p: QPainter, square: QRectF, dots: list[tuple[QPointF, float]], vector: bool) -> None:
        """Dots at their centres, each radius a fraction of the side (single or merged)."""
        side = square.width()
        sprites: dict[float, tuple[QPixmap, float]] = {}  # one look-up per size, not per dot
        for at, fraction in dots:
            radius = fraction * side
            if vector:
                self._point_style(p, radius)
                p.drawEllipse(at, radius, radius)
                continue
            found = sprites.get(fraction)
            if found is None:
                dot = self._dot(p, radius)
                found = sprites[fraction] = (dot, dot.width() / dot.devicePixelRatio() / 2)
            dot, half = found
            p.drawPixmap(QPointF(at.x() - half, at.y() - half), dot)

    @staticmethod
    def _point_style(p: QPainter, radius: float) -> None:
        """Ink with a white ring, so a point reads on every tint and apart from its neighbours."""
        p.setPen(QPen(style.BACKGROUND, max(1.0, radius * 0.28)))
        p.setBrush(style.INK)

    def _dot(self, p: QPainter, radius: float) -> QPixmap:
        key = (round(radius * 4), pixel_ratio(p))
        dot = self._dots.get(key)
        if dot is None:
            side = math.ceil((radius * 1.3) * 2 + 2)
            dot, dp = _sprite(p, side, side)
            self._point_style(dp, radius)
            dp.drawEllipse(QPointF(side / 2, side / 2), radius, radius)
            dp.end()
            if len(self._dots) > 8:  # a few sizes: single and merged dots, a resize or two
                self._dots.clear()
            self._dots[key] = dot
        return dot

    @staticmethod
    def _pen(layers: Layers) -> QPen:
        return QPen(ARROW, layers.arrow_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)

    def _paint_arrow_layer(self, p: QPainter, square: QRectF, background: QPixmap, layers: Layers) -> None:
        """The square with the arrows on it; hairlines in a crowd look the same without
        antialiasing, at a seventh of the cost."""
        self._arrows.paint(p, square.topLeft(), background, layers.shafts, layers.tips, self._pen(layers),
                           len(layers.shafts) <= CROWD, layers.head,
                           lambda bucket: self.sprites.head(p, bucket, layers.head))

    def _paint_arrows(self, p: QPainter, layers: Layers) -> None:
        """The arrows as vectors, for an export."""
        p.setPen(self._pen(layers))
        p.drawLines([QLineF(*shaft) for shaft in layers.shafts])
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(ARROW)
        for x, y, bucket in layers.tips:
            p.drawPolygon(arrow_head(QPointF(x, y), math.radians(bucket * HEAD_STEP), layers.head))

    def _paint_arrivals(self, p: QPainter, square: QRectF, arrivals: list[tuple[QPointF, float]],
                        vector: bool) -> None:
        """New points fade in; a few at a time also send out a ripple (a whole room revealed at
        once just fades in: hundreds of ripples would cost more than a frame)."""
        radius = geometry.POINT_RADIUS * square.width()
        if len(arrivals) <= RIPPLES_AT_ONCE:
            for centre, progress in arrivals:
                self._paint_ripple(p, centre, radius, progress)
        for centre, progress in arrivals:
            p.setOpacity(progress)
            self._paint_points(p, square, [(centre, geometry.POINT_RADIUS)], vector)
        p.setOpacity(1.0)

    @staticmethod
    def _paint_ripple(p: QPainter, centre: QPointF, radius: float, progress: float) -> None:
        ripple = QColor(style.ACCENT)
        ripple.setAlphaF(0.6 * (1 - progress))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(ripple, max(1.0, radius * 0.35)))
        p.drawEllipse(centre, radius * (1 + 3 * progress), radius * (1 + 3 * progress))

    def _paint_labels(self, p: QPainter, layers: Layers, vector: bool) -> None:
        for centre, text, font in layers.labels:
            static = self.texts.get(text, font)
            size = static.size()
            # On whole pixels, as a blitted sprite lands: the vector export then matches the screen.
            top_left = QPointF(round(centre.x() - size.width() / 2), round(centre.y() - size.height() / 2))
            if vector:
                draw_label(p, top_left, static, font)
            else:
                pad = halo_width(font)
                p.drawPixmap(QPointF(top_left.x() - pad, top_left.y() - pad), self.sprites.label(p, text, font))

    def _paint_group_word(self, p: QPainter, centre: QPointF, text: str, side: float) -> None:
        """The group's word in the accent, on a white pill, where the labels' placement put it."""
        font = centroid_font(side)
        static = self.texts.get(text, font)
        size = static.size()
        top_left = QPointF(centre.x() - size.width() / 2, centre.y() - size.height() / 2)
        pad = halo_width(font)  # as much white as the placement counted around the text
        halo = QRectF(top_left, size).adjusted(-pad, 0, pad, 0)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(style.BACKGROUND)
        p.drawRoundedRect(halo, side * 0.008, side * 0.008)
        p.setFont(font)
        p.setPen(style.ACCENT)
        p.drawStaticText(top_left, static)

    @staticmethod
    def _centroid_mark(p: QPainter, centre: QPointF, radius: float) -> None:
        """An accent ring: the group's centre of gravity, unlike any participant's dot."""
        p.setPen(QPen(style.BACKGROUND, radius * 0.5))
        p.setBrush(style.ACCENT)
        p.drawEllipse(centre, radius, radius)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(style.BACKGROUND)
        p.drawEllipse(centre, radius * 0.38, radius * 0.38)

    def has_merged_dots(self, square: QRectF, scene: Scene) -> bool:
        """Whether the map shows a dot standing for several managers (the legend then says so)."""
        return scene.state.revealed and bool(self._layers(square, scene).merged)

    def paint_mark(self, p: QPainter, kind: str, centre: QPointF, side: float, width: float) -> None:
        """One of the map's marks, as on a map of `side`, for a legend: manager, merged, centroid, arrow."""
        if kind in ("manager", "merged"):
            radius = (geometry.POINT_RADIUS if kind == "manager" else geometry.MERGED_RADIUS) * side
            self._point_style(p, radius)
            p.drawEllipse(centre, radius, radius)
        elif kind == "centroid":
            self._centroid_mark(p, centre, geometry.CENTROID_RADIUS * side)
        else:
            head = geometry.ARROW_HEAD * side
            tip = QPointF(centre.x() + width / 2, centre.y())
            p.setPen(QPen(ARROW, max(1.0, side * 0.0032), Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            p.drawLine(QPointF(centre.x() - width / 2, centre.y()), QPointF(tip.x() - head * 0.8, tip.y()))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(ARROW)
            p.drawPolygon(arrow_head(tip, 0.0, head))

    @staticmethod
    def _at(square: QRectF, x: float, y: float) -> QPointF:
        return QPointF(square.x() + x * square.width(), square.y() + y * square.height())

    @staticmethod
    def _rect(square: QRectF, x: float, y: float, w: float, h: float) -> QRectF:
        side = square.width()
        return QRectF(square.x() + x * side, square.y() + y * side, w * side, h * side)

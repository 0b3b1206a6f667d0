"""The balance map, painted with QPainter from the model's geometry (the one the PDF uses).

Fast enough for 500 points at 60 frames a second: the static square (tints, axes, names) is
cached in a pixmap per size; points, arrow heads (one per 5° of direction) and labels are
pre-drawn sprites, blitted; arrow shafts are opaque (a translucent wide pen costs four times
more) and drawn in one call, thinner as the crowd grows, which also keeps 500 arrows readable.
Exports to SVG paint without any pixmap so they stay vector.
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
from workshop_app.model.scoring import Results
from workshop_app.model.territories import CODES
from workshop_app.ui.projector import style
from workshop_app.ui.projector.scene import Scene
from workshop_app.ui.projector.texts import RoomText

_POLE_ARROWS = {"results": "← {}", "people": "{} →", "step_back": "↑ {}", "field": "↓ {}"}
_initials = lru_cache(maxsize=4096)(geometry.initials)
_STATIC_TEXT_LIMIT = 4000
_SPRITE_LIMIT = 4000
ARROW = QColor("#6D6DA9")  # the accent at 75 % on white, opaque
ARROWS_AT_FULL_WEIGHT = 60  # more arrows than this get thinner, as 1/sqrt(n)
CROWD = 250  # from this many arrows, shafts are 1-pixel hairlines
HEAD_STEP = 5  # degrees between pre-drawn arrow heads
RIPPLES_AT_ONCE = 40  # more points arriving together only fade in
LABELS_PLACED_APART = 150  # up to this many labels, each looks for a place free of the others


def arrow_head(tip: QPointF, angle: float, head: float) -> QPolygonF:
    """A triangle pointing along `angle` (radians, y down) with its point at `tip`."""
    ux, uy = math.cos(angle), math.sin(angle)
    base = QPointF(tip.x() - ux * head, tip.y() - uy * head)
    half = head * 0.45
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


def centroid_label_place(centroid: tuple[float, float]) -> tuple[float, float, str]:
    """Where the group's word goes, as fractions of the side: beside its mark, facing the centre."""
    x, y, h_align = geometry.point_label_anchor(centroid)
    gap = geometry.CENTROID_RADIUS - geometry.POINT_RADIUS
    return (x + gap if h_align == "left" else x - gap), y, h_align


def centroid_boxes(side: float, centroid: tuple[float, float], text: str) -> list[geometry.Rect]:
    """The group's mark and its word, as fractions of the side: point labels keep off them too."""
    size = text_size(text, centroid_font(side))
    w, h = size.width() / side, size.height() / side
    x, y, h_align = centroid_label_place(centroid)
    cx, cy = geometry.to_canvas(centroid)
    r = geometry.CENTROID_RADIUS
    return [geometry.Rect(cx - r, cy - r, 2 * r, 2 * r),
            geometry.Rect(x if h_align == "left" else x - w, y - h / 2, w, h)]


def pixel_mapper(square: QRectF) -> Callable[[tuple[float, float]], QPointF]:
    """Balance point to pixels in `square`, for many points a frame."""
    left, top, side = square.x(), square.y(), square.width()

    def to_px(point: tuple[float, float]) -> QPointF:
        x, y = geometry.to_canvas(point)
        return QPointF(left + x * side, top + y * side)
    return to_px


def _pixel_ratio(p: QPainter) -> float:
    """Device pixels per pixel where `p` paints (2 on a high-density screen): caches are drawn at it."""
    return p.device().devicePixelRatioF() if p.device() else 1.0


def _sprite(p: QPainter, width: float, height: float) -> tuple[QPixmap, QPainter]:
    ratio = _pixel_ratio(p)
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


class TextCache:
    """Plain-text QStaticText laid out once per (text, font): no per-frame font metrics."""

    def __init__(self) -> None:
        self._texts: dict[tuple[str, int, int], QStaticText] = {}

    def get(self, text: str, font: QFont) -> QStaticText:
        key = (text, font.pixelSize(), font.weight().value)
        static = self._texts.get(key)
        if static is None:
            if len(self._texts) > _STATIC_TEXT_LIMIT:
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

    def _get(self, key: tuple[object, ...]) -> QPixmap | None:
        if len(self._sprites) > _SPRITE_LIMIT:
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


@dataclass
class Layers:
    """The map's moving parts in pixels: settled points, arrows and labels."""

    points: list[QPointF]
    shafts: list[QLineF]
    tips: list[tuple[QPointF, int]]  # arrow points and their direction, in HEAD_STEP degrees
    head: float
    arrow_width: float
    label_font: QFont
    labels: list[tuple[QPointF, str, QStaticText]]  # top left, text
    arrivals: list[tuple[QPointF, float]] = field(default_factory=list)  # point, 0..1 in

    @classmethod
    def compute(cls, square: QRectF, scene: Scene, texts: TextCache) -> Layers:
        left, top, side = square.x(), square.y(), square.width()
        to_px = pixel_mapper(square)
        settled = [r for r in scene.results.participants
                   if r.point is not None and r.participant_id not in scene.arrivals]
        with_ideal = [r for r in settled if r.ideal_point is not None]
        crowd = min(1.0, math.sqrt(ARROWS_AT_FULL_WEIGHT / max(len(with_ideal), 1)))
        head = geometry.ARROW_HEAD * side * max(0.6, crowd)
        shafts, tips = [], []
        for r in with_ideal:
            start, end = to_px(r.point), to_px(r.ideal_point)  # type: ignore[arg-type]
            dx, dy = end.x() - start.x(), end.y() - start.y()
            length = math.hypot(dx, dy)
            if length < head:
                continue
            back = head * 0.8 / length  # the shaft stops inside the head
            shafts.append(QLineF(start, QPointF(end.x() - dx * back, end.y() - dy * back)))
            tips.append((end, round(math.degrees(math.atan2(dy, dx)) / HEAD_STEP) % (360 // HEAD_STEP)))
        font = style.font(side, geometry.POINT_LABEL_SIZE, QFont.Weight.DemiBold)
        labels = []
        if scene.state.labels != "none":
            texts_of = [_initials(r.name) if scene.state.labels == "initials" else r.name for r in settled]
            statics = [texts.get(text, font) for text in texts_of]
            pad = 2 * halo_width(font)
            if len(settled) <= LABELS_PLACED_APART:
                obstacles = fixed_label_boxes(side, territory_names(scene), scene.language)
                centroid = scene.results.group.centroid
                if centroid is not None:
                    obstacles += centroid_boxes(side, centroid, RoomText.of(scene.language).get("group"))
                anchors = geometry.place_labels(
                    [r.point for r in settled],  # type: ignore[misc]
                    [((st.size().width() + pad) / side, (st.size().height() + pad) / side) for st in statics],
                    obstacles)
                where = [(a.x, a.y, a.h_align, a.v_align) for a in anchors]
            else:  # a crowd: each label at its usual place, to keep within the frame's time
                where = [(*geometry.point_label_anchor(r.point), "middle") for r in settled]  # type: ignore[arg-type]
            for (x, y, h_align, v_align), text, static in zip(where, texts_of, statics):
                labels.append((aligned_top_left(left + x * side, top + y * side, static.size(), h_align, v_align),
                               text, static))
        return cls([to_px(r.point) for r in settled], shafts, tips, head,  # type: ignore[arg-type]
                   max(1.0, side * 0.0032 * crowd), font, labels)


class MapPainter:
    """Paints the map into a square; keeps its caches between frames."""

    def __init__(self) -> None:
        self.texts = TextCache()
        self.sprites = SpriteCache(self.texts)
        self._background: QPixmap | None = None
        self._background_key: tuple[object, ...] | None = None
        self._dot_pixmap: QPixmap | None = None
        self._dot_key: tuple[object, ...] | None = None
        self._layers_cache: tuple[Results, tuple[object, ...], Layers] | None = None

    def paint(self, p: QPainter, square: QRectF, scene: Scene, *, vector: bool = False) -> None:
        names = territory_names(scene)
        if vector:
            self.paint_background(p, square, names, scene.language)
        else:
            p.drawPixmap(square.topLeft(), self._cached_background(p, square, names, scene.language))
        if not scene.state.revealed:
            return
        side = square.width()
        layers = self._layers(square, scene)
        if scene.state.arrows:
            self._paint_arrows(p, layers, vector)
        self._paint_points(p, square, layers.points, vector)
        self._paint_arrivals(p, square, layers.arrivals, vector)
        if scene.state.labels != "none":
            self._paint_labels(p, layers, vector)
        centroid = scene.results.group.centroid
        if centroid is not None:
            group = RoomText.of(scene.language).get("group")
            self._paint_centroid(p, square, centroid, side, group)

    # The static square -------------------------------------------------------------------

    def _cached_background(self, p: QPainter, square: QRectF, names: dict[str, str], language: str) -> QPixmap:
        ratio = _pixel_ratio(p)
        key = (round(square.width()), ratio, language, tuple(names.values()))
        if self._background is None or self._background_key != key:
            side = round(square.width() * ratio)
            pixmap = QPixmap(side, side)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(style.BACKGROUND)  # opaque: blitted as a plain copy
            bp = QPainter(pixmap)
            bp.setRenderHint(QPainter.RenderHint.Antialiasing)
            bp.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self.paint_background(bp, QRectF(0, 0, square.width(), square.width()), names, language)
            bp.end()
            self._background, self._background_key = pixmap, key
        return self._background

    def paint_background(self, p: QPainter, square: QRectF, names: dict[str, str], language: str) -> None:
        """Quadrant tints, the axes, the territory names and the poles."""
        side = square.width()
        p.save()
        p.setPen(Qt.PenStyle.NoPen)
        for code in CODES:
            q = geometry.quadrant(code)
            p.fillRect(self._rect(square, q.x, q.y, q.w, q.h), style.tint(code))
        p.setPen(QPen(style.INK, max(1.5, side * 0.003), Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        for x1, y1, x2, y2 in geometry.axes():
            p.drawLine(QLineF(self._at(square, x1, y1), self._at(square, x2, y2)))
        for label, text, font in fixed_labels(side, names, language):
            p.setPen(style.text_colour(label.key) if label.key in CODES else style.MUTED)
            self._draw_label(p, square, label, text, font)
        p.restore()

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
        key = (square.getRect(), scene.state.labels, tuple(scene.arrivals))
        if self._layers_cache is None or self._layers_cache[0] is not scene.results or self._layers_cache[1] != key:
            self._layers_cache = (scene.results, key, Layers.compute(square, scene, self.texts))
        layers = self._layers_cache[2]
        to_px = pixel_mapper(square)
        layers.arrivals = [(to_px(r.point), scene.arrivals[r.participant_id])  # type: ignore[arg-type]
                           for r in scene.results.participants
                           if r.participant_id in scene.arrivals and r.point is not None]
        return layers

    def _paint_points(self, p: QPainter, square: QRectF, points: list[QPointF], vector: bool) -> None:
        radius = geometry.POINT_RADIUS * square.width()
        if vector:
            self._point_style(p, radius)
            for at in points:
                p.drawEllipse(at, radius, radius)
            return
        dot = self._dot(p, radius)
        half = dot.width() / dot.devicePixelRatio() / 2
        for at in points:
            p.drawPixmap(QPointF(at.x() - half, at.y() - half), dot)

    @staticmethod
    def _point_style(p: QPainter, radius: float) -> None:
        """Ink with a white ring, so a point reads on every tint and apart from its neighbours."""
        p.setPen(QPen(style.BACKGROUND, max(1.0, radius * 0.28)))
        p.setBrush(style.INK)

    def _dot(self, p: QPainter, radius: float) -> QPixmap:
        ratio = _pixel_ratio(p)
        key = (round(radius * 4), ratio)
        if self._dot_key != key:
            side = math.ceil((radius * 1.3) * 2 + 2)
            dot, dp = _sprite(p, side, side)
            self._point_style(dp, radius)
            dp.drawEllipse(QPointF(side / 2, side / 2), radius, radius)
            dp.end()
            self._dot_pixmap, self._dot_key = dot, key
        return self._dot_pixmap  # type: ignore[return-value]

    def _paint_arrows(self, p: QPainter, layers: Layers, vector: bool) -> None:
        p.setPen(QPen(ARROW, layers.arrow_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        crowded = not vector and len(layers.shafts) > CROWD
        if crowded:  # hairlines in a crowd look the same without antialiasing, at a seventh of the cost
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.drawLines(layers.shafts)
        if crowded:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if vector:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(ARROW)
            for tip, bucket in layers.tips:
                p.drawPolygon(arrow_head(tip, math.radians(bucket * HEAD_STEP), layers.head))
            return
        for tip, bucket in layers.tips:
            sprite = self.sprites.head(p, bucket, layers.head)
            half = sprite.width() / sprite.devicePixelRatio() / 2
            p.drawPixmap(QPointF(tip.x() - half, tip.y() - half), sprite)

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
            self._paint_points(p, square, [centre], vector)
        p.setOpacity(1.0)

    @staticmethod
    def _paint_ripple(p: QPainter, centre: QPointF, radius: float, progress: float) -> None:
        ripple = QColor(style.ACCENT)
        ripple.setAlphaF(0.6 * (1 - progress))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(ripple, max(1.0, radius * 0.35)))
        p.drawEllipse(centre, radius * (1 + 3 * progress), radius * (1 + 3 * progress))

    def _paint_labels(self, p: QPainter, layers: Layers, vector: bool) -> None:
        font = layers.label_font
        pad = halo_width(font)
        for top_left, text, static in layers.labels:
            if vector:
                draw_label(p, top_left, static, font)
            else:
                p.drawPixmap(QPointF(top_left.x() - pad, top_left.y() - pad), self.sprites.label(p, text, font))

    def _paint_centroid(self, p: QPainter, square: QRectF, centroid: tuple[float, float], side: float,
                        text: str) -> None:
        centre = pixel_mapper(square)(centroid)
        self._centroid_mark(p, centre, geometry.CENTROID_RADIUS * side)
        font = centroid_font(side)
        static = self.texts.get(text, font)
        x, y, h_align = centroid_label_place(centroid)
        anchor = self._at(square, x, y)
        top_left = aligned_top_left(anchor.x(), anchor.y(), static.size(), h_align, "middle")
        halo = QRectF(top_left, static.size()).adjusted(-side * 0.006, 0, side * 0.006, 0)
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

    def paint_mark(self, p: QPainter, kind: str, centre: QPointF, side: float, width: float) -> None:
        """One of the map's marks, as on a map of `side`, for a legend: manager, centroid, arrow."""
        if kind == "manager":
            radius = geometry.POINT_RADIUS * side
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

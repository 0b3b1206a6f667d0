"""The balance map, painted with QPainter from the model's geometry (the one the PDF uses).

Fast enough for 500 points at 60 frames a second: the static square (tints, axes, names) is
cached in a pixmap per size, points go out in one brush state, arrow heads in one path, and
labels are QStaticText laid out once per text and size. Exports to SVG paint without the
pixmap cache so they stay vector.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap, QStaticText, QTransform

from workshop_app.model import geometry
from workshop_app.model.geometry import HAlign, Label, VAlign
from workshop_app.model.scoring import ParticipantResult
from workshop_app.model.territories import CODES
from workshop_app.ui.projector import style
from workshop_app.ui.projector.scene import Scene
from workshop_app.ui.projector.texts import RoomText

_POLE_ARROWS = {"results": "← {}", "people": "{} →", "step_back": "↑ {}", "field": "↓ {}"}
_STATIC_TEXT_LIMIT = 4000


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


class MapPainter:
    """Paints the map into a square; keeps its caches between frames."""

    def __init__(self) -> None:
        self.texts = TextCache()
        self._background: QPixmap | None = None
        self._background_key: tuple[object, ...] | None = None

    def paint(self, p: QPainter, square: QRectF, scene: Scene, *, vector: bool = False) -> None:
        names = {c: scene.instrument.territory_name(c, scene.language) for c in CODES}  # type: ignore[arg-type]
        if vector:
            self.paint_background(p, square, names, scene.language)
        else:
            p.drawPixmap(square.topLeft(), self._cached_background(p, square, names, scene.language))
        if not scene.state.revealed:
            return
        placed = [r for r in scene.results.participants if r.point is not None]
        side = square.width()
        settled = [r for r in placed if r.participant_id not in scene.arrivals]
        if scene.state.arrows:
            self._paint_arrows(p, square, [r for r in settled if r.ideal_point is not None])
        self._paint_points(p, square, settled)
        for r in placed:
            progress = scene.arrivals.get(r.participant_id)
            if progress is not None:
                self._paint_arrival(p, square, r, progress)
        if scene.state.labels != "none":
            self._paint_labels(p, square, settled, scene.state.labels)
        centroid = scene.results.group.centroid
        if centroid is not None:
            group = RoomText(scene.language).get("group")
            self._paint_centroid(p, square, centroid, side, group)

    # The static square -------------------------------------------------------------------

    def _cached_background(self, p: QPainter, square: QRectF, names: dict[str, str], language: str) -> QPixmap:
        ratio = p.device().devicePixelRatioF() if p.device() else 1.0
        key = (round(square.width()), ratio, language, tuple(names.values()))
        if self._background is None or self._background_key != key:
            side = round(square.width() * ratio)
            pixmap = QPixmap(side, side)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
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
        for code in CODES:
            label = geometry.quadrant_label(code)
            font = style.font(side, label.size, QFont.Weight.Bold)
            p.setPen(style.text_colour(code))
            self._draw_label(p, square, label, names[code], font)
        p.setPen(style.MUTED)
        for label in geometry.pole_labels():
            text = _POLE_ARROWS[label.key].format(geometry.POLES[label.key][language])  # type: ignore[index]
            self._draw_label(p, square, label, text, style.font(side, label.size, QFont.Weight.DemiBold))
        p.restore()

    def _draw_label(self, p: QPainter, square: QRectF, label: Label, text: str, font: QFont) -> None:
        p.setFont(font)
        anchor = self._at(square, label.x, label.y)
        bounds = p.fontMetrics().boundingRect(text)
        size = QSizeF(bounds.width(), p.fontMetrics().height())
        box = QRectF(aligned_top_left(anchor.x(), anchor.y(), size, label.h_align, label.v_align), size)
        flags = {"left": Qt.AlignmentFlag.AlignLeft, "center": Qt.AlignmentFlag.AlignHCenter,
                 "right": Qt.AlignmentFlag.AlignRight}[label.h_align]
        p.drawText(box, int(flags | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip), text)

    # Points, arrows, labels -------------------------------------------------------------

    def _paint_points(self, p: QPainter, square: QRectF, results: list[ParticipantResult]) -> None:
        side = square.width()
        radius = geometry.POINT_RADIUS * side
        p.setPen(QPen(style.BACKGROUND, max(1.0, radius * 0.28)))
        p.setBrush(style.INK)
        for r in results:
            p.drawEllipse(self._point(square, r.point), radius, radius)  # type: ignore[arg-type]

    def _paint_arrows(self, p: QPainter, square: QRectF, results: list[ParticipantResult]) -> None:
        side = square.width()
        head = geometry.ARROW_HEAD * side
        lines: list[QLineF] = []
        heads = QPainterPath()
        for r in results:
            start, end = self._point(square, r.point), self._point(square, r.ideal_point)  # type: ignore[arg-type]
            dx, dy = end.x() - start.x(), end.y() - start.y()
            length = math.hypot(dx, dy)
            if length < head:
                continue
            ux, uy = dx / length, dy / length
            base = QPointF(end.x() - ux * head, end.y() - uy * head)
            lines.append(QLineF(start, base))
            half = head * 0.45
            heads.moveTo(end)
            heads.lineTo(base.x() - uy * half, base.y() + ux * half)
            heads.lineTo(base.x() + uy * half, base.y() - ux * half)
            heads.closeSubpath()
        arrow = QColor(style.ACCENT)
        arrow.setAlphaF(0.75)
        p.setPen(QPen(arrow, max(1.0, side * 0.0032), Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.drawLines(lines)
        p.fillPath(heads, arrow)

    def _paint_arrival(self, p: QPainter, square: QRectF, r: ParticipantResult, progress: float) -> None:
        """A ripple that widens and fades while the point settles in."""
        side = square.width()
        radius = geometry.POINT_RADIUS * side
        centre = self._point(square, r.point)  # type: ignore[arg-type]
        ripple = QColor(style.ACCENT)
        ripple.setAlphaF(0.6 * (1 - progress))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(ripple, max(1.0, radius * 0.35)))
        p.drawEllipse(centre, radius * (1 + 3 * progress), radius * (1 + 3 * progress))
        p.setOpacity(progress)
        p.setPen(QPen(style.BACKGROUND, max(1.0, radius * 0.28)))
        p.setBrush(style.INK)
        grown = radius * (0.4 + 0.6 * progress)
        p.drawEllipse(centre, grown, grown)
        p.setOpacity(1.0)

    def _paint_labels(self, p: QPainter, square: QRectF, results: list[ParticipantResult], mode: str) -> None:
        side = square.width()
        font = style.font(side, geometry.POINT_LABEL_SIZE, QFont.Weight.DemiBold)
        p.setFont(font)
        p.setPen(style.INK)
        for r in results:
            text = geometry.initials(r.name) if mode == "initials" else r.name
            static = self.texts.get(text, font)
            x, y, h_align = geometry.point_label_anchor(r.point)  # type: ignore[arg-type]
            anchor = self._at(square, x, y)
            p.drawStaticText(aligned_top_left(anchor.x(), anchor.y(), static.size(), h_align, "middle"), static)

    def _paint_centroid(self, p: QPainter, square: QRectF, centroid: tuple[float, float], side: float,
                        text: str) -> None:
        radius = geometry.CENTROID_RADIUS * side
        centre = self._point(square, centroid)
        p.setPen(QPen(style.BACKGROUND, radius * 0.5))
        p.setBrush(style.ACCENT)
        p.drawEllipse(centre, radius, radius)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(style.BACKGROUND)
        p.drawEllipse(centre, radius * 0.38, radius * 0.38)
        font = style.font(side, geometry.POINT_LABEL_SIZE * 1.15, QFont.Weight.Bold)
        static = self.texts.get(text, font)
        x, y, h_align = geometry.point_label_anchor(centroid)
        gap = (geometry.CENTROID_RADIUS - geometry.POINT_RADIUS) * side
        anchor = self._at(square, x, y)
        anchor.setX(anchor.x() + (gap if h_align == "left" else -gap))
        top_left = aligned_top_left(anchor.x(), anchor.y(), static.size(), h_align, "middle")
        halo = QRectF(top_left, static.size()).adjusted(-side * 0.006, 0, side * 0.006, 0)
        p.setBrush(style.BACKGROUND)
        p.drawRoundedRect(halo, side * 0.008, side * 0.008)
        p.setFont(font)
        p.setPen(style.ACCENT)
        p.drawStaticText(top_left, static)

    @staticmethod
    def _at(square: QRectF, x: float, y: float) -> QPointF:
        return QPointF(square.x() + x * square.width(), square.y() + y * square.height())

    @staticmethod
    def _rect(square: QRectF, x: float, y: float, w: float, h: float) -> QRectF:
        side = square.width()
        return QRectF(square.x() + x * side, square.y() + y * side, w * side, h * side)

    def _point(self, square: QRectF, point: tuple[float, float]) -> QPointF:
        return self._at(square, *geometry.to_canvas(point))

"""Paints a whole `Scene` into any rectangle: the window, the preview, an export, a benchmark.

Layout is computed from the rectangle's height only, so every target shows the same picture.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPixmap

from workshop_app.model.scoring import GroupResult
from workshop_app.ui import theme
from workshop_app.ui.projector import style, views
from workshop_app.ui.projector.map_painter import MapPainter, map_zoom, pixel_ratio
from workshop_app.ui.projector.scene import Scene
from workshop_app.ui.projector.texts import RoomText, View

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
WIDE = 1.5  # width / height from which the map view puts its words beside the map


def layout(rect: QRectF) -> tuple[QRectF, QRectF]:
    """The header strip and the body under it."""
    h = rect.height()
    margin = h * style.MARGIN
    inner = rect.adjusted(margin * 1.4, margin, -margin * 1.4, -margin)
    header = QRectF(inner.x(), inner.y(), inner.width(), h * style.HEADER)
    body = QRectF(inner.x(), header.bottom(), inner.width(), inner.bottom() - header.bottom())
    return header, body


def is_wide(rect: QRectF) -> bool:
    """16:9 and wider: the map takes the full height, its words a column at its left."""
    return rect.width() >= rect.height() * WIDE


def map_square(rect: QRectF) -> QRectF:
    """Where the map goes in a picture of `rect`."""
    if is_wide(rect):
        margin = rect.height() * style.MARGIN
        side = rect.height() - 2 * margin
        return QRectF(rect.right() - margin * 1.4 - side, rect.y() + margin, side, side)
    body = layout(rect)[1]
    side = min(body.width(), body.height())
    return QRectF(body.center().x() - side / 2, body.y(), side, side)


def map_column(rect: QRectF) -> QRectF:
    """The column left of a wide picture's map: title, count, legend."""
    margin = rect.height() * style.MARGIN
    square = map_square(rect)
    return QRectF(rect.x() + margin * 1.4, square.y(), square.x() - rect.x() - margin * 2.6, square.height())


def zoom_note(scene: Scene, room: RoomText) -> str:
    """"zoom ×2.5 on the group · …" while the map is magnified, else nothing."""
    zoom = map_zoom(scene)
    if zoom == 1.0 or not scene.state.revealed:
        return ""
    return room.get("zoom", zoom=room.number(zoom, 0 if zoom.is_integer() else 2).rstrip("0"))


class ScenePainter:
    """Paints scenes; one per target, since it keeps that target's caches (map, sprites)."""

    def __init__(self) -> None:
        theme.load_fonts()
        self.map = MapPainter()
        self._column: tuple[tuple[object, ...], QPixmap] | None = None  # the wide map's words, drawn

    def paint(self, p: QPainter, rect: QRectF, scene: Scene, *, vector: bool = False) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        output = scene.state.output
        p.fillRect(rect, style.BLANK if output == "blank" else style.BACKGROUND)
        if output == "blank":
            return
        if output == "title":
            self._paint_title_card(p, rect, scene)
            return
        room = RoomText.of(scene.language)
        self._paint_view(p, rect, scene, room, vector)
        if scene.join is not None and scene.state.view != View.JOIN:
            views.paint_join_banner(p, rect, scene.join, room)

    def _paint_view(self, p: QPainter, rect: QRectF, scene: Scene, room: RoomText, vector: bool) -> None:
        view = scene.state.view
        if view == View.MAP and is_wide(rect):
            self._paint_wide_map(p, rect, scene, room, vector)
            return
        if view == View.JOIN:
            views.paint_join(p, rect, room.title(view), scene.join, room)
            return
        header, body = layout(rect)
        group = scene.results.group
        self._paint_header(p, header, room.title(view), self._note(scene, room), rect.height())
        if view == View.MAP:
            self._paint_map(p, rect, scene, room, vector)
        elif view == View.PARTICIPATION:
            views.paint_participation(p, body, group, room, rect.height())
        elif not scene.state.revealed:
            views.message(p, body, rect.height(), room.get("hidden_short", count=group.n_placed),
                          room.get("hidden_note"))
        else:
            self._paint_chart(p, body, scene, room, rect.height())

    def _note(self, scene: Scene, room: RoomText) -> str:
        group = scene.results.group
        view = scene.state.view
        if view in (View.PARTICIPATION, View.JOIN):
            return ""
        if not scene.state.revealed:
            return room.get("hidden", count=group.n_placed)
        if view == View.MAP:
            note = room.get("placed", count=group.n_placed, invited=group.n_invited)
            zoom = zoom_note(scene, room)
            return note + ("   ·   → " + room.get("arrows") if scene.state.arrows else "") + (
                "   ·   " + zoom if zoom else "")
        if view == View.PROFILE:
            if group.territories is None:
                return ""
            complete = group.territories["faire"].n  # the same for every territory
            return room.get("profile_note") + "   ·   " + room.get("profile_n", count=complete)
        return {View.MAJORS: room.get("majors_n", count=group.n_placed), View.TIME: room.get("time_note"),
                View.TENSIONS: room.get("tensions_note")}[view]

    def _paint_header(self, p: QPainter, header: QRectF, title: str, note: str, height: float) -> None:
        title_box = QRectF(header.x(), header.y(), header.width(), header.height() * 0.55)
        font = views.fitted(p, title, header.width(), height, style.TITLE, style.HEADING, QFont.Weight.Bold)
        views.text(p, title_box, _LEFT, title, font, style.INK)
        if note:
            note_box = QRectF(header.x(), title_box.bottom(), header.width(), header.height() * 0.35)
            views.text(p, note_box, _LEFT, note, views.fitted(p, note, header.width(), height, style.BODY),
                       style.MUTED)

    def _paint_map(self, p: QPainter, rect: QRectF, scene: Scene, room: RoomText, vector: bool) -> None:
        square = map_square(rect)
        self.map.paint(p, square, scene, vector=vector)
        if not scene.state.revealed:
            self._paint_hidden_card(p, square, scene.results.group, room, rect.height())

    def _paint_wide_map(self, p: QPainter, rect: QRectF, scene: Scene, room: RoomText, vector: bool) -> None:
        """The map at full height; at its left the title, the count in big type, the legend."""
        square = map_square(rect)
        words = self._column_words(scene, room, square)
        if vector:
            self._paint_column(p, rect, words)
        else:  # the same words frame after frame: drawn once, then blitted
            left = QRectF(rect.x(), rect.y(), square.x() - rect.x(), rect.height())
            p.drawPixmap(left.topLeft().toPoint(), self._column_pixmap(p, rect, left, words))
        self.map.paint(p, square, scene, vector=vector)

    def _column_words(self, scene: Scene, room: RoomText, square: QRectF) -> tuple[object, ...]:
        """Everything the column left of the map shows: its picture is drawn again only when it changes."""
        group = scene.results.group
        if scene.state.revealed:
            caption = room.get("placed_of", count=group.n_placed, invited=group.n_invited)
            merged = ["merged"] if self.map.has_merged_dots(square, scene) else []
            entries = tuple(["manager", *merged, "centroid"] + (["arrow"] if scene.state.arrows else []))
            note, legend = zoom_note(scene, room), tuple((e, room.get("legend_" + e)) for e in entries)
        else:
            caption, note, legend = room.get("answers_in", count=group.n_placed), room.get("hidden_note"), ()
        return room.title(View.MAP), str(group.n_placed), caption, scene.state.revealed, note, legend

    def _column_pixmap(self, p: QPainter, rect: QRectF, left: QRectF, words: tuple[object, ...]) -> QPixmap:
        ratio = pixel_ratio(p)
        key = (rect.getRect(), ratio, words)
        if self._column is None or self._column[0] != key:
            origin = left.topLeft().toPoint()
            pixmap = QPixmap(max(1, math.ceil((left.right() - origin.x()) * ratio)),
                             max(1, math.ceil((left.bottom() - origin.y()) * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(style.BACKGROUND)  # opaque, as the picture's own background under it
            cp = QPainter(pixmap)
            cp.setRenderHint(QPainter.RenderHint.Antialiasing)
            cp.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            cp.translate(-origin.x(), -origin.y())  # whole pixels: the words land where drawn straight
            self._paint_column(cp, rect, words)
            cp.end()
            self._column = (key, pixmap)
        return self._column[1]

    def _paint_column(self, p: QPainter, rect: QRectF, words: tuple[object, ...]) -> None:
        title, figure, caption, revealed, note, legend = words
        h = rect.height()
        square, column = map_square(rect), map_column(rect)
        y = column.y()
        title_font = views.fitted(p, title, column.width(), h, style.TITLE * 1.1, style.HEADING, QFont.Weight.Bold)
        views.text(p, QRectF(column.x(), y, column.width(), h * 0.07), _LEFT, title, title_font, style.INK)
        y += h * 0.16
        views.text(p, QRectF(column.x(), y, column.width(), h * 0.15), _LEFT, figure,
                   style.font(h, style.FIGURE * 2, QFont.Weight.Bold), style.INK)
        y += h * 0.15
        views.text(p, QRectF(column.x(), y, column.width(), h * 0.05), _LEFT, caption,
                   views.fitted(p, caption, column.width(), h, style.HEADING, weight=QFont.Weight.DemiBold),
                   style.MUTED)
        if revealed:
            if note:  # the zoom, said in words beside the graduated axes: the room must not misread distances
                views.text(p, QRectF(column.x(), y + h * 0.07, column.width(), h * 0.05), _LEFT, note,
                           views.fitted(p, note, column.width(), h, style.BODY, weight=QFont.Weight.DemiBold),
                           style.ACCENT)
            self._paint_legend(p, column, square, legend, h)
        else:
            views.text(p, QRectF(column.x(), y + h * 0.07, column.width(), h * 0.05), _LEFT, note,
                       views.fitted(p, note, column.width(), h, style.BODY), style.INK)

    def _paint_legend(self, p: QPainter, column: QRectF, square: QRectF, legend: tuple[tuple[str, str], ...],
                      h: float) -> None:
        """What the marks mean, at the column's foot, drawn with the map's own marks."""
        side = square.width()
        line = h * 0.06
        y = column.bottom() - line * len(legend)
        mark_w = h * 0.06
        for entry, label in legend:
            centre = QPointF(column.x() + mark_w / 2, y + line / 2)
            self.map.paint_mark(p, entry, centre, side, mark_w)
            box = QRectF(column.x() + mark_w * 1.4, y, column.width() - mark_w * 1.4, line)
            views.text(p, box, _LEFT, label, views.fitted(p, label, box.width(), h, style.BODY), style.INK)
            y += line

    def _paint_hidden_card(self, p: QPainter, square: QRectF, group: GroupResult, room: RoomText,
                           height: float) -> None:
        w, h = square.width() * 0.62, square.height() * 0.22
        card = QRectF(square.center().x() - w / 2, square.center().y() - h / 2, w, h)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(style.BACKGROUND)
        p.drawRoundedRect(card, h * 0.12, h * 0.12)
        views.message(p, card, height, room.get("hidden_short", count=group.n_placed), room.get("hidden_note"))

    def _paint_chart(self, p: QPainter, body: QRectF, scene: Scene, room: RoomText, height: float) -> None:
        group, instrument, view = scene.results.group, scene.instrument, scene.state.view
        painters = {View.PROFILE: views.paint_profile, View.MAJORS: views.paint_majors,
                    View.TIME: views.paint_time, View.TENSIONS: views.paint_tensions}
        has_data = {View.PROFILE: group.territories is not None, View.MAJORS: group.n_placed > 0,
                    View.TIME: group.allocation_today is not None,
                    View.TENSIONS: any(sum(counts) for counts in group.tensions.values())}
        if has_data[view]:
            painters[view](p, body, group, instrument, room, height)
        elif view == View.PROFILE and scene.form == "short":
            views.message(p, body, height, room.get("profile_short"))
        else:
            views.message(p, body, height, room.get("waiting"))

    def _paint_title_card(self, p: QPainter, rect: QRectF, scene: Scene) -> None:
        h = rect.height()
        logo_h = h * 0.24
        centre_y = rect.y() + h * 0.36
        if scene.logo is not None and not scene.logo.isNull():
            logo = scene.logo.scaled(round(rect.width() * 0.4), round(logo_h), Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
            p.drawImage(QPointF(rect.center().x() - logo.width() / 2, centre_y - logo.height() / 2), logo)
        else:
            views.paint_logo_path(p, QPointF(rect.center().x(), centre_y), logo_h * 0.8)
        margin = rect.width() * 0.08
        width = rect.width() - 2 * margin
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        p.setFont(style.font(h, style.TITLE * 1.5, QFont.Weight.Bold))
        title_box = p.fontMetrics().boundingRect(0, 0, round(width), round(h), int(flags), scene.title)
        top = centre_y + logo_h * 0.65
        p.setPen(style.INK)
        p.drawText(QRectF(rect.x() + margin, top, width, title_box.height()), int(flags), scene.title)
        if scene.subtitle:
            sub_box = QRectF(rect.x() + margin, top + title_box.height() + h * 0.02, width, h * 0.08)
            views.text(p, sub_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, scene.subtitle,
                       views.fitted(p, scene.subtitle, width, h, style.HEADING), style.MUTED)

"""The square and its arrows kept between frames: after any changes it shows what drawing every
arrow afresh shows, and one moved arrow redraws only the tiles it crosses."""

from __future__ import annotations

import math
import random

import pytest
from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap

from workshop_app.ui.projector.arrow_layer import TILES, ArrowLayer

SIDE = 640
AT = QPointF(100.4, 20.6)  # the square's place in the picture, off whole pixels as on a projector
INK = QColor("#6D6DA9")


def background() -> QPixmap:
    pixmap = QPixmap(SIDE, SIDE)
    pixmap.fill(QColor("#F4F1EA"))
    p = QPainter(pixmap)
    p.fillRect(0, 0, SIDE // 2, SIDE // 2, QColor("#DDE8F0"))  # a tint, so a stale tile would show
    p.drawLine(0, SIDE // 2, SIDE, SIDE // 2)
    p.end()
    return pixmap


def head_sprite() -> QPixmap:
    sprite = QPixmap(14, 14)
    sprite.fill(Qt.GlobalColor.transparent)
    p = QPainter(sprite)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(INK)
    p.drawEllipse(QPointF(7, 7), 5, 3)
    p.end()
    return sprite


@pytest.fixture(autouse=True)
def _head(qapp):
    global HEAD
    HEAD = head_sprite()  # a pixmap needs the application
    yield


HEAD: QPixmap


def arrow(rng: random.Random) -> tuple[tuple[float, float, float, float], tuple[float, float, int]]:
    x1, y1 = AT.x() + rng.uniform(0, SIDE), AT.y() + rng.uniform(0, SIDE)
    x2, y2 = AT.x() + rng.uniform(0, SIDE), AT.y() + rng.uniform(0, SIDE)
    return (x1, y1, x2, y2), (x2, y2, rng.randrange(72))


def layered(layer: ArrowLayer, square: QPixmap, arrows: list, antialias: bool) -> QImage:
    image = QImage(SIDE + 200, SIDE + 60, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    p = QPainter(image)
    layer.paint(p, AT, square, [s for s, _ in arrows], [t for _, t in arrows], pen(antialias), antialias, 14.0,
                lambda bucket: HEAD)
    p.end()
    return image


def direct(square: QPixmap, arrows: list, antialias: bool) -> QImage:
    """What the map drew before it kept its arrows: the square, every shaft, every head."""
    image = QImage(SIDE + 200, SIDE + 60, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.drawPixmap(QPointF(round(AT.x()), round(AT.y())), square)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
    p.setPen(pen(antialias))
    p.drawLines([QLineF(*s) for s, _ in arrows])
    for _, (x, y, _bucket) in arrows:
        p.drawPixmap(QPointF(x - 7, y - 7), HEAD)
    p.end()
    return image


def pen(antialias: bool) -> QPen:
    return QPen(INK, 2.2 if antialias else 1.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)


def differences(a: QImage, b: QImage) -> list[int]:
    """For each pixel that differs, its largest difference in a channel."""
    found = []
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            if pa != pb:
                ca, cb = QColor.fromRgba(pa), QColor.fromRgba(pb)
                found.append(max(abs(ca.red() - cb.red()), abs(ca.green() - cb.green()), abs(ca.blue() - cb.blue())))
    return found


def assert_same_picture(kept: QImage, afresh: QImage, antialias: bool) -> None:
    found = differences(kept, afresh)
    if antialias:  # edges blended in another order round a few levels apart, no more
        assert max(found, default=0) <= 6  # of 255
    else:  # a hairline cut at a tile's edge restarts its steps there: a pixel in a thousand lands one off
        ink = len(differences(afresh, bare()))
        assert len(found) <= ink / 500


def bare() -> QImage:
    return direct(background(), [], False)


@pytest.mark.parametrize("antialias", [False, True], ids=["hairlines", "antialiased"])
def test_after_answers_the_layer_shows_every_arrow_as_if_drawn_afresh(antialias):
    rng = random.Random(3)
    square = background()
    arrows = [arrow(rng) for _ in range(120)]
    layer = ArrowLayer()
    layered(layer, square, arrows, antialias)
    for step in range(60):  # answers: an arrow moves, one goes (no ideal any more), one comes
        k = rng.randrange(len(arrows))
        if step in (5, 6):  # every arrow new at once (a reveal): the whole layer drawn again
            arrows = [arrow(rng) for _ in arrows]
        elif step % 4 == 3:
            del arrows[k]
        elif step % 4 == 2:
            arrows.insert(k, arrow(rng))
        else:
            arrows[k] = arrow(rng)
        kept = layered(layer, square, arrows, antialias)
        assert len(layer._lines) + len(layer._heads) <= 4 * len(arrows) + 64  # arrows gone are let go
    assert_same_picture(kept, direct(square, arrows, antialias), antialias)
    assert_same_picture(kept, layered(ArrowLayer(), square, arrows, antialias), antialias)


def test_one_moved_arrow_redraws_only_the_tiles_it_crosses():
    rng = random.Random(5)
    square = background()
    arrows = [arrow(rng) for _ in range(300)]
    x, y = AT.x(), AT.y()
    arrows[7] = ((x + 280, y + 10, x + 280, y + 50), (x + 280, y + 50, 18))  # straight down
    layer = ArrowLayer()
    layered(layer, square, arrows, False)
    assert math.ceil(SIDE / TILES) == 40
    arrows[7] = ((x + 10, y + 100, x + 200, y + 100), (x + 200, y + 100, 0))  # now along the x axis
    layered(layer, square, arrows, False)
    # By hand. The layer starts a margin of 14 + 2 + 1 = 17 px up and left of the square, at
    # (100 - 17, 21 - 17) = (83, 4); tiles are 40 px. The new shaft runs x 27.4..217.4 at
    # y 116.6 from there, 2.5 px of padding each side: columns 0 to 5 of row 2; its head (a
    # 14 px sprite, 1 px more) x 209.4..225.4, y 108.6..124.6: column 5, rows 2 and 3 (the edge
    # at 120). The old shaft, x 297.4, y 26.6..66.6: column 7, rows 0 and 1; its head,
    # x 289.4..305.4, y 58.6..74.6: column 7, row 1. Nine tiles of the 289.
    assert layer.redrawn == 9
    layered(layer, square, arrows, False)
    assert layer.redrawn == 0  # nothing moved: the layer is only blitted

"""The map's square with its arrows, kept between frames and redrawn only where an arrow changed.

A room of 2000 draws about a million pixels of arrow shafts, 20 ms a frame on its own; after
one answer a single arrow moves. The layer is the pre-drawn square (tints, axes, words) with
every arrow drawn on it, blitted as a plain copy, and a transparent margin round it for the
heads that point at the edge. The square is cut into
`TILES` x `TILES` tiles; each frame the arrows are compared with the last frame's, and only the
tiles that a removed or added shaft or head crosses get the square again, then every arrow that
crosses them. The arrows have one colour, so drawn tile by tile they give the picture that
drawing them at once gives. When most arrows change (the reveal, a resize) the layer is drawn
whole, and the tiles' index is made when the next answer needs it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterator

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPixmap

Shaft = tuple[float, float, float, float]  # x1, y1, x2, y2 in the target's pixels
Tip = tuple[float, float, int]  # where a head points, and its direction bucket
Item = tuple[object, ...]  # ("shaft", *Shaft) or ("head", *Tip)
TileKey = tuple[int, int]

TILES = 16  # across the square: a long arrow crosses about 20 of the 256


class ArrowLayer:
    """The square and its arrows in one pixmap; `paint` brings it up to date and blits it."""

    def __init__(self) -> None:
        self._style: tuple[object, ...] | None = None
        self._items: list[Item] = []  # the last frame's shafts, then its heads
        self._by_tile: dict[TileKey, tuple[list[QLineF], list[tuple[QPointF, QPixmap]]]] | None = None
        # What crosses each tile (None till a frame needs it), each shaft and head made once for Qt.
        self._lines: dict[Item, QLineF] = {}
        self._heads: dict[Item, tuple[QPointF, QPixmap]] = {}  # a head's sprite and where it goes
        self._pixmap: QPixmap | None = None
        self.redrawn = 0  # tiles drawn again by the last `paint` (-1: all at once): what one answer costs

    def paint(self, p: QPainter, at: QPointF, background: QPixmap, shafts: list[Shaft], tips: list[Tip],
              pen: QPen, antialias: bool, head_size: float, head: Callable[[int], QPixmap]) -> None:
        """`background` at `at`, then the shafts with `pen` and the heads (`head(bucket)`: a
        sprite of `head_size` centred on the tip), as if drawn straight onto `p`."""
        side = round(background.width() / background.devicePixelRatio())
        margin = math.ceil(head_size + 2 + pen.widthF())  # a head at the edge stands out this far
        base = (round(at.x()) - margin, round(at.y()) - margin)  # the layer's corner, on whole pixels
        size = max(1, math.ceil(side / TILES))
        style = (base, margin, background.cacheKey(), pen.widthF(), pen.color().rgba(), antialias, head_size)
        items = [("shaft", *s) for s in shafts] + [("head", *t) for t in tips]
        fresh = style != self._style or self._pixmap is None
        if fresh:
            self._style, self._items, self._by_tile, self._lines, self._heads = style, [], None, {}, {}
            ratio = background.devicePixelRatio()
            self._pixmap = QPixmap(math.ceil((side + 2 * margin) * ratio), math.ceil((side + 2 * margin) * ratio))
            self._pixmap.setDevicePixelRatio(ratio)
            self._pixmap.fill(Qt.GlobalColor.transparent)  # with an alpha channel, for the margin
        gone, new = self._changes(items)
        if fresh or len(gone) + len(new) > len(items):  # most arrows moved (the reveal, a resize)
            self._by_tile = None  # the index waits for a frame that needs it
            self.redrawn = -1
            self._items = items
            self._redraw_all(base, margin, background, pen, antialias, head)
        else:
            dirty = self._update(items, gone, new, base, size, pen.widthF(), head)
            self.redrawn = len(dirty)
            if dirty:
                self._redraw(dirty, base, size, margin, background, pen, antialias, head)
        if len(self._lines) + len(self._heads) > 2 * len(items) + 64:  # those of arrows long gone
            live = set(items)
            self._lines = {item: line for item, line in self._lines.items() if item in live}
            self._heads = {item: sprite for item, sprite in self._heads.items() if item in live}
        self._blit(p, base, margin, side)

    def _blit(self, p: QPainter, base: tuple[int, int], margin: int, side: int) -> None:
        """The square as a plain copy (it is opaque), the margin round it blended."""
        pixmap, (x, y), ratio = self._pixmap, base, self._pixmap.devicePixelRatio()  # type: ignore[union-attr]
        full = side + 2 * margin
        mode = p.compositionMode()
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        self._part(p, pixmap, x, y, ratio, QRectF(margin, margin, side, side))  # type: ignore[arg-type]
        p.setCompositionMode(mode)
        for part in (QRectF(0, 0, full, margin), QRectF(0, margin + side, full, margin),
                     QRectF(0, margin, margin, side), QRectF(margin + side, margin, margin, side)):
            self._part(p, pixmap, x, y, ratio, part)  # type: ignore[arg-type]

    @staticmethod
    def _part(p: QPainter, pixmap: QPixmap, x: int, y: int, ratio: float, part: QRectF) -> None:
        p.drawPixmap(QRectF(x + part.x(), y + part.y(), part.width(), part.height()), pixmap,
                     QRectF(part.x() * ratio, part.y() * ratio, part.width() * ratio, part.height() * ratio))

    def _changes(self, items: list[Item]) -> tuple[list[Item], list[Item]]:
        """The arrows gone and come since the frame before."""
        old = self._items
        if len(old) == len(items):  # the same arrows, a few of them moved: compared place by place
            changes = [(a, b) for a, b in zip(old, items) if a != b]
            return [a for a, _ in changes], [b for _, b in changes]
        before, after = Counter(old), Counter(items)
        return list((before - after).elements()), list((after - before).elements())

    def _update(self, items: list[Item], gone: list[Item], new: list[Item], base: tuple[int, int], size: int,
                width: float, head: Callable[[int], QPixmap]) -> set[TileKey]:
        """The tiles that `gone` and `new` cross, with the index brought up to date."""
        dirty: set[TileKey] = set()
        if self._by_tile is None:  # after a frame drawn all at once: the index made again
            self._by_tile = {}
            for item in items:
                drawn = self._drawable(item, head)
                for key in _tiles_of(item, base, size, width, head):
                    self._tile(key)[item[0] == "head"].append(drawn)  # type: ignore[arg-type]
            for item in gone + new:
                dirty.update(_tiles_of(item, base, size, width, head))
        else:
            for item in gone:
                drawn = self._drawable(item, head)
                for key in _tiles_of(item, base, size, width, head):
                    dirty.add(key)
                    self._tile(key)[item[0] == "head"].remove(drawn)  # type: ignore[arg-type]
            for item in new:
                drawn = self._drawable(item, head)
                for key in _tiles_of(item, base, size, width, head):
                    dirty.add(key)
                    self._tile(key)[item[0] == "head"].append(drawn)  # type: ignore[arg-type]
        self._items = items
        return dirty

    def _tile(self, key: TileKey) -> tuple[list[QLineF], list[tuple[QPointF, QPixmap]]]:
        """What crosses a tile, as Qt draws it: its shafts, its heads."""
        tile = self._by_tile.get(key)  # type: ignore[union-attr]
        if tile is None:
            tile = self._by_tile[key] = ([], [])  # type: ignore[index]
        return tile

    def _drawable(self, item: Item, head: Callable[[int], QPixmap]) -> QLineF | tuple[QPointF, QPixmap]:
        """A shaft or a head as Qt draws it, made once for every tile it crosses."""
        if item[0] == "shaft":
            line = self._lines.get(item)
            if line is None:
                line = self._lines[item] = QLineF(*item[1:])  # type: ignore[arg-type]
            return line
        found = self._heads.get(item)
        if found is None:
            _, x, y, bucket = item
            sprite = head(bucket)  # type: ignore[arg-type]
            half = sprite.width() / sprite.devicePixelRatio() / 2
            found = self._heads[item] = (QPointF(x - half, y - half), sprite)  # type: ignore[operator]
        return found

    def _redraw_all(self, base: tuple[int, int], margin: int, background: QPixmap, pen: QPen, antialias: bool,
                    head: Callable[[int], QPixmap]) -> None:
        """The whole layer: cleared, the square, every arrow once."""
        self._pixmap.fill(Qt.GlobalColor.transparent)  # type: ignore[union-attr]
        lp = QPainter(self._pixmap)
        side = background.width() / background.devicePixelRatio()
        lp.drawPixmap(QRectF(margin, margin, side, side), background, QRectF(background.rect()))
        lp.translate(-base[0], -base[1])
        lp.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
        lp.setPen(pen)
        drawn = [self._drawable(item, head) for item in self._items]
        lp.drawLines([d for d in drawn if isinstance(d, QLineF)])
        for d in drawn:
            if not isinstance(d, QLineF):
                lp.drawPixmap(*d)
        lp.end()

    def _redraw(self, dirty: set[TileKey], base: tuple[int, int], size: int, margin: int, background: QPixmap,
                pen: QPen, antialias: bool, head: Callable[[int], QPixmap]) -> None:
        """Each dirty tile cleared, the square again in it, then every arrow crossing it, clipped to it."""
        lp = QPainter(self._pixmap)
        lp.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
        lp.setPen(pen)
        side = background.width() / background.devicePixelRatio()
        square = QRect(margin, margin, round(side), round(side))
        for i, j in dirty:
            tile = QRect(i * size, j * size, size, size)
            lp.setClipRect(tile)
            lp.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            if not square.contains(tile):  # the margin is transparent; the square covers the rest
                lp.fillRect(tile, Qt.GlobalColor.transparent)
            lp.drawPixmap(QRectF(margin, margin, side, side), background, QRectF(background.rect()))
            lp.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            shafts, sprites = self._by_tile.get((i, j), ([], []))  # type: ignore[union-attr]
            lp.translate(-base[0], -base[1])
            lp.drawLines(shafts)
            for at, sprite in sprites:
                lp.drawPixmap(at, sprite)
            lp.translate(base[0], base[1])
        lp.end()


def _tiles_of(item: Item, base: tuple[int, int], size: int, width: float,
              head: Callable[[int], QPixmap]) -> Iterator[TileKey]:
    """The tiles an item's pixels may fall in."""
    ox, oy = base
    if item[0] == "head":
        _, x, y, bucket = item
        sprite = head(bucket)  # type: ignore[arg-type]
        half = sprite.width() / sprite.devicePixelRatio() / 2 + 1
        yield from _box_tiles(x - ox - half, y - oy - half, x - ox + half, y - oy + half, size)  # type: ignore[operator]
        return
    _, x1, y1, x2, y2 = item
    yield from _segment_tiles(x1 - ox, y1 - oy, x2 - ox, y2 - oy, width / 2 + 2, size)  # type: ignore[operator]


def _box_tiles(left: float, top: float, right: float, bottom: float, size: int) -> Iterator[TileKey]:
    for i in range(math.floor(left / size), math.floor(right / size) + 1):
        for j in range(math.floor(top / size), math.floor(bottom / size) + 1):
            yield i, j


def _segment_tiles(x1: float, y1: float, x2: float, y2: float, pad: float, size: int) -> Iterator[TileKey]:
    """The tiles within `pad` of a segment, column by column (not its whole bounding box)."""
    if x2 < x1:
        x1, y1, x2, y2 = x2, y2, x1, y1
    slope = (y2 - y1) / (x2 - x1) if x2 > x1 else 0.0
    for i in range(math.floor((x1 - pad) / size), math.floor((x2 + pad) / size) + 1):
        a, b = max(x1, i * size - pad), min(x2, (i + 1) * size + pad)
        ya, yb = (y1 + (a - x1) * slope, y1 + (b - x1) * slope) if x2 > x1 else (y1, y2)
        for j in range(math.floor((min(ya, yb) - pad) / size), math.floor((max(ya, yb) + pad) / size) + 1):
            yield i, j

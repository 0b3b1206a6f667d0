"""The room sees every manager: a clustered scene read back from what was painted."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPointF, QRectF, QSize

from workshop_app.model import geometry
from workshop_app.ui.projector.scene_painter import map_square

from .clustered import CENTROID, NAMES, POINTS, clustered_results
from .conftest import INSTRUMENT, Drawn, record, record_painter, scene_of

SIZE = QSize(1920, 1080)
SQUARE = map_square(QRectF(0, 0, SIZE.width(), SIZE.height()))
SIDE = SQUARE.width()


def px(point: tuple[float, float]) -> QPointF:
    x, y = geometry.to_canvas(point)
    return QPointF(SQUARE.x() + x * SIDE, SQUARE.y() + y * SIDE)


def ink_boxes(drawn: list[Drawn]) -> dict[str, QRectF]:
    """Each text's place: its last drawing, the ink over its halo."""
    return {d.text: d.bounds for d in drawn}


def dot_rect(centre: QPointF, radius: float) -> QRectF:
    return QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)


def map_ellipses(p) -> list[tuple[QPointF, float]]:
    """The ellipses drawn on the map itself (the legend beside it draws a dot and a ring too)."""
    return [(c, r) for c, r in p.ellipses if SQUARE.contains(c)]


def dots(p) -> list[tuple[QPointF, float]]:
    """The managers' dots: single or merged, not the group's rings."""
    radii = (pytest.approx(geometry.POINT_RADIUS * SIDE), pytest.approx(geometry.MERGED_RADIUS * SIDE))
    return [(c, r) for c, r in map_ellipses(p) if r in radii]


@pytest.fixture
def clustered():
    return clustered_results(INSTRUMENT)


def test_two_managers_on_one_spot_are_one_dot_marked_x2(clustered):
    _, p = record_painter(scene_of(clustered, revealed=True), SIZE, vector=True)
    radius = geometry.POINT_RADIUS * SIDE
    drawn = dots(p)
    # By hand: five dots for six managers, the pair at (0.04, 0.02) drawn once, bigger.
    assert len(drawn) == 5
    pair = [c for c, r in drawn if r > radius * 1.1]
    assert len(pair) == 1 and (pair[0].x(), pair[0].y()) == pytest.approx((px(POINTS[0]).x(), px(POINTS[0]).y()))
    count = ink_boxes(p.drawn)["×2"]
    assert not count.intersects(dot_rect(pair[0], geometry.MERGED_RADIUS * SIDE))
    assert QPointF(count.center() - pair[0]).manhattanLength() < 0.1 * SIDE  # beside its dot


def test_every_dot_is_painted_above_the_group_marker(clustered):
    _, p = record_painter(scene_of(clustered, revealed=True), SIZE, vector=True)
    on_map = map_ellipses(p)
    centroid_at = [i for i, (c, r) in enumerate(on_map) if r == pytest.approx(geometry.CENTROID_RADIUS * SIDE)]
    dots_at = [i for i, (c, r) in enumerate(on_map) if (c, r) in dots(p)]
    assert centroid_at and dots_at
    assert max(centroid_at) < min(dots_at)
    # And on screen: the manager on the group's very centre shows as ink, not the accent ring.
    image, _ = record(scene_of(clustered, revealed=True), SIZE)
    for point in POINTS:
        at = px(point)
        colour = image.pixelColor(round(at.x()), round(at.y()))
        assert max(colour.red(), colour.green(), colour.blue()) < 60, point


def test_names_never_leave_the_map_nor_cover_a_dot_or_each_other(clustered):
    _, p = record_painter(scene_of(clustered, revealed=True, labels="names"), SIZE, vector=True)
    boxes = ink_boxes(p.drawn)
    names = {text: box for text, box in boxes.items() if text not in ("×2", "Group") and
             any(text.rstrip("…") and n.startswith(text.rstrip("…")) for n in NAMES)}
    assert len(names) == 6  # every manager named
    marks = [dot_rect(c, r) for c, r in dots(p)] + [dot_rect(px(CENTROID), geometry.CENTROID_RADIUS * SIDE)]
    assert len(marks) == 6
    placed = [*names.values(), boxes["×2"], boxes["Group"]]
    for i, box in enumerate(placed):
        assert SQUARE.contains(box)
        assert not any(box.intersects(mark) for mark in marks)
        assert not any(box.intersects(other) for other in placed[:i])


def test_long_names_are_shortened_with_an_ellipsis(clustered):
    _, drawn = record(scene_of(clustered, revealed=True, labels="names"), SIZE, vector=True)
    texts = set(ink_boxes(drawn))
    assert "Léa Martin" in texts and "Bo Li" in texts
    shortened = [t for t in texts if t.endswith("…")]
    assert len(shortened) >= 3
    for text in shortened:
        assert any(n.startswith(text[:-1]) for n in NAMES)
        assert ink_boxes(drawn)[text].width() <= 0.36 * SIDE + 1


def test_the_group_word_is_placed_like_the_names(clustered):
    # Its usual place, right of its mark, holds the pair's dot in this scene (the group's centre
    # at canvas (0.511, 0.501), the pair at (0.52, 0.49)): it moves, covering no dot, near its mark.
    _, p = record_painter(scene_of(clustered, revealed=True), SIZE, vector=True)
    group = ink_boxes(p.drawn)["Group"]
    assert QPointF(group.center() - px(CENTROID)).manhattanLength() < 0.12 * SIDE
    assert not any(group.intersects(dot_rect(c, r)) for c, r in dots(p))


def test_the_zoom_on_the_group_magnifies_the_centre_and_says_so(clustered):
    # The cluster reaches 0.08 from the centre: 0.08 x 1.2 = 0.096, so x4 (the most) fits.
    _, before = record_painter(scene_of(clustered, revealed=True), SIZE, vector=True)
    _, p = record_painter(scene_of(clustered, revealed=True, zoom=True), SIZE, vector=True)
    apart = [dots(before)[i][0] for i in (0, 1)], [dots(p)[i][0] for i in (0, 1)]
    (a, b), (za, zb) = apart
    assert QPointF(zb - za).manhattanLength() == pytest.approx(4 * QPointF(b - a).manhattanLength())
    texts = [d.text for d in p.drawn]
    assert "zoom ×4 on the group · the axes graduated" in texts
    words = {d.text: d.bounds for d in before.drawn}
    kept = [d for d in p.drawn if d.text in ("Hands-on", "Analyse", "↓ Field · short term", "People →")]
    assert len(kept) == 4
    for d in kept:  # the quadrant names and the poles stay where they were
        assert d.bounds == words[d.text]
    assert len(geometry.scale_ticks(4.0)) == 4  # ±0.1, ±0.2 of the full map: drawn on both axes


@pytest.mark.parametrize("size", [QSize(1920, 1080), QSize(1280, 720), QSize(3840, 2160)], ids=str)
def test_marks_and_names_scale_with_the_screen_and_read_from_ten_metres(clustered, size):
    # From 10 m a 1080p picture is about 1.7 m high: a 5 cm letter is 3 % of its height, at
    # any resolution. Dots, names and arrow heads are fractions of the picture, never pixels.
    results = clustered
    arrows = tuple(dataclasses.replace(r, ideal_point=(r.point[0] - 0.3, r.point[1] + 0.3))
                   for r in results.participants)
    results = dataclasses.replace(results, participants=arrows)
    _, p = record_painter(scene_of(results, revealed=True, labels="names", arrows=True), size, vector=True)
    h = size.height()
    square = map_square(QRectF(0, 0, size.width(), h))
    names = [d for d in p.drawn if any(n.startswith(d.text.rstrip("…")) for n in NAMES) and d.text.strip()]
    assert names and min(d.pixel_size for d in names) >= 0.03 * h
    radius = geometry.POINT_RADIUS * square.width()
    assert any(r == pytest.approx(radius) for c, r in p.ellipses if square.contains(c))
    assert radius >= 0.0125 * h  # a dot 2.5 % of the height across, at least
    heads = [poly for poly in p.polygons if square.contains(poly.boundingRect())]
    assert heads
    for head in heads:  # an arrow head is longer than a dot, and not a dot's colour
        length = max(QPointF(head[0] - head[i]).manhattanLength() for i in (1, 2))
        assert length >= 2.4 * geometry.POINT_RADIUS * square.width()


def test_the_legend_explains_the_count_when_a_dot_stands_for_several(clustered, two_people):
    _, drawn = record(scene_of(clustered, revealed=True), SIZE, vector=True)
    assert "several managers on one spot" in [d.text for d in drawn]
    _, drawn = record(scene_of(two_people, revealed=True), SIZE, vector=True)  # two managers far apart
    assert "several managers on one spot" not in [d.text for d in drawn]

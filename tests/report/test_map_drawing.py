"""The PDF map is painted from the shared geometry: same quadrants, same points, y flipped."""

from __future__ import annotations

import pytest
from reportlab.graphics.shapes import Circle, Polygon, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from workshop_app.model.territories import BY_CODE, CODES
from workshop_app.report.map_drawing import Arrow, balance_map, tint

SIDE = 200
NAMES = {"faire": "Faire", "analyser": "Analyser", "commando": "Commando", "developper": "Développer"}


def shapes(drawing, kind):
    return [s for s in drawing.contents if isinstance(s, kind)]


def test_quadrants_are_tinted_where_the_geometry_puts_them():
    d = balance_map(SIDE, "fr", NAMES)
    tinted = {(r.x, r.y, r.width, r.height): r.fillColor for r in shapes(d, Rect) if r.fillColor is not None}
    # y up on the page: faire (results x field) bottom left, developper (people x step back) top right.
    assert tinted[(0, 0, 100, 100)] == tint(BY_CODE["faire"].colour, 0.10)
    assert tinted[(0, 100, 100, 100)] == tint(BY_CODE["analyser"].colour, 0.10)
    assert tinted[(100, 0, 100, 100)] == tint(BY_CODE["commando"].colour, 0.10)
    assert tinted[(100, 100, 100, 100)] == tint(BY_CODE["developper"].colour, 0.10)


def test_quadrant_names_and_poles_are_written_in_the_language():
    texts = {s.text for s in shapes(balance_map(SIDE, "en", NAMES), String)}
    assert set(NAMES.values()) <= texts
    assert {"Results", "People", "Field · short term", "Step back · long term"} <= texts
    assert "Hommes" in {s.text for s in shapes(balance_map(SIDE, "fr", NAMES), String)}


def test_quadrant_names_are_in_their_territory_colour_dark_enough_to_read():
    from workshop_app.model.territories import contrast_on_white, text_colour
    colours = {s.text: s.fillColor for s in shapes(balance_map(SIDE, "fr", NAMES), String)}
    for code in CODES:
        assert colours[NAMES[code]] == HexColor(text_colour(code))
        assert contrast_on_white(text_colour(code)) >= 4.5


def test_the_readers_point_and_the_centroid_sit_at_their_coordinates():
    d = balance_map(SIDE, "fr", NAMES, highlight=(0.5, 0.5), highlight_label="Vous", centroid=(-0.5, 0))
    centres = {(c.cx, c.cy) for c in shapes(d, Circle)}
    assert (150, 150) in centres  # (0.5, 0.5): three quarters across, three quarters up
    assert (50, 100) in centres
    assert "Vous" in {s.text for s in shapes(d, String)}


def test_anonymous_points_have_no_label():
    d = balance_map(SIDE, "fr", NAMES, points=[(0.1, 0.2), (-0.3, 0.4)])
    assert len(shapes(d, Circle)) == 2
    assert {s.text for s in shapes(d, String)} == set(NAMES.values()) | {
        "Résultats", "Hommes", "Terrain · court terme", "Recul · long terme"}


def test_the_arrow_head_ends_on_the_ideal_point():
    d = balance_map(SIDE, "fr", NAMES, arrows=[Arrow((0, 0), (0.5, 0))])
    (head,) = shapes(d, Polygon)
    assert (head.points[0], head.points[1]) == pytest.approx((150, 100))


def test_no_arrow_when_no_change_is_wanted():
    d = balance_map(SIDE, "fr", NAMES, arrows=[Arrow((0.2, 0.2), (0.2, 0.2))])
    assert shapes(d, Polygon) == []


def test_the_readers_label_keeps_off_the_pole_names():
    # Canvas (0.49, 0.84), just left of the axis above the "field" pole (its baseline at 0.855):
    # the usual place, right of the dot, would write over "Terrain · court terme"; the label
    # goes left, ending 0.012 + 0.008 + 0.01 before the dot: x = 200 * 0.46 = 92.
    d = balance_map(SIDE, "fr", NAMES, highlight=(-0.02, -0.68), highlight_label="Vous")
    label = next(s for s in shapes(d, String) if s.text == "Vous")
    assert label.textAnchor == "end"
    assert label.x == pytest.approx(92)


def test_the_readers_label_stays_beside_the_dot_when_there_is_room():
    d = balance_map(SIDE, "fr", NAMES, highlight=(-0.5, -0.5), highlight_label="Vous")
    label = next(s for s in shapes(d, String) if s.text == "Vous")
    assert label.textAnchor == "start"
    assert label.x == pytest.approx(200 * (0.25 + 0.03))  # dot at 0.25, then radius, gap and nudge


def test_coincident_points_are_one_dot_marked_with_their_count():
    d = balance_map(SIDE, "fr", NAMES, points=[(0.1, 0.2), (-0.3, 0.4), (0.1, 0.2), (0.1, 0.2)])
    circles = shapes(d, Circle)
    assert len(circles) == 2  # three managers on one spot, one elsewhere
    by_radius = sorted(circles, key=lambda c: c.r)
    assert (by_radius[1].cx, by_radius[1].cy) == pytest.approx((110, 120))  # (0.1, 0.2), by hand
    assert by_radius[1].r > by_radius[0].r
    assert "×3" in {s.text for s in shapes(d, String)}


def test_the_reader_is_at_least_as_prominent_as_the_group_and_drawn_above_it():
    d = balance_map(SIDE, "fr", NAMES, highlight=(0.02, 0.0), highlight_label="Vous", centroid=(0.0, 0.0))
    circles = shapes(d, Circle)
    centroid = next(i for i, c in enumerate(circles) if (c.cx, c.cy) == pytest.approx((100, 100)))
    reader = next(i for i, c in enumerate(circles) if (c.cx, c.cy) == pytest.approx((102, 100)))
    assert circles[reader].r >= circles[centroid].r
    assert reader > centroid


def test_the_readers_label_never_covers_their_arrow():
    # From (-0.5, -0.5) to (0, -0.5): the arrow runs right of the dot, canvas x 0.25..0.5 at
    # y 0.75, exactly where the label usually goes.
    d = balance_map(SIDE, "fr", NAMES, highlight=(-0.5, -0.5), highlight_label="Vous",
                    arrows=[Arrow((-0.5, -0.5), (0.0, -0.5))])
    label = next(s for s in shapes(d, String) if s.text == "Vous")
    width = stringWidth("Vous", label.fontName, label.fontSize)
    left = {"start": label.x, "middle": label.x - width / 2, "end": label.x - width}[label.textAnchor]
    bottom, top = label.y - 0.25 * label.fontSize, label.y + 0.95 * label.fontSize
    arrow_y = 200 * (1 - 0.75)
    covers = left < 100 and left + width > 50 and bottom < arrow_y < top
    assert not covers

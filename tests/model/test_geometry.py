"""The map geometry shared by the screen and the PDF."""

from __future__ import annotations

import pytest

from workshop_app.model import geometry
from workshop_app.model.territories import CODES


@pytest.mark.parametrize(
    ("point", "expected"),
    [((-1, 1), (0, 0)), ((1, -1), (1, 1)), ((0, 0), (0.5, 0.5)), ((-0.5, 0.5), (0.25, 0.25))],
)
def test_to_canvas_flips_y(point, expected):
    assert geometry.to_canvas(point) == pytest.approx(expected)


def test_quadrants_tile_the_square():
    rects = {code: geometry.quadrant(code) for code in CODES}
    assert (rects["faire"].x, rects["faire"].y) == (0, 0.5)  # results x field: bottom left
    assert (rects["analyser"].x, rects["analyser"].y) == (0, 0)  # results x step back: top left
    assert (rects["commando"].x, rects["commando"].y) == (0.5, 0.5)
    assert (rects["developper"].x, rects["developper"].y) == (0.5, 0)
    assert sum(r.w * r.h for r in rects.values()) == pytest.approx(1)


def test_quadrant_labels_sit_in_their_quadrant():
    for code in CODES:
        label, rect = geometry.quadrant_label(code), geometry.quadrant(code)
        assert rect.x <= label.x <= rect.x + rect.w
        assert rect.y <= label.y <= rect.y + rect.h


def test_point_labels_face_the_centre_near_the_right_edge():
    assert geometry.point_label_anchor((0.9, 0))[2] == "right"
    assert geometry.point_label_anchor((-0.9, 0))[2] == "left"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Marie-Claire Dupont", "MCD"), ("jean martin", "JM"), ("  ", "?"), ("Zoë « Zo » Ørsted", "ZZØ"), ("李 小龙", "李小")],
)
def test_initials(name, expected):
    assert geometry.initials(name) == expected

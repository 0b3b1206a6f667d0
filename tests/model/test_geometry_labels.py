"""Point labels placed without overlapping each other (the projector's names and initials)."""

from __future__ import annotations

import pytest

from workshop_app.model import geometry

W, H = 0.2, 0.03  # a label's size, fractions of the map's side


def rect(label: geometry.Label, w: float = W, h: float = H) -> tuple[float, float, float, float]:
    left = {"left": label.x, "center": label.x - w / 2, "right": label.x - w}[label.h_align]
    top = {"top": label.y, "middle": label.y - h / 2, "bottom": label.y - h}[label.v_align]
    return left, top, left + w, top + h


def test_a_lone_label_takes_the_usual_place():
    (label,) = geometry.place_labels([(-0.5, -0.5)], [(W, H)])
    x, y, side = geometry.point_label_anchor((-0.5, -0.5))
    assert (label.x, label.y, label.h_align, label.v_align) == (x, y, side, "middle")


def test_a_second_label_on_the_same_spot_goes_to_the_other_side():
    # Two points 0.01 apart in y: their right-hand labels (0.03 high) would overlap.
    first, second = geometry.place_labels([(-0.5, 0.0), (-0.5, 0.02)], [(W, H), (W, H)])
    assert first.h_align == "left"
    assert second.h_align == "right"  # by hand: x = 0.25 - 0.012 - 0.008 = 0.23
    assert second.x == pytest.approx(0.25 - geometry.POINT_RADIUS - geometry.POINT_LABEL_GAP)


def test_then_above_then_below():
    labels = geometry.place_labels([(-0.5, 0.0)] * 4, [(W, H)] * 4)
    assert [(lb.h_align, lb.v_align) for lb in labels] == [
        ("left", "middle"), ("right", "middle"), ("center", "bottom"), ("center", "top")]


def test_a_label_never_covers_another_point():
    # A neighbour 0.04 to the right (canvas 0.02): the usual place, right of the point, covers
    # its dot, so the label goes to the other side.
    (first, _) = geometry.place_labels([(-0.5, 0.0), (-0.46, 0.0)], [(W, H), (0.01, 0.01)])
    assert first.h_align == "right"


def test_when_nothing_is_free_the_label_is_left_out():
    labels = geometry.place_labels([(-0.5, 0.0)] * 5, [(0.5, 0.5)] * 5)  # labels too big for any spot
    assert labels[0] is not None
    assert labels[1:] == [None] * 4


def test_labels_stay_inside_the_square():
    # Near the top edge (canvas y 0.025): no room above, so the third label goes below.
    labels = geometry.place_labels([(-0.5, 0.95)] * 3, [(W, H)] * 3)
    assert [(lb.h_align, lb.v_align) for lb in labels] == [
        ("left", "middle"), ("right", "middle"), ("center", "top")]
    for label in labels:
        left, top, right, bottom = rect(label)
        assert 0 <= left and right <= 1 and 0 <= top and bottom <= 1


def test_a_placed_label_overlaps_none_placed_before_it():
    points = [(-0.3 + 0.02 * i, 0.1 - 0.03 * (i % 5)) for i in range(12)]
    labels = geometry.place_labels(points, [(0.08, H)] * 12)
    boxes = [rect(lb, 0.08) for lb in labels if lb is not None]
    assert len(boxes) >= 9  # the second ring, further out, finds room for three in four

    def overlap(a, b):
        return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
    for i in range(len(boxes)):
        assert not any(overlap(boxes[i], boxes[j]) for j in range(i))
    assert len({(lb.h_align, lb.v_align) for lb in labels if lb}) > 1  # the crowd did push some aside


def test_a_label_box_follows_its_alignment():
    label = geometry.Label("point", 0.5, 0.5, "right", "bottom", geometry.POINT_LABEL_SIZE)
    assert label.box(0.2, 0.04) == geometry.Rect(0.3, 0.46, 0.2, 0.04)
    label = geometry.Label("point", 0.5, 0.5, "center", "middle", geometry.POINT_LABEL_SIZE)
    assert label.box(0.2, 0.04) == geometry.Rect(0.4, 0.48, 0.2, 0.04)


def test_a_label_keeps_off_an_obstacle():
    # Usual place of (-0.5, 0): left edge at 0.25 + 0.02 = 0.27, y 0.485..0.515; the obstacle
    # at x 0.3..0.4, y 0.49..0.51 is in the way, so the label goes to the other side.
    obstacle = geometry.Rect(0.3, 0.49, 0.1, 0.02)
    (alone,) = geometry.place_labels([(-0.5, 0.0)], [(W, H)])
    (kept_off,) = geometry.place_labels([(-0.5, 0.0)], [(W, H)], [obstacle])
    assert alone.h_align == "left"
    assert kept_off.h_align == "right"


def test_a_label_keeps_off_the_pole_below_the_centre():
    # The "field" pole, left/bottom at (0.5125, 0.855): a text 0.3 x 0.035 covers
    # x 0.5125..0.8125, y 0.82..0.855. A point just left of the axis at canvas (0.49, 0.84),
    # i.e. (-0.02, -0.68), would put its label at x 0.51..0.71, y 0.825..0.855: on the pole.
    field = next(label for label in geometry.pole_labels() if label.key == "field")
    pole = field.box(0.3, 0.035)
    assert (pole.x, pole.y) == pytest.approx((0.5125, 0.82))
    (label,) = geometry.place_labels([(-0.02, -0.68)], [(W, H)], [pole])
    left, top, right, bottom = rect(label)
    assert not (left < pole.x + pole.w and pole.x < right and top < pole.y + pole.h and pole.y < bottom)
    assert (label.h_align, label.v_align) == ("right", "middle")

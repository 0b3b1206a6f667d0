"""Every manager visible: coincident points merged into one counted dot, the group's word
placed like the names, labels that never leave the map nor cover a dot or another label,
and the zoom on the group."""

from __future__ import annotations

import pytest

from workshop_app.model import geometry


def test_coincident_points_become_one_dot_with_a_count():
    marks = geometry.merge_points([(-0.5, -0.5), (0.2, 0.1), (-0.5, -0.5)])
    assert [(m.members, m.count) for m in marks] == [((0, 2), 2), ((1,), 1)]
    assert marks[0].point == pytest.approx((-0.5, -0.5))
    assert geometry.count_text(2) == "×2"


def test_near_points_merge_only_when_their_dots_would_hide_each_other():
    # Canvas distance = balance distance / 2. Merged under 1.5 radii (0.018 canvas, 0.036 balance).
    r = geometry.POINT_RADIUS
    close = geometry.merge_points([(0.0, 0.0), (2 * 1.4 * r, 0.0)])  # canvas 1.4 r apart
    apart = geometry.merge_points([(0.0, 0.0), (2 * 1.6 * r, 0.0)])  # canvas 1.6 r apart
    assert [m.count for m in close] == [2]
    assert close[0].point == pytest.approx((1.4 * r, 0.0))  # the members' mean
    assert [m.count for m in apart] == [1, 1]


def test_a_merged_dot_is_bigger_than_a_single_one():
    (single,) = geometry.merge_points([(0.3, 0.3)])
    (double,) = geometry.merge_points([(0.3, 0.3)] * 2)
    assert single.radius == geometry.POINT_RADIUS
    assert double.radius > single.radius


def test_a_label_with_no_free_place_is_left_out_rather_than_over_a_dot():
    # Five labels half the map wide around one dot: the first takes the usual place, none other fits.
    tags = [geometry.Tag(0.25, 0.5, 0.4, 0.1)] + [geometry.Tag(0.25, 0.5, 0.6, 0.6)] * 4
    labels = geometry.place_tags(tags)
    assert labels[0] is not None and labels[1:] == [None] * 4


def test_a_label_never_covers_a_dot_of_another_mark():
    dot = geometry.Rect(0.27, 0.49, 0.02, 0.02)  # right of the tag's dot, on its usual place
    (label,) = geometry.place_tags([geometry.Tag(0.25, 0.5, 0.1, 0.03)], dots=[dot])
    assert label is not None and label.h_align == "right"


def test_the_group_word_keeps_clear_of_its_bigger_mark():
    tag = geometry.Tag(0.5, 0.5, 0.1, 0.03, radius=geometry.CENTROID_RADIUS)
    (label,) = geometry.place_tags([tag])
    assert label is not None
    assert label.x == pytest.approx(0.5 + geometry.CENTROID_RADIUS + geometry.POINT_LABEL_GAP)


def test_labels_placed_together_never_overlap_nor_leave_the_map():
    # Six managers in a small cluster, two of them on the same spot, long labels.
    points = [(0.1, 0.1), (0.1, 0.1), (0.13, 0.08), (0.07, 0.14), (0.16, 0.12), (0.1, 0.04)]
    marks = geometry.merge_points(points)
    tags = [geometry.Tag(*geometry.to_canvas(m.point), 0.25, 0.03, m.radius) for m in marks for _ in m.members]
    dots = [geometry.dot_box(m) for m in marks]
    labels = geometry.place_tags(tags, dots)
    boxes = [label.box(t.w, t.h) for label, t in zip(labels, tags) if label is not None]
    assert len(boxes) == 6
    for i, a in enumerate(boxes):
        assert 0 <= a.x and a.x + a.w <= 1 and 0 <= a.y and a.y + a.h <= 1
        assert not any(geometry.overlap(a, b) for b in boxes[:i] + dots)


def test_the_zoom_fits_the_group_and_keeps_the_centre():
    # Every point within 0.3 of the centre: 0.3 x 1.2 margin = 0.36; x2.5 fits (0.9), x3 does not (1.08).
    assert geometry.zoom_for([(0.3, -0.1), (-0.2, 0.25)]) == 2.5
    assert geometry.zoom_for([(0.9, 0.0)]) == 1.0  # the whole map is needed
    assert geometry.zoom_for([(0.0, 0.0)]) == geometry.MAX_ZOOM
    assert geometry.zoom_for([]) == 1.0
    assert geometry.to_canvas((0.2, 0.2), 2.5) == pytest.approx((0.75, 0.25))
    assert geometry.to_canvas((0.0, 0.0), 2.5) == (0.5, 0.5)


def test_the_scale_ticks_follow_the_zoom():
    # x2.5 shows 0.4 of the half-axis: a tick every 0.1, the one at 0.4 being the edge itself.
    assert geometry.scale_ticks(2.5) == pytest.approx([-0.3, -0.2, -0.1, 0.1, 0.2, 0.3])
    assert geometry.scale_ticks(1.0) == pytest.approx([-0.75, -0.5, -0.25, 0.25, 0.5, 0.75])


def test_an_arrow_is_an_obstacle_along_its_length():
    boxes = geometry.segment_boxes((0.2, 0.5), (0.6, 0.5), 0.01)
    assert min(b.x for b in boxes) == pytest.approx(0.195)
    assert max(b.x + b.w for b in boxes) == pytest.approx(0.605)
    assert all(b.y == pytest.approx(0.495) and b.h == pytest.approx(0.01) for b in boxes)


def _plain_placement(tags, dots, tries):
    """Each tag at the first of its places (`tries` of them) inside the map that covers no dot
    and no label placed before it: the rule, without the shortcuts that make it fast."""
    def free(box, others):
        return not any(box.x < o.x + o.w and o.x < box.x + box.w and box.y < o.y + o.h and o.y < box.y + box.h
                       for o in others)
    placed, boxes = [], []
    for tag in tags:
        choice = None
        for n, (x, y, ha, va) in enumerate(geometry._tag_places(tag)):
            if n == tries:
                break
            label = geometry.Label("point", x, y, ha, va, geometry.POINT_LABEL_SIZE)
            box = label.box(tag.w, tag.h)
            if 0 <= box.x and 0 <= box.y and box.x + box.w <= 1 and box.y + box.h <= 1 and free(box, dots) \
                    and free(box, boxes):
                choice = label
                boxes.append(box)
                break
        placed.append(choice)
    return placed


@pytest.mark.parametrize("size", [40, 300, 900])
def test_crowds_get_the_places_a_plain_search_gives(size):
    """Names of a crowd, most of them on a few spots, of mixed widths: the placement's
    shortcuts (places and marks found blocked, in this frame) change no label."""
    import random

    rng = random.Random(size)
    spots = [(rng.uniform(-0.3, 0.3), rng.uniform(-0.3, 0.3)) for _ in range(8)]
    points = [(x + rng.uniform(-0.05, 0.05), y + rng.uniform(-0.05, 0.05)) if rng.random() < 0.8
              else (rng.uniform(-1, 1), rng.uniform(-1, 1)) for x, y in (rng.choice(spots) for _ in range(size))]
    marks = geometry.merge_points(points)
    tags = [geometry.Tag(*geometry.to_canvas(m.point), rng.choice((0.06, 0.1, 0.14, 0.2)), 0.03, m.radius)
            for m in marks for _ in m.members]
    dots = [geometry.dot_box(m) for m in marks]
    tries = 2 if len(tags) > geometry.MOB_TAGS else 4 if len(tags) > geometry.CROWD_TAGS else None
    placed = geometry.place_tags(tags, dots)
    assert placed == _plain_placement(tags, dots, tries)
    assert 0 < placed.count(None) < len(tags)

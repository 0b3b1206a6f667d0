"""Label placement that remembers the frame before: after one answer only the labels around the
change are placed again, the others stay still, and every guarantee of a fresh placement holds."""

from __future__ import annotations

import random

import pytest

from workshop_app.model import geometry
from workshop_app.model.geometry import Rect, Tag, TagMemory

W, H = 0.2, 0.03


def box(label: geometry.Label, tag: Tag) -> Rect:
    return label.box(tag.w, tag.h)


def dot(x: float, y: float, r: float = geometry.POINT_RADIUS) -> Rect:
    return Rect(x - r, y - r, 2 * r, 2 * r)


def test_a_label_pushed_aside_comes_back_when_the_mark_in_its_way_leaves():
    # A's usual place, right of it, is x 0.27..0.47 at y 0.5; B's dot at (0.35, 0.5) is on it.
    a = Tag(0.25, 0.5, W, H)
    memory = TagMemory()
    (first,) = geometry.place_tags([a], [dot(0.25, 0.5), dot(0.35, 0.5)], memory=memory)
    assert first.h_align == "right"
    (then,) = geometry.place_tags([a], [dot(0.25, 0.5), dot(0.35, 0.9)], memory=memory)  # B moved away
    assert (then.h_align, then.v_align) == ("left", "middle")


def test_a_label_left_out_comes_back_when_room_is_freed():
    # A mark in a dense crowd (dots every 0.03 around it): no place for its label; then the
    # crowd leaves.
    a = Tag(0.5, 0.5, 0.3, 0.04)
    crowd = [dot(0.5, 0.5)] + [dot(0.2 + 0.03 * i, 0.2 + 0.03 * j) for i in range(21) for j in range(21)]
    memory = TagMemory()
    assert geometry.place_tags([a], crowd, memory=memory) == [None]
    (label,) = geometry.place_tags([a], crowd[:1], memory=memory)
    assert label is not None and (label.h_align, label.v_align) == ("left", "middle")


def test_labels_keep_their_place_when_their_marks_did_not_move():
    # Two names on one mark: left then right. In the next frame they come in the other order;
    # placed afresh they would swap sides, remembered they stay where the room saw them.
    a, b = Tag(0.3, 0.5, W, H), Tag(0.3, 0.5, 0.15, H)
    marks = [dot(0.3, 0.5)]
    memory = TagMemory()
    first = geometry.place_tags([a, b], marks, memory=memory)
    assert [lb.h_align for lb in first] == ["left", "right"]
    fresh = geometry.place_tags([b, a], marks)
    assert [lb.h_align for lb in fresh] == ["left", "right"]  # b now left: a jump on the screen
    kept = geometry.place_tags([b, a], marks, memory=memory)
    assert [lb.h_align for lb in kept] == ["right", "left"]


def test_after_one_change_only_the_labels_around_it_are_placed_again(monkeypatch):
    rng = random.Random(7)
    tags = [Tag(rng.uniform(0.05, 0.8), rng.uniform(0.05, 0.95), 0.1, H) for _ in range(150)]
    dots = [dot(t.x, t.y) for t in tags]
    memory = TagMemory()
    first = geometry.place_tags(tags, dots, memory=memory)
    assert first.count(None) < len(tags) / 2  # most names have a place: the memory is used
    searched = []
    search = geometry._search
    monkeypatch.setattr(geometry, "_search", lambda tag, *rest: searched.append(tag) or search(tag, *rest))
    tags[75] = Tag(0.9, 0.9, 0.1, H)  # one manager answered again: their mark moved to a corner
    dots[75] = dot(0.9, 0.9)
    geometry.place_tags(tags, dots, memory=memory)
    assert tags[75] in searched
    assert len(searched) < 20  # a fresh placement searches for all 150


def test_a_crowd_where_most_names_find_no_place_is_placed_afresh(monkeypatch):
    # 300 names on 30 dots in a small spot: most are left out, and whatever moves there frees
    # places of them all; the bookkeeping would cost more than the searches.
    rng = random.Random(8)
    spots = [(rng.uniform(0.45, 0.55), rng.uniform(0.45, 0.55)) for _ in range(30)]
    tags = [Tag(*spots[k % 30], 0.1, H) for k in range(300)]
    dots = [dot(x, y) for x, y in spots]
    memory = TagMemory()
    first = geometry.place_tags(tags, dots, memory=memory)
    assert first.count(None) > len(tags) / 2
    searched = []
    search = geometry._search
    monkeypatch.setattr(geometry, "_search", lambda tag, *rest: searched.append(tag) or search(tag, *rest))
    again = geometry.place_tags(tags, dots, memory=memory)
    assert len(searched) == len(tags) and again == geometry.place_tags(tags, dots)


@pytest.mark.parametrize("seed", range(6))
def test_remembered_placements_keep_every_guarantee(seed):
    """Many frames of one change each (a mark moves, appears or goes): every label inside the
    map, over no dot, obstacle or other label; a label left out only when each place it may
    try is taken by a mark, an obstacle or a label placed before it."""
    rng = random.Random(seed)
    size = rng.choice([12, 60, 200, 800])
    spread = rng.choice([0.08, 0.3])

    def mark() -> tuple[float, float]:
        return rng.uniform(0.5 - spread, 0.5 + spread), rng.uniform(0.5 - spread, 0.5 + spread)

    spots = [mark() for _ in range(size)]
    widths = [rng.uniform(0.03, 0.3) for _ in range(size)]
    obstacles = [Rect(0.02, 0.02, 0.3, 0.05), Rect(0.55, 0.45, 0.3, 0.03)]
    memory = TagMemory()
    for _ in range(25):
        tags = [Tag(x, y, w, H) for (x, y), w in zip(spots, widths)]
        dots = [dot(x, y) for x, y in spots]
        labels = geometry.place_tags(tags, dots, obstacles, memory=memory)
        check(tags, labels, dots, obstacles)
        k = rng.randrange(len(spots))
        move = rng.random()
        if move < 0.7:
            spots[k] = mark()
        elif move < 0.85:
            spots.insert(k, mark())
            widths.insert(k, rng.uniform(0.03, 0.3))
        elif len(spots) > 2:
            del spots[k], widths[k]


def check(tags: list[Tag], labels: list[geometry.Label | None], dots: list[Rect], obstacles: list[Rect]) -> None:
    tries = 2 if len(tags) > geometry.MOB_TAGS else 4 if len(tags) > geometry.CROWD_TAGS else None
    placed: list[Rect] = []
    for tag, label in zip(tags, labels):
        if label is None:  # every place it may try is taken, or off the map
            for n, (x, y, ha, va) in enumerate(geometry._tag_places(tag)):
                if n == tries:
                    break
                b = geometry.Label("point", x, y, ha, va, geometry.POINT_LABEL_SIZE).box(tag.w, tag.h)
                outside = b.x < 0 or b.y < 0 or b.x + b.w > 1 or b.y + b.h > 1
                assert outside or any(geometry.overlap(b, other) for other in [*dots, *obstacles, *placed])
            continue
        b = box(label, tag)
        assert 0 <= b.x and b.x + b.w <= 1 and 0 <= b.y and b.y + b.h <= 1
        assert not any(geometry.overlap(b, other) for other in [*dots, *obstacles, *placed])
        placed.append(b)

"""The merge after each answer, redone only where a point moved, gives `merge_points`' marks."""

from __future__ import annotations

import random

import pytest

from workshop_app.model import geometry
from workshop_app.model.merge_memory import MergeMemory


def _spot(rng: random.Random, crowd: list[tuple[float, float]]) -> tuple[float, float]:
    """A point near one of a few crowded spots, or anywhere: rooms have both."""
    if rng.random() < 0.6:
        x, y = rng.choice(crowd)
        return (x + rng.uniform(-0.03, 0.03), y + rng.uniform(-0.03, 0.03))
    return (rng.uniform(-1, 1), rng.uniform(-1, 1))


@pytest.mark.parametrize("size", [30, 300, 2000])
@pytest.mark.parametrize("zoom", [1.0, 2.5])
def test_random_moves_give_the_marks_of_a_whole_merge(size, zoom, monkeypatch):
    import workshop_app.model.merge_memory as merge_memory

    whole = []  # the whole merges the memory ran
    monkeypatch.setattr(merge_memory, "merge_points", lambda p, z: whole.append(1) or geometry.merge_points(p, z))
    rng = random.Random(size * 10 + int(zoom))
    crowd = [(rng.uniform(-0.4, 0.4), rng.uniform(-0.4, 0.4)) for _ in range(6)]
    points = [_spot(rng, crowd) for _ in range(size)]
    memory = MergeMemory()
    assert memory.merge(points, zoom) == geometry.merge_points(points, zoom)
    for step in range(300):
        for _ in range(1 if step % 10 else rng.randint(2, 12)):  # now and then several at once
            points[rng.randrange(size)] = _spot(rng, crowd) if rng.random() < 0.9 else points[rng.randrange(size)]
        assert memory.merge(points, zoom) == geometry.merge_points(points, zoom), step
    assert len(whole) < 150  # most of the 300 steps merged only their moved points


def test_points_coming_and_a_new_zoom_are_merged_afresh():
    points = [(0.1, 0.1), (0.105, 0.1), (0.5, -0.5)]
    memory = MergeMemory()
    memory.merge(points)
    points.append((0.1, 0.102))
    assert memory.merge(points) == geometry.merge_points(points)
    assert memory.merge(points, 2.0) == geometry.merge_points(points, 2.0)
    assert memory.merge(points[:2], 2.0) == geometry.merge_points(points[:2], 2.0)


def test_a_point_moving_into_the_way_of_later_points_changes_their_dots():
    # By hand: 0 and 2 stand apart, 1 far away; 0 moves next to 2, which now joins 0's dot.
    points = [(-0.5, -0.5), (0.9, 0.9), (0.5, 0.5)]
    memory = MergeMemory()
    assert [m.members for m in memory.merge(points)] == [(0,), (1,), (2,)]
    points[0] = (0.505, 0.5)
    assert [m.members for m in memory.merge(points)] == [(0, 2), (1,)]
    points[0] = (-0.5, -0.5)  # and away again: 2 stands alone
    assert [m.members for m in memory.merge(points)] == [(0,), (1,), (2,)]

"""`geometry.merge_points` frame after frame: after one answer, only the moved point is merged again.

The projector merges every point after every answer; in a room of 2000 that is most of a
frame, while one point moved. The merge is sequential (each point joins the first-made dot
whose first point is within reach, or starts its own), so a moved point can change what the
points after it do. It cannot when:

- it was not the first point of a dot that others joined (no later point depended on it), and
- where it now stands, it joins a dot made before it, or starts a dot that no later point
  can reach.

Then only its old and new dots change; otherwise, and when points come or go, the whole merge
runs again. Either way the marks are those `merge_points` gives (tested on random changes).
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Sequence

from workshop_app.model.geometry import MERGE_DISTANCE, Mark, merge_points
from workshop_app.model.scoring import Point

_ROW = 1 << 16  # cells keyed as in `geometry._Grid`
_NEAR = (-_ROW - 1, -_ROW, -_ROW + 1, -1, 0, 1, _ROW - 1, _ROW, _ROW + 1)
MOST_CHANGES = 8  # more points moved at once (a reveal, a toggle): merged afresh


class MergeMemory:
    """The last merge: each dot by its first point's index (its seed), and grids of where the
    seeds and the points are, so a moved point finds its neighbours without a pass over all."""

    def __init__(self) -> None:
        self.points: list[Point] = []
        self.zoom: float | None = None
        self.marks: list[Mark] = []

    def merge(self, points: Sequence[Point], zoom: float = 1.0) -> list[Mark]:
        """`merge_points(points, zoom)`, redoing only what the points moved since the last call change."""
        points = list(points)
        if zoom != self.zoom or len(points) != len(self.points):
            return self._afresh(points, zoom)
        moved = [i for i, (a, b) in enumerate(zip(self.points, points)) if a != b]
        if len(moved) > MOST_CHANGES:
            return self._afresh(points, zoom)
        for index in moved:
            if not self._move(index, points[index]):
                return self._afresh(points, zoom)
        if moved:
            self.marks = [self._by_seed[s] for s in self._seeds]
        return list(self.marks)

    # -- the whole merge ----------------------------------------------------------------------

    def _afresh(self, points: list[Point], zoom: float) -> list[Mark]:
        self.points, self.zoom = points, zoom
        self.marks = merge_points(points, zoom)
        self._seeds = [m.members[0] for m in self.marks]  # in the order the dots were made
        self._by_seed = {m.members[0]: m for m in self.marks}
        self._members = {m.members[0]: list(m.members) for m in self.marks}
        self._seed_of = [0] * len(points)
        self._seed_cells: dict[int, list[int]] = {}
        self._point_cells: dict[int, set[int]] = {}
        for m in self.marks:
            for index in m.members:
                self._seed_of[index] = m.members[0]
            self._seed_cells.setdefault(self._cell(points[m.members[0]]), []).append(m.members[0])
        for index, point in enumerate(points):
            self._point_cells.setdefault(self._cell(point), set()).add(index)
        return list(self.marks)

    # -- one point moved ----------------------------------------------------------------------

    def _move(self, index: int, point: Point) -> bool:
        """Bring the memory to `point` for `index`; False when the merge must run again."""
        old_seed = self._seed_of[index]
        if old_seed == index and len(self._members[index]) > 1:
            return False  # the first point of a shared dot: the others may now part
        target = self._first_seed_within_reach(point, before=index)
        if target is None and self._reached_by_later_point(point, index):
            return False  # a new dot here would take points that come after it
        self._leave(index, old_seed)
        self._point_cells[self._cell(self.points[index])].discard(index)
        self.points[index] = point
        self._point_cells.setdefault(self._cell(point), set()).add(index)
        if target is None:  # a dot of its own
            self._members[index] = [index]
            insort(self._seeds, index)
            self._seed_cells.setdefault(self._cell(point), []).append(index)
            target = index
        else:
            insort(self._members[target], index)
        self._seed_of[index] = target
        self._by_seed[target] = self._mark(target)
        return True

    def _leave(self, index: int, seed: int) -> None:
        if seed == index:  # its own dot, which nobody shared: gone
            del self._members[index], self._by_seed[index]
            del self._seeds[bisect_left(self._seeds, index)]
            self._seed_cells[self._cell(self.points[index])].remove(index)
            return
        self._members[seed].remove(index)
        self._by_seed[seed] = self._mark(seed)

    def _mark(self, seed: int) -> Mark:
        """A dot as `merge_points` makes it: one point as it is, several at their mean."""
        group = self._members[seed]
        if len(group) == 1:
            return Mark(self.points[seed], (seed,))
        xs, ys = zip(*(self.points[k] for k in group))
        return Mark((sum(xs) / len(xs), sum(ys) / len(ys)), tuple(group))

    def _first_seed_within_reach(self, point: Point, before: int) -> int | None:
        """The first-made dot a point at `point`, coming at `before`, would join, or None."""
        cx, cy = self._canvas(point)
        key, limit, found = self._cell(point), MERGE_DISTANCE * MERGE_DISTANCE, None
        for around in _NEAR:
            for seed in self._seed_cells.get(key + around, ()):
                if seed < before and (found is None or seed < found):
                    sx, sy = self._canvas(self.points[seed])
                    if (sx - cx) ** 2 + (sy - cy) ** 2 < limit:
                        found = seed
        return found

    def _reached_by_later_point(self, point: Point, index: int) -> bool:
        """Whether a point after `index` stands within reach of `point`."""
        cx, cy = self._canvas(point)
        key, limit = self._cell(point), MERGE_DISTANCE * MERGE_DISTANCE
        for around in _NEAR:
            for other in self._point_cells.get(key + around, ()):
                if other > index:
                    ox, oy = self._canvas(self.points[other])
                    if (ox - cx) ** 2 + (oy - cy) ** 2 < limit:
                        return True
        return False

    def _canvas(self, point: Point) -> tuple[float, float]:
        x, y = point
        zoom = self.zoom  # type: ignore[assignment]
        return (x * zoom + 1) / 2, (1 - y * zoom) / 2  # geometry.to_canvas, as `merge_points` inlines it

    def _cell(self, point: Point) -> int:
        cx, cy = self._canvas(point)
        return int(cx // MERGE_DISTANCE) * _ROW + int(cy // MERGE_DISTANCE)

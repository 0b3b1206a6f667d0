"""What changed for one manager between a session and its follow-up, and for the cohort.

Self-ratings move a little from one day to the next without anything changing at work, so a
change is called *clear* only past the scale's noise:
- a practice score (0-100, the mean of six answers on a 5-point scale): one answer moved by
  one step moves its territory by 100 / 24 = 4.2 points, so two or three answers moved (under
  10 points) are within the noise; 10 points or more is a clear change (SCORE_NOISE);
- the time split (100 points, set in steps of 5): one step either way is within the noise; 10
  points or more is a clear change (TIME_NOISE);
- the balance index (0-100): 10 points or more (INDEX_NOISE).
Findings are plain data; the documents choose the words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from statistics import fmean
from typing import Literal

from workshop_app.model.scoring import ParticipantResult, Point
from workshop_app.model.territories import CODES

SCORE_NOISE = 10.0
TIME_NOISE = 10.0
INDEX_NOISE = 10.0

Part = Literal["practice", "time", "balance"]
NOISE: dict[str, float] = {"practice": SCORE_NOISE, "time": TIME_NOISE, "balance": INDEX_NOISE}


@dataclass(frozen=True)
class Change:
    part: Part
    territory: str | None  # None for the balance index
    before: float
    after: float

    @property
    def delta(self) -> float:
        return self.after - self.before

    @property
    def clear(self) -> bool:
        return abs(self.delta) >= NOISE[self.part] - 1e-9


@dataclass(frozen=True)
class WishGap:
    """How far today's split is from the split wished last time, in points moved (half the sum
    of the differences: moving 10 points from one territory to another is 10)."""

    before: float  # last time's today vs last time's ideal
    after: float  # today now vs last time's ideal

    @property
    def clear(self) -> bool:
        return abs(self.after - self.before) >= TIME_NOISE - 1e-9


@dataclass(frozen=True)
class CommitmentFollow:
    """The territory committed to last time, beside what the manager now reports there."""

    territory: str
    actions: tuple[str, ...]
    score: Change | None  # None when either session has no complete practices
    time: Change | None


@dataclass(frozen=True)
class Progress:
    before_point: Point | None
    after_point: Point | None
    changes: tuple[Change, ...]  # every territory and the balance index, practice then time
    wish: WishGap | None
    commitment: CommitmentFollow | None

    @property
    def clear(self) -> tuple[Change, ...]:
        """The clear changes, largest first (practice before time on a tie)."""
        return tuple(sorted((c for c in self.changes if c.clear), key=lambda c: -abs(c.delta)))

    def within_noise(self, part: Part) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.part == part and c.territory and not c.clear)


def progress_of(before: ParticipantResult, after: ParticipantResult) -> Progress:
    """The same manager last time (`before`) and now (`after`)."""
    changes: list[Change] = []
    if before.scores and after.scores:
        changes += [Change("practice", c, before.scores[c], after.scores[c]) for c in CODES]
    if before.allocation_today and after.allocation_today:
        changes += [Change("time", c, before.allocation_today[c], after.allocation_today[c]) for c in CODES]
    if before.balance_index is not None and after.balance_index is not None \
            and before.point_source == after.point_source:  # an index from scores and one from time differ in kind
        changes.append(Change("balance", None, before.balance_index, after.balance_index))
    wish = None
    if before.allocation_today and before.allocation_ideal and after.allocation_today:
        wish = WishGap(split_gap(before.allocation_today, before.allocation_ideal),
                       split_gap(after.allocation_today, before.allocation_ideal))
    return Progress(before.point, after.point, tuple(changes), wish, _commitment(before, changes))


def split_gap(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    return sum(abs(a[c] - b[c]) for c in CODES) / 2


def _commitment(before: ParticipantResult, changes: list[Change]) -> CommitmentFollow | None:
    territory = before.commitment_territory
    if not territory:
        return None
    of = {(c.part, c.territory): c for c in changes}
    return CommitmentFollow(territory, tuple(a for a in before.commitment_actions if a.strip()),
                            of.get(("practice", territory)), of.get(("time", territory)))


def moved_towards_commitment(p: Progress) -> bool | None:
    """Did the manager clearly move towards the territory they committed to? By the practice
    score when both sessions have one, else by the share of time; None without a commitment."""
    if p.commitment is None:
        return None
    measure = p.commitment.score or p.commitment.time
    return measure is not None and measure.clear and measure.delta > 0


@dataclass(frozen=True)
class CohortMovement:
    """The managers present in both sessions: where their centroid was and is, and how many of
    those who committed to a territory clearly moved towards it."""

    n: int  # placed in both sessions
    centroid_before: Point
    centroid_after: Point
    committed: int  # with a commitment last time
    moved_towards: int


def cohort_movement(pairs: Iterable[tuple[ParticipantResult, ParticipantResult]]) -> CohortMovement | None:
    placed = [(b, a) for b, a in pairs if b.point is not None and a.point is not None]
    if not placed:
        return None
    progress = [progress_of(b, a) for b, a in placed]
    moved = [moved_towards_commitment(p) for p in progress]
    return CohortMovement(
        n=len(placed),
        centroid_before=(fmean(b.point[0] for b, _ in placed), fmean(b.point[1] for b, _ in placed)),  # type: ignore[index]
        centroid_after=(fmean(a.point[0] for _, a in placed), fmean(a.point[1] for _, a in placed)),  # type: ignore[index]
        committed=sum(1 for m in moved if m is not None),
        moved_towards=sum(1 for m in moved if m),
    )

"""Scoring of the balance model (DESIGN.md §1). Pure functions over plain data.

- Territory score: mean of its answers mapped to 0-100: (mean - min) / (max - min) x 100,
  i.e. (mean - 1) / 4 x 100 on the 1-5 scale.
- Balance point in [-1, 1]^2: x = ((commando + developper) - (faire + analyser)) / 200,
  y = ((analyser + developper) - (faire + commando)) / 200 from scores; from an allocation
  (100 points) the same sums are divided by 100.
- Today->ideal arrow: from the person's point, moved by (ideal - today) allocation points.
- Balance index: 100 x (1 - sigma / 50), sigma the population standard deviation of the four
  0-100 scores. For a short-form participant (no practices) the allocation is used instead and
  sigma is divided by its own maximum (all 100 points on one territory: 43.3).
- Major: the highest territory (a tie names all tied). Under-used: at least 15 points below
  the person's own mean, or below 40 (scores only: an allocation's mean is always 25).
A part that is not complete is never scored as if it were.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from statistics import fmean
from typing import Literal

from workshop_app.model.instrument import PHASES, Instrument
from workshop_app.model.territories import CODES

Point = tuple[float, float]
Form = Literal["full", "short"]
Status = Literal["not_started", "in_progress", "done"]

UNDER_USED_GAP = 15.0
UNDER_USED_FLOOR = 40.0
_EPS = 1e-9
_SQRT_BITS = 2 * sys.float_info.mant_dig + 3  # enough bits for a correctly rounded square root


def population_sd(values: Sequence[float]) -> float:
    """The population standard deviation, exactly `statistics.pstdev`'s value (the exact
    variance of the floats given, its square root correctly rounded) in whole-number arithmetic,
    several times faster than its fractions. Exact, not a float formula: one (an index of exactly
    37.5 computed as 37.4999...) would change a figure the participant reads."""
    ratios = [v.as_integer_ratio() for v in values]  # floats: every denominator a power of two
    shift = max(d.bit_length() for _, d in ratios) - 1
    ints = [n << (shift - d.bit_length() + 1) for n, d in ratios]  # over one common 2**shift
    count, total = len(ints), sum(ints)
    spread = count * sum(i * i for i in ints) - total * total  # count² x 4**shift x the variance
    return _sqrt_of_fraction(spread, count * count << 2 * shift)


def _sqrt_of_fraction(n: int, m: int) -> float:
    """sqrt(n / m) as a correctly rounded float (the method of Python's `statistics`)."""
    q = (n.bit_length() - m.bit_length() - _SQRT_BITS) // 2
    if q >= 0:
        return float(_isqrt_round_to_odd(n, m << 2 * q) << q)
    return _isqrt_round_to_odd(n << -2 * q, m) / (1 << -q)


def _isqrt_round_to_odd(n: int, m: int) -> int:
    root = math.isqrt(n // m)
    return root | (root * root * m != n)


ALLOCATION_SIGMA_MAX = population_sd([100.0, 0.0, 0.0, 0.0])  # 43.30...


def territory_scores(
    answers: Mapping[str, int], instrument: Instrument
) -> dict[str, float] | None:
    """0-100 score per territory, or None unless every practice item is answered."""
    if any(item_id not in answers for item_id in instrument.item_ids):
        return None
    low, high = instrument.scale_min, instrument.scale_max
    return {
        code: (fmean([answers[i.id] for i in instrument.items_of(code)]) - low) / (high - low) * 100
        for code in CODES
    }


def _axes(values: Mapping[str, float], divisor: float) -> Point:
    x = ((values["commando"] + values["developper"]) - (values["faire"] + values["analyser"])) / divisor
    y = ((values["analyser"] + values["developper"]) - (values["faire"] + values["commando"])) / divisor
    return (x, y)


def point_from_scores(scores: Mapping[str, float]) -> Point:
    return _axes(scores, 200)


def point_from_allocation(points: Mapping[str, int]) -> Point:
    return _axes(points, 100)


def ideal_arrow_end(start: Point, today: Mapping[str, int], ideal: Mapping[str, int]) -> Point:
    """Where the today->ideal arrow ends: the start moved by the wanted change, kept on the map."""
    tx, ty = point_from_allocation(today)
    ix, iy = point_from_allocation(ideal)
    return (_clamp(start[0] + ix - tx), _clamp(start[1] + iy - ty))


def _clamp(v: float) -> float:
    return max(-1.0, min(1.0, v))


def balance_index(values: Mapping[str, float], sigma_max: float = 50.0) -> float:
    """100 when the four values are equal, 0 at the largest possible spread."""
    return 100 * (1 - population_sd([values[c] for c in CODES]) / sigma_max)


def major(values: Mapping[str, float]) -> tuple[str, ...]:
    top = max(values[c] for c in CODES)
    return tuple(c for c in CODES if values[c] >= top - _EPS)


def under_used(scores: Mapping[str, float], floor: float | None = UNDER_USED_FLOOR) -> tuple[str, ...]:
    mean = fmean([scores[c] for c in CODES])  # a list: fmean counts a generator one item at a time
    return tuple(
        c for c in CODES
        if scores[c] <= mean - UNDER_USED_GAP + _EPS or (floor is not None and scores[c] < floor)
    )


@dataclass(frozen=True)
class Responses:
    """What one participant has answered so far, as the store hands it over."""

    participant_id: int
    name: str
    team: str | None = None
    answers: Mapping[str, int] = field(default_factory=dict)
    allocations: Mapping[str, Mapping[str, int]] = field(default_factory=dict)  # phase -> points
    tensions: Mapping[str, int] = field(default_factory=dict)
    commitment_territory: str | None = None
    commitment_actions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Completion:
    practices_answered: int
    practices_total: int
    allocation_phases: tuple[str, ...]  # the phases answered, in PHASES order
    tensions_answered: int
    tensions_total: int
    has_commitments: bool

    @property
    def practices(self) -> Status:
        return _status(self.practices_answered, self.practices_total)

    @property
    def allocation(self) -> Status:
        return _status(len(self.allocation_phases), len(PHASES))

    @property
    def tensions(self) -> Status:
        return _status(self.tensions_answered, self.tensions_total)

    @property
    def commitments(self) -> Status:
        return "done" if self.has_commitments else "not_started"

    def finished(self, form: Form) -> bool:
        """Every required part answered; commitments are optional."""
        parts = [self.allocation, self.tensions] + ([self.practices] if form == "full" else [])
        return all(p == "done" for p in parts)

    def started(self) -> bool:
        return bool(self.practices_answered or self.allocation_phases or self.tensions_answered
                    or self.has_commitments)


def _status(answered: int, total: int) -> Status:
    if answered == 0:
        return "not_started"
    return "done" if answered >= total else "in_progress"


@dataclass(frozen=True)
class ParticipantResult:
    participant_id: int
    name: str
    team: str | None
    completion: Completion
    finished: bool
    scores: dict[str, float] | None  # practices, when complete
    allocation_today: dict[str, int] | None
    allocation_ideal: dict[str, int] | None
    tensions: dict[str, int]
    point: Point | None
    point_source: Literal["practices", "allocation"] | None
    ideal_point: Point | None  # end of the today->ideal arrow
    balance_index: float | None
    major: tuple[str, ...]
    under_used: tuple[str, ...]
    commitment_territory: str | None
    commitment_actions: tuple[str, ...]

    @property
    def short_form(self) -> bool:
        """Placed by the allocation because the practices were not (fully) answered."""
        return self.point_source == "allocation"


def completion_of(r: Responses, instrument: Instrument,
                  allocations: Mapping[str, dict[str, int] | None] | None = None) -> Completion:
    """What a participant has answered, part by part (no scoring: the sessions list counts
    who finished with this alone)."""
    if allocations is None:
        allocations = {phase: _complete_allocation(r.allocations.get(phase)) for phase in PHASES}
    return Completion(
        practices_answered=sum(1 for i in instrument.item_ids if i in r.answers),
        practices_total=len(instrument.items),
        allocation_phases=tuple(phase for phase in PHASES if allocations[phase]),
        tensions_answered=sum(1 for t in instrument.tension_ids if t in r.tensions),
        tensions_total=len(instrument.tensions),
        has_commitments=bool(r.commitment_territory or any(a.strip() for a in r.commitment_actions)),
    )


def score_participant(r: Responses, instrument: Instrument, form: Form = "full") -> ParticipantResult:
    scores = territory_scores(r.answers, instrument)
    allocations = {phase: _complete_allocation(r.allocations.get(phase)) for phase in PHASES}
    today, ideal = allocations["today"], allocations["ideal"]
    completion = completion_of(r, instrument, allocations)
    point: Point | None = None
    source: Literal["practices", "allocation"] | None = None
    index: float | None = None
    majors: tuple[str, ...] = ()
    under: tuple[str, ...] = ()
    if scores is not None:
        point, source = point_from_scores(scores), "practices"
        index, majors, under = balance_index(scores), major(scores), under_used(scores)
    elif today is not None:
        shares = {c: float(v) for c, v in today.items()}
        point, source = point_from_allocation(today), "allocation"
        index = balance_index(shares, ALLOCATION_SIGMA_MAX)
        majors, under = major(shares), under_used(shares, floor=None)
    ideal_point = ideal_arrow_end(point, today, ideal) if point and today and ideal else None
    return ParticipantResult(
        participant_id=r.participant_id,
        name=r.name,
        team=r.team,
        completion=completion,
        finished=completion.finished(form),
        scores=scores,
        allocation_today=today,
        allocation_ideal=ideal,
        tensions={t: r.tensions[t] for t in instrument.tension_ids if t in r.tensions},
        point=point,
        point_source=source,
        ideal_point=ideal_point,
        balance_index=index,
        major=majors,
        under_used=under,
        commitment_territory=r.commitment_territory,
        commitment_actions=tuple(r.commitment_actions),
    )


def _complete_allocation(points: Mapping[str, int] | None) -> dict[str, int] | None:
    if not points or set(points) != set(CODES) or sum(points.values()) != 100:
        return None
    return {c: points[c] for c in CODES}


@dataclass(frozen=True)
class TerritoryStat:
    mean: float
    sd: float  # population standard deviation
    n: int


@dataclass(frozen=True)
class GroupResult:
    n_invited: int
    n_started: int
    n_finished: int
    territories: dict[str, TerritoryStat] | None  # over complete practices
    centroid: Point | None  # over every placed participant
    n_placed: int
    majors: dict[str, int]  # a tie counts for each tied territory
    allocation_today: dict[str, float] | None  # mean points, over complete phases
    allocation_ideal: dict[str, float] | None
    tensions: dict[str, list[int]]  # counts per step, index 0 = step 1
    tension_means: dict[str, float | None]


def score_group(results: Iterable[ParticipantResult], instrument: Instrument) -> GroupResult:
    results = list(results)
    scored = [r.scores for r in results if r.scores is not None]
    placed = [r.point for r in results if r.point is not None]
    majors = {c: 0 for c in CODES}
    for r in results:
        if r.point is not None:
            for code in r.major:
                majors[code] += 1
    tensions = {t: [0] * instrument.tension_steps for t in instrument.tension_ids}
    for r in results:
        for t, value in r.tensions.items():
            tensions[t][value - 1] += 1
    return GroupResult(
        n_invited=len(results),
        n_started=sum(1 for r in results if r.completion.started()),
        n_finished=sum(1 for r in results if r.finished),
        territories={
            c: TerritoryStat(fmean([s[c] for s in scored]), population_sd([s[c] for s in scored]), len(scored))
            for c in CODES
        } if scored else None,
        centroid=(fmean([p[0] for p in placed]), fmean([p[1] for p in placed])) if placed else None,
        n_placed=len(placed),
        majors=majors,
        allocation_today=_mean_allocation(r.allocation_today for r in results),
        allocation_ideal=_mean_allocation(r.allocation_ideal for r in results),
        tensions=tensions,
        tension_means={t: _mean_step(counts) for t, counts in tensions.items()},
    )


def _mean_allocation(allocations: Iterable[dict[str, int] | None]) -> dict[str, float] | None:
    complete = [a for a in allocations if a is not None]
    if not complete:
        return None
    return {c: fmean([a[c] for a in complete]) for c in CODES}


def _mean_step(counts: list[int]) -> float | None:
    n = sum(counts)
    return sum((i + 1) * k for i, k in enumerate(counts)) / n if n else None


@dataclass(frozen=True)
class Results:
    """A session scored: one result per participant (in participant order) and the group."""

    participants: tuple[ParticipantResult, ...]
    group: GroupResult
    _by_id: dict[int, ParticipantResult] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {r.participant_id: r for r in self.participants})

    def participant(self, participant_id: int) -> ParticipantResult:
        """One participant's result (KeyError if not in the session), without a walk through the room."""
        return self._by_id[participant_id]


def score_session(responses: Iterable[Responses], instrument: Instrument, form: Form = "full") -> Results:
    participants = tuple(score_participant(r, instrument, form) for r in responses)
    return Results(participants, score_group(participants, instrument))

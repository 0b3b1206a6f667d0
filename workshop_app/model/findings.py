"""Findings: what one manager's answers say, as plain data, before any word is chosen.

The debrief, the synthesis and the projector choose words for findings; the rules live here,
once. Every rule reads the 0-100 practice scores (or, for the short form, the shares of time
today), the time split today and in 12 months (100 points each) and the commitment.

Rules (thresholds are module constants):
- Major: the highest territory, named only when it leads the second by at least MAJOR_LEAD
  points; a lead of one answer step is noise. Otherwise NoClearMajor names the territories
  within MAJOR_LEAD of the top and the spread of all four (highest - lowest).
- UnderUsed, graded: "clearly" at least 15 points below the manager's own mean or below 40;
  "somewhat" at least 10 below the mean or below 50. No cliff between 38 and 42. For the short
  form the mean of shares is always 25: "clearly" at 10 % or less, "somewhat" at 15 % or less.
- WantsMore / WantsLess: the largest wished gain (and loss) between today and in 12 months,
  every tied territory named, with the territories the points come from (or go to).
- PracticeTimeMismatch: practice and time point different ways: a clearly under-used practice
  that still gets at least 20 % of the time, or a practice scored 70 or more that gets 10 % or
  less. The wished change on that territory is carried so the words can say it.
- CommitmentAgainstWish: the committed territory is one the manager wants less time on.
- FirefighterRisk: Faire is the clear major, or takes at least 40 % of the time today. The
  wished change on Faire is carried: wanting it lower does not remove the risk, it names it.
- Balanced: no territory under-used, not even "somewhat".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from statistics import fmean
from typing import Literal

from workshop_app.model.scoring import ParticipantResult
from workshop_app.model.territories import CODES

MAJOR_LEAD = 10.0
CLEAR_GAP, SOME_GAP = 15.0, 10.0  # below the manager's own mean
CLEAR_FLOOR, SOME_FLOOR = 40.0, 50.0  # practice scores
CLEAR_SHARE, SOME_SHARE = 10.0, 15.0  # shares of time, short form
MISMATCH_TIME_HIGH = 20  # % of the time on a clearly under-used practice
MISMATCH_SCORE_HIGH = 70.0
MISMATCH_TIME_LOW = 10
FIREFIGHTER_TIME = 40
_EPS = 1e-9

Degree = Literal["clearly", "somewhat"]


@dataclass(frozen=True)
class Major:
    territory: str
    score: float
    lead: float  # over the second territory
    others: tuple[float, float]  # lowest and highest of the three others


@dataclass(frozen=True)
class NoClearMajor:
    contenders: tuple[str, ...]  # within MAJOR_LEAD of the top, highest first
    spread: float  # highest - lowest of the four


@dataclass(frozen=True)
class UnderUsed:
    territory: str
    score: float
    degree: Degree


@dataclass(frozen=True)
class WantsMore:
    territories: tuple[str, ...]  # every territory tied at the largest gain
    delta: int  # points gained by each
    sources: tuple[str, ...]  # territories that lose points


@dataclass(frozen=True)
class WantsLess:
    territories: tuple[str, ...]  # every territory tied at the largest loss
    delta: int  # points lost by each (positive)
    targets: tuple[str, ...]  # territories that gain points


@dataclass(frozen=True)
class KeepsSplit:
    """The same split wished in 12 months as today."""


@dataclass(frozen=True)
class PracticeTimeMismatch:
    territory: str
    practice_score: float
    time_share: int
    wished_delta: int | None  # ideal - today, None without a 12-month split


@dataclass(frozen=True)
class CommitmentAgainstWish:
    territory: str
    wished_delta: int  # negative: the manager wants less time there


@dataclass(frozen=True)
class FirefighterRisk:
    faire_score: float | None
    faire_time: int | None
    wished_delta: int | None


@dataclass(frozen=True)
class Balanced:
    spread: float
    lowest: str


Finding = (Major | NoClearMajor | UnderUsed | WantsMore | WantsLess | KeepsSplit | PracticeTimeMismatch
           | CommitmentAgainstWish | FirefighterRisk | Balanced)


@dataclass(frozen=True)
class Findings:
    """Everything found for one manager, each kind in its own field (absent kinds are None/empty)."""

    major: Major | NoClearMajor | None
    under_used: tuple[UnderUsed, ...]  # lowest first
    wants_more: WantsMore | None
    wants_less: WantsLess | None
    keeps_split: KeepsSplit | None
    mismatches: tuple[PracticeTimeMismatch, ...]
    against_wish: CommitmentAgainstWish | None
    firefighter: FirefighterRisk | None
    balanced: Balanced | None
    short_form: bool
    commitment: str | None = None
    values: Mapping[str, float] | None = None
    wish: Mapping[str, int] | None = None  # ideal - today, per territory

    @property
    def priority(self) -> str | None:
        """The territory to work first: the manager's own wish before the scores.

        The committed territory, unless it goes against the wished shift; else None for a
        balanced manager (the priority is keeping the balance under pressure); else the territory
        the manager wants to give the most time to (the lowest-scored among ties); else the most
        under-used.
        """
        if self.commitment in CODES and self.against_wish is None:
            return self.commitment
        if self.balanced is not None:
            return None
        if self.wants_more is not None:
            return min(self.wants_more.territories, key=lambda c: (self.values or {}).get(c, 0.0))
        return self.under_used[0].territory if self.under_used else None

    def under(self, degree: Degree | None = None) -> tuple[str, ...]:
        return tuple(u.territory for u in self.under_used if degree is None or u.degree == degree)


def find(values: Mapping[str, float] | None, today: Mapping[str, int] | None,
         ideal: Mapping[str, int] | None, commitment: str | None = None, *, short_form: bool = False) -> Findings:
    """The findings for one manager. `values`: practice scores, or shares of time for the short form."""
    wish = {c: ideal[c] - today[c] for c in CODES} if today and ideal else None
    under = under_used(values, short_form) if values else ()
    return Findings(
        major=major(values) if values else None,
        under_used=under,
        wants_more=wants_more(wish) if wish else None,
        wants_less=wants_less(wish) if wish else None,
        keeps_split=KeepsSplit() if wish is not None and not any(wish.values()) else None,
        mismatches=mismatches(values, today, wish) if values and today and not short_form else (),
        against_wish=commitment_against_wish(commitment, wish),
        firefighter=firefighter_risk(values if not short_form else None, today, wish),
        balanced=Balanced(_spread(values), min(CODES, key=lambda c: values[c])) if values and not under else None,
        short_form=short_form,
        commitment=commitment,
        values=values,
        wish=wish,
    )


def findings_of(r: ParticipantResult) -> Findings:
    values = r.scores if r.scores is not None else (
        {c: float(v) for c, v in r.allocation_today.items()} if r.allocation_today else None)
    return find(values, r.allocation_today, r.allocation_ideal, r.commitment_territory, short_form=r.scores is None)


def _spread(values: Mapping[str, float]) -> float:
    return max(values.values()) - min(values.values())


def _ranked(values: Mapping[str, float]) -> list[str]:
    return sorted(CODES, key=lambda c: -values[c])  # stable: instrument order among equals


def major(values: Mapping[str, float]) -> Major | NoClearMajor:
    ranked = _ranked(values)
    top, second = values[ranked[0]], values[ranked[1]]
    if top - second >= MAJOR_LEAD - _EPS:
        others = [values[c] for c in ranked[1:]]
        return Major(ranked[0], top, top - second, (min(others), max(others)))
    return NoClearMajor(tuple(c for c in ranked if values[c] >= top - MAJOR_LEAD + _EPS), _spread(values))


def under_used(values: Mapping[str, float], short_form: bool = False) -> tuple[UnderUsed, ...]:
    mean = fmean(values[c] for c in CODES)
    found: list[UnderUsed] = []
    for c in CODES:
        v = values[c]
        if short_form:
            degree = "clearly" if v <= CLEAR_SHARE else "somewhat" if v <= SOME_SHARE else None
        elif v <= mean - CLEAR_GAP + _EPS or v < CLEAR_FLOOR:
            degree = "clearly"
        elif v <= mean - SOME_GAP + _EPS or v < SOME_FLOOR:
            degree = "somewhat"
        else:
            degree = None
        if degree:
            found.append(UnderUsed(c, v, degree))
    return tuple(sorted(found, key=lambda u: u.score))


def wants_more(wish: Mapping[str, int]) -> WantsMore | None:
    best = max(wish.values())
    if best <= 0:
        return None
    return WantsMore(tuple(c for c in CODES if wish[c] == best), best, tuple(c for c in CODES if wish[c] < 0))


def wants_less(wish: Mapping[str, int]) -> WantsLess | None:
    worst = min(wish.values())
    if worst >= 0:
        return None
    return WantsLess(tuple(c for c in CODES if wish[c] == worst), -worst, tuple(c for c in CODES if wish[c] > 0))


def mismatches(scores: Mapping[str, float], today: Mapping[str, int],
               wish: Mapping[str, int] | None) -> tuple[PracticeTimeMismatch, ...]:
    clearly = {u.territory for u in under_used(scores) if u.degree == "clearly"}
    return tuple(
        PracticeTimeMismatch(c, scores[c], today[c], wish[c] if wish else None)
        for c in CODES
        if (c in clearly and today[c] >= MISMATCH_TIME_HIGH)
        or (scores[c] >= MISMATCH_SCORE_HIGH and today[c] <= MISMATCH_TIME_LOW)
    )


def commitment_against_wish(commitment: str | None, wish: Mapping[str, int] | None) -> CommitmentAgainstWish | None:
    if commitment not in CODES or not wish or wish[commitment] >= 0:
        return None
    return CommitmentAgainstWish(commitment, wish[commitment])


def firefighter_risk(scores: Mapping[str, float] | None, today: Mapping[str, int] | None,
                     wish: Mapping[str, int] | None) -> FirefighterRisk | None:
    faire_major = scores is not None and isinstance(m := major(scores), Major) and m.territory == "faire"
    busy = today is not None and today["faire"] >= FIREFIGHTER_TIME
    if not (faire_major or busy):
        return None
    return FirefighterRisk(scores["faire"] if scores else None, today["faire"] if today else None,
                           wish["faire"] if wish else None)


# --- the group ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GroupFindings:
    """What the finished participants' findings say together; counts only, never a person.

    - under_used: per territory, how many managers have it under-used (either degree).
    - majors: per territory, how many have it as a clear major (lead >= MAJOR_LEAD);
      no_clear_major: how many have none.
    - committed: how many wrote a commitment; commitments: per territory chosen.
    - mismatched: how many have practice and time pointing different ways on some territory.
    - indices: the balance indices, sorted.
    - wish: the mean wished change per territory, from the means rounded to add up to 100.
    """

    n: int
    under_used: dict[str, int]
    majors: dict[str, int]
    no_clear_major: int
    committed: int
    commitments: dict[str, int]
    mismatched: int
    indices: tuple[float, ...]
    wish: dict[str, int] | None


def group_findings(results: list[ParticipantResult]) -> GroupFindings:
    from workshop_app.model.numbers import largest_remainder  # noqa: PLC0415 - numbers is tiny

    found = [findings_of(r) for r in results]
    under = {c: sum(1 for f in found if c in f.under()) for c in CODES}
    majors = {c: sum(1 for f in found if isinstance(f.major, Major) and f.major.territory == c) for c in CODES}
    commitments = {c: sum(1 for r in results if r.commitment_territory == c) for c in CODES}
    pairs = [(r.allocation_today, r.allocation_ideal) for r in results if r.allocation_today and r.allocation_ideal]
    wish = None
    if pairs:
        today = largest_remainder({c: fmean(t[c] for t, _ in pairs) for c in CODES})
        ideal = largest_remainder({c: fmean(i[c] for _, i in pairs) for c in CODES})
        wish = {c: ideal[c] - today[c] for c in CODES}
    return GroupFindings(
        n=len(results),
        under_used=under,
        majors=majors,
        no_clear_major=sum(1 for f in found if isinstance(f.major, NoClearMajor)),
        committed=sum(1 for r in results if r.completion.has_commitments),
        commitments=commitments,
        mismatched=sum(1 for f in found if f.mismatches),
        indices=tuple(sorted(r.balance_index for r in results if r.balance_index is not None)),
        wish=wish,
    )

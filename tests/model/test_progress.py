"""Changes between a session and its follow-up, against values computed by hand."""

from __future__ import annotations

import pytest

from workshop_app.model.instrument import default_instrument
from workshop_app.model.progress import (
    Change, WishGap, cohort_movement, moved_towards_commitment, progress_of, split_gap,
)
from workshop_app.model.scoring import Responses, score_participant

INSTRUMENT = default_instrument()


def _answers(by_territory: dict[str, list[int]]) -> dict[str, int]:
    """Each territory's six items answered in the given order."""
    answers = {}
    for code, values in by_territory.items():
        for item, value in zip(INSTRUMENT.items_of(code), values, strict=True):
            answers[item.id] = value
    return answers


def _result(answers, today, ideal, territory=None, actions=()):
    tensions = {t: 4 for t in INSTRUMENT.tension_ids}
    return score_participant(Responses(1, "Marie Dupont", answers=answers,
                                       allocations={"today": today, "ideal": ideal}, tensions=tensions,
                                       commitment_territory=territory, commitment_actions=tuple(actions)),
                             INSTRUMENT)


# Last time: faire 5 (100), analyser 4 (75), commando 3 (50), developper 1 (0).
BEFORE = _result(_answers({"faire": [5] * 6, "analyser": [4] * 6, "commando": [3] * 6, "developper": [1] * 6}),
                 {"faire": 40, "analyser": 30, "commando": 20, "developper": 10},
                 {"faire": 25, "analyser": 25, "commando": 25, "developper": 25},
                 "developper", ["Un entretien de développement par mois", ""])
# Now: faire 4 (75), analyser 4 (75), commando five 3 and one 4 (mean 19/6: 54.17),
# developper three 2 and three 3 (mean 2.5: 37.5).
AFTER = _result(_answers({"faire": [4] * 6, "analyser": [4] * 6, "commando": [3, 3, 3, 3, 3, 4],
                          "developper": [2, 2, 2, 3, 3, 3]}),
                {"faire": 30, "analyser": 30, "commando": 20, "developper": 20},
                {"faire": 20, "analyser": 25, "commando": 25, "developper": 30})


def test_the_changes_of_a_hand_made_pair():
    p = progress_of(BEFORE, AFTER)
    practice = {c.territory: round(c.delta, 2) for c in p.changes if c.part == "practice"}
    assert practice == {"faire": -25.0, "analyser": 0.0, "commando": 4.17, "developper": 37.5}
    time = {c.territory: c.delta for c in p.changes if c.part == "time"}
    assert time == {"faire": -10, "analyser": 0, "commando": 0, "developper": 10}
    # Balance index then: sd of (100, 75, 50, 0) = 36.98 -> 26.05; now: sd of (75, 75, 54.17, 37.5)
    # = 15.73 -> 68.54.
    (balance,) = [c for c in p.changes if c.part == "balance"]
    assert balance.before == pytest.approx(26.05, abs=0.01) and balance.after == pytest.approx(68.54, abs=0.01)
    # Points: x = ((commando + developper) - (faire + analyser)) / 200, y = ((analyser + developper) -
    # (faire + commando)) / 200.
    assert p.before_point == pytest.approx((-0.625, -0.375))
    assert p.after_point == pytest.approx((-0.291667, -0.083333), abs=1e-6)


def test_only_changes_past_the_noise_are_clear_largest_first():
    p = progress_of(BEFORE, AFTER)
    assert [(c.part, c.territory, round(c.delta, 1)) for c in p.clear] == [
        ("balance", None, 42.5), ("practice", "developper", 37.5), ("practice", "faire", -25.0),
        ("time", "faire", -10), ("time", "developper", 10)]
    assert [c.territory for c in p.within_noise("practice")] == ["analyser", "commando"]
    assert [c.territory for c in p.within_noise("time")] == ["analyser", "commando"]


@pytest.mark.parametrize(("part", "delta", "clear"), [
    ("practice", 9.9, False), ("practice", 10.0, True), ("practice", -10.0, True), ("practice", 4.17, False),
    ("time", 5, False), ("time", 10, True), ("balance", -9.5, False), ("balance", 12, True),
])
def test_the_noise_threshold(part, delta, clear):
    assert Change(part, "faire", 50.0, 50.0 + delta).clear is clear


def test_the_split_wished_last_time_is_closer():
    # Then: |40-25| + |30-25| + |20-25| + |10-25| = 40, halved: 20 points to move; now 5+5+5+5 = 20 -> 10.
    assert progress_of(BEFORE, AFTER).wish == WishGap(20, 10)
    assert WishGap(20, 10).clear and not WishGap(20, 15).clear
    assert split_gap({"faire": 100, "analyser": 0, "commando": 0, "developper": 0},
                     {"faire": 0, "analyser": 0, "commando": 0, "developper": 100}) == 100


def test_last_times_commitment_beside_what_the_manager_now_reports():
    c = progress_of(BEFORE, AFTER).commitment
    assert c is not None and c.territory == "developper"
    assert c.actions == ("Un entretien de développement par mois",)
    assert (c.score.before, c.score.after) == (0.0, 37.5)
    assert (c.time.before, c.time.after) == (10, 20)
    assert moved_towards_commitment(progress_of(BEFORE, AFTER)) is True
    assert moved_towards_commitment(progress_of(AFTER, BEFORE)) is None  # no commitment in AFTER


def test_a_short_form_pair_is_compared_by_time_only():
    before = _result({}, BEFORE.allocation_today, BEFORE.allocation_ideal, "faire")
    after = _result({}, AFTER.allocation_today, AFTER.allocation_ideal)
    p = progress_of(before, after)
    assert {c.part for c in p.changes} == {"time", "balance"}
    assert p.commitment.score is None and p.commitment.time.delta == -10
    assert moved_towards_commitment(p) is False  # the share of faire went down


def test_the_cohort_movement():
    # Two managers: the first as above; the second did not move and committed to nothing.
    m = cohort_movement([(BEFORE, AFTER), (AFTER, AFTER)])
    assert m.n == 2 and m.committed == 1 and m.moved_towards == 1
    assert m.centroid_before == pytest.approx(((-0.625 - 0.291667) / 2, (-0.375 - 0.083333) / 2), abs=1e-6)
    assert m.centroid_after == pytest.approx((-0.291667, -0.083333), abs=1e-6)
    assert cohort_movement([]) is None

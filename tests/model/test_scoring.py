"""Scoring against examples computed by hand (DESIGN.md §1)."""

from __future__ import annotations

import math

import pytest

from workshop_app.model.instrument import default_instrument
from workshop_app.model.scoring import (
    Responses,
    balance_index,
    ideal_arrow_end,
    major,
    point_from_allocation,
    point_from_scores,
    score_participant,
    score_session,
    territory_scores,
    under_used,
)

INSTRUMENT = default_instrument()

# Hand-built profile: faire all 5, analyser all 3, commando all 4, developper 1,2,1,2,1,2.
PROFILE = {"faire": [5] * 6, "analyser": [3] * 6, "commando": [4] * 6, "developper": [1, 2] * 3}
# Scores by hand: faire (5-1)/4*100 = 100; analyser 50; commando 75; developper (1.5-1)/4*100 = 12.5.
SCORES = {"faire": 100.0, "analyser": 50.0, "commando": 75.0, "developper": 12.5}
TODAY = {"faire": 40, "analyser": 20, "commando": 30, "developper": 10}
IDEAL = {"faire": 20, "analyser": 25, "commando": 25, "developper": 30}
TENSIONS = {"horizon": 2, "mode": 4, "focus": 7}


def answers_for(profile: dict[str, list[int]]) -> dict[str, int]:
    answers = {}
    for code, values in profile.items():
        for item, value in zip(INSTRUMENT.items_of(code), values, strict=True):
            answers[item.id] = value
    return answers


def test_territory_scores_map_the_mean_to_0_100():
    assert territory_scores(answers_for(PROFILE), INSTRUMENT) == pytest.approx(SCORES)


def test_territory_scores_refuse_partial_practices():
    answers = answers_for(PROFILE)
    del answers["p24"]
    assert territory_scores(answers, INSTRUMENT) is None


def test_balance_point_from_scores():
    # x = ((75 + 12.5) - (100 + 50)) / 200 = -0.3125 ; y = ((50 + 12.5) - (100 + 75)) / 200 = -0.5625
    assert point_from_scores(SCORES) == pytest.approx((-0.3125, -0.5625))


def test_balance_point_from_allocation():
    # x = ((30 + 10) - (40 + 20)) / 100 = -0.2 ; y = ((20 + 10) - (40 + 30)) / 100 = -0.4
    assert point_from_allocation(TODAY) == pytest.approx((-0.2, -0.4))


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ({"faire": 50, "analyser": 50, "commando": 50, "developper": 50}, (0.0, 0.0)),
        ({"faire": 100, "analyser": 0, "commando": 0, "developper": 0}, (-0.5, -0.5)),
        ({"faire": 0, "analyser": 0, "commando": 0, "developper": 100}, (0.5, 0.5)),
        ({"faire": 0, "analyser": 100, "commando": 0, "developper": 100}, (0.0, 1.0)),
    ],
)
def test_balance_point_corners(scores, expected):
    assert point_from_scores(scores) == pytest.approx(expected)


def test_ideal_arrow_moves_by_the_wanted_change():
    # ideal: x = (55 - 45) / 100 = 0.1, y = (55 - 45) / 100 = 0.1; today (-0.2, -0.4): delta (0.3, 0.5)
    assert ideal_arrow_end((-0.3125, -0.5625), TODAY, IDEAL) == pytest.approx((-0.0125, -0.0625))


def test_ideal_arrow_stays_on_the_map():
    all_faire = {"faire": 100, "analyser": 0, "commando": 0, "developper": 0}
    all_dev = {"faire": 0, "analyser": 0, "commando": 0, "developper": 100}
    # delta (+2, +2) from (0.5, 0.5) is clamped to the corner.
    assert ideal_arrow_end((0.5, 0.5), all_faire, all_dev) == (1.0, 1.0)


def test_balance_index():
    # mean 59.375; squared deviations 1650.390625 + 87.890625 + 244.140625 + 2197.265625 = 4179.6875
    sigma = math.sqrt(4179.6875 / 4)
    assert balance_index(SCORES) == pytest.approx(100 * (1 - sigma / 50))


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ({"faire": 60, "analyser": 60, "commando": 60, "developper": 60}, 100.0),
        # sigma of (100, 0, 100, 0) is 50, the maximum.
        ({"faire": 100, "analyser": 0, "commando": 100, "developper": 0}, 0.0),
    ],
)
def test_balance_index_bounds(scores, expected):
    assert balance_index(scores) == pytest.approx(expected)


def test_major_and_ties():
    assert major(SCORES) == ("faire",)
    assert major({"faire": 80, "analyser": 80, "commando": 50, "developper": 50}) == ("faire", "analyser")


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        # mean 59.375: 15 below is 44.375; only developper (12.5) is that low; none else under 40.
        (SCORES, ("developper",)),
        # mean (70 + 45 + 79 + 46) / 4 = 60: 45 is exactly 15 below (counts); 46 is neither.
        ({"faire": 70, "analyser": 45, "commando": 79, "developper": 46}, ("analyser",)),
        # all equal but low: under 40 everywhere.
        ({"faire": 30, "analyser": 30, "commando": 30, "developper": 30}, ("faire", "analyser", "commando", "developper")),
        ({"faire": 70, "analyser": 70, "commando": 70, "developper": 70}, ()),
    ],
)
def test_under_used(scores, expected):
    assert under_used(scores) == expected


def full_responses(pid: int = 1, profile=PROFILE) -> Responses:
    return Responses(
        pid, f"P{pid}", answers=answers_for(profile),
        allocations={"today": TODAY, "ideal": IDEAL}, tensions=TENSIONS,
    )


def test_a_complete_participant_is_scored_and_finished():
    r = score_participant(full_responses(), INSTRUMENT)
    assert r.finished
    assert r.point_source == "practices"
    assert r.point == pytest.approx((-0.3125, -0.5625))
    assert r.ideal_point == pytest.approx((-0.0125, -0.0625))
    assert r.major == ("faire",)
    assert r.under_used == ("developper",)
    assert (r.completion.practices, r.completion.allocation, r.completion.tensions, r.completion.commitments) == (
        "done", "done", "done", "not_started")


def test_partial_practices_are_never_scored_as_complete():
    answers = answers_for(PROFILE)
    del answers["p13"]
    r = score_participant(Responses(1, "P", answers=answers), INSTRUMENT)
    assert r.scores is None and r.point is None and r.balance_index is None and r.major == ()
    assert r.completion.practices == "in_progress"
    assert r.completion.practices_answered == 23
    assert not r.finished


def test_an_allocation_not_summing_to_100_is_not_complete():
    r = score_participant(Responses(1, "P", allocations={"today": {"faire": 50, "analyser": 20, "commando": 20, "developper": 0}}), INSTRUMENT)
    assert r.allocation_today is None and r.completion.allocation == "not_started"


def test_short_form_is_placed_by_today_allocation():
    r = score_participant(
        Responses(1, "P", allocations={"today": TODAY, "ideal": IDEAL}, tensions=TENSIONS), INSTRUMENT, form="short"
    )
    assert r.finished and r.short_form
    assert r.point == pytest.approx((-0.2, -0.4))
    assert r.ideal_point == pytest.approx((0.1, 0.1))
    # (40, 20, 30, 10): mean 25, squared deviations 225 + 25 + 25 + 225 = 500, sigma^2 = 125;
    # maximum sigma^2 (100, 0, 0, 0) = (5625 + 3 x 625) / 4 = 1875.
    assert r.balance_index == pytest.approx(100 * (1 - math.sqrt(125 / 1875)))
    assert r.major == ("faire",)
    assert r.under_used == ("developper",)  # 10 points is 15 below the mean of 25


def test_short_form_participant_is_not_finished_in_a_full_form_session():
    r = score_participant(Responses(1, "P", allocations={"today": TODAY, "ideal": IDEAL}, tensions=TENSIONS), INSTRUMENT)
    assert not r.finished


def test_commitments_count_only_when_written():
    blank = score_participant(Responses(1, "P", commitment_actions=("  ",)), INSTRUMENT)
    assert blank.completion.commitments == "not_started"
    written = score_participant(Responses(1, "P", commitment_territory="developper"), INSTRUMENT)
    assert written.completion.commitments == "done"


def test_group_statistics():
    flat = {code: [3] * 6 for code in PROFILE}  # 50 everywhere, point (0, 0), four-way tie
    partial = Responses(3, "P3", answers={"p01": 5}, tensions={"horizon": 2})
    results = score_session([full_responses(1), full_responses(2, flat), partial], INSTRUMENT)
    g = results.group
    assert (g.n_invited, g.n_started, g.n_finished, g.n_placed) == (3, 3, 2, 2)
    # faire: 100 and 50 -> mean 75, population sd 25; developper: 12.5 and 50 -> 31.25, sd 18.75
    assert g.territories["faire"].mean == pytest.approx(75)
    assert g.territories["faire"].sd == pytest.approx(25)
    assert g.territories["developper"].mean == pytest.approx(31.25)
    assert g.territories["developper"].sd == pytest.approx(18.75)
    assert g.territories["faire"].n == 2
    assert g.centroid == pytest.approx((-0.15625, -0.28125))
    assert g.majors == {"faire": 2, "analyser": 1, "commando": 1, "developper": 1}
    assert g.allocation_today == pytest.approx({"faire": 40, "analyser": 20, "commando": 30, "developper": 10})
    # horizon: 2, 2, 2 ; mode: 4, 4 ; focus: 7, 7
    assert g.tensions["horizon"] == [0, 3, 0, 0, 0, 0, 0]
    assert g.tensions["focus"] == [0, 0, 0, 0, 0, 0, 2]
    assert g.tension_means == pytest.approx({"horizon": 2.0, "mode": 4.0, "focus": 7.0})


def test_empty_group():
    g = score_session([], INSTRUMENT).group
    assert g.territories is None and g.centroid is None and g.allocation_today is None
    assert g.tension_means == {"horizon": None, "mode": None, "focus": None}

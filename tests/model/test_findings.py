"""Findings, one rule at a time, on inputs computed by hand."""

from __future__ import annotations

from workshop_app.model.findings import (
    Balanced,
    CommitmentAgainstWish,
    FirefighterRisk,
    Major,
    NoClearMajor,
    PracticeTimeMismatch,
    UnderUsed,
    WantsLess,
    WantsMore,
    find,
    findings_of,
)
from workshop_app.model.instrument import default_instrument
from workshop_app.model.scoring import Responses, score_participant


def scores(faire, analyser, commando, developper):
    return {"faire": faire, "analyser": analyser, "commando": commando, "developper": developper}


def split(faire, analyser, commando, developper):
    return {"faire": faire, "analyser": analyser, "commando": commando, "developper": developper}


def test_a_major_needs_a_lead_of_ten_points():
    # 92 against 38, 21, 30: lead 92 - 38 = 54, the others range from 21 to 38.
    assert find(scores(92, 38, 21, 30), None, None).major == Major("faire", 92, 54, (21, 38))
    # 60 against 50: a lead of exactly 10 is a major.
    assert find(scores(60, 50, 40, 45), None, None).major == Major("faire", 60, 10, (40, 50))


def test_a_lead_of_one_answer_step_is_no_clear_major():
    # 63 vs 58/58/54: lead 5. Contenders within 10 of 63: all four (54 > 53); spread 63 - 54 = 9.
    found = find(scores(63, 58, 58, 54), None, None).major
    assert found == NoClearMajor(("faire", "analyser", "commando", "developper"), 9)
    # 70, 65, 40, 30: contenders faire and analyser only; spread 70 - 30 = 40.
    assert find(scores(70, 65, 40, 30), None, None).major == NoClearMajor(("faire", "analyser"), 40)


def test_under_used_is_graded_without_a_cliff():
    # Mean of 80, 38, 42, 60 = 55. 38: below 40 -> clearly. 42: 13 below the mean (>= 10) -> somewhat.
    found = find(scores(80, 38, 42, 60), None, None)
    assert found.under_used == (UnderUsed("analyser", 38, "clearly"), UnderUsed("commando", 42, "somewhat"))
    # Mean of 60, 62, 48, 70 = 60. 48: 12 below the mean -> somewhat; nothing clearly.
    assert find(scores(60, 62, 48, 70), None, None).under("clearly") == ()
    assert find(scores(60, 62, 48, 70), None, None).under("somewhat") == ("commando",)


def test_short_form_shares_are_graded_on_the_share_of_time():
    # 10 % -> clearly, 15 % -> somewhat, 20 % -> not under-used.
    found = find(split(55, 10, 15, 20), split(55, 10, 15, 20), None, short_form=True)
    assert found.under_used == (UnderUsed("analyser", 10, "clearly"), UnderUsed("commando", 15, "somewhat"))
    assert found.mismatches == ()  # practice and time are the same thing here


def test_wished_shift_names_every_tie_and_where_points_come_from():
    # 55/15/20/10 -> 40/25/20/20: faire -15, analyser +10, commando 0, developper +10.
    found = find(scores(92, 38, 21, 30), split(55, 15, 20, 10), split(40, 25, 20, 20))
    assert found.wants_more == WantsMore(("analyser", "developper"), 10, ("faire",))
    assert found.wants_less == WantsLess(("faire",), 15, ("analyser", "developper"))
    assert found.keeps_split is None


def test_the_same_split_is_kept():
    found = find(scores(50, 50, 50, 50), split(25, 25, 25, 25), split(25, 25, 25, 25))
    assert found.wants_more is None and found.wants_less is None and found.keeps_split is not None


def test_practice_and_time_pointing_different_ways():
    # Commando scored 20 (clearly under-used: below 40) but 30 % of the time, wished 20 % (-10).
    # Faire scored 8 but 20 % of the time, kept as is (0). Developper scored 80 with 10 % of the time.
    found = find(scores(8, 60, 20, 80), split(20, 40, 30, 10), split(20, 45, 20, 15))
    assert found.mismatches == (PracticeTimeMismatch("faire", 8, 20, 0), PracticeTimeMismatch("commando", 20, 30, -10),
                                PracticeTimeMismatch("developper", 80, 10, 5))


def test_a_commitment_against_the_wished_shift():
    # Committed to faire while wishing faire 40 -> 30 (-10).
    found = find(scores(70, 50, 50, 50), split(40, 20, 20, 20), split(30, 20, 25, 25), "faire")
    assert found.against_wish == CommitmentAgainstWish("faire", -10)
    # Committed to developper, wished +5: with the wish.
    assert find(scores(70, 50, 50, 50), split(40, 20, 20, 20), split(30, 20, 25, 25), "developper").against_wish is None


def test_firefighter_risk_from_the_faire_major_or_its_time():
    # Faire major with 25 % of the time: the risk, the wished change carried (25 -> 15: -10).
    assert find(scores(92, 38, 21, 30), split(25, 25, 25, 25), split(15, 35, 25, 25)).firefighter == \
        FirefighterRisk(92, 25, -10)
    # No Faire major but 40 % of the time on Faire.
    assert find(scores(60, 65, 50, 50), split(40, 20, 20, 20), None).firefighter == FirefighterRisk(60, 40, None)
    # Neither: no risk.
    assert find(scores(60, 80, 50, 50), split(30, 30, 20, 20), None).firefighter is None


def test_balanced_when_nothing_is_under_used():
    # Mean of 60, 55, 52, 58 = 56.25: lowest 52 is 4.25 below it and above 50.
    assert find(scores(60, 55, 52, 58), None, None).balanced == Balanced(8, "commando")
    assert find(scores(60, 55, 45, 58), None, None).balanced is None  # 45 < 50: somewhat under-used


def test_findings_of_a_scored_participant():
    instrument = default_instrument()
    answers = {i.id: {"faire": 5, "analyser": 3, "commando": 1, "developper": 2}[i.territory] for i in instrument.items}
    r = score_participant(Responses(1, "A", answers=answers, allocations={"today": split(40, 30, 20, 10),
                                                                            "ideal": split(25, 25, 20, 30)},
                                    commitment_territory="developper"), instrument)
    found = findings_of(r)
    # Scores 100, 50, 0, 25: faire leads analyser by 50.
    assert found.major == Major("faire", 100, 50, (0, 50))
    assert found.wants_more == WantsMore(("developper",), 20, ("faire", "analyser"))
    assert found.against_wish is None and not found.short_form


def test_the_priority_follows_the_commitment_then_the_wish_then_the_scores():
    today, ideal = split(55, 15, 20, 10), split(40, 25, 20, 20)  # analyser and developper +10 each
    # Committed to commando (wished 0: not against the wish): the commitment comes first.
    assert find(scores(92, 38, 21, 30), today, ideal, "commando").priority == "commando"
    # Committed to faire, wished -15: against the wish, so the wish decides; tie analyser 38 / developper 30:
    # the lower-scored, developper.
    assert find(scores(92, 38, 21, 30), today, ideal, "faire").priority == "developper"
    # No wish to move time: the most under-used, commando (21).
    assert find(scores(92, 38, 21, 30), today, today).priority == "commando"
    # Balanced: keeping the balance comes first, even with time wished elsewhere; a commitment still leads.
    assert find(scores(60, 55, 52, 58), today, today).priority is None
    assert find(scores(60, 55, 52, 58), today, ideal).priority is None
    assert find(scores(60, 55, 52, 58), today, ideal, "analyser").priority == "analyser"


def test_group_findings_count_managers_never_name_them():
    from workshop_app.model.findings import group_findings
    instrument = default_instrument()

    def person(pid, practice, today, ideal, commitment=None):
        answers = {i.id: practice[i.territory] for i in instrument.items}
        return score_participant(Responses(pid, f"P{pid}", answers=answers, allocations={"today": today, "ideal": ideal},
                                           commitment_territory=commitment), instrument)

    fire = {"faire": 5, "analyser": 3, "commando": 1, "developper": 2}  # 100/50/0/25: faire major
    even = {"faire": 3, "analyser": 3, "commando": 3, "developper": 3}  # 50 each: no clear major
    t1, i1 = split(40, 30, 20, 10), split(25, 25, 20, 30)
    t2, i2 = split(25, 25, 25, 25), split(25, 25, 25, 25)
    g = group_findings([person(1, fire, t1, i1, "developper"), person(2, even, t2, i2), person(3, fire, t2, i2)])
    assert g.n == 3
    # Commando (0) and developper (25) clearly under-used for both firefighters; 50 each: none.
    assert g.under_used == {"faire": 0, "analyser": 0, "commando": 2, "developper": 2}
    assert g.majors == {"faire": 2, "analyser": 0, "commando": 0, "developper": 0} and g.no_clear_major == 1
    assert g.committed == 1 and g.commitments["developper"] == 1
    # Person 1: commando 0 with 20 % of the time -> mismatch; person 3: commando 0 with 25 % -> mismatch.
    assert g.mismatched == 2
    # Today means 30/26.67/23.33/20 -> 30/27/23/20; ideal 25/25/23.33/26.67 -> 25/25/23/27.
    assert g.wish == {"faire": -5, "analyser": -2, "commando": 0, "developper": 7}

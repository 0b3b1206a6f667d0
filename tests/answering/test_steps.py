from workshop_app.model.instrument import default_instrument
from workshop_app.model.scoring import Responses
from workshop_app.answering.steps import Step, resume_index, steps

INSTRUMENT = default_instrument()
EVEN = {"faire": 25, "analyser": 25, "commando": 25, "developper": 25}


def test_full_form_goes_through_24_statements_then_time_tradeoffs_and_commitments():
    sequence = steps(INSTRUMENT, "full")
    assert len(sequence) == 24 + 2 + 1 + 1
    assert sequence[0] == Step("statement", "p01")
    assert sequence[23] == Step("statement", "p24")
    assert sequence[24:] == (Step("allocation", "today"), Step("allocation", "ideal"), Step("tensions"),
                             Step("commitments"))


def test_short_form_skips_the_statements():
    assert steps(INSTRUMENT, "short") == (Step("allocation", "today"), Step("allocation", "ideal"),
                                          Step("tensions"), Step("commitments"))


def test_a_returning_participant_resumes_at_the_first_unanswered_statement():
    answers = {f"p{i:02d}": 3 for i in (1, 2, 3, 5)}  # a gap at p04
    sequence = steps(INSTRUMENT, "full")
    assert resume_index(sequence, Responses(1, "A", answers=answers), INSTRUMENT) == 3


def test_resume_after_the_practices_lands_on_the_missing_allocation():
    answers = {i: 4 for i in INSTRUMENT.item_ids}
    sequence = steps(INSTRUMENT, "full")
    r = Responses(1, "A", answers=answers, allocations={"today": EVEN})
    assert sequence[resume_index(sequence, r, INSTRUMENT)] == Step("allocation", "ideal")


def test_an_allocation_that_does_not_make_100_is_not_answered():
    sequence = steps(INSTRUMENT, "short")
    r = Responses(1, "A", allocations={"today": {"faire": 50, "analyser": 25, "commando": 20, "developper": 0}})
    assert resume_index(sequence, r, INSTRUMENT) == 0


def test_everything_answered_resumes_at_the_commitments():
    sequence = steps(INSTRUMENT, "short")
    r = Responses(1, "A", allocations={"today": EVEN, "ideal": EVEN},
                  tensions={"horizon": 1, "mode": 4, "focus": 7})
    assert resume_index(sequence, r, INSTRUMENT) == 3

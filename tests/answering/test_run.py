"""The answering rules, driven as a station or a phone would, with no window (Qt-free)."""

from __future__ import annotations

import sqlite3

import pytest

from workshop_app.answering import AnswerRun, Claims, NotSaved, Refused, Step
from workshop_app.store import SessionStore
from workshop_app.store.session import PinWork

PIN = "2468"
EVEN = {"faire": 25, "analyser": 25, "commando": 25, "developper": 25}
SPLIT = {"faire": 40, "analyser": 30, "commando": 20, "developper": 10}


class Writer:
    """The smallest writer: straight to the store (the app's is the LiveSession)."""

    def __init__(self, store: SessionStore) -> None:
        self.store = store
        self.writes = 0

    def results(self):
        return self.store.results()

    def record_answer(self, pid, item_id, value):
        self.writes += 1
        self.store.record_answer(pid, item_id, value)

    def set_allocation(self, pid, phase, points):
        self.writes += 1
        self.store.set_allocation(pid, phase, points)

    def set_tension(self, pid, tension_id, value):
        self.writes += 1
        self.store.set_tension(pid, tension_id, value)

    def set_tensions(self, pid, values):
        self.writes += 1
        self.store.set_tensions(pid, values)

    def set_commitments(self, pid, territory, actions):
        self.writes += 1
        self.store.set_commitments(pid, territory, actions)

    def add_participant(self, name, email=None, team=None):
        return self.store.add_participant(name, email, team)


def make_writer(tmp_path, form="short", walk_ins=False) -> Writer:
    store = SessionStore.create(tmp_path / "s.sqlite", title="Atelier", form=form)
    store.set_pin(PIN, work=PinWork(n=2**4))  # the slow default is tested in tests/store/test_pin.py
    store.update_settings(allow_walk_ins=walk_ins)
    for name in ("Amélie Durand", "Bruno Martin"):
        store.add_participant(name)
    return Writer(store)


@pytest.fixture
def writer(tmp_path):
    w = make_writer(tmp_path)
    yield w
    w.store.close()


@pytest.fixture
def full_writer(tmp_path):
    w = make_writer(tmp_path, form="full")
    yield w
    w.store.close()


def pid_of(writer: Writer, name: str) -> int:
    return next(p.id for p in writer.store.participants() if p.name == name)


def run_short_form(run: AnswerRun, pid: int) -> str:
    run.pick(pid)
    run.confirm()
    run.give_allocation(SPLIT)
    run.give_allocation(EVEN)
    for tension_id, value in (("horizon", 2), ("mode", 5), ("focus", 6)):
        run.set_tension(tension_id, value)
    assert run.next() == Step("commitments")
    return run.finish("analyser", ["Un point par semaine", "", ""])


def test_a_short_run_writes_every_answer_and_releases_the_name(writer):
    run = AnswerRun(writer, "station")
    amelie = pid_of(writer, "Amélie Durand")
    assert run_short_form(run, amelie) == "Amélie Durand"
    stored = writer.store.responses(amelie)
    assert stored.allocations == {"today": SPLIT, "ideal": EVEN}
    assert stored.tensions == {"horizon": 2, "mode": 5, "focus": 6}
    assert stored.commitment_territory == "analyser"
    assert run.finished(amelie)
    assert run.participant_id is None and Claims.of(writer).held() == {}


def test_pick_names_the_participant_to_confirm_and_writes_nothing_before_it(writer):
    run = AnswerRun(writer, "station")
    assert run.pick(pid_of(writer, "Bruno Martin")) == "Bruno Martin"
    with pytest.raises(Refused) as refused:
        run.give_allocation(SPLIT)
    assert refused.value.code == "no_run"
    assert writer.writes == 0


def test_one_participant_is_answered_in_one_place_at_a_time(writer):
    station, phone = AnswerRun(writer, "station"), AnswerRun(writer, "phone:abc")
    amelie = pid_of(writer, "Amélie Durand")
    station.pick(amelie)
    with pytest.raises(Refused) as refused:
        phone.pick(amelie)
    assert refused.value.code == "busy"
    assert {c.name: c.state for c in phone.names()} == {"Amélie Durand": "busy", "Bruno Martin": "open"}
    assert {c.name: c.state for c in station.names()} == {"Amélie Durand": "open", "Bruno Martin": "open"}
    station.leave()  # idle, or "not me"
    assert phone.pick(amelie) == "Amélie Durand"


def test_a_name_released_by_the_trainer_stops_the_run_that_held_it(writer):
    phone = AnswerRun(writer, "phone:abc")
    amelie = pid_of(writer, "Amélie Durand")
    phone.pick(amelie)
    phone.confirm()
    Claims.of(writer).release_participant(amelie)
    AnswerRun(writer, "station").pick(amelie)
    with pytest.raises(Refused) as refused:
        phone.give_allocation(SPLIT)
    assert refused.value.code == "released"
    assert writer.store.responses(amelie).allocations == {}


def test_a_finished_participant_reopens_only_with_the_pin_and_only_where_allowed(writer):
    amelie = pid_of(writer, "Amélie Durand")
    run_short_form(AnswerRun(writer, "station"), amelie)
    station = AnswerRun(writer, "station", may_reopen=True)
    phone = AnswerRun(writer, "phone:abc")
    for run, pin, code in ((station, None, "finished"), (station, "1111", "wrong_pin"), (phone, PIN, "finished")):
        with pytest.raises(Refused) as refused:
            run.pick(amelie, pin)
        assert refused.value.code == code
    assert {c.name: c.state for c in phone.names()}["Amélie Durand"] == "finished"
    station.pick(amelie, PIN)
    # Reopened by the trainer: everything is there, shown, at the commitments.
    assert station.confirm() == Step("commitments")
    assert station.shown().commitment_territory == "analyser"


def test_the_pin_reopens_the_commitments_alone(writer):
    """What the commitments page promises: the trainer reopens that page for a finished
    participant, and nothing else of theirs comes with it."""
    amelie = pid_of(writer, "Amélie Durand")
    run_short_form(AnswerRun(writer, "station"), amelie)
    station = AnswerRun(writer, "station", may_reopen=True)
    station.pick(amelie, PIN)
    assert station.confirm() == Step("commitments")
    assert station.sequence == (Step("commitments"),)
    shown = station.shown()
    assert (shown.commitment_territory, shown.commitment_actions[0]) == ("analyser", "Un point par semaine")
    assert (shown.answers, shown.allocations, shown.tensions) == ({}, {}, {})
    assert station.back() is None  # back goes to the names, not to their trade-offs
    with pytest.raises(Refused) as refused:
        station.set_tension("horizon", 3)
    assert refused.value.code == "wrong_step"
    assert station.finish("developper", ["Un point par semaine", "Un tour terrain par mois"]) == "Amélie Durand"
    r = writer.store.responses(amelie)
    assert (r.commitment_territory, r.commitment_actions[:2]) == (
        "developper", ("Un point par semaine", "Un tour terrain par mois"))
    assert r.tensions == {"horizon": 2, "mode": 5, "focus": 6}


def test_walk_ins_follow_the_session_setting(writer, tmp_path):
    run = AnswerRun(writer, "station")
    with pytest.raises(Refused) as refused:
        run.add_walk_in("Chloé Petit")
    assert refused.value.code == "walk_ins_closed"
    assert len(writer.store.participants()) == 2
    writer.store.update_settings(allow_walk_ins=True)
    with pytest.raises(Refused) as refused:
        run.add_walk_in("Bruno Martin")
    assert refused.value.code == "name_refused"
    pid = run.add_walk_in("Chloé Petit")
    assert run.pick(pid) == "Chloé Petit"


def test_a_resumed_run_starts_at_the_first_unanswered_step_and_shows_nothing_earlier(full_writer):
    amelie = pid_of(full_writer, "Amélie Durand")
    first = AnswerRun(full_writer, "station")
    first.pick(amelie)
    first.confirm()
    for value in (4, 2, 5):
        first.answer(value)
    first.leave()

    again = AnswerRun(full_writer, "station")
    again.pick(amelie)
    assert again.confirm() == Step("statement", "p04")
    assert again.shown().answers == {}
    assert again.back() == Step("statement", "p03")
    assert again.shown().answers == {}  # shown unanswered
    assert again.can_next()  # the stored answer stands until replaced
    assert again.answer(1) == Step("statement", "p04")
    assert again.shown().answers == {"p03": 1}
    assert full_writer.store.responses(amelie).answers == {"p01": 4, "p02": 2, "p03": 1}
    changes = [(h["key"], h["old_value"], h["new_value"]) for h in full_writer.store.history(amelie)
               if h["key"] == "p03"]
    assert changes == [("p03", None, "5"), ("p03", "5", "1")]


def test_no_required_step_is_passed_unanswered(writer):
    run = AnswerRun(writer, "station")
    run.pick(pid_of(writer, "Amélie Durand"))
    assert run.confirm() == Step("allocation", "today")
    with pytest.raises(Refused) as refused:
        run.next()
    assert refused.value.code == "not_answered"
    run.give_allocation(SPLIT)
    run.give_allocation(SPLIT)  # the ideal, given explicitly
    run.set_tension("horizon", 3)
    with pytest.raises(Refused):
        run.next()
    assert run.step == Step("tensions")


def test_values_off_the_scale_are_refused_and_change_nothing(full_writer):
    run = AnswerRun(full_writer, "phone:abc")
    amelie = pid_of(full_writer, "Amélie Durand")
    run.pick(amelie)
    run.confirm()
    for bad in (0, 6, True):
        with pytest.raises(Refused) as refused:
            run.answer(bad)
        assert refused.value.code == "invalid"
    with pytest.raises(Refused) as refused:
        run.give_allocation(SPLIT)  # not the step the run is at
    assert refused.value.code == "wrong_step"
    assert full_writer.writes == 0 and run.step == Step("statement", "p01")


def test_commitments_are_written_only_when_they_change(writer):
    run = AnswerRun(writer, "station")
    amelie = pid_of(writer, "Amélie Durand")
    run_short_form(run, amelie)
    history = len(writer.store.history(amelie))
    run = AnswerRun(writer, "station", may_reopen=True)
    run.pick(amelie, PIN)
    run.confirm()
    before = writer.writes
    run.save_commitments("analyser", ["Un point par semaine ", "", ""])
    run.leave(("analyser", ["Un point par semaine", "", ""]))
    assert writer.writes == before
    assert len(writer.store.history(amelie)) == history


def test_nothing_typed_on_the_commitments_writes_nothing(writer):
    run = AnswerRun(writer, "station")
    amelie = pid_of(writer, "Amélie Durand")
    run.pick(amelie)
    run.confirm()
    run.give_allocation(SPLIT)
    run.give_allocation(EVEN)
    for tension_id in ("horizon", "mode", "focus"):
        run.set_tension(tension_id, 4)
    run.next()
    before = writer.writes
    run.finish(None, ["", "", ""])
    assert writer.writes == before


@pytest.mark.parametrize("values", [
    {"horizon": 4, "mode": 4}, {"horizon": 4, "mode": 4, "focus": 8}, {"horizon": 4, "mode": 4, "focus": True},
    {"horizon": 4, "mode": 4, "focus": 4, "budget": 4}, [("horizon", 4)],
])
def test_a_step_s_tensions_given_at_once_are_all_valid_or_none_is_written(writer, values):
    run = AnswerRun(writer, "phone")
    amelie = pid_of(writer, "Amélie Durand")
    run.pick(amelie)
    run.confirm()
    run.give_allocation(SPLIT)
    run.give_allocation(EVEN)
    with pytest.raises(Refused) as refused:
        run.give_tensions(values)
    assert refused.value.code == "invalid" and writer.store.responses(amelie).tensions == {}
    assert run.give_tensions({"horizon": 1, "mode": 4, "focus": 7}).kind == "commitments"
    assert writer.store.responses(amelie).tensions == {"horizon": 1, "mode": 4, "focus": 7}
    assert run.shown().tensions == {"horizon": 1, "mode": 4, "focus": 7}


class FailingWriter(Writer):
    def set_allocation(self, pid, phase, points):
        raise sqlite3.OperationalError("database or disk is full")


def test_a_failed_write_ends_the_run_with_its_cause(tmp_path):
    writer = make_writer(tmp_path)
    failing = FailingWriter(writer.store)
    run = AnswerRun(failing, "station")
    amelie = pid_of(writer, "Amélie Durand")
    run.pick(amelie)
    run.confirm()
    with pytest.raises(NotSaved) as failed:
        run.give_allocation(SPLIT)
    assert failed.value.cause == "database or disk is full"
    assert run.participant_id is None and Claims.of(failing).held() == {}
    writer.store.close()


def test_a_participant_removed_meanwhile_ends_the_run(writer):
    run = AnswerRun(writer, "station")
    amelie = pid_of(writer, "Amélie Durand")
    run.pick(amelie)
    run.confirm()
    writer.store.remove_participant(amelie)
    with pytest.raises(NotSaved):
        run.give_allocation(SPLIT)
    assert run.participant_id is None


def test_commitments_left_empty_at_a_later_sitting_keep_the_earlier_ones(writer):
    amelie = pid_of(writer, "Amélie Durand")
    run = AnswerRun(writer, "station")
    run.pick(amelie)
    run.confirm()
    run.give_allocation(SPLIT)
    run.give_allocation(EVEN)
    run.set_tension("horizon", 4)
    run.leave()
    writer.store.set_commitments(amelie, "commando", ["Appeler deux clients"])
    run.pick(amelie)
    run.confirm()
    assert run.shown().commitment_territory is None
    for tension_id in ("horizon", "mode", "focus"):
        run.set_tension(tension_id, 4)
    run.next()
    run.finish(None, ["", "", ""])
    assert writer.store.responses(amelie).commitment_territory == "commando"


def test_a_session_file_gone_says_so_in_the_refusal(tmp_path):
    writer = make_writer(tmp_path)
    run = AnswerRun(writer, "station")
    run.pick(pid_of(writer, "Amélie Durand"))
    run.confirm()
    (tmp_path / "s.sqlite").rename(tmp_path / "moved.sqlite")  # a file manager moved it away
    with pytest.raises(NotSaved) as failed:
        run.give_allocation(SPLIT)
    assert failed.value.reason == "session_file_gone"
    assert "s.sqlite" in failed.value.cause
    assert run.participant_id is None
    writer.store.close()


def test_a_failure_without_a_known_reason_has_none(tmp_path):
    writer = make_writer(tmp_path)
    run = AnswerRun(FailingWriter(writer.store), "station")
    run.pick(pid_of(writer, "Amélie Durand"))
    run.confirm()
    with pytest.raises(NotSaved) as failed:
        run.give_allocation(SPLIT)
    assert failed.value.reason == ""
    writer.store.close()

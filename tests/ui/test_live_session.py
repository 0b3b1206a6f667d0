"""LiveSession: writes go to the store, the windows hear of them by signals."""

from __future__ import annotations

import itertools
import random

import pytest
from PySide6.QtCore import QElapsedTimer

from workshop_app.model.instrument import PHASES
from workshop_app.model.territories import CODES
from workshop_app.store import InvalidInput, SessionStore
from workshop_app.ui import live_session
from workshop_app.ui.live_session import LiveSession


@pytest.fixture
def live(tmp_path, qapp):
    """A LiveSession over a new session."""
    session = LiveSession(SessionStore.create(tmp_path / "s.sqlite", title="Live"))
    yield session
    session.close()


def test_an_answer_is_stored_then_announced(live, qtbot):
    pid = live.add_participant("Anne")
    with qtbot.wait_signal(live.changed) as blocker:
        live.record_answer(pid, "p01", 4)
    assert blocker.args == [pid]
    assert live.store.responses(pid).answers == {"p01": 4}


def test_results_are_computed_once_then_again_after_a_change(live):
    pid = live.add_participant("Anne")
    assert live.results() is live.results()  # every window shares one scoring
    assert live.results().participants[0].completion.practices_answered == 0
    live.record_answer(pid, "p01", 4)
    assert live.results().participants[0].completion.practices_answered == 1


def test_roster_and_settings_signals(live, qtbot):
    with qtbot.wait_signal(live.roster_changed):
        pid = live.add_participant("Anne")
    with qtbot.wait_signal(live.roster_changed):
        live.rename_participant(pid, "Anne Martin")
    assert [p.name for p in live.results().participants] == ["Anne Martin"]
    with qtbot.wait_signal(live.settings_changed):
        live.update_settings(place="Lille")
    assert live.store.settings.place == "Lille"


def test_a_refused_write_announces_nothing(live, qtbot):
    pid = live.add_participant("Anne")
    with qtbot.assert_not_emitted(live.changed):
        with pytest.raises(InvalidInput):
            live.record_answer(pid, "p01", 9)


# -- incremental scoring -----------------------------------------------------------------------

def _split(rng: random.Random) -> dict[str, int]:
    cuts = sorted(rng.randint(0, 100) for _ in range(3))
    return dict(zip(CODES, (cuts[0], cuts[1] - cuts[0], cuts[2] - cuts[1], 100 - cuts[2])))


def _finish(live: LiveSession, pid: int, rng: random.Random) -> None:
    """Every part still unanswered answered, as at the end of a run."""
    ins = live.store.instrument
    given = live.store.responses(pid)
    for item_id in set(ins.item_ids) - given.answers.keys():
        live.record_answer(pid, item_id, rng.randint(ins.scale_min, ins.scale_max))
    for phase in set(PHASES) - given.allocations.keys():
        live.set_allocation(pid, phase, _split(rng))
    for tension_id in set(ins.tension_ids) - given.tensions.keys():
        live.set_tension(pid, tension_id, rng.randint(1, ins.tension_steps))
    live.set_commitments(pid, rng.choice(CODES), ["Un point d'équipe par semaine"])


def _random_change(live: LiveSession, rng: random.Random, names: itertools.count) -> None:
    ins = live.store.instrument
    people = [p.id for p in live.store.participants()]
    pid = rng.choice(people)
    finished = [r.participant_id for r in live.store.results().participants if r.finished]  # the reference's
    kind = rng.choices(
        ["answer", "allocation", "tension", "commitments", "add", "remove", "rename", "team", "move", "note",
         "finish", "reopen", "form", "title"],
        weights=[30, 8, 8, 5, 4, 3, 3, 2, 2, 2, 2, 4, 1, 1])[0]
    if kind == "answer":
        live.record_answer(pid, rng.choice(ins.item_ids), rng.randint(ins.scale_min, ins.scale_max))
    elif kind == "allocation":
        live.set_allocation(pid, rng.choice(PHASES), _split(rng))
    elif kind == "tension":
        live.set_tension(pid, rng.choice(ins.tension_ids), rng.randint(1, ins.tension_steps))
    elif kind == "commitments":
        live.set_commitments(pid, rng.choice([None, *CODES]), rng.choice([[], ["Déléguer le reporting"]]))
    elif kind == "add":
        live.add_participant(f"Nouveau {next(names)}", team=rng.choice([None, "Nord", "Sud"]))
    elif kind == "remove" and len(people) > 2:
        live.remove_participant(pid)
    elif kind == "rename":
        live.rename_participant(pid, f"Renommé {next(names)}")
    elif kind == "team":
        live.update_participant(pid, team=rng.choice([None, "Nord", "Sud", "Est"]))
    elif kind == "move":
        live.move_participant(pid, rng.randrange(len(people)))
    elif kind == "note":
        live.set_note(pid, rng.choice([None, "À rappeler"]))
    elif kind == "finish":
        _finish(live, pid, rng)
    elif kind == "reopen" and finished:
        live.record_answer(rng.choice(finished), rng.choice(ins.item_ids), rng.randint(ins.scale_min, ins.scale_max))
    elif kind == "form":
        live.update_settings(form=rng.choice(["full", "short"]))
    elif kind == "title":
        live.update_settings(title=f"Séminaire {next(names)}")


def test_a_few_hundred_random_changes_score_as_a_full_scoring(live):
    rng = random.Random(2026)
    names = itertools.count(1)
    for n in range(20):
        pid = live.add_participant(f"Manager {n}")
        if n % 5 == 0:
            _finish(live, pid, rng)
    assert live.results() == live.store.results()
    for change in range(300):
        _random_change(live, rng, names)
        if rng.random() < 0.7:  # sometimes several changes before the windows read the results
            assert live.results() == live.store.results(), f"after change {change}"
    assert live.results() == live.store.results()
    assert live.results().group.n_finished > 0


def test_an_answer_scores_only_the_one_who_answered(live, monkeypatch):
    ids = [live.add_participant(f"Manager {n}") for n in range(40)]
    live.results()
    calls: list[int] = []
    real = live_session.score_participant
    monkeypatch.setattr(live_session, "score_participant",
                        lambda r, *args: calls.append(r.participant_id) or real(r, *args))
    before = live.results().participant(ids[0])
    live.record_answer(ids[7], "p01", 4)
    results = live.results()
    assert calls == [ids[7]]
    assert results.participant(ids[0]) is before  # the others' results are kept, not recomputed
    assert results.participant(ids[7]).completion.practices_answered == 1
    live.rename_participant(ids[3], "Zoé Blanc")
    assert live.results().participant(ids[3]).name == "Zoé Blanc"
    assert calls == [ids[7]]  # a new name is no reason to score again


def test_results_find_a_participant_by_id(live):
    ids = [live.add_participant(name) for name in ("Anne", "Bruno", "Chloé")]
    assert live.results().participant(ids[1]).name == "Bruno"
    with pytest.raises(KeyError):
        live.results().participant(max(ids) + 1)


def test_the_short_form_finishes_without_the_practices(live):
    pid = live.add_participant("Anne")
    for phase in PHASES:
        live.set_allocation(pid, phase, dict(zip(CODES, (25, 25, 25, 25))))
    for tension_id in live.store.instrument.tension_ids:
        live.set_tension(pid, tension_id, 4)
    assert not live.results().participant(pid).finished  # the full form also needs the practices
    live.update_settings(form="short")
    assert live.results().participant(pid).finished
    assert live.results().group.n_finished == 1
    live.update_settings(form="full")
    assert not live.results().participant(pid).finished


# -- one announcement for a burst of changes -------------------------------------------------------

def test_changes_in_one_turn_are_one_scoring_one_announcement_one_repaint(live, qtbot, monkeypatch):
    from workshop_app.ui.projector.canvas import ProjectorCanvas
    from workshop_app.ui.projector.controller import ProjectorController

    ids = [live.add_participant(f"Manager {n}") for n in range(12)]
    controller = ProjectorController(live)
    canvas = ProjectorCanvas(controller)
    qtbot.addWidget(canvas)
    canvas.resize(480, 270)
    with qtbot.waitExposed(canvas):
        canvas.show()
    qtbot.wait(60)  # the roster's announcement and its repaint are behind us
    scorings, announced, painted = [], [], []
    real = live_session.score_group
    monkeypatch.setattr(live_session, "score_group", lambda *args: scorings.append(1) or real(*args))
    live.results_changed.connect(lambda: announced.append(1))
    canvas.painted.connect(lambda: painted.append(1))
    with qtbot.assert_not_emitted(live.results_changed):  # the writer goes on at once: nobody repaints yet
        for n, pid in enumerate(ids):
            live.record_answer(pid, "p01", 1 + n % 5)
            live.set_tension(pid, "horizon", 4)
    qtbot.waitUntil(lambda: bool(announced and painted))
    qtbot.wait(60)
    assert (len(scorings), len(announced), len(painted)) == (1, 1, 1)
    assert live.results().group.tensions["horizon"][3] == 12  # every change is in that one scoring


def test_announcements_come_at_most_once_a_frame(live, qtbot):
    pid = live.add_participant("Anne")
    qtbot.wait(40)
    times: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    live.results_changed.connect(lambda: times.append(clock.elapsed()))
    for n in range(40):  # an answer every few milliseconds, each in its own turn of the event loop
        live.record_answer(pid, "p01", 1 + n % 5)
        qtbot.wait(3)
    qtbot.wait(40)
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert 2 <= len(times) < 40
    assert min(gaps) >= live_session.FRAME_MS - 1

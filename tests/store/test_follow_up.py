"""Follow-up sessions: participants left out or added, people matched across sessions not made
as follow-ups (proposed, linked only on confirmation), and nothing of the earlier answers shown."""

from __future__ import annotations

import hashlib

import pytest

from tests.answering.test_run import Writer
from workshop_app.answering import AnswerRun
from workshop_app.cli import main
from workshop_app.store import InvalidInput, SessionStore
from workshop_app.store.matching import propose_matches

EVEN = {"faire": 25, "analyser": 25, "commando": 25, "developper": 25}


@pytest.fixture
def march(tmp_path):
    path = tmp_path / "mars.sqlite"
    with SessionStore.create(path, title="Promo Ouest", date="2026-03-12") as store:
        store.import_participants([("Marie Dupont", "marie@atl.fr", None, "E-1"), ("Paul Martin", "paul@atl.fr"),
                                   ("Inès Haddad",), ("Karim Benali",)])
        marie = store.participants()[0].id
        for item in store.instrument.items:
            store.record_answer(marie, item.id, 4)
        store.set_allocation(marie, "today", EVEN)
        store.set_allocation(marie, "ideal", EVEN)
        for t in store.instrument.tension_ids:
            store.set_tension(marie, t, 3)
        store.set_commitments(marie, "faire", ["Deux rendez-vous clés par mois"])
    return path


def test_participants_left_out_of_a_follow_up_and_one_added_after(march, tmp_path):
    with SessionStore.open(march, read_only=True) as store:
        uids = {p.name: p.person_uid for p in store.participants()}
        with pytest.raises(InvalidInput, match="no participant named Zoé"):
            store.follow_up(tmp_path / "none.sqlite", date="2026-06-18", leave_out=["Zoé"])
        follow = store.follow_up(tmp_path / "juin.sqlite", date="2026-06-18", leave_out=["paul martin", "Karim Benali"])
    assert not (tmp_path / "none.sqlite").exists()
    with follow:
        follow.add_participant("Julien Moreau")
        people = follow.participants()
    assert [p.name for p in people] == ["Marie Dupont", "Inès Haddad", "Julien Moreau"]
    assert [p.person_uid for p in people[:2]] == [uids["Marie Dupont"], uids["Inès Haddad"]]
    assert people[2].person_uid not in uids.values()


def test_the_command_line_leaves_out(march, tmp_path, capsys):
    out = tmp_path / "juin.sqlite"
    assert main(["follow-up", str(march), "--date", "2026-06-18", "--out", str(out), "--leave-out", "Paul Martin"]) == 0
    with SessionStore.open(out, read_only=True) as store:
        assert len(store.participants()) == 3


def test_a_follow_up_shows_nothing_of_the_earlier_answers(march, tmp_path):
    with SessionStore.open(march, read_only=True) as store:
        store.follow_up(tmp_path / "juin.sqlite", date="2026-06-18").close()
    with SessionStore.open(tmp_path / "juin.sqlite") as store:
        run = AnswerRun(Writer(store), "station")
        marie = store.participants()[0].id
        assert [c.state for c in run.names()][0] == "open"  # finished last time, open now: no PIN asked
        run.pick(marie)
        step = run.confirm()
        assert (step.kind, run.index) == ("statement", 0)  # from the first statement
        shown = run.shown()
        assert (shown.answers, shown.allocations, shown.tensions, shown.commitment_territory,
                shown.commitment_actions) == ({}, {}, {}, None, ())
        assert store.responses(marie).answers == {}


def _later(tmp_path, rows):
    path = tmp_path / "septembre.sqlite"
    with SessionStore.create(path, title="Promo Ouest, suite", date="2026-09-10") as store:
        store.import_participants(rows)
    return path


def test_matches_are_proposed_by_id_then_email_then_name(march, tmp_path):
    later = _later(tmp_path, [("M. Dupont-Lefèvre", None, None, "E-1"),  # her id, a new name
                              ("P. Martin", "PAUL@atl.fr"),  # his email, another case
                              ("ines haddad",),  # her name, typed otherwise
                              ("Nadia Belkacem",)])  # nobody
    with SessionStore.open(march, read_only=True) as a, SessionStore.open(later, read_only=True) as b:
        matches = propose_matches(a.participants(), b.participants())
    assert [(m.later.name, m.earlier.name, m.by) for m in matches] == [
        ("M. Dupont-Lefèvre", "Marie Dupont", "external_id"), ("P. Martin", "Paul Martin", "email"),
        ("ines haddad", "Inès Haddad", "name")]


def test_a_key_two_people_share_proposes_nothing(tmp_path):
    a = SessionStore.create(tmp_path / "a.sqlite", title="A")
    b = SessionStore.create(tmp_path / "b.sqlite", title="B")
    with a, b:
        a.import_participants([("Marie Dupont", "equipe@atl.fr"), ("Paul Martin", "equipe@atl.fr")])
        b.import_participants([("Marie D.", "equipe@atl.fr")])
        assert propose_matches(a.participants(), b.participants()) == []


def test_the_command_line_proposes_then_links_only_when_told(march, tmp_path, capsys):
    later = _later(tmp_path, [("M. Dupont-Lefèvre", None, None, "E-1"), ("Nadia Belkacem",)])
    before = hashlib.sha256(later.read_bytes()).hexdigest()
    assert main(["match", str(march), str(later)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["M. Dupont-Lefèvre  =  Marie Dupont  (same client id)",
                   "Nadia Belkacem: no match, stays a new person",
                   "nothing linked yet: check the list, then run again with --link to link 1 person"]
    assert hashlib.sha256(later.read_bytes()).hexdigest() == before  # a proposal writes nothing
    assert main(["match", str(march), str(later), "--link"]) == 0
    with SessionStore.open(march, read_only=True) as a, SessionStore.open(later, read_only=True) as b:
        assert b.follows_session_uid == a.session_uid
        assert b.participants()[0].person_uid == a.participants()[0].person_uid
        assert b.participants()[1].person_uid not in {p.person_uid for p in a.participants()}
        assert propose_matches(a.participants(), b.participants()) == []  # already linked


def test_linking_refuses_one_person_twice(march, tmp_path):
    later = _later(tmp_path, [("A",), ("B",)])
    with SessionStore.open(march, read_only=True) as a, SessionStore.open(later) as b:
        uid = a.participants()[0].person_uid
        ids = [p.id for p in b.participants()]
        with pytest.raises(InvalidInput, match="same person"):
            b.link_to_earlier(a.session_uid, {ids[0]: uid, ids[1]: uid})
        assert b.follows_session_uid is None

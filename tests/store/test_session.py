"""SessionStore: settings, participants, answers, scoring, history and bad input."""

from __future__ import annotations

import sqlite3

import pytest

from workshop_app.model.instrument import parse_instrument, default_instrument
from workshop_app.store import InvalidInput, SessionStore, StoreError

EVEN = {"faire": 25, "analyser": 25, "commando": 25, "developper": 25}


def snapshot(store: SessionStore) -> list[tuple]:
    """Every row of every table: what "nothing changed" is checked against."""
    rows = []
    for table in ("settings", "participants", "answers", "allocations", "tensions", "commitments", "history"):
        rows.append(tuple(store.db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()))
    return rows


def test_create_stores_settings_and_a_copy_of_the_instrument(tmp_path):
    with SessionStore.create(tmp_path / "s.sqlite", title="Séminaire", language="en", client="Dupont & Fils",
                             place="Lyon", date="2026-12-03", trainer="Anne", form="short") as s:
        assert s.settings.title == "Séminaire"
        assert (s.settings.language, s.settings.form, s.settings.client) == ("en", "short", "Dupont & Fils")
        stored = s.db.execute("SELECT instrument_id, version FROM instrument").fetchone()
        assert stored == ("equilibre-v1", 1)
    assert s.instrument == default_instrument()


def test_create_never_overwrites(tmp_path, store):
    before = store.path.read_bytes()
    with pytest.raises(InvalidInput, match="already exists"):
        SessionStore.create(store.path, title="Autre")
    assert store.path.read_bytes() == before


def test_a_session_keeps_its_own_instrument(tmp_path):
    raw = dict(default_instrument().raw, id="maison-v2", version=2)
    with SessionStore.create(tmp_path / "s.sqlite", title="T", instrument=parse_instrument(raw)):
        pass
    with SessionStore.open(tmp_path / "s.sqlite") as s:
        assert (s.instrument.id, s.instrument.version) == ("maison-v2", 2)


def test_update_settings_and_logo(store):
    store.update_settings(place="Nantes", allow_walk_ins=True, logo=b"\x89PNG...", logo_name="acme.png")
    s = store.settings
    assert (s.place, s.allow_walk_ins, s.logo, s.logo_name) == ("Nantes", True, b"\x89PNG...", "acme.png")
    store.update_settings(logo=None)
    assert store.settings.logo is None and store.settings.logo_name is None


@pytest.mark.parametrize(
    "changes",
    [{"title": "  "}, {"language": "de"}, {"form": "medium"}, {"colour": "red"}, {"title": "x" * 201}],
)
def test_bad_settings_change_nothing(store, changes):
    before = snapshot(store)
    with pytest.raises(InvalidInput):
        store.update_settings(**changes)
    assert snapshot(store) == before


def test_pin_is_stored_salted_and_checked(store):
    assert not store.has_pin and not store.check_pin("1234")
    store.set_pin("2468")
    assert store.has_pin and store.check_pin("2468") and not store.check_pin("1357")
    stored = dict(store.db.execute("SELECT key, value FROM settings").fetchall())
    assert "2468" not in stored["pin_hash"] and len(stored["pin_salt"]) == 32
    with pytest.raises(InvalidInput):
        store.set_pin("12")


HOSTILE = ["Dupont & Fils <b>", "O'Brien \"Bob\"", "Zoë 🚀 Ørsted", "x" * 200, "محمد", "<script>alert(1)</script>"]


@pytest.mark.parametrize("name", HOSTILE)
def test_names_are_kept_exactly(store, name):
    pid = store.add_participant(name)
    assert store.participant(pid).name == name
    assert store.results().participants[0].name == name


@pytest.mark.parametrize("name", ["", "   ", "x" * 201, "a\nb", "bell\x07"])
def test_bad_names_are_refused(store, name):
    with pytest.raises(InvalidInput):
        store.add_participant(name)
    assert store.participants() == []


def test_participants_order_rename_move_and_note(store):
    a, b, c = (store.add_participant(n, f"{n.lower()}@acme.fr") for n in ("Anne", "Bruno", "Chloé"))
    store.rename_participant(b, "Bruno Martin")
    store.move_participant(c, 0)
    store.set_note(a, "Très engagée en séance.")
    store.update_participant(a, team="Île-de-France", email=None)
    assert [(p.id, p.name) for p in store.participants()] == [(c, "Chloé"), (a, "Anne"), (b, "Bruno Martin")]
    assert store.participant(a).note == "Très engagée en séance."
    assert (store.participant(a).team, store.participant(a).email) == ("Île-de-France", None)  # the email cleared
    assert (store.participant(b).team, store.participant(b).email) == (None, "bruno@acme.fr")  # the others kept


def test_import_is_all_or_nothing(store):
    with pytest.raises(InvalidInput):
        store.import_participants([("Anne", None, None), ("", None, None)])
    assert store.participants() == []
    ids = store.import_participants([("Anne", "a@x.fr", "Nord"), ("Bruno", None, None)])
    assert [p.name for p in store.participants()] == ["Anne", "Bruno"] and len(ids) == 2


def test_record_answer_replaces_and_keeps_history(store, pid):
    store.record_answer(pid, "p01", 2)
    store.record_answer(pid, "p01", 5)
    assert store.db.execute("SELECT participant_id, item_id, value FROM answers").fetchall() == [(pid, "p01", 5)]
    assert [(h["key"], h["old_value"], h["new_value"]) for h in store.history(pid)] == [
        ("p01", None, "2"), ("p01", "2", "5")]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s, p: s.record_answer(p, "p99", 3), "unknown item"),
        (lambda s, p: s.record_answer(p, "p01", 6), "from 1 to 5"),
        (lambda s, p: s.record_answer(p, "p01", 0), "from 1 to 5"),
        (lambda s, p: s.record_answer(p, "p01", True), "from 1 to 5"),
        (lambda s, p: s.record_answer(p + 100, "p01", 3), "no participant"),
        (lambda s, p: s.set_allocation(p, "today", {"faire": 50, "analyser": 30, "commando": 10, "developper": 0}), "total 100 points, not 90"),
        (lambda s, p: s.set_allocation(p, "today", {"faire": 110, "analyser": -10, "commando": 0, "developper": 0}), "0 or more"),
        (lambda s, p: s.set_allocation(p, "today", {"faire": 100}), "exactly the territories"),
        (lambda s, p: s.set_allocation(p, "tomorrow", EVEN), "unknown allocation phase"),
        (lambda s, p: s.set_tension(p, "horizon", 8), "from 1 to 7"),
        (lambda s, p: s.set_tension(p, "budget", 3), "unknown tension"),
        (lambda s, p: s.set_tensions(p, {"horizon": 4, "mode": 8}), "from 1 to 7"),
        (lambda s, p: s.set_tensions(p, {"horizon": 4, "budget": 3}), "unknown tension"),
        (lambda s, p: s.set_commitments(p, "vendre", []), "unknown territory"),
        (lambda s, p: s.set_commitments(p, "faire", ["a", "b", "c", "d"]), "at most 3"),
    ],
)
def test_bad_values_raise_and_change_nothing(store, pid, call, message):
    store.record_answer(pid, "p02", 4)
    before = snapshot(store)
    with pytest.raises(InvalidInput, match=message):
        call(store, pid)
    assert snapshot(store) == before


def test_allocations_tensions_commitments_round_trip(store, pid):
    store.set_allocation(pid, "today", {"faire": 40, "analyser": 20, "commando": 30, "developper": 10})
    store.set_tension(pid, "focus", 6)
    store.set_commitments(pid, "developper", ["Un entretien de progrès par mois", "Déléguer la revue", ""])
    r = store.responses(pid)
    assert r.allocations == {"today": {"faire": 40, "analyser": 20, "commando": 30, "developper": 10}}
    assert r.tensions == {"focus": 6}
    assert (r.commitment_territory, r.commitment_actions) == (
        "developper", ("Un entretien de progrès par mois", "Déléguer la revue"))


def test_tensions_given_together_are_stored_all_or_none(store, pid, monkeypatch):
    store.set_tensions(pid, {"horizon": 2, "mode": 6})
    assert store.responses(pid).tensions == {"horizon": 2, "mode": 6}
    assert [(h["key"], h["old_value"], h["new_value"]) for h in store.history(pid)] == [("horizon", None, "2"), ("mode", None, "6")]
    written = store._history

    def fails_on_the_second(*args):
        if calls.append(args) or len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        written(*args)

    calls: list = []
    monkeypatch.setattr(store, "_history", fails_on_the_second)
    with pytest.raises(StoreError):
        store.set_tensions(pid, {"horizon": 5, "mode": 1, "focus": 3})
    assert store.responses(pid).tensions == {"horizon": 2, "mode": 6}


def answer_the_short_form(store, pid):
    """Both allocations and every tension: all that a short-form session asks."""
    store.set_allocation(pid, "today", EVEN)
    store.set_allocation(pid, "ideal", EVEN)
    for t in ("horizon", "mode", "focus"):
        store.set_tension(pid, t, 4)


def test_results_are_scored_with_the_session_form(store, pid):
    for n in range(1, 25):
        store.record_answer(pid, f"p{n:02d}", 5 if n % 4 == 1 else 1)  # every faire item 5, the rest 1
    answer_the_short_form(store, pid)
    r = store.results().participants[0]
    assert r.finished
    assert r.scores == {"faire": 100.0, "analyser": 0.0, "commando": 0.0, "developper": 0.0}
    assert r.point == (-0.5, -0.5)


def test_a_short_form_session_finishes_people_without_practices(store, pid):
    answer_the_short_form(store, pid)
    assert not store.results().participants[0].finished  # a full-form session wants the practices too
    store.update_settings(form="short")
    r = store.results().participants[0]
    assert r.finished and r.point_source == "allocation"


def test_remove_participant_erases_everything(store, pid):
    other = store.add_participant("Autre")
    store.record_answer(pid, "p01", 3)
    store.set_allocation(pid, "today", EVEN)
    store.set_tension(pid, "mode", 2)
    store.set_commitments(pid, "faire", ["x"])
    store.record_answer(other, "p01", 4)
    store.remove_participant(pid)
    for table in ("answers", "allocations", "tensions", "commitments", "history"):
        assert store.db.execute(f"SELECT COUNT(*) FROM {table} WHERE participant_id = ?", [pid]).fetchone()[0] == 0
    assert [p.name for p in store.participants()] == ["Autre"]


def test_the_file_reads_plainly_in_sqlite(store, pid):
    store.record_answer(pid, "p03", 4)
    conn = sqlite3.connect(store.path)
    assert conn.execute("SELECT participant_id, item_id, value FROM answers").fetchall() == [(pid, "p03", 4)]
    conn.close()


def test_copy_as_template_keeps_settings_and_people_not_answers(tmp_path, store, pid):
    store.set_pin("9999")
    store.update_settings(allow_walk_ins=True)
    store.record_answer(pid, "p01", 3)
    store.set_note(pid, "privé")
    with store.copy_as_template(tmp_path / "copy.sqlite", title="Session 2") as copy:
        assert copy.settings.title == "Session 2" and copy.settings.client == "Acme" and copy.settings.allow_walk_ins
        assert copy.check_pin("9999")
        assert [(p.name, p.team, p.note) for p in copy.participants()] == [("Marie Dupont", "Ouest", None)]
        assert copy.db.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 0


def test_read_only_refuses_writes(store, pid):
    with SessionStore.open(store.path, read_only=True) as ro:
        assert [p.name for p in ro.participants()] == ["Marie Dupont"]
        with pytest.raises(InvalidInput, match="read-only"):
            ro.record_answer(pid, "p01", 3)


@pytest.mark.parametrize("twin", ["marie dupont", "Marie  Dupont", "Marié Dupont"])
def test_names_the_room_could_not_tell_apart_are_refused(store, pid, twin):
    with pytest.raises(InvalidInput, match="already in the session"):
        store.add_participant(twin)
    other = store.add_participant("Paul Durand")
    with pytest.raises(InvalidInput, match="already in the session"):
        store.rename_participant(other, twin)
    store.rename_participant(pid, "Marie Dupont-Martin")  # renaming oneself is fine


def test_batch_is_all_or_nothing(store, pid):
    with pytest.raises(InvalidInput):
        with store.batch():
            store.record_answer(pid, "p01", 3)
            store.record_answer(pid, "p02", 9)
    assert store.responses(pid).answers == {}
    with store.batch():
        store.record_answer(pid, "p01", 3)
        store.record_answer(pid, "p02", 4)
    assert store.responses(pid).answers == {"p01": 3, "p02": 4}


def test_a_session_cannot_be_created_in_a_missing_folder(tmp_path):
    from workshop_app.store import SessionFileError

    with pytest.raises(SessionFileError, match="cannot be created"):
        SessionStore.create(tmp_path / "absent" / "s.sqlite", title="T")


def test_reading_leaves_no_companion_files(tmp_path):
    path = tmp_path / "s.sqlite"
    SessionStore.create(path, title="T").close()
    with SessionStore.open(path, read_only=True) as ro:
        assert ro.settings.title == "T"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.sqlite"]


def test_an_email_may_be_as_long_as_mail_systems_allow(store):
    address = "a" * 64 + "@" + "b" * 185 + ".fr"  # 252 characters
    pid = store.add_participant("Anne", address)
    assert store.participant(pid).email == address
    with pytest.raises(InvalidInput, match="longer than 254"):
        store.update_participant(pid, email="a" * 255)


def test_save_copy_holds_the_whole_session_while_it_is_open(tmp_path, store, pid):
    store.record_answer(pid, "p01", 2)
    store.record_answer(pid, "p01", 4)
    store.set_note(pid, "à revoir")
    copy = store.save_copy(tmp_path / "copie.sqlite")
    store.record_answer(pid, "p02", 5)  # the original goes on; the copy is a snapshot
    with SessionStore.open(copy) as c:
        assert c.responses(pid).answers == {"p01": 4}
        assert [h["new_value"] for h in c.history(pid)] == ["2", "4"]
        assert c.participant(pid).note == "à revoir"
        assert c.settings.title == "Atelier équilibre"
    with pytest.raises(InvalidInput, match="already exists"):
        store.save_copy(copy)

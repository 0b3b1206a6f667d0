"""The gate drives the shared answering rules: one participant answered in one place at a
time, station and phones alike; retries store the same result."""

from __future__ import annotations

from workshop_app.answering import AnswerRun
from workshop_app.ui.phones.gate import PhoneGate


def joined(gate: PhoneGate) -> str:
    return gate.handle("start", None, {}).body["device"]


def test_a_name_at_the_station_is_busy_on_phones_and_back(live):
    gate = PhoneGate(live)
    station = AnswerRun(live, "station", may_reopen=True)
    amelie, bruno = (p.id for p in live.store.participants()[:2])
    station.pick(amelie)
    station.confirm()
    phone = joined(gate)
    names = {n["id"]: n["available"] for n in gate.handle("names", phone, {}).body["names"]}
    assert names[amelie] is False and names[bruno] is True
    assert gate.handle("claim", phone, {"participant": amelie}).body == {"error": "busy"}
    assert gate.handle("claim", phone, {"participant": bruno}).status == 200
    assert [n.state for n in station.names() if n.participant_id == bruno] == ["busy"]


def test_a_retried_answer_stores_the_same_result_once(live):
    gate = PhoneGate(live)
    pid = live.store.participants()[0].id
    phone = joined(gate)
    gate.handle("claim", phone, {"participant": pid})
    first = gate.handle("answer", phone, {"step": 0, "value": 4})
    again = gate.handle("answer", phone, {"step": 0, "value": 4})  # its reply was lost
    assert first == again and first.body["run"]["step"] == 1
    assert len(live.store.history(pid)) == 1


def test_a_released_name_sends_the_phone_back_to_the_names(live):
    gate = PhoneGate(live)
    pid = live.store.participants()[0].id
    phone = joined(gate)
    gate.handle("claim", phone, {"participant": pid})
    gate.release(pid)
    assert gate.handle("answer", phone, {"step": 0, "value": 4}).body == {"error": "released"}
    assert live.store.responses(pid).answers == {}
    other = joined(gate)
    assert gate.handle("claim", other, {"participant": pid}).status == 200


def test_walk_ins_follow_the_session_s_setting(live):
    gate = PhoneGate(live)
    phone = joined(gate)
    before = [p.name for p in live.store.participants()]
    assert gate.handle("names", phone, {}).body["walk_ins"] is False
    assert gate.handle("walk_in", phone, {"name": "Zoé Martin"}).body == {"error": "walk_ins_closed"}
    assert [p.name for p in live.store.participants()] == before

    live.update_settings(allow_walk_ins=True)
    assert gate.handle("names", phone, {}).body["walk_ins"] is True
    reply = gate.handle("walk_in", phone, {"name": "Zoé Martin"})
    assert reply.status == 200 and reply.body["run"]["name"] == "Zoé Martin"
    zoe = live.store.participants()[-1]
    assert [p.name for p in live.store.participants()] == [*before, "Zoé Martin"]
    # Answering for her here: busy at the station.
    station = AnswerRun(live, "station")
    assert [n.state for n in station.names() if n.participant_id == zoe.id] == ["busy"]


def test_a_retried_walk_in_adds_the_name_once_and_a_phone_adds_one_name_only(live):
    live.update_settings(allow_walk_ins=True)
    gate = PhoneGate(live)
    phone = joined(gate)
    first = gate.handle("walk_in", phone, {"name": "Zoé Martin"})
    again = gate.handle("walk_in", phone, {"name": "Zoé Martin"})  # the reply was lost
    assert first == again
    assert gate.handle("walk_in", phone, {"name": "Yann Le Goff"}).body == {"error": "walked_in"}
    assert [p.name for p in live.store.participants()].count("Zoé Martin") == 1
    assert "Yann Le Goff" not in [p.name for p in live.store.participants()]


def test_a_walk_in_name_the_store_refuses_adds_nobody(live):
    live.update_settings(allow_walk_ins=True)
    gate = PhoneGate(live)
    before = [p.name for p in live.store.participants()]
    for name, error in (("amélie  durand", "name_refused"), ("", "name_refused"), ("x" * 201, "name_refused"),
                        ("Zoé\nMartin", "name_refused"), (42, "invalid"), (None, "invalid")):
        assert gate.handle("walk_in", joined(gate), {"name": name}).body == {"error": error}, name
    assert [p.name for p in live.store.participants()] == before


def test_the_tensions_step_is_one_write_and_one_change_for_the_windows(live):
    """Three tensions from a phone: one transaction (one synced commit on the GUI thread, all
    or none on disk) and one `changed`, not one of each per tension."""
    gate = PhoneGate(live)
    pid = live.store.participants()[0].id
    ins = live.store.instrument
    for item in ins.item_ids:
        live.store.record_answer(pid, item, 3)
    for phase in ("today", "ideal"):
        live.store.set_allocation(pid, phase, {"faire": 25, "analyser": 25, "commando": 25, "developper": 25})
    phone = joined(gate)
    run = gate.handle("claim", phone, {"participant": pid}).body["run"]
    assert run["kind"] == "tensions"
    begun: list[str] = []
    live.store.db.conn.set_trace_callback(lambda sql: sql.startswith("BEGIN") and begun.append(sql))
    changes: list[int] = []
    live.changed.connect(changes.append)
    values = {"horizon": 2, "mode": 5, "focus": 7}
    reply = gate.handle("answer", phone, {"step": run["step"], "values": values})
    live.store.db.conn.set_trace_callback(None)
    assert reply.status == 200 and reply.body["run"]["kind"] == "commitments"
    assert live.store.responses(pid).tensions == values
    assert (len(begun), changes) == (1, [pid])

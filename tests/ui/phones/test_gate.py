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

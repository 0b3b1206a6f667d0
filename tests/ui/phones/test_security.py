"""Each security rule of the phones' server, as a request that must be refused."""

from __future__ import annotations

import pytest



def first_id(live) -> int:
    return live.store.participants()[0].id


def test_the_page_is_served_under_the_join_token_only(client, phones):
    page = client.raw("GET", client.base)
    assert page.status == 200 and b"<html" in page.body
    bare = client.raw("GET", "/")
    wrong = client.raw("GET", "/j/" + "A" * len(phones.join_token) + "/")
    for refused in (bare, wrong, client.raw("GET", "/j/"), client.raw("GET", client.base + "../../etc/passwd")):
        assert refused.status == 404
        assert refused.body == b"Not found"  # the same few words, whatever was asked
    assert "server" not in wrong.headers


def test_the_address_typed_without_its_final_slash_leads_to_the_page(client, phones):
    typed = client.raw("GET", "/j/" + phones.join_token)
    assert typed.status == 308 and typed.headers["location"] == client.base
    assert typed.headers["cache-control"] == "no-store"
    assert client.raw("GET", "/j/" + "A" * len(phones.join_token)).status == 404


def test_device_tokens_are_long_and_each_phone_its_own(client):
    devices = {client.join() for _ in range(3)}
    assert len(devices) == 3
    assert min(len(d) for d in devices) * 6 >= 128  # url-safe base64: 6 bits a character


def test_join_token_is_long_and_new_at_every_opening(phones):
    first = phones.join_token
    phones.close()
    phones.open("127.0.0.1")
    assert phones.join_token != first
    assert len(phones.join_token) * 5 >= 64  # 32 possible characters: 5 bits each


def test_the_join_token_reads_and_types_without_a_doubt(phones):
    # Read off a card or the wall and typed on a phone: no hyphen a reader takes for a line
    # break, no underscore, no capital, no 0/o or 1/l to confuse.
    tokens = set()
    for _ in range(40):
        phones.close()
        phones.open("127.0.0.1")
        tokens.add(phones.join_token)
    assert len(tokens) == 40
    assert set("".join(tokens)) <= set("abcdefghijkmnpqrstuvwxyz23456789")


def test_every_reply_carries_the_security_headers_and_no_cors(client):
    for answer in (client.raw("GET", client.base), client.raw("GET", "/"), client.api("start"),
                   client.raw("OPTIONS", client.base + "api/start", headers={"Origin": "http://evil.test"})):
        assert answer.headers["content-security-policy"] == "default-src 'self'"
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["cache-control"] == "no-store"
        assert answer.headers["x-frame-options"] == "DENY"
        assert not [k for k in answer.headers if k.startswith("access-control-")]


def test_a_host_other_than_the_qr_address_is_misdirected(client):
    assert client.raw("GET", client.base, headers={"Host": "evil.test"}).status == 421
    assert client.api("start", headers={"Host": f"evil.test:{client.port}"}).status == 421


def test_a_foreign_origin_is_forbidden(client):
    assert client.api("start", headers={"Origin": "http://evil.test"}).status == 403


def test_json_only(client):
    answer = client.raw("POST", client.base + "api/start", b"a=1",
                        {"Content-Type": "application/x-www-form-urlencoded", "Origin": "http://" + client.host})
    assert answer.status == 415
    assert client.raw("GET", client.base + "api/start").status == 405


def test_bodies_and_urls_have_a_size_limit(client):
    assert client.api("start", {"pad": "x" * 17_000}).status == 413
    assert client.raw("GET", client.base + "x" * 2100).status == 414


def test_every_write_needs_the_device_token(client, live):
    pid = first_id(live)
    assert client.api("claim", {"participant": pid}).status == 401
    assert client.api("claim", {"participant": pid}, device="made-up").status == 401
    device = client.join()
    other = client.join()
    assert client.api("claim", {"participant": pid}, device=device).status == 200
    # Another phone can neither take that name nor write to it.
    assert client.api("claim", {"participant": pid}, device=other).status == 409
    assert client.api("answer", {"step": 0, "value": 5}, device=other).status == 403
    assert live.store.responses(pid).answers == {}


def test_a_device_is_bound_to_the_participant_it_confirmed(client, live):
    first, second = (p.id for p in live.store.participants()[:2])
    device = client.join()
    assert client.api("claim", {"participant": first}, device=device).status == 200
    assert client.api("claim", {"participant": second}, device=device).status == 403
    assert client.api("answer", {"step": 0, "value": 4}, device=device).status == 200
    assert live.store.responses(first).answers == {live.store.instrument.item_ids[0]: 4}
    assert live.store.responses(second).answers == {}


def test_a_finished_participant_cannot_be_reopened_from_a_phone(client, live):
    pid = first_id(live)
    store = live.store
    for item in store.instrument.item_ids:
        store.record_answer(pid, item, 3)
    for phase in ("today", "ideal"):
        store.set_allocation(pid, phase, {"faire": 25, "analyser": 25, "commando": 25, "developper": 25})
    for tension in store.instrument.tension_ids:
        store.set_tension(pid, tension, 2)
    store.set_commitments(pid, "faire", ["Un point par semaine"])
    live.changed.emit(pid)
    device = client.join()
    assert client.api("claim", {"participant": pid}, device=device).json() == {"error": "finished"}
    names = client.api("names", device=device).json()["names"]
    assert [n["available"] for n in names if n["id"] == pid] == [False]


@pytest.mark.parametrize("payload", [
    {"step": 0, "value": 99}, {"step": 0, "value": "3"}, {"step": 0, "value": True}, {"step": -1, "value": 3},
    {"step": 999, "value": 3}, {"step": "0", "value": 3}, {"value": 3}, ["step", 0],
])
def test_a_hostile_answer_is_refused_and_changes_nothing(client, live, payload):
    pid = first_id(live)
    device = client.join()
    client.api("claim", {"participant": pid}, device=device)
    before = live.store.history(pid)
    answer = client.api("answer", payload, device=device)
    assert answer.status == 400 and answer.json() == {"error": "invalid"}
    assert live.store.history(pid) == before


def test_no_trainer_action_is_reachable(client):
    device = client.join()
    for action in ("results", "export", "pin", "roster", "close", "remove", "settings", "release"):
        assert client.api(action, {}, device=device).status == 404


FLAT = {"faire": 25, "analyser": 25, "commando": 25, "developper": 25}


def at_step(live, client, kind: str) -> tuple[int, str, int]:
    """A phone holding the first participant, at the first step of `kind` (earlier ones on disk)."""
    pid = first_id(live)
    ins = live.store.instrument
    for item in ins.item_ids:
        live.record_answer(pid, item, 3)
    if kind in ("tensions", "commitments"):
        for phase in ("today", "ideal"):
            live.set_allocation(pid, phase, FLAT)
    device = client.join()
    run = client.api("claim", {"participant": pid}, device=device).json()["run"]
    if kind == "commitments":  # reached by answering the tensions here: once done, no phone could reopen it
        values = {tension: 4 for tension in ins.tension_ids}
        run = client.api("answer", {"step": run["step"], "values": values}, device=device).json()["run"]
    assert run["kind"] == kind
    return pid, device, run["step"]


@pytest.mark.parametrize("kind, payload", [
    ("allocation", {"points": {**FLAT, "faire": 26}}),  # 101 points
    ("allocation", {"points": {**FLAT, "faire": -25, "analyser": 75}}),
    ("allocation", {"points": {"faire": 50, "analyser": 50}}),  # territories missing
    ("allocation", {"points": {**FLAT, "ailleurs": 0}}),
    ("allocation", {"points": {**FLAT, "faire": "25"}}),
    ("allocation", {"points": {**FLAT, "faire": 25.0}}),
    ("allocation", {"points": [25, 25, 25, 25]}),
    ("tensions", {"values": {"horizon": 8, "mode": 4, "focus": 4}}),  # past the 7 steps
    ("tensions", {"values": {"horizon": 0, "mode": 4, "focus": 4}}),
    ("tensions", {"values": {"horizon": 4, "mode": 4}}),  # one missing: none written
    ("tensions", {"values": {"horizon": True, "mode": 4, "focus": 4}}),
    ("tensions", {"values": {"horizon": 4, "mode": 4, "focus": 4, "autre": 4}}),
    ("commitments", {"territory": "ailleurs", "actions": []}),
    ("commitments", {"territory": "faire", "actions": "Un point par semaine"}),
    ("commitments", {"territory": "faire", "actions": [1, 2]}),
    ("commitments", {"territory": "faire"}),
])
def test_a_hostile_allocation_tension_or_commitment_is_refused_and_changes_nothing(client, live, kind, payload):
    pid, device, step = at_step(live, client, kind)
    before = live.store.history(pid)
    answer = client.api("answer", {"step": step, **payload}, device=device)
    assert answer.status == 400 and answer.json() == {"error": "invalid"}
    assert live.store.history(pid) == before
    # The phone stays where it was, able to give a proper answer.
    assert client.api("state", device=device).json()["run"]["step"] == step

"""Phones from the real app: the trainer opens them in the console's Phones tab, a phone on the
network answers, the console counts it, and closing them shuts the door."""

from __future__ import annotations

import http.client
import json

import pytest

from tests.room.conftest import Room

OPEN, CLOSE = "Ouvrir l’accès aux téléphones", "Fermer l’accès aux téléphones"


def request(url: str, action: str | None = None, body: dict | None = None, device: str | None = None):
    host = url.split("/")[2]
    address, port = host.rsplit(":", 1)
    conn = http.client.HTTPConnection(address, int(port), timeout=10)
    try:
        if action is None:
            conn.request("GET", url.split(host, 1)[1], headers={"Host": host})
        else:
            headers = {"Host": host, "Origin": "http://" + host, "Content-Type": "application/json",
                       **({"X-Device": device} if device else {})}
            conn.request("POST", url.split(host, 1)[1] + "api/" + action, json.dumps(body or {}), headers)
        reply = conn.getresponse()
        data = reply.read()
        return reply.status, (json.loads(data) if action else data)
    finally:
        conn.close()


def test_a_trainer_opens_phones_from_the_console_and_a_phone_answers(room: Room, tmp_path) -> None:
    session = room.new_session(form="short")
    roster = tmp_path / "roster.csv"
    roster.write_text("nom\nAmélie Durand\nBruno Martin\n", encoding="utf-8")
    room.cli("participants", "import", str(session), str(roster))
    app = room.start_app(session)
    room.click_tab(app, "Téléphones")
    button = room.wait_until(lambda: [w for w in app.widgets() if w["text"] == OPEN], "the Open phones button")[0]
    if any(str(w["text"]).startswith("Aucun réseau") for w in app.widgets()):
        pytest.skip("phones not opened from the app: this machine has no network address")
    room.click_widget(button)
    url = str(room.wait_until(lambda: next((w["text"] for w in app.widgets()
                                            if str(w["text"]).startswith("http://")), None), "the join address"))
    status, page = request(url)
    assert status == 200 and b"phone.js" in page

    status, body = request(url, "start")
    device = body["device"]
    status, body = request(url, "names", device=device)
    person = next(n for n in body["names"] if n["available"])
    status, body = request(url, "claim", {"participant": person["id"]}, device)
    assert status == 200
    run = body["run"]
    answer = ({"step": run["step"], "value": 4} if run["kind"] == "statement" else
              {"step": run["step"], "points": {"faire": 40, "analyser": 30, "commando": 20, "developper": 10}})
    assert request(url, "answer", answer, device)[0] == 200
    room.wait_until(lambda: any(w["text"] == "1 téléphone connecté" for w in app.widgets()), "the phone counted")

    room.click_widget(app.widget(text=CLOSE))
    room.wait_until(lambda: any(w["text"] == OPEN for w in app.widgets()), "the phones closed")
    with pytest.raises(OSError):
        request(url)

"""The server hands phones' requests to the GUI thread in slices: a burst never freezes the
windows, which get their turn between two slices."""

from __future__ import annotations

import http.client
import json
import time
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QTimer

from workshop_app.ui.phones.gate import Reply


def post(client, action: str) -> int:
    """One request from another thread (the Qt-waiting client belongs to the GUI thread)."""
    conn = http.client.HTTPConnection("127.0.0.1", client.port, timeout=20)
    try:
        conn.request("POST", client.base + "api/" + action, json.dumps({}),
                     {"Host": client.host, "Content-Type": "application/json", "X-Device": "some-device"})
        return conn.getresponse().status
    finally:
        conn.close()


def test_a_burst_of_requests_leaves_the_event_loop_turning(client, phones, qtbot, monkeypatch):
    slow = 0.015  # each request costs the GUI thread 15 ms: twelve of them in one go would be 180 ms

    def handle(action, device, payload):
        time.sleep(slow)
        return Reply(200, {"ok": True})

    monkeypatch.setattr(phones.gate, "handle", handle)
    ticks: list[float] = []
    timer = QTimer(interval=1)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    with ThreadPoolExecutor(max_workers=12) as pool:
        sent = [pool.submit(post, client, "state") for _ in range(12)]  # under the cap of connections per address
        time.sleep(0.5)  # the GUI thread busy elsewhere: all twelve wait in the queue
        timer.start()
        ticks.append(time.perf_counter())  # from here the GUI thread serves the twelve
        qtbot.waitUntil(lambda: all(f.done() for f in sent), timeout=20_000)
        timer.stop()
    assert [f.result() for f in sent] == [200] * 12
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert len(ticks) > 5 and max(gaps) < 0.1, max(gaps)

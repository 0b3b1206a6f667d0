"""A live session served to phones on loopback, and a raw HTTP client that waits on the Qt
event loop (the gate answers on the GUI thread, so the test must not block it)."""

from __future__ import annotations

import http.client
import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import pytest

from workshop_app.ui.phones.gate import PhoneGate
from workshop_app.ui.phones.server import Limits, PhoneServer

_pool = ThreadPoolExecutor(max_workers=8)


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class Client:
    def __init__(self, server: PhoneServer, qtbot) -> None:
        self.server = server
        self.qtbot = qtbot
        self.host = server.url.split("/")[2]
        self.port = int(self.host.rsplit(":", 1)[1])
        self.base = "/j/" + server.join_token + "/"

    def raw(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None,
            source: str = "127.0.0.1") -> Answer:
        def send() -> Answer:
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20, source_address=(source, 0))
            try:
                conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
                all_headers = {"Host": self.host, **(headers or {})}
                for key, value in all_headers.items():
                    if value is not None:
                        conn.putheader(key, value)
                if body is not None:
                    conn.putheader("Content-Length", str(len(body)))
                conn.endheaders(body)
                response = conn.getresponse()
                return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
            finally:
                conn.close()

        future = _pool.submit(send)
        self.qtbot.waitUntil(future.done, timeout=20_000)
        return future.result()

    def api(self, action: str, payload: Any = None, device: str | None = None, **kw: Any) -> Answer:
        headers = {"Content-Type": "application/json", "Origin": "http://" + self.host}
        if device:
            headers["X-Device"] = device
        headers.update(kw.pop("headers", {}))
        body = json.dumps({} if payload is None else payload).encode()
        return self.raw("POST", self.base + "api/" + action, body, headers, **kw)

    def join(self, **kw: Any) -> str:
        answer = self.api("start", **kw)
        assert answer.status == 200, answer.body
        return answer.json()["device"]


@pytest.fixture
def limits() -> Limits:
    return Limits()


@pytest.fixture
def phones(live, limits, qtbot):
    gate = PhoneGate(live)
    server = PhoneServer(gate, limits)
    server.open("127.0.0.1")
    yield server
    server.close()


@pytest.fixture
def client(phones, qtbot) -> Client:
    return Client(phones, qtbot)

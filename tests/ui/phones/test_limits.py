"""Rate limits and the connection cap of the phones' server, with small limits to reach them."""

from __future__ import annotations

import socket

import pytest

from workshop_app.ui.phones.server import Limits


@pytest.fixture
def limits() -> Limits:
    return Limits(per_address=(1.0, 12), per_device=(1.0, 5), joins=(0.01, 3), connections=2)


def test_joins_are_rate_limited_per_address(client):
    statuses = [client.api("start").status for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    assert client.api("start", source="127.0.0.2").status == 200  # another phone is not held back


def test_requests_are_rate_limited_per_device(client):
    device = client.join()
    statuses = [client.api("names", device=device).status for _ in range(7)]
    assert statuses[:5] == [200] * 5 and 429 in statuses[5:]


def test_requests_are_rate_limited_per_address(client):
    statuses = [client.raw("GET", client.base).status for _ in range(15)]
    assert statuses[:12] == [200] * 12 and statuses[12:] == [429] * 3


def test_connections_are_capped_per_address(client):
    import socket

    held = [socket.create_connection(("127.0.0.1", client.port)) for _ in range(2)]
    try:
        client.qtbot.wait(100)
        with pytest.raises((ConnectionError, OSError)):
            client.raw("GET", client.base)
        assert client.raw("GET", client.base, source="127.0.0.3").status == 200
    finally:
        for sock in held:
            sock.close()

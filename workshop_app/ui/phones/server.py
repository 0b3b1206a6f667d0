"""The phones' web server: aiohttp on its own asyncio loop in one worker thread.

The thread only checks and carries: each request is handed to the GUI thread through a queued
Qt signal, where the gate validates it and writes through the live session (one writer, one
connection), and the reply travels back the same way.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import json
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from PySide6.QtCore import QObject, QTimer, Signal

from workshop_app.resources import ASSETS
from workshop_app.ui.phones.gate import PhoneGate, Reply
from workshop_app.ui.phones.limits import ConnectionCap, RateLimit

WEB_DIR = ASSETS / "web"
# The join token is in the QR code's URL and typed from the card or the wall by whoever cannot
# scan: lower case letters and digits with no 0/o or 1/l, and no hyphen a reader would take for a
# line break. 16 of 32 characters: 80 bits, new at every opening.
JOIN_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
JOIN_TOKEN_LENGTH = 16
MAX_BODY = 16 * 1024
MAX_URL = 2 * 1024
GATE_TIMEOUT_S = 10.0
SLICE_S = 0.008  # the GUI thread serves phones for at most half a frame, then paints and comes back
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
PAGE_FILES = {  # the only files served: the phone page, from assets/web
    "": ("index.html", "text/html"),
    "phone.js": ("phone.js", "text/javascript"),
    "phone.css": ("phone.css", "text/css"),
    "texts.json": ("texts.json", "application/json"),
}
NOT_FOUND = "Not found"


@dataclass(frozen=True)
class Limits:
    """Per address, per device, on joins; connections per address. The defaults leave a
    phone's bursts (a page and its files, quick taps) untouched and stop a flood."""

    per_address: tuple[float, int] = (20.0, 60)  # requests a second, burst
    per_device: tuple[float, int] = (8.0, 24)
    joins: tuple[float, int] = (0.2, 6)  # new devices from one address
    connections: int = 16


@dataclass
class _Call:
    action: str
    device: str | None
    payload: Any
    future: concurrent.futures.Future


class _CappedProtocol:
    """Stands in front of aiohttp's protocol to refuse one address's extra connections."""

    def __init__(self, handler: asyncio.Protocol, cap: ConnectionCap) -> None:
        self.handler = handler
        self.cap = cap
        self.address: str | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        peer = transport.get_extra_info("peername")
        address = str(peer[0]) if peer else "?"
        if not self.cap.acquire(address):
            transport.abort()
            return
        self.address = address
        self.handler.connection_made(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        if self.address is not None:
            self.cap.release(self.address)
            self.handler.connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        self.handler.data_received(data)

    def eof_received(self) -> bool | None:
        return self.handler.eof_received()

    def pause_writing(self) -> None:
        self.handler.pause_writing()

    def resume_writing(self) -> None:
        self.handler.resume_writing()


def _text(status: int, body: str) -> web.Response:
    return web.Response(status=status, text=body, content_type="text/plain")


class PhoneServer(QObject):
    """Listens between open() and close(); `url` is the address the QR code carries."""

    _wake = Signal()  # emitted on the server's thread: calls wait in `_calls` for the GUI's

    def __init__(self, gate: PhoneGate, limits: Limits = Limits(), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gate = gate
        self.limits = limits
        self.url: str | None = None
        self.join_token = ""
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._calls: collections.deque[_Call] = collections.deque()  # appended there, taken here
        self._woken = threading.Event()  # one wake-up on its way at a time
        self._wake.connect(self._serve_some)

    @property
    def is_open(self) -> bool:
        return self.url is not None

    # -- on the GUI thread ----------------------------------------------------------------
    def open(self, address: str, port: int = 0, *, bind: str | None = None) -> str:
        """Listen on `bind` (default: `address`) and return the join URL. Phones must reach
        the server by `address` (the Host header is checked), with a new join token."""
        if self.is_open:
            self.close()
        self.join_token = "".join(secrets.choice(JOIN_ALPHABET) for _ in range(JOIN_TOKEN_LENGTH))
        self._files = {name: ((WEB_DIR / file).read_bytes(), kind) for name, (file, kind) in PAGE_FILES.items()}
        ready: concurrent.futures.Future[int] = concurrent.futures.Future()
        self._thread = threading.Thread(target=self._run, args=(bind or address, port, ready),
                                        name="phones-server", daemon=True)
        self._thread.start()
        bound_port = ready.result(timeout=10)  # raises OSError if the port cannot be bound
        host = f"[{address}]" if ":" in address else address
        self._host = f"{host}:{bound_port}"
        self._origin = f"http://{self._host}"
        self.url = f"{self._origin}/j/{self.join_token}/"
        return self.url

    def close(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._thread = self._loop = self._stop = None
        self.url = None
        self.join_token = ""

    def _serve_some(self) -> None:
        """The waiting calls, in order, for one slice; the rest after the windows had their turn,
        so a burst of phones never freezes the console or the projector."""
        self._woken.clear()  # before taking: a call added from now on wakes this up again
        started = time.perf_counter()
        while self._calls:
            self._serve(self._calls.popleft())
            if self._calls and time.perf_counter() - started > SLICE_S:
                QTimer.singleShot(0, self._serve_some)
                return

    def _serve(self, call: _Call) -> None:
        if not call.future.set_running_or_notify_cancel():
            return  # the phone gave up waiting; its retry comes as a new request
        try:
            call.future.set_result(self.gate.handle(call.action, call.device, call.payload))
        except Exception as exc:  # never lose the reply: the phone is told and retries
            call.future.set_exception(exc)

    # -- on the server's thread -------------------------------------------------------------
    def _run(self, bind: str, port: int, ready: concurrent.futures.Future) -> None:
        loop = asyncio.new_event_loop()
        try:
            loop.run_until_complete(self._main(bind, port, ready))
        except BaseException as exc:  # the bind failed: the GUI thread hears why
            if not ready.done():
                ready.set_exception(exc)
        finally:
            loop.close()

    async def _main(self, bind: str, port: int, ready: concurrent.futures.Future) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        self._address_limit = RateLimit(*self.limits.per_address)
        self._device_limit = RateLimit(*self.limits.per_device)
        self._join_limit = RateLimit(*self.limits.joins)
        cap = ConnectionCap(self.limits.connections)
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guard], handler_args={
            "max_line_size": 4 * MAX_URL, "max_field_size": 4 * MAX_URL, "keepalive_timeout": 15})
        app.on_response_prepare.append(self._headers)
        app.router.add_route("*", "/{tail:.*}", self._route)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        aiohttp_protocol = runner.server
        assert aiohttp_protocol is not None
        server = await self._loop.create_server(lambda: _CappedProtocol(aiohttp_protocol(), cap),
                                                bind, port, reuse_address=True)
        ready.set_result(server.sockets[0].getsockname()[1])
        try:
            await self._stop.wait()
        finally:
            server.close()
            await runner.cleanup()

    @staticmethod
    async def _headers(request: web.Request, response: web.StreamResponse) -> None:
        response.headers.update(SECURITY_HEADERS)
        response.headers.pop("Server", None)

    @web.middleware
    async def _guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """Refusals that need no session: in the order a hostile request meets them."""
        if len(request.raw_path) > MAX_URL:
            return _text(414, "URL too long")
        peer = request.transport.get_extra_info("peername") if request.transport else None
        address = str(peer[0]) if peer else "?"
        if not self._address_limit.allow(address):
            return _text(429, "Too many requests")
        if request.headers.get("Host", "") != self._host:
            return _text(421, "Misdirected request")
        return await handler(request)

    async def _route(self, request: web.Request) -> web.StreamResponse:
        parts = request.path.split("/")  # "", "j", token, rest...
        if (len(parts) == 3 and parts[1] == "j"
                and secrets.compare_digest(parts[2].encode(), self.join_token.encode())):
            raise web.HTTPPermanentRedirect(f"/j/{self.join_token}/")  # the address typed without its "/"
        if (len(parts) < 4 or parts[1] != "j"
                or not secrets.compare_digest(parts[2].encode(), self.join_token.encode())):
            return _text(404, NOT_FOUND)
        rest = "/".join(parts[3:])
        if rest.startswith("api/") and rest.count("/") == 1:
            return await self._api(request, rest[4:])
        if rest not in PAGE_FILES:
            return _text(404, NOT_FOUND)
        if request.method not in ("GET", "HEAD"):
            return _text(405, "Method not allowed")
        body, kind = self._files[rest]
        return web.Response(body=body, content_type=kind, charset="utf-8")

    async def _api(self, request: web.Request, action: str) -> web.StreamResponse:
        if request.method != "POST":
            return _text(405, "Method not allowed")
        if request.headers.get("Origin", self._origin) != self._origin:
            return _text(403, "Forbidden")
        if request.content_type != "application/json":
            return _text(415, "JSON only")
        if (request.content_length or 0) > MAX_BODY:
            return _text(413, "Too large")
        try:
            payload = json.loads(await request.read())
        except web.HTTPRequestEntityTooLarge:
            return _text(413, "Too large")
        except ValueError:
            return web.json_response({"error": "invalid"}, status=400)
        device = request.headers.get("X-Device") or None
        if device is not None and not self._device_limit.allow(device):
            return web.json_response({"error": "slow down"}, status=429)
        address = str(request.remote)
        if action == "start" and device is None and not self._join_limit.allow(address):
            return web.json_response({"error": "slow down"}, status=429)
        reply = await self._ask_gate(action, device, payload)
        return web.json_response(reply.body, status=reply.status)

    async def _ask_gate(self, action: str, device: str | None, payload: Any) -> Reply:
        future: concurrent.futures.Future[Reply] = concurrent.futures.Future()
        self._calls.append(_Call(action, device, payload, future))
        if not self._woken.is_set():
            self._woken.set()
            self._wake.emit()
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), GATE_TIMEOUT_S)
        except asyncio.TimeoutError:
            return Reply(503, {"error": "busy"})
        except Exception:
            return Reply(500, {"error": "failed"})

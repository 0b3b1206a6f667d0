"""The phones of one open session: the gate and the server, opened and closed by the trainer.

One `PhonesRoom` per live session (`PhonesRoom.of(live)`), shared by the console's *Phones*
panel and the projector's *Join* view, so both show the same address and the same count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, Signal

from workshop_app.ui.live_session import LiveSession
from workshop_app.ui.phones.gate import Device, PhoneGate

if TYPE_CHECKING:
    from workshop_app.ui.phones.server import Limits, PhoneServer

PORT = 8642  # one port every time, so a firewall rule written once keeps working
PORT_TRIES = 10  # the next ones when another program holds it

_ROOMS: WeakKeyDictionary[LiveSession, PhonesRoom] = WeakKeyDictionary()


class PhonesRoom(QObject):
    opened = Signal(str)  # the join URL
    closed = Signal()
    devices_changed = Signal()  # joined, confirmed, answered, released, finished
    details_changed = Signal()  # the Wi-Fi's name the room reads

    def __init__(self, live: LiveSession, limits: Limits | None = None) -> None:
        super().__init__(live)
        self.live = live
        self.gate = PhoneGate(live, self)
        self._limits = limits
        self._server: PhoneServer | None = None
        self.gate.devices_changed.connect(self.devices_changed)
        self.wifi_name = ""
        self.address = ""

    @classmethod
    def of(cls, live: LiveSession) -> PhonesRoom:
        room = _ROOMS.get(live)
        if room is None:
            room = _ROOMS[live] = cls(live)
        return room

    @property
    def server(self) -> PhoneServer:
        """Made when first needed: the web server (aiohttp, a quarter of a second to load) comes
        with the phones, not with the console."""
        if self._server is None:
            from workshop_app.ui.phones.server import Limits, PhoneServer

            self._server = PhoneServer(self.gate, self._limits or Limits(), self)
        return self._server

    @property
    def is_open(self) -> bool:
        return self._server is not None and self._server.is_open

    @property
    def url(self) -> str | None:
        return self._server.url if self._server is not None else None

    def open(self, address: str, port: int = PORT) -> str:
        """Listen on `address` only; the port asked for or one of the next few. Raises OSError
        when none can be bound (the message says why)."""
        self.server.close()
        error: OSError | None = None
        for candidate in range(port, port + PORT_TRIES) if port else (0,):
            try:
                url = self.server.open(address, candidate)
            except OSError as exc:
                error = exc
                continue
            self.address = address
            self.opened.emit(url)
            return url
        assert error is not None
        raise error

    def close(self) -> None:
        """Stop listening. Every answer already given is on disk; the phones' runs are let go, so
        their names are free at the station and at the next opening."""
        was_open = self.is_open
        if self._server is not None:
            self._server.close()
        for device in self.gate.joined():
            device.run.leave()
        self.gate.devices.clear()
        if was_open:
            self.closed.emit()
            self.devices_changed.emit()

    def set_wifi_name(self, name: str) -> None:
        name = " ".join(name.split())[:64]  # one line, as long as a network name can be
        if name != self.wifi_name:
            self.wifi_name = name
            self.details_changed.emit()

    @property
    def port(self) -> int | None:
        url = self.url
        return int(url.split("/")[2].rsplit(":", 1)[1]) if url else None

    def devices(self) -> list[Device]:
        return self.gate.joined()

    def joined_count(self) -> int:
        """Phones that picked and confirmed a name, or finished here."""
        return sum(1 for d in self.gate.joined() if d.participant_id is not None or d.thanked)

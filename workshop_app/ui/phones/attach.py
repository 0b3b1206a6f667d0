"""Plugs the phones into the console: a *Phones* panel per open session, closed with it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from workshop_app.ui.live_session import LiveSession

NOTICE_MS = 10_000


def attach_phones(console: QMainWindow) -> None:
    """`console` has `session_opened(live)`, `session_closed()` and `add_panel(widget, title)`."""
    current: list = []

    def opened(live: LiveSession) -> None:
        from workshop_app.ui.phones.panel import PhonesPanel
        from workshop_app.ui.phones.room import PhonesRoom

        panel = PhonesPanel(PhonesRoom.of(live), console)
        panel.notice.connect(lambda text: console.statusBar().showMessage(text, NOTICE_MS))
        console.add_panel(panel, QCoreApplication.translate("PhonesPanel", "Phones"))
        current.append(panel)

    def closed() -> None:
        while current:
            current.pop().close_phones()  # nobody reaches a closed session from the network

    console.session_opened.connect(opened)  # type: ignore[attr-defined]
    console.session_closed.connect(closed)  # type: ignore[attr-defined]

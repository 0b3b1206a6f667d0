"""Render the console and the participant station offscreen to docs/screenshots/*.png.

Run with `make screenshots` (QT_QPA_PLATFORM=offscreen). Uses a demo session written to a
temporary folder, with two participants still answering so the console shows every status.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from workshop_app.store import SessionStore  # noqa: E402
from workshop_app.store.demo import create_demo_session  # noqa: E402
from workshop_app.ui import theme  # noqa: E402
from workshop_app.ui.translation import install_translators  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
CONSOLE_SIZE = (1440, 900)
STATION_SIZE = (1600, 900)
PIN = "2468"


def save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(OUT.parents[1]))


def demo_session(folder: Path) -> Path:
    """The demo, plus two latecomers: one halfway through the practices, one not started."""
    path = create_demo_session(folder, participants=10)
    with SessionStore.open(path) as store:
        store.set_pin(PIN)
        late = store.add_participant("Maëlle Le Gall", team="Grands comptes")
        store.add_participant("Yannick Roux", team="Région Ouest")
        for item in store.instrument.item_ids[:11]:
            store.record_answer(late, item, 4)
    return path


def consoles(path: Path, language: str) -> None:
    from workshop_app.ui.console import ConsoleWindow
    from workshop_app.ui.projector.attach import attach_projector

    translators = install_translators(language)
    console = ConsoleWindow(path.parent)
    attach_projector(console)  # as the app does: the session has its Projector tab
    console.resize(*CONSOLE_SIZE)
    console.show()
    save(console, f"console-sessions-{language}")
    console.open_session(path)
    console.view.participants.table.selectRow(10)
    save(console, f"console-{language}")
    console.close_session()
    console.close()
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def station(path: Path) -> None:
    from workshop_app.ui.live_session import LiveSession
    from workshop_app.ui.station import StationWindow

    live = LiveSession(SessionStore.open(path))
    window = StationWindow(live, settle=0, mark_ms=0)  # pages drawn at once: no taps held for a human hand
    window.resize(*STATION_SIZE)
    window.show()
    save(window, "station-welcome")
    window.welcome.start.emit()
    save(window, "station-names")
    latecomer = next(p.id for p in live.store.participants() if p.name == "Yannick Roux")
    window._pick(latecomer)  # the name tapped, then « C’est moi »
    window._begin()
    for value in (4, 3, 5, 2, 4, 3):
        window.statement.answered.emit(value)
    save(window, "station-statement")
    for item in live.store.instrument.item_ids:
        live.record_answer(latecomer, item, 3)
    window._pick(latecomer)  # the name tapped, then « C’est moi »
    window._begin()
    for code, points in (("faire", 35), ("analyser", 20), ("commando", 25), ("developper", 5)):
        window.allocation.rows[code].points.setValue(points)
    save(window, "station-allocation")
    for code, points in (("faire", 35), ("analyser", 20), ("commando", 25), ("developper", 20)):
        window.allocation.rows[code].points.setValue(points)
    window._next()
    window._next()
    window.tensions.scales["horizon"].group.button(3).click()
    window.tensions.scales["mode"].group.button(5).click()
    save(window, "station-tensions")
    window.tensions.scales["focus"].group.button(4).click()
    window._next()
    window.commitments.group.button(3).click()
    window.commitments.action_fields[0].setText("Un entretien de progrès par mois avec chaque commercial")
    save(window, "station-commitments")
    window._next()
    save(window, "station-thanks")
    window.release()
    live.close()


def main() -> int:
    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("EquilibristeScreenshots")  # leaves the trainer's settings alone
    QSettings.setDefaultFormat(QSettings.IniFormat)
    theme.load_fonts()
    theme.apply(app)
    OUT.mkdir(parents=True, exist_ok=True)
    # A fixed folder, so the sessions page shows the same path at every run (and the PNGs only
    # change when the screens do).
    folder = Path(tempfile.gettempdir()) / "Équilibriste" / "sessions"
    shutil.rmtree(folder.parent, ignore_errors=True)
    folder.mkdir(parents=True)
    try:
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder.parent))
        path = demo_session(folder)
        consoles(path, "en")
        consoles(path, "fr")
        station(path)
    finally:
        shutil.rmtree(folder.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A room's answers with every window open: the console (its projector panel attached, as the
app starts it), the projector window and the station, on a demo session of 30, 300 or 500.

- station_key_to_page_30_ms, station_key_to_page_500_ms: from a key answering a statement at
  the station to the next statement painted, median. Budget < 16 ms (one frame).
- answer_to_projector_500_ms: from the same key to the projector's next paint. Budget < 33 ms.
- station_key_during_debriefs_300_ms: the key to the next page while the console writes the
  session's debriefs. Budget < 16 ms.
- station_alone_key_to_page_500_ms: the station with no other window, the baseline of this
  run (the machine's noise; the windows following the session should add nothing to it).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from statistics import median

from common import Figure
from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

KEYS = 20  # statements answered per figure (a questionnaire has 24)
WARMUP = 3
TIMEOUT_S = 20.0


class PaintClock(QObject):
    """When a widget was last painted (perf_counter), from its Paint events."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.at: float | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.at = time.perf_counter()
        return False


def _wait(done: Callable[[], bool]) -> None:
    app = QApplication.instance()
    limit = time.perf_counter() + TIMEOUT_S
    while not done():
        if time.perf_counter() > limit:
            raise RuntimeError("the windows did not paint in time")
        app.processEvents()


def _session(folder: Path, participants: int) -> tuple[Path, str]:
    """A demo session of `participants`, one of them not started: the one at the station."""
    from workshop_app.store import SessionStore
    from workshop_app.store.demo import create_demo_session

    path = create_demo_session(folder, participants=participants - 1)
    name = "Poste Mesure"
    with SessionStore.open(path) as store:
        store.add_participant(name)
    return path, name


def _start_run(station, name: str) -> None:
    """Welcome → the name → "it's me": the first statement is on screen."""
    station.settle_timer.setInterval(0)  # no held input, no marked answer: the key shows the next page
    station.mark_timer.setInterval(0)
    station.welcome.start.emit()
    _wait(lambda: station.current_page() is station.names)
    next(t for t in station.names.tiles if t.property("name") == name).click()
    _wait(lambda: station.current_page() is station.confirm)
    station.confirm.yes_button.click()
    _wait(lambda: station.current_page() is station.statement)
    QApplication.processEvents()


def _answer_keys(station, projector: QWidget | None, keys: int = KEYS,
                 going: Callable[[], bool] = lambda: True) -> tuple[list[float], list[float]]:
    """(key → next statement painted, key → projector painted), in ms, warm-up left out."""
    page = PaintClock(station.statement)
    shown = PaintClock(projector) if projector is not None else None
    to_page: list[float] = []
    to_projector: list[float] = []
    for n in range(keys):
        if not going():
            break
        page.at = None
        if shown is not None:
            shown.at = None
        before = station.statement.counter.text()
        pressed = time.perf_counter()
        QTest.keyClick(station.focusWidget() or station, Qt.Key.Key_3)
        _wait(lambda: page.at is not None and station.statement.counter.text() != before)
        if shown is not None:
            _wait(lambda: shown.at is not None)
        if n >= WARMUP:
            to_page.append((page.at - pressed) * 1000)
            if shown is not None:
                to_projector.append((shown.at - pressed) * 1000)
        QTest.qWait(40)  # a participant's pace: the next key never lands in the same frame
    return to_page, to_projector


class Room:
    """The app's windows on a session, as the trainer opens them."""

    def __init__(self, path: Path) -> None:
        from workshop_app.ui.console import ConsoleWindow
        from workshop_app.ui.projector.attach import attach_projector
        from workshop_app.ui.projector.panel import ProjectorPanel

        self.console = ConsoleWindow(path.parent)
        attach_projector(self.console)
        self.console.resize(1280, 800)
        self.console.show()
        self.console.open_session(path)
        view = self.console.view
        self.panel = next(view.tabs.widget(i) for i in range(view.tabs.count())
                          if isinstance(view.tabs.widget(i), ProjectorPanel))
        self.panel.controller.set_revealed(True)
        self.panel.controller.set_arrows(True)
        self.projector = self.panel.open_window(QApplication.primaryScreen())
        self.projector.resize(QSize(1920, 1080))
        self.station = self.console.open_station()
        _wait(lambda: not self.panel.controller.arriving)
        QTest.qWait(50)

    def canvas(self) -> QWidget:
        from workshop_app.ui.projector.canvas import ProjectorCanvas

        return self.projector.findChild(ProjectorCanvas) or self.projector

    def close(self) -> None:
        """The station released, the session closed (a batch of debriefs under way is stopped)."""
        self.station.release()
        QTest.qWait(20)
        self.console.close_session()
        self.console.close()
        self.console.deleteLater()
        QTest.qWait(20)


def with_windows(participants: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as folder:
        path, name = _session(Path(folder), participants)
        room = Room(path)
        try:
            _start_run(room.station, name)
            to_page, to_projector = _answer_keys(room.station, room.canvas())
        finally:
            room.close()
    return median(to_page), median(to_projector)


def during_debriefs(participants: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        path, name = _session(Path(folder), participants)
        room = Room(path)
        try:
            _start_run(room.station, name)
            debriefs = room.console.view.debriefs
            debriefs.generate()
            QTest.qWait(300)  # the batch under way
            to_page, _ = _answer_keys(room.station, None, going=debriefs.running)
            if len(to_page) < KEYS - WARMUP:
                raise RuntimeError("the debriefs ended before the keys were measured")
        finally:
            room.close()
    return median(to_page)


def station_alone(participants: int) -> float:
    from workshop_app.store import SessionStore
    from workshop_app.ui.live_session import LiveSession
    from workshop_app.ui.station import StationWindow

    with tempfile.TemporaryDirectory() as folder:
        path, name = _session(Path(folder), participants)
        live = LiveSession(SessionStore.open(path))
        station = StationWindow(live)
        station.resize(1280, 800)
        station.show()
        try:
            _start_run(station, name)
            to_page, _ = _answer_keys(station, None)
        finally:
            station.release()
            station.deleteLater()
            QTest.qWait(20)
            live.close()
    return median(to_page)


def measure() -> list[Figure]:
    from workshop_app.ui.app import create_application

    create_application()
    alone = station_alone(500)
    page_30, _ = with_windows(30)
    page_500, projector_500 = with_windows(500)
    debriefs_300 = during_debriefs(300)
    return [("station_alone_key_to_page_500_ms", alone, "ms"),
            ("station_key_to_page_30_ms", page_30, "ms"),
            ("station_key_to_page_500_ms", page_500, "ms"),
            ("answer_to_projector_500_ms", projector_500, "ms"),
            ("station_key_during_debriefs_300_ms", debriefs_300, "ms")]


if __name__ == "__main__":
    import os
    import sys

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    for figure_name, value, unit in measure():
        print(f"{figure_name} {value:.3f} {unit}", flush=True)

"""The app serving a session to phones, in a process of its own, for the load test and the
benchmark: `python -m tests.ui.phones.serve SESSION REPORT`.

The console opens the session with its Phones panel, the projector shows the map, revealed,
in a window: every answer repaints what a trainer has open. Prints the join URL on one line,
then serves until its standard input closes (or it is killed). On a clean exit it writes
REPORT (JSON): the worst stall of the GUI thread's event loop while it served, and the thread's
own processor time in it.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from workshop_app.ui.app import create_application  # noqa: E402
from workshop_app.ui.console import ConsoleWindow  # noqa: E402
from workshop_app.ui.phones.attach import attach_phones  # noqa: E402
from workshop_app.ui.phones.room import PhonesRoom  # noqa: E402
from workshop_app.ui.projector.attach import attach_projector  # noqa: E402
from workshop_app.ui.projector.panel import ProjectorPanel  # noqa: E402

TICK_MS = 5  # the event loop is asked to wake this often; a late tick is a stall
SETTLE_MS = 1500  # after the windows first show, before the phones come


class StallWatch:
    """The longest time the GUI thread's event loop went without turning, and the processor time
    the thread itself used in it: the app's own work, the rest spent waiting (the disk's sync, the
    interpreter lock, other processes on the machine)."""

    def __init__(self) -> None:
        self.worst = 0.0
        self.worst_cpu = 0.0
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()  # this thread's: the watch ticks on the GUI thread
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        late = now - self._last - TICK_MS / 1000
        if late > self.worst:
            self.worst, self.worst_cpu = late, cpu - self._last_cpu
        self._last, self._last_cpu = now, cpu


def main(session: Path, report: Path) -> int:
    app = create_application(sys.argv[:1])
    console = ConsoleWindow(session.parent)
    attach_projector(console)
    attach_phones(console)
    console.show()
    console.open_session(session)
    projector = console.view.findChild(ProjectorPanel)
    projector.controller.set_revealed(True)
    projector.open_window(QGuiApplication.primaryScreen())
    phones = PhonesRoom.of(console.live)
    url = phones.open("127.0.0.1", 0)
    stdin_closed = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stdin_closed.set()), daemon=True).start()
    watch = StallWatch()

    def ready() -> None:
        """The windows painted once (fonts loaded, caches filled): the phones may come."""
        watch.worst = watch.worst_cpu = 0.0
        print(url, flush=True)

    QTimer.singleShot(SETTLE_MS, ready)
    stop = QTimer(interval=50)
    stop.timeout.connect(lambda: stdin_closed.is_set() and app.quit())
    stop.start()
    app.exec()
    report.write_text(json.dumps({"stall_ms": watch.worst * 1000, "stall_cpu_ms": watch.worst_cpu * 1000}))
    console.close_session()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]), Path(sys.argv[2])))

"""The console's start, from process start to the console shown with a session open
(offscreen), median of a few starts, each a fresh process (the file cache warm, as at a second
launch).

- console_start_s: 30 participants, the console alone. Budget < 1.5 s.
- console_start_500_s: 500 participants through the real entry point (`workshop-app --open`),
  the projector's panel included. Budget < 0.8 s.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

from common import Figure, launch_env

RUNS = 5
PARTICIPANTS = 30
LARGE = 500

# Each child says "shown" and quits when its first window is exposed. Qt is imported only when
# the watcher is made, so the app's modules load in the order of a real start (PySide6 checks
# the source of every module imported after it).
WATCHER = r"""
import os, sys

def watcher():
    from PySide6.QtCore import QEvent, QObject

    class Shown(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Expose and watched.isExposed():
                print("shown", flush=True)
                os._exit(0)
            return False
    return Shown()
"""

# The child does what `workshop-app SESSION` does.
CHILD = WATCHER + r"""
from pathlib import Path
from workshop_app.ui.app import create_application

app = create_application()
shown = watcher()
app.installEventFilter(shown)
from workshop_app.ui.console import ConsoleWindow
console = ConsoleWindow(Path(sys.argv[2]))
console.show()
console.open_session(Path(sys.argv[1]))
app.exec()
"""


# The same through `workshop-app --open SESSION --sessions-dir DIR`: the app's own start, the
# projector attached; the only addition is the watcher, installed as the application is made,
# its module imported where `run_gui` imports it.
ENTRY_CHILD = WATCHER + r"""
import workshop_app.cli as cli

run_gui = cli.run_gui

def watched_run_gui(args):
    import workshop_app.ui.app as app_module

    made, shown = app_module.create_application, []

    def create_application(argv=None):
        app = made(argv)
        shown.append(watcher())
        app.installEventFilter(shown[0])
        return app

    app_module.create_application = create_application
    return run_gui(args)

cli.run_gui = watched_run_gui
cli.main(["--open", sys.argv[1], "--sessions-dir", sys.argv[2]])
"""


def start_once(session: Path, settings: Path, child_code: str = CHILD) -> float:
    env = launch_env(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(settings))
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", child_code, str(session), str(session.parent)],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait()
    if line.strip() != "shown":
        raise RuntimeError("the console did not show")
    return elapsed


def measure() -> list[Figure]:
    from workshop_app.store.demo import create_demo_session

    with tempfile.TemporaryDirectory() as folder:
        session = create_demo_session(Path(folder) / "sessions", participants=PARTICIPANTS)
        big = create_demo_session(Path(folder) / "big", participants=LARGE)
        settings = Path(folder) / "settings"
        start_once(session, settings)  # warm the file cache, as a second launch would be
        times = [start_once(session, settings) for _ in range(RUNS)]
        start_once(big, settings, ENTRY_CHILD)
        large = [start_once(big, settings, ENTRY_CHILD) for _ in range(RUNS)]
    return [("console_start_s", median(times), "s"), ("console_start_500_s", median(large), "s")]


if __name__ == "__main__":
    for name, value, unit in measure():
        print(f"{name} {value:.3f} {unit}")

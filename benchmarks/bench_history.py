"""history_build_100_sessions_s: 100 demo sessions of 15 managers gathered into a new history
(budget < 10 s); history_rebuild_unchanged_s: the same build run again over unchanged files
(budget < 1 s). Each the median of three runs."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from statistics import median

from common import Figure

from workshop_app.history import build_history
from workshop_app.store.demo import create_demo_session

SESSIONS = 100
PEOPLE = 15
RUNS = 3


def measure() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "sessions"
        for seed in range(SESSIONS):
            create_demo_session(folder, PEOPLE, "fr" if seed % 3 else "en", seed)
        builds, rebuilds = [], []
        for run in range(RUNS):
            out = Path(tmp) / f"history-{run}.sqlite"
            builds.append(_timed(lambda: build_history([folder], out)))
            rebuilds.append(_timed(lambda: build_history([folder], out)))
    return [("history_build_100_sessions_s", median(builds), "s"),
            ("history_rebuild_unchanged_s", median(rebuilds), "s")]


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start

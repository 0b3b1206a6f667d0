"""Sixty phones against the app on loopback: the console, its Phones panel and the projector's
map (revealed, in a window) open in the server's process, as in a room.

phones_60_p50_ms / phones_60_p99_ms: one answer's round trip, phones answering the full form at
a paced rhythm (budget p99 < 100 ms); phones_60_lost: acknowledged answers not in the file (0);
phones_gui_stall_ms: the GUI thread's worst stall meanwhile (budget < 100 ms);
phones_gui_stall_cpu_ms: the GUI thread's own processor time in that stall (the rest it waited:
the disk's sync, the interpreter lock, the machine's other processes);
phones_burst_answers_per_s: the same sixty answering without pause.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from statistics import median, quantiles

from common import Figure

from tests.ui.conftest import make_session
from tests.ui.phones.load import missing, room
from tests.ui.phones.test_load import Served, participants
from workshop_app.store import SessionStore

PHONES = 60
PACED = (0.3, 1.2)  # seconds between taps: a person's 5-30 s, compressed twenty-fold
BURST = (0.0, 0.0)


def run(pace: tuple[float, float]) -> tuple[list, dict, int, float]:
    """Phones, the server's report, the answers lost, the wall time of the run."""
    import time

    with tempfile.TemporaryDirectory() as folder:
        session = make_session(Path(folder) / "bench.sqlite", form="full",
                               names=[f"Manager {n:02d}" for n in range(1, PHONES + 1)])
        served = Served(session)
        started = time.perf_counter()
        try:
            phones = asyncio.run(room(served.url, participants(session), pace, 120.0))
        finally:
            wall = time.perf_counter() - started
            report = served.stop()
        with SessionStore.open(session, read_only=True) as store:
            lost = len(missing(phones, store))
    return phones, report, lost, wall


def measure() -> list[Figure]:
    phones, report, lost, _ = run(PACED)
    latencies = sorted(ms * 1000 for p in phones for ms in p.latencies)
    errors = sum(1 for p in phones if p.error)
    figures: list[Figure] = [
        ("phones_60_p50_ms", median(latencies), "ms"),
        ("phones_60_p99_ms", quantiles(latencies, n=100)[98], "ms"),
        ("phones_60_lost", float(lost + errors), "answers"),
        ("phones_gui_stall_ms", report["stall_ms"], "ms"),
        ("phones_gui_stall_cpu_ms", report["stall_cpu_ms"], "ms"),
    ]
    burst, _, _, wall = run(BURST)
    figures.append(("phones_burst_answers_per_s", sum(len(p.latencies) for p in burst) / wall, "answers/s"))
    return figures

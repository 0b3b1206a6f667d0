"""record_answer_ms: one durable answer (WAL, synchronous=FULL), median. Budget < 10 ms."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

from common import Figure, median_ms

from workshop_app.store import SessionStore


def measure() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        with SessionStore.create(Path(folder) / "bench.sqlite", title="Bench") as store:
            people = store.import_participants((f"Manager {n}", None, None) for n in range(30))
            answers = itertools.cycle(
                (pid, f"p{n:02d}", (pid + n) % 5 + 1) for pid in people for n in range(1, 25)
            )
            ms = median_ms(lambda: store.record_answer(*next(answers)), repeat=300, warmup=10)
    return [("record_answer_ms", ms, "ms")]

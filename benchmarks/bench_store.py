"""record_answer_ms: one durable answer (WAL, synchronous=FULL, secure_delete on), median.
Budget < 10 ms. pin_check_ms: one check of the trainer PIN, median; >= 100 ms by design."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

from common import Figure, median_ms

from workshop_app.store import SessionStore


def measure() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        with SessionStore.create(Path(folder) / "bench.sqlite", title="Bench") as store:
            assert store.db.execute("PRAGMA secure_delete").fetchone()[0] == 1
            people = store.import_participants((f"Manager {n}", None, None) for n in range(30))
            answers = itertools.cycle(
                (pid, f"p{n:02d}", (pid + n) % 5 + 1) for pid in people for n in range(1, 25)
            )
            ms = median_ms(lambda: store.record_answer(*next(answers)), repeat=300, warmup=10)
            store.set_pin("2468")
            pin_ms = median_ms(lambda: store.check_pin("1357"), repeat=9, warmup=1)
    return [("record_answer_ms", ms, "ms"), ("pin_check_ms", pin_ms, "ms")]

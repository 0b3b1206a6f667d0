"""An answer is on disk when record_answer returns: a writer killed at random loses none."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from workshop_app.store import SessionStore

WRITER = """
import sys
from workshop_app.store import SessionStore
store = SessionStore.open(sys.argv[1])
round_ = int(sys.argv[2])
for k in range(1000):
    pid = store.add_participant(f"Round {round_} person {k}")
    print("participant", pid, flush=True)
    for n in range(1, 25):
        value = (pid + n) % 5 + 1
        store.record_answer(pid, f"p{n:02d}", value)
        print("answer", pid, n, value, flush=True)
"""


def acknowledged(lines: list[str]) -> tuple[set[int], dict[tuple[int, str], int]]:
    people, answers = set(), {}
    for line in lines:
        parts = line.split()
        if len(parts) == 2 and parts[0] == "participant":
            people.add(int(parts[1]))
        elif len(parts) == 4 and parts[0] == "answer":
            answers[(int(parts[1]), f"p{int(parts[2]):02d}")] = int(parts[3])
    return people, answers


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_answers_survive_a_killed_writer(tmp_path):
    path = tmp_path / "crash.sqlite"
    SessionStore.create(path, title="Crash").close()
    rng = random.Random(20261127)
    people: set[int] = set()
    answers: dict[tuple[int, str], int] = {}
    for round_ in range(6):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(round_)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None
        # Killed mid-stream, however long a loaded machine takes to start the child.
        first = [child.stdout.readline() for _ in range(2)]
        time.sleep(rng.random() * 0.4)
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        got_people, got_answers = acknowledged(first + out.splitlines())
        assert got_answers, "the writer was killed before it recorded anything"
        people |= got_people
        answers.update(got_answers)

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with SessionStore.open(path) as store:
        stored_people = {p.id for p in store.participants()}
        stored = {(pid, item): value for pid, item, value in store.db.execute(
            "SELECT participant_id, item_id, value FROM answers")}
    assert people <= stored_people
    missing = {key: value for key, value in answers.items() if stored.get(key) != value}
    assert missing == {}

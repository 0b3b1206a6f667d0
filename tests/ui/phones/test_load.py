"""Sixty phones at once on loopback, against the app's server in a process of its own: every
answer acknowledged is in the session file, even when the app is killed mid-run. Bounded in
count and time; the human pace is compressed."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.conftest import make_session
from tests.ui.phones.load import missing, room
from workshop_app.store import SessionStore

ROOT = Path(__file__).resolve().parents[3]
PHONES = 60
PACE = (0.05, 0.2)  # seconds between two taps: a person's 5-30 s, compressed
LIMIT_S = 60.0


def full_room(tmp_path: Path) -> Path:
    return make_session(tmp_path / "room.sqlite", form="full", names=[f"Manager {n:02d}" for n in range(1, PHONES + 1)])


class Served:
    """The server's process: its join URL, its report once it ends."""

    def __init__(self, session: Path) -> None:
        self.report = session.with_suffix(".report.json")
        self.process = subprocess.Popen([sys.executable, "-m", "tests.ui.phones.serve", str(session), str(self.report)],
                                        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.url = self.process.stdout.readline().strip()
        assert self.url.startswith("http://127.0.0.1:"), self.url

    def stop(self) -> dict:
        self.process.stdin.close()
        assert self.process.wait(timeout=30) == 0
        return json.loads(self.report.read_text())

    def kill(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)


def participants(session: Path) -> list[int]:
    with SessionStore.open(session, read_only=True) as store:
        return [p.id for p in store.participants()]


@pytest.mark.slow
def test_sixty_phones_answer_the_full_form_and_every_answer_is_on_disk(tmp_path):
    session = full_room(tmp_path)
    served = Served(session)
    try:
        phones = asyncio.run(room(served.url, participants(session), PACE, LIMIT_S))
    finally:
        served.stop()
    assert [p.error for p in phones if p.error] == []
    with SessionStore.open(session, read_only=True) as store:
        assert missing(phones, store) == []
        results = {r.participant_id: r for r in store_results(store)}
        assert all(results[p.participant].finished for p in phones)
    # 24 statements, two allocations, the tensions and the commitments, for each phone.
    assert sum(len(p.latencies) for p in phones) == PHONES * 28


def store_results(store):
    from workshop_app.model.scoring import score_session

    return score_session([store.responses(p.id) for p in store.participants()], store.instrument).participants


@pytest.mark.slow
def test_the_app_killed_mid_run_loses_no_acknowledged_answer(tmp_path):
    session = full_room(tmp_path)
    served = Served(session)

    async def run_and_kill():
        phones: list = []
        task = asyncio.create_task(room(served.url, participants(session), PACE, LIMIT_S, phones))
        waited = 0.0
        while sum(len(p.saved.answers) for p in phones) < 2 * PHONES and waited < LIMIT_S / 2:
            await asyncio.sleep(0.05)  # until the run is well under way: two answers a phone
            waited += 0.05
        served.kill()
        return await task

    try:
        phones = asyncio.run(run_and_kill())
    finally:
        served.kill()
    acknowledged = sum(len(p.saved.answers) for p in phones)
    assert acknowledged >= 2 * PHONES  # the kill came mid-run, not before it
    assert all(p.error for p in phones)  # and before anyone finished
    with sqlite3.connect(session) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    with SessionStore.open(session, read_only=True) as store:
        assert missing(phones, store) == []

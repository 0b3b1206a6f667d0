"""Hostile and careless inputs to the command line: each gets one line on stderr, exit 2, no
traceback, no hang, and nothing changed or left behind.

Every row of ATTACKS builds its files in an empty folder and returns the command's arguments.
The command runs in a child process with a time limit, so a hang fails the test instead of
stopping the suite.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app.store import SessionStore


def _session(folder: Path, name: str = "s.sqlite") -> Path:
    path = folder / name
    with SessionStore.create(path, title="Atelier") as store:
        pid = store.add_participant("Ann Roy")
        store.set_tension(pid, store.instrument.tension_ids[0], 1)
        store.set_commitments(pid, None, ["Call two clients"])
    return path


def _tampered(folder: Path, *statements: str) -> Path:
    path = _session(folder)
    conn = sqlite3.connect(path)
    with conn:
        for sql in statements:
            conn.execute(sql)
    conn.close()
    return path


def _fifo(folder: Path, name: str) -> Path:
    path = folder / name
    os.mkfifo(path)
    return path


def _instrument(folder: Path, change) -> Path:
    from workshop_app.resources import INSTRUMENTS_DIR

    data = json.loads((INSTRUMENTS_DIR / "equilibre-v1.json").read_text(encoding="utf-8"))
    text = change(data)
    path = folder / "mine.json"
    path.write_text(text if isinstance(text, str) else json.dumps(data), encoding="utf-8")
    return path


def _set(key_path: str, value):
    def change(data):
        node = data
        *parents, last = key_path.split(".")
        for key in parents:
            node = node[key]
        node[last] = value
    return change


def _shift_scale(start: int):
    def change(data):
        for i, point in enumerate(data["scale"]):
            point["value"] = start + i  # still consecutive: only the size is wrong
    return change


def _roster(folder: Path, text: str) -> Path:
    path = folder / "roster.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _info(setup):
    return lambda d: ["info", str(setup(d))]


ATTACKS = {
    # Tampered session content.
    "tension 42": (_info(lambda d: _tampered(d, "UPDATE tensions SET value = 42")), "tension of 42,"),
    "language xx": (_info(lambda d: _tampered(d, "UPDATE settings SET value = 'xx' WHERE key = 'language'")),
                    "unknown language"),
    "text answer": (_info(lambda d: _tampered(
        d, "INSERT INTO answers SELECT id, 'p01', 'three', '' FROM participants")), "answer of 'three'"),
    "commitments not JSON": (_info(lambda d: _tampered(d, "UPDATE commitments SET actions = '[oops'")),
                             "commitments"),
    "user_version 0": (_info(lambda d: _tampered(d, "PRAGMA user_version = 0")), "unexpected"),
    "missing table": (_info(lambda d: _tampered(d, "DROP TABLE history")), "missing"),
    # Files that are not regular files (each hung before).
    "FIFO session, info": (lambda d: ["info", str(_fifo(d, "s.sqlite"))], "not a regular file"),
    "FIFO session, copy": (lambda d: ["copy", str(_fifo(d, "s.sqlite")), str(d / "c.sqlite")],
                           "not a regular file"),
    "FIFO CSV output": (lambda d: ["export", str(_session(d)), "--csv", str(_fifo(d, "out.csv")), "--force"],
                        "not a regular file"),
    "FIFO roster": (lambda d: ["participants", "import", str(_session(d)), str(_fifo(d, "r.csv"))],
                    "not a regular file"),
    "FIFO instrument": (lambda d: ["new", "--sessions-dir", str(d), "--title", "T", "--instrument",
                                   str(_fifo(d, "i.json"))], "not a regular file"),
    # Rosters.
    "cell over 131 072 characters": (lambda d: ["participants", "import", str(_session(d)),
                                                str(_roster(d, "nom\n" + "A" * 140_000 + "\n"))],
                                     "longer than"),
    # Titles and instruments.
    "title with a byte invalid in the locale": (lambda d: ["new", "--sessions-dir", str(d), "--title",
                                                           "Atelier \udcff"], "not valid text"),
    "instrument nested deeply": (lambda d: ["new", "--sessions-dir", str(d), "--title", "T", "--instrument",
                                            str(_instrument(d, lambda data: "[" * 100_000 + "]" * 100_000))],
                                 "nested too deeply"),
    "instrument lone surrogate": (lambda d: ["new", "--sessions-dir", str(d), "--title", "T", "--instrument",
                                             str(_instrument(d, lambda data: json.dumps(data).replace(
                                                 '"fr": "', '"fr": "\\ud800', 1)))], "lone surrogate"),
    "instrument version 10^30": (lambda d: ["new", "--sessions-dir", str(d), "--title", "T", "--instrument",
                                            str(_instrument(d, _set("version", 10**30)))], "version"),
    "instrument 10^9 tension steps": (lambda d: ["new", "--sessions-dir", str(d), "--title", "T",
                                                 "--instrument",
                                                 str(_instrument(d, _set("tensions.steps", 10**9 + 1)))],
                                      "from 1 to 11"),
    "instrument 10^6 actions": (lambda d: ["new", "--sessions-dir", str(d), "--title", "T", "--instrument",
                                           str(_instrument(d, _set("commitments.max_actions", 10**6)))],
                                "from 1 to 10"),
    "instrument scale value 2^31": (lambda d: ["new", "--sessions-dir", str(d), "--title", "T",
                                               "--instrument", str(_instrument(d, _shift_scale(2**31)))],
                                    "scale[0].value: must be a whole number from -1000 to 1000"),
}


HANGED_BEFORE = {name for name in ATTACKS if name.startswith("FIFO")}


def _run(argv: list[str], in_child: bool, capsys) -> tuple[int, str]:
    """Exit status and stderr; in a child process with a time limit for what once hung."""
    if not in_child:
        from workshop_app.cli import main

        status = main(argv)
        return status, capsys.readouterr().err
    done = subprocess.run([sys.executable, "-m", "workshop_app", *argv], capture_output=True, timeout=60)
    return done.returncode, done.stderr.decode("utf-8", "replace")


@pytest.mark.parametrize("attack", ATTACKS, ids=list(ATTACKS))
def test_attack_is_refused_in_one_line(tmp_path, capsys, attack):
    setup, expected = ATTACKS[attack]
    argv = setup(tmp_path)
    before = {p.name: (p.read_bytes() if p.is_file() else None) for p in tmp_path.iterdir()}
    status, err = _run(argv, attack in HANGED_BEFORE, capsys)
    assert status == 2, err
    lines = err.strip().splitlines()
    assert lines and all(line.startswith("workshop-app: error: ") for line in lines), err
    assert "Traceback" not in err
    assert expected in err
    after = {p.name: (p.read_bytes() if p.is_file() else None) for p in tmp_path.iterdir()}
    assert after == before  # nothing changed, nothing left behind (no .partial, no -wal)


# -- the same promise below the command line ------------------------------------------------

def test_a_full_disk_during_an_import_says_so_and_changes_nothing(tmp_path, monkeypatch, capsys):
    from workshop_app.cli import main
    from workshop_app.store import session as session_module

    path = _session(tmp_path)
    real_connect = session_module._connect

    def small_disk(p, read_only):
        conn = real_connect(p, read_only)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")  # not one page more: SQLITE_FULL
        return conn

    monkeypatch.setattr(session_module, "_connect", small_disk)
    roster = _roster(tmp_path, "nom\n" + "".join(f"Person {i} {'x' * 150}\n" for i in range(200)))
    assert main(["participants", "import", str(path), str(roster)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "the disk is full" in err, err
    monkeypatch.undo()
    with SessionStore.open(path, read_only=True) as store:
        assert [p.name for p in store.participants()] == ["Ann Roy"]


def test_a_full_disk_is_a_typed_store_error_with_a_code(tmp_path):
    from workshop_app.store.errors import SessionWriteError

    with SessionStore.create(tmp_path / "s.sqlite", title="T") as store:
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(SessionWriteError) as caught:
            store.import_participants([(f"Person {i} {'x' * 150}", None, None) for i in range(200)])
        assert caught.value.code == "disk_full"


def test_two_new_sessions_with_one_title_at_once_both_get_a_file(tmp_path):
    command = [sys.executable, "-m", "workshop_app", "new", "--sessions-dir", str(tmp_path),
               "--title", "Atelier", "--date", "2026-03-02"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(4)]
    outputs = [run.communicate(timeout=60) for run in runs]
    assert [run.returncode for run in runs] == [0] * 4, [err for _, err in outputs]
    assert sorted(p.name for p in tmp_path.glob("*.sqlite")) == [
        "2026-03-02-atelier-2.sqlite", "2026-03-02-atelier-3.sqlite", "2026-03-02-atelier-4.sqlite",
        "2026-03-02-atelier.sqlite"]


def test_a_dangling_symlink_is_listed_as_unreadable(tmp_path):
    from workshop_app.store.files import session_summaries

    _session(tmp_path)
    (tmp_path / "gone.sqlite").symlink_to(tmp_path / "nowhere.sqlite")
    (tmp_path / "pipe.sqlite").unlink(missing_ok=True)
    os.mkfifo(tmp_path / "pipe.sqlite")
    summaries = {s.path.name: s.error for s in session_summaries(tmp_path)}
    assert summaries["s.sqlite"] is None
    assert "no such session file" in summaries["gone.sqlite"]
    assert "not a regular file" in summaries["pipe.sqlite"]


def test_debrief_file_names_are_bounded_in_bytes():
    from workshop_app.report.batch import name_slug

    slug = name_slug("\U00020000" * 60)  # 60 letters of 4 bytes each
    assert len(slug.encode("utf-8")) <= 100
    assert slug == "\U00020000" * 25

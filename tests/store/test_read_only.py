"""A session in a read-only folder, or a read-only session file: read-only commands work and
leave nothing behind; a change is refused in one true line. Root ignores mode bits, so as root
the commands run as the user `nobody` (setpriv)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop_app.store import SessionStore

NOBODY = 65534


def _as_user() -> list[str]:
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: mode bits cannot be tested")
    return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*_as_user(), sys.executable, "-m", "workshop_app", *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "HOME": "/tmp"})


@pytest.fixture
def base() -> Iterator[Path]:
    """A folder the other user can reach (pytest's own tmp folders are the owner's only)."""
    folder = Path(tempfile.mkdtemp(prefix="equilibriste-ro-"))
    folder.chmod(0o755)
    probe = subprocess.run([*_as_user(), sys.executable, "-c", "import workshop_app"], capture_output=True)
    if probe.returncode != 0:
        shutil.rmtree(folder)
        pytest.skip("the other user cannot run this checkout's Python")
    yield folder
    for path in folder.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(folder)


def _session(folder: Path) -> Path:
    path = folder / "atelier.sqlite"
    with SessionStore.create(path, title="Atelier Lyon") as store:
        store.add_participant("Ann Roy")
    return path


def _other_users_folder(base: Path, name: str) -> Path:
    folder = base / name
    folder.mkdir()
    folder.chmod(0o777)
    return folder


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


@pytest.fixture
def read_only_folder(base: Path) -> Path:
    folder = base / "sessions"
    folder.mkdir()
    path = _session(folder)
    path.chmod(0o644)
    folder.chmod(0o555)
    return path


@pytest.fixture
def read_only_file(base: Path) -> Path:
    folder = _other_users_folder(base, "sessions")
    path = _session(folder)
    path.chmod(0o444)
    return path


@pytest.mark.slow
@pytest.mark.parametrize("case", ["read_only_folder", "read_only_file"])
def test_read_only_commands_work_and_leave_nothing_behind(request, base, case):
    path: Path = request.getfixturevalue(case)
    before = _listing(path.parent)
    out = _other_users_folder(base, "out")
    info = _cli("info", str(path))
    assert info.returncode == 0 and info.stdout.startswith("Atelier Lyon\n"), info.stderr
    export = _cli("export", str(path), "--csv", str(out / "resultats.csv"))
    assert export.returncode == 0, export.stderr
    assert "Ann Roy" in (out / "resultats.csv").read_text(encoding="utf-8-sig")
    debrief = _cli("debrief", str(path), "--out", str(out / "debriefs"))
    assert debrief.returncode == 0, debrief.stderr
    copy = _cli("copy", str(path), str(out / "copie.sqlite"))
    assert copy.returncode == 0, copy.stderr
    with SessionStore.open(out / "copie.sqlite", read_only=True) as store:
        assert [p.name for p in store.participants()] == ["Ann Roy"]
    assert _listing(path.parent) == before  # no -wal, no -shm, no lock file


@pytest.mark.slow
@pytest.mark.parametrize(("case", "message"), [
    ("read_only_folder", "atelier.sqlite: the folder is read-only; the session can be read but not changed"),
    ("read_only_file", "atelier.sqlite is read-only; the session can be read but not changed"),
])
def test_a_change_is_refused_in_one_true_line(request, base, case, message):
    path: Path = request.getfixturevalue(case)
    before = _listing(path.parent)
    roster = _other_users_folder(base, "in") / "liste.csv"
    roster.write_text("nom\nBob Stone\n", encoding="utf-8")
    done = _cli("participants", "import", str(path), str(roster))
    assert (done.returncode, done.stderr) == (2, f"workshop-app: error: {message}\n")
    assert _listing(path.parent) == before


def test_the_refusal_is_typed(tmp_path, monkeypatch):
    from workshop_app.store.errors import SessionWriteError

    path = _session(tmp_path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if mode == os.W_OK and Path(p) == tmp_path
                        else real_access(p, mode, **kw))
    with pytest.raises(SessionWriteError) as caught:
        SessionStore.open(path)
    assert (caught.value.code, dict(caught.value.params)) == ("read_only_folder", {"file": "atelier.sqlite"})


"""Debriefs of people who are gone, older copies and killed runs' leftovers never stay in the
folder: a removed participant leaves no document behind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.report.conftest import BALANCED, finish, flat, pdf_pages
from workshop_app.report.batch import PRINT_PACK, SYNTHESIS, forget_participant, generate_documents


@pytest.fixture
def store(make_session):
    """Marie, Jean and Léa finished, in that order."""
    store = make_session()
    for name in ("Marie Dupont", "Jean Martin", "Léa Roux"):
        finish(store, store.add_participant(name), BALANCED)
    return store


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _pack_text(folder: Path) -> str:
    return flat(" ".join(pdf_pages(folder / PRINT_PACK)))


def _erase(store, name: str) -> None:
    store.remove_participant(next(p.id for p in store.participants() if p.name == name))


def test_a_run_removes_the_debriefs_of_people_gone_and_their_older_numbers(store, tmp_path):
    out = tmp_path / "out"
    generate_documents(store.path, out, workers=1)
    assert "01-marie-dupont.pdf" in _names(out) and "03-lea-roux.pdf" in _names(out)
    own = out / "01-budget.pdf"  # the trainer's own file, named like a debrief
    own.write_bytes(b"%PDF-1.4 not a debrief")
    _erase(store, "Marie Dupont")
    report = generate_documents(store.path, out, workers=1)
    assert _names(out) == ["01-budget.pdf", "01-jean-martin.pdf", "02-lea-roux.pdf", SYNTHESIS, PRINT_PACK]
    assert sorted(p.name for p in report.removed) == ["01-marie-dupont.pdf", "02-jean-martin.pdf",
                                                       "03-lea-roux.pdf"]
    assert "Marie Dupont" not in _pack_text(out)


def test_a_partial_run_removes_who_left_and_takes_their_pages_out_of_the_pack(store, tmp_path):
    out = tmp_path / "out"
    generate_documents(store.path, out, workers=1)
    synthesis = (out / SYNTHESIS).read_bytes()
    assert "Marie Dupont" in _pack_text(out)
    _erase(store, "Marie Dupont")
    generate_documents(store.path, out, participants=["Léa Roux"], workers=1)
    # Léa renumbered: one copy of her; Jean not asked for: his file stays as it was.
    assert _names(out) == ["02-jean-martin.pdf", "02-lea-roux.pdf", SYNTHESIS, PRINT_PACK]
    pack = _pack_text(out)
    assert "Marie Dupont" not in pack and "Jean Martin" in pack and "Léa Roux" in pack
    assert (out / SYNTHESIS).read_bytes() == synthesis


def test_erasure_removes_the_persons_debriefs_and_pages_at_once(store, tmp_path):
    out = tmp_path / "out"
    generate_documents(store.path, out, workers=1)
    pages_before = len(pdf_pages(out / PRINT_PACK))
    removed = forget_participant(out, "marie  DUPONT", store.settings.title)
    assert [p.name for p in removed] == ["01-marie-dupont.pdf"]
    assert "01-marie-dupont.pdf" not in _names(out)
    pack = _pack_text(out)
    assert "Marie Dupont" not in pack and "Jean Martin" in pack
    assert len(pdf_pages(out / PRINT_PACK)) < pages_before


def test_erasing_the_last_debrief_removes_the_pack(make_session, tmp_path):
    store = make_session()
    finish(store, store.add_participant("Marie Dupont"))
    generate_documents(store.path, tmp_path / "out", workers=1)
    forget_participant(tmp_path / "out", "Marie Dupont", "Atelier")
    assert _names(tmp_path / "out") == [SYNTHESIS]


def test_killed_runs_leftovers_are_removed_at_the_start_of_every_run(store, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                           text=True).stdout.strip()
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        killed = [out / f".01-marie-dupont.pdf.{ended}.tmp", out / f".print-pack.pdf.{ended}.tmp"]
        for path in killed:
            path.write_bytes(b"%PDF- Marie Dupont's answers")
        live = out / f".02-jean-martin.pdf.{running.pid}.tmp"  # another run, still writing
        live.write_bytes(b"%PDF-")
        own = out / ".notes.tmp"
        own.write_text("mine")
        generate_documents(store.path, out, participants=["Jean Martin"], workers=1)
        assert not any(p.exists() for p in killed)
        assert live.exists() and own.exists()
    finally:
        running.kill()
        running.wait()

"""Generating a session's documents into a folder: names, unfinished people, safe writing."""

from __future__ import annotations

import os
import re
import sys
import threading
from pathlib import Path

import pytest

from tests.report.conftest import BALANCED, finish, flat, pdf_pages
from workshop_app.report import batch
from workshop_app.report.batch import BatchError, generate_documents, name_slug


@pytest.fixture
def session(make_session):
    """Marie and Léa finished; Jean answered one statement; Paul has not started."""
    store = make_session()
    marie, jean, lea, _paul = (store.add_participant(n) for n in ("Marie Dupont", "Jean Martin", "Léa Roux",
                                                                   "Paul Petit"))
    finish(store, marie)
    finish(store, lea, BALANCED)
    store.record_answer(jean, "p01", 3)
    store.set_allocation(jean, "today", {"faire": 25, "analyser": 25, "commando": 25, "developper": 25})
    store.set_tension(jean, "focus", 4)
    return store.path


def test_writes_a_debrief_per_finished_participant_the_pack_and_the_synthesis(session, tmp_path):
    report = generate_documents(session, tmp_path / "out", workers=1)
    names = [p.name for p in report.written]
    # Numbers are positions in the roster, so Léa is 03 whoever else has finished.
    assert names == ["01-marie-dupont.pdf", "03-lea-roux.pdf", "group-synthesis.pdf", "print-pack.pdf"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(names)
    assert "Marie Dupont" in flat(pdf_pages(tmp_path / "out" / "01-marie-dupont.pdf")[0])
    assert report.failed == []


def test_lists_who_has_not_finished_and_why(session, tmp_path):
    report = generate_documents(session, tmp_path / "out", workers=1)
    assert [(u.name, u.reason("fr")) for u in report.unfinished] == [
        ("Jean Martin", "pratiques : 1 sur 24 ; répartition du temps : dans 12 mois à remplir ; tensions : 1 sur 3"
         .replace(" :", "\u202f:").replace(" ;", "\u202f;")),
        ("Paul Petit", "pas commencé"),
    ]
    english = generate_documents(session, tmp_path / "en", language="en", workers=1)
    assert english.unfinished[0].reason("en") == (
        "practices: 1 of 24 answered; time allocation: in 12 months missing; tensions: 1 of 3 answered")
    assert "Personal and confidential" in pdf_pages(tmp_path / "en" / "01-marie-dupont.pdf")[0]


def test_with_nobody_finished_only_the_synthesis_is_written(make_session, tmp_path):
    store = make_session()
    store.add_participant("Marie Dupont")
    report = generate_documents(store.path, tmp_path, workers=1)
    assert [p.name for p in report.written] == ["group-synthesis.pdf"]
    assert [u.name for u in report.unfinished] == ["Marie Dupont"]
    assert "trop petit" in flat(pdf_pages(tmp_path / "group-synthesis.pdf")[0])


def test_default_folder_is_beside_the_session(session):
    report = generate_documents(session, workers=1)
    assert report.folder == session.with_name("atelier-debriefs")
    assert (report.folder / "print-pack.pdf").is_file()


def test_chosen_participants_only(session, tmp_path):
    report = generate_documents(session, tmp_path, participants=["  léa   ROUX "], workers=1)
    assert [p.name for p in report.written] == ["03-lea-roux.pdf"]  # the group's pack and synthesis untouched
    assert report.unfinished == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"participants": ["Nobody Here"]}, "unknown participant: Nobody Here"),
        ({"language": "de"}, "unknown language 'de' (expected fr or en)"),
    ],
)
def test_refusals_are_one_line(session, tmp_path, kwargs, message):
    with pytest.raises(BatchError, match=re.escape(message)):
        generate_documents(session, tmp_path, workers=1, **kwargs)
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_missing_or_foreign_session_is_refused(tmp_path):
    with pytest.raises(BatchError, match="no such session file"):
        generate_documents(tmp_path / "nope.sqlite", tmp_path)
    foreign = tmp_path / "notes.sqlite"
    foreign.write_text("not a database")
    with pytest.raises(BatchError):
        generate_documents(foreign, tmp_path)


def test_an_unwritable_folder_is_refused(session, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    with pytest.raises(BatchError, match="cannot write to"):
        generate_documents(session, blocker / "out", workers=1)


def test_a_file_that_cannot_be_replaced_is_reported_and_the_rest_written(session, tmp_path, monkeypatch):
    real_replace = os.replace

    def replace(src, dst):
        if Path(dst).name == "print-pack.pdf":
            raise PermissionError(13, "Permission denied")  # what Windows says when a viewer holds it
        real_replace(src, dst)

    monkeypatch.setattr(batch.os, "replace", replace)
    (tmp_path / "print-pack.pdf").write_bytes(b"the old pack, open in a viewer")
    report = generate_documents(session, tmp_path, workers=1)
    assert report.failed == [(tmp_path / "print-pack.pdf",
                              "the file is open in another program: close it and run again")]
    assert (tmp_path / "print-pack.pdf").read_bytes() == b"the old pack, open in a viewer"
    assert (tmp_path / "01-marie-dupont.pdf").is_file()
    # No temporary left (the open session's lock file aside).
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".") and p.suffix != ".lock") == []


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parallel rendering is Linux only")
def test_parallel_rendering_gives_the_same_files(make_session, tmp_path, monkeypatch):
    if threading.active_count() > 1:
        pytest.skip("a threaded process renders in series (forking it is unsafe)")
    store = make_session()
    for i in range(6):
        finish(store, store.add_participant(f"Manager {i}"), BALANCED)
    one = generate_documents(store.path, tmp_path / "one", workers=1)
    pools = []

    class Pool(batch.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            pools.append(kwargs["max_workers"])

    monkeypatch.setattr(batch, "ProcessPoolExecutor", Pool)
    two = generate_documents(store.path, tmp_path / "two", workers=2)
    assert pools == [2]  # the documents were rendered in two processes
    assert [p.name for p in one.written] == [p.name for p in two.written]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(one.written, two.written))


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Zoë O'Brien", "zoe-o-brien"),
        ("Dupont & Fils <b>", "dupont-fils-b"),
        ("  Marie-Claire   DUPONT ", "marie-claire-dupont"),
        ("محمد عبد الله", "محمد-عبد-الله"),
        ("😀", "participant"),
        ("a" * 100, "a" * 60),
    ],
)
def test_name_slug(name, slug):
    assert name_slug(name) == slug


def test_a_run_reads_back_none_of_the_debriefs_it_has_just_written(session, tmp_path, monkeypatch):
    """Tidying after a run opens only the debriefs it did not write (someone who left)."""
    from workshop_app.report import debrief_files

    first = generate_documents(session, tmp_path / "out", workers=1)
    stale = tmp_path / "out" / "99-ancien-participant.pdf"
    stale.write_bytes(first.written[0].read_bytes())  # someone's debrief under another number
    read = []
    owner = debrief_files._owner
    monkeypatch.setattr(debrief_files, "_owner", lambda path: read.append(path.name) or owner(path))
    report = generate_documents(session, tmp_path / "out", workers=1)
    assert read == [stale.name]
    assert report.removed == [stale] and not stale.exists()


def test_the_debrief_command_does_not_load_the_pdf_reader():
    import subprocess

    code = "import sys, workshop_app.cli, workshop_app.report.batch; print('pypdf' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"

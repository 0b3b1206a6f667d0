"""`workshop-app debrief`: prints the files written and who got none; one-line errors, status 2."""

from __future__ import annotations

import os

import pytest

from tests.report.conftest import finish
from workshop_app.cli import main
from workshop_app.report import batch


def test_writes_the_documents_and_prints_their_paths(make_session, tmp_path, capsys):
    store = make_session()
    finish(store, store.add_participant("Marie Dupont"))
    store.add_participant("Jean Martin")
    out = tmp_path / "new" / "folder"
    assert main(["debrief", str(store.path), "--out", str(out), "--lang", "en"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed == [str(out / "01-marie-dupont.pdf"), str(out / "group-synthesis.pdf"),
                       str(out / "print-pack.pdf"), "no debrief for Jean Martin: not started"]
    assert all((out / name).is_file() for name in ("01-marie-dupont.pdf", "group-synthesis.pdf", "print-pack.pdf"))


def test_one_participant(make_session, tmp_path, capsys):
    store = make_session()
    for name in ("Marie Dupont", "Léa Roux"):
        finish(store, store.add_participant(name))
    assert main(["debrief", str(store.path), "--out", str(tmp_path), "--participant", "Léa Roux"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == str(tmp_path / "02-lea-roux.pdf")


def test_a_participant_is_found_as_the_store_tells_names_apart(make_session, tmp_path, capsys):
    store = make_session()
    finish(store, store.add_participant("Léa N’Diaye"))
    # Typed without the accent, in capitals, with a straight apostrophe: the same person.
    assert main(["debrief", str(store.path), "--out", str(tmp_path), "--participant", "LEA N'DIAYE"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == str(tmp_path / "01-lea-n-diaye.pdf")


def test_unknown_participant_bad_session_and_unwritable_folder_exit_2(make_session, tmp_path, capsys):
    store = make_session()
    finish(store, store.add_participant("Marie Dupont"))
    assert main(["debrief", str(store.path), "--participant", "Nobody"]) == 2
    assert capsys.readouterr().err == "workshop-app: error: unknown participant: Nobody\n"
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a session")
    assert main(["debrief", str(junk)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    assert main(["debrief", str(store.path), "--out", str(blocker / "out")]) == 2
    assert capsys.readouterr().err.startswith(f"workshop-app: error: cannot write to {blocker / 'out'}")


def test_a_document_that_cannot_be_replaced_is_said_on_stderr_with_status_1(make_session, tmp_path, capsys,
                                                                             monkeypatch):
    store = make_session()
    finish(store, store.add_participant("Marie Dupont"))
    real_replace = os.replace

    def replace(src, dst):
        if os.path.basename(dst) == "print-pack.pdf":
            raise PermissionError(13, "Permission denied")  # what Windows says when a viewer holds it
        real_replace(src, dst)

    monkeypatch.setattr(batch.os, "replace", replace)
    assert main(["debrief", str(store.path), "--out", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [str(tmp_path / "01-marie-dupont.pdf"), str(tmp_path / "group-synthesis.pdf")]
    assert err == (f"workshop-app: {tmp_path / 'print-pack.pdf'} not written: "
                   "the file is open in another program: close it and run again\n")


def test_json_tells_each_document_rendered_then_the_report(make_session, tmp_path, capsys):
    import json

    store = make_session()
    finish(store, store.add_participant("Marie Dupont"))
    finish(store, store.add_participant("Léa Roux"))
    store.add_participant("Jean Martin")
    out = tmp_path / "out"
    assert main(["debrief", str(store.path), "--out", str(out), "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    # Two debriefs and the synthesis rendered, one line each; then the report.
    assert lines[:3] == [{"rendered": 1, "of": 3}, {"rendered": 2, "of": 3}, {"rendered": 3, "of": 3}]
    report = batch.BatchReport.from_json(lines[3])
    assert len(lines) == 4
    assert report.folder == out
    assert [p.name for p in report.written] == ["01-marie-dupont.pdf", "02-lea-roux.pdf", "group-synthesis.pdf",
                                                "print-pack.pdf"]
    assert [(u.name, u.reason("fr"), u.reason("en")) for u in report.unfinished] == [
        ("Jean Martin", "pas commencé", "not started")]
    assert report.failed == []


@pytest.mark.skipif(not hasattr(os, "nice"), reason="Windows: the 'below normal' class, through the system's call")
def test_background_lowers_the_batch_priority_below_the_windows():
    import subprocess
    import sys

    code = "import os; from workshop_app.cli import lower_priority; before = os.nice(0); lower_priority(); " \
           "print(os.nice(0) - before)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "10"

"""`workshop-app debrief`: prints the files written and who got none; one-line errors, status 2."""

from __future__ import annotations

import os

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

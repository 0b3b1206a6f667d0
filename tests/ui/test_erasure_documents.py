"""Removing a participant in the console erases their debriefs and their print-pack pages at once."""

from __future__ import annotations

from tests.report.conftest import BALANCED, finish, flat, pdf_pages
from workshop_app.report.batch import PRINT_PACK, default_folder, generate_documents
from workshop_app.store import SessionStore
from workshop_app.ui.live_session import LiveSession


def test_removing_a_participant_removes_their_debrief_and_pack_pages(tmp_path, qapp):
    live = LiveSession(SessionStore.create(tmp_path / "atelier.sqlite", title="Atelier"))
    try:
        ids = [live.add_participant(name) for name in ("Marie Dupont", "Jean Martin", "Léa Roux")]
        for pid in ids:
            finish(live.store, pid, BALANCED)
        generate_documents(live.store.path, workers=1)
        folder = default_folder(live.store.path)
        assert (folder / "01-marie-dupont.pdf").exists()
        live.remove_participant(ids[0])
        assert sorted(p.name for p in folder.glob("*.pdf")) == [
            "02-jean-martin.pdf", "03-lea-roux.pdf", "group-synthesis.pdf", PRINT_PACK]
        pack = flat(" ".join(pdf_pages(folder / PRINT_PACK)))
        assert "Marie Dupont" not in pack and "Jean Martin" in pack and "Léa Roux" in pack
    finally:
        live.close()

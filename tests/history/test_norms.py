"""Norms: a debrief may show where a manager's scores sit among the client's managers in the
history, from 30 of them, when its session asks for it (off by default)."""

from __future__ import annotations

from tests.report.conftest import flat, pdf_pages
from workshop_app.history import build_history
from workshop_app.history.norms import HISTORY_NAME, Norms, norms_for
from workshop_app.model.numbers import rounded
from workshop_app.report.batch import generate_documents
from workshop_app.store import SessionStore
from workshop_app.store.demo import create_demo_session

CLIENT = "Atlantique Distribution"  # the French demo's client


def test_share_below_counts_an_equal_score_for_half():
    norms = Norms(CLIENT, 4, {c: (10.0, 20.0, 20.0, 40.0) for c in ("faire", "analyser", "commando", "developper")})
    assert norms.share_below("faire", 20.0) == (1 + 2 / 2) / 4  # one below, two equal
    assert norms.share_below("faire", 50.0) == 1.0 and norms.share_below("faire", 5.0) == 0.0


def _session(folder, show_norms: bool):
    path = folder / "new.sqlite"
    with SessionStore.create(path, title="Nouvelle promo", client=CLIENT, date="2026-10-01") as store:
        store.update_settings(show_norms=show_norms)
        pid = store.add_participant("Marie Dupont")
        for item in store.instrument.items:  # faire 100, analyser 75, commando 50, developper 0
            store.record_answer(pid, item.id, {"faire": 5, "analyser": 4, "commando": 3, "developper": 1}[item.territory])
        even = {"faire": 25, "analyser": 25, "commando": 25, "developper": 25}
        store.set_allocation(pid, "today", even)
        store.set_allocation(pid, "ideal", even)
        for t in store.instrument.tension_ids:
            store.set_tension(pid, t, 4)
        return path, store.session_uid


def test_the_debrief_shows_the_norms_from_thirty_managers_when_asked(tmp_path):
    folder = tmp_path / "sessions"
    create_demo_session(folder, 15, seed=1)
    create_demo_session(folder, 14, seed=2)
    path, uid = _session(folder, show_norms=True)
    build_history([folder], folder / HISTORY_NAME)
    assert norms_for(folder / HISTORY_NAME, CLIENT, uid) is None  # 29 managers, she is left out
    create_demo_session(folder, 1, seed=3)
    build_history([folder], folder / HISTORY_NAME)
    norms = norms_for(folder / HISTORY_NAME, CLIENT, uid)
    assert norms is not None and norms.n == 30
    text = flat(" ".join(pdf_pages(generate_documents(path, tmp_path / "out", workers=1).written[0])))
    assert "Parmi les 30 managers de Atlantique Distribution dans l’historique" in text
    share = rounded(100 * norms.share_below("developper", 0.0))
    assert f"Développer : votre score dépasse celui de {share} % d’entre eux." in text
    with SessionStore.open(path) as store:
        store.update_settings(show_norms=False)
    text = flat(" ".join(pdf_pages(generate_documents(path, tmp_path / "off", workers=1).written[0])))
    assert "Parmi les" not in text

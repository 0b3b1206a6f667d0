"""The anonymous group synthesis: never a name; too small a group shows nothing but the count."""

from __future__ import annotations

from tests.report.conftest import BALANCED, FIREFIGHTER, finish, flat, pdf_pages
from workshop_app.report.batch import snapshot
from workshop_app.report.synthesis import render_synthesis

NAMES = ["Marie Dupont", "Jean Martin", "Léa Roux", "Paul Petit"]


def synthesis_text(store, language=None) -> list[str]:
    return pdf_pages(render_synthesis(snapshot(store, language).synthesis()))


def test_two_finished_participants_are_too_few(make_session):
    store = make_session(client="Acme", trainer="Claire Vasseur")
    ids = [store.add_participant(n) for n in NAMES]
    finish(store, ids[0])
    finish(store, ids[1], BALANCED)
    pages = synthesis_text(store)
    text = flat(" ".join(pages))
    assert len(pages) == 1
    assert "Le groupe est trop petit pour une synthèse anonyme" in text
    assert "2 ont terminé, sur 4 inscrits" in text
    for hidden in ("La carte du groupe", "Les quatre territoires", "Territoires majeurs", "Les trois tensions"):
        assert hidden not in text
    assert not any(n.split()[0] in text or n.split()[1] in text for n in NAMES)


def test_a_group_of_three_gets_the_whole_synthesis_without_a_name(make_session):
    store = make_session(client="Acme", trainer="Claire Vasseur")
    ids = [store.add_participant(n) for n in NAMES]
    finish(store, ids[0], FIREFIGHTER)
    finish(store, ids[1], BALANCED)
    finish(store, ids[2], BALANCED)
    store.record_answer(ids[3], "p01", 4)  # started, not finished: not in the figures
    text = flat(" ".join(synthesis_text(store)))
    assert "3 ont terminé, sur 4 inscrits" in text
    for heading in ("La carte du groupe", "Territoires majeurs", "Les quatre territoires",
                    "Le temps du groupe, aujourd’hui et dans 12 mois", "Les trois tensions"):
        assert heading in text
    # Means over the three: faire (100 + 50 + 50) / 3 = 66.7 -> "67"; commando (0 + 50 + 50) / 3 -> "33".
    assert "Faire 67" in text and "Commando 33" in text
    assert not any(part in text for n in NAMES for part in n.split())
    assert "Anonymous" not in text and "Synthèse anonyme" in text


def test_english_synthesis(make_session):
    store = make_session(client="Acme", trainer="Claire Vasseur")
    for n in NAMES[:3]:
        finish(store, store.add_participant(n))
    text = flat(" ".join(synthesis_text(store, "en")))
    assert "GROUP SYNTHESIS" in text and "3 finished, of 3 invited" in text and "The group’s map" in text

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


def _group(store, n, team=None, **answers):
    start = len(store.participants())
    ids = [store.add_participant(f"Personne {start + i}", team=team) for i in range(n)]
    for pid in ids:
        finish(store, pid, **answers)
    return ids


def test_the_lead_line_is_true_and_individual_points_appear_from_five(make_session):
    store = make_session()
    _group(store, 4)
    text = flat(" ".join(synthesis_text(store)))
    assert "aucun nom, et aucun résultat individuel en dessous de 5 personnes" in text
    assert "Les points individuels apparaissent à partir de 5 participants ayant terminé" in text
    assert "Dispersion du groupe" in text and "Un point par participant" not in text
    _group(store, 1)
    text = flat(" ".join(synthesis_text(store)))
    assert "Un point par participant" in text and "Les points individuels apparaissent" not in text


def test_the_mean_allocation_adds_up_to_100_as_printed(make_session):
    store = make_session()
    # Today: 34/33/33/0, 33/34/33/0, 33/33/34/0 -> means 33.33 each, 0: plain rounding prints 33+33+33+0 = 99.
    for today in ({"faire": 34, "analyser": 33, "commando": 33, "developper": 0},
                  {"faire": 33, "analyser": 34, "commando": 33, "developper": 0},
                  {"faire": 33, "analyser": 33, "commando": 34, "developper": 0}):
        finish(store, store.add_participant(f"P{today['faire']}{today['analyser']}"), today=today,
               ideal={"faire": 25, "analyser": 25, "commando": 25, "developper": 25})
    text = flat(" ".join(synthesis_text(store)))
    # Largest remainder: floors 33/33/33/0 = 99, the spare point to the first of the equal remainders.
    assert "Faire 34 25 −9 Analyser 33 25 −8 Commando 33 25 −8 Développer 0 25 +25" in text
    assert "Le déplacement souhaité par le groupe : Faire −9, Analyser −8, Commando −8 et Développer +25." in text


def test_three_findings_three_levers_from_the_group(make_session):
    store = make_session()
    ids = _group(store, 6)  # FIREFIGHTER: commando 0 and developper 25 under-used for all six
    store.set_commitments(ids[0], "developper", ["Un entretien par mois"])
    store.set_commitments(ids[1], "developper", ["Déléguer un compte"])
    text = flat(" ".join(synthesis_text(store)))
    assert "Trois constats, trois leviers pour le management commercial" in text
    assert "Commando et Développer sont en retrait chez 6 managers sur 6 chacun." in text
    assert "Seuls 2 managers sur 6 ont écrit un engagement." in text
    # Commando scored 0 with 20 % of the time today: a mismatch for all six.
    assert "Chez 6 managers sur 6, pratiques et temps ne disent pas la même chose" in text
    assert "Engagements par territoire" in text and "2 sur 6 ont écrit un engagement" in text
    assert "Faire 6 Analyser 0 Commando 0 Développer 0" in text  # clear majors
    assert "Sans majeure nette : 0." in text


def test_a_team_breakdown_only_for_teams_of_five(make_session):
    store = make_session()
    _group(store, 5, team="Nord")
    _group(store, 4, team="Sud", practices=BALANCED)
    text = flat(" ".join(synthesis_text(store)))
    assert "Par équipe" in text and "Nord (5)" in text
    assert "Sud" not in text

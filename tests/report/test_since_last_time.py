"""The "Since last time" page of a follow-up debrief, for a hand-made pair of sessions."""

from __future__ import annotations

import pytest

from tests.report.conftest import flat, pdf_pages
from workshop_app.model.progress import progress_of
from workshop_app.report.batch import generate_documents, read_session
from workshop_app.report.since_last_time import _texts, change_sentences
from workshop_app.store import SessionStore

BEFORE = {"faire": [5] * 6, "analyser": [4] * 6, "commando": [3] * 6, "developper": [1] * 6}
# faire 75, analyser 75, commando 19/6 -> 54.17 (+4.17: noise), developper 2.5 -> 37.5 (+37.5)
AFTER = {"faire": [4] * 6, "analyser": [4] * 6, "commando": [3, 3, 3, 3, 3, 4], "developper": [2, 2, 2, 3, 3, 3]}
EVEN = {"faire": 25, "analyser": 25, "commando": 25, "developper": 25}


def _answer(store: SessionStore, pid: int, practices, today, ideal) -> None:
    for code, values in practices.items():
        for item, value in zip(store.instrument.items_of(code), values, strict=True):
            store.record_answer(pid, item.id, value)
    store.set_allocation(pid, "today", today)
    store.set_allocation(pid, "ideal", ideal)
    for tension in store.instrument.tension_ids:
        store.set_tension(pid, tension, 4)


@pytest.fixture
def pair(tmp_path):
    """Marie and Paul in March; the follow-up in June, answered again by both."""
    first = tmp_path / "mars.sqlite"
    with SessionStore.create(first, title="Manager l’équilibre", date="2026-03-12", language="fr") as store:
        marie, paul = store.import_participants([("Marie Dupont",), ("Paul Martin",)])
        _answer(store, marie, BEFORE, {"faire": 40, "analyser": 30, "commando": 20, "developper": 10}, EVEN)
        store.set_commitments(marie, "developper", ["Un entretien de développement par mois"])
        _answer(store, paul, BEFORE, EVEN, EVEN)
        second = tmp_path / "juin.sqlite"
        store.follow_up(second, date="2026-06-18").close()
    with SessionStore.open(second) as store:
        marie, paul = (p.id for p in store.participants())
        _answer(store, marie, AFTER, {"faire": 30, "analyser": 30, "commando": 20, "developper": 20}, EVEN)
        _answer(store, paul, BEFORE, EVEN, EVEN)
    return first, second


def test_the_follow_up_debrief_has_the_page_with_the_hand_computed_changes(pair, tmp_path):
    _, second = pair
    report = generate_documents(second, tmp_path / "out", workers=1)
    pages = pdf_pages(next(p for p in report.written if "marie" in p.name))
    (page,) = [flat(t) for t in pages if "Depuis la dernière fois" in t]
    assert "Votre session du 12 mars 2026 et celle du 18 juin 2026, à 98 jours d’intervalle." in page
    # Scores: then, now, change.
    assert "Développer 0 38 +38" in page and "Faire 100 75 −25" in page and "Commando 50 54 +4" in page
    assert "Indice d’équilibre 26 69 +43" in page  # 26.05 -> 68.54
    # Time: then, now, change, wished last time.
    assert "Faire 40 30 −10 25" in page and "Développer 10 20 +10 25" in page
    assert "Votre score Développer passe de 0 à 38 (+38 points)." in page
    assert "Vous consacrez 30 points de votre temps à Faire, contre 40 la dernière fois (−10)." in page
    assert "20 points étaient à déplacer la dernière fois, 10 aujourd’hui" in page
    assert "Analyser et Commando : moins de 10 points d’écart sur le score" in page
    assert "Un entretien de développement par mois" in page
    assert "Score Développer : 0 la dernière fois, 38 aujourd’hui." in page
    assert "pas ce qu’un observateur aurait vu" in page


def test_a_stable_manager_is_told_nothing_changed_beyond_the_noise(pair):
    first, second = pair
    now = read_session(second)
    paul = now.results[1]
    sentences = change_sentences(progress_of(now.earlier[paul.participant_id].result, paul),
                                 {"faire": "Faire", "analyser": "Analyser", "commando": "Commando",
                                  "developper": "Développer"}, "fr")
    assert sentences[0].startswith("Aucun écart ne dépasse ce que l’échelle distingue")
    assert "Vous n’aviez pas noté d’engagement" in flat(" ".join(pdf_pages(_paul_pdf(second))))


def _paul_pdf(second):
    report = generate_documents(second, second.parent / "out-paul", participants=["Paul Martin"], workers=1)
    return report.written[0]


def test_a_first_session_and_a_follow_up_without_its_earlier_file_have_no_such_page(pair, tmp_path):
    first, second = pair
    for session in (first,):
        text = " ".join(pdf_pages(generate_documents(session, tmp_path / "a", workers=1).written[0]))
        assert "Depuis la dernière fois" not in text
    alone = tmp_path / "alone"
    alone.mkdir()
    moved = second.rename(alone / second.name)
    text = " ".join(pdf_pages(generate_documents(moved, tmp_path / "b", workers=1).written[0]))
    assert "Depuis la dernière fois" not in text


def test_the_english_page(pair, tmp_path):
    _, second = pair
    report = generate_documents(second, tmp_path / "en", language="en", participants=["Marie Dupont"], workers=1)
    text = flat(" ".join(pdf_pages(report.written[0])))
    assert "Since last time" in text and "Your Develop people score goes from 0 to 38 (+38 points)." in text


def test_both_languages_have_the_same_texts():
    texts = _texts()
    assert set(texts["fr"]) == set(texts["en"])

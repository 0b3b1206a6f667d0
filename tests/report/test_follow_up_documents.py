"""A follow-up's group synthesis (the cohort's movement, anonymous under the minimum sizes) and
the evaluation sheet (PDF and CSV), for hand-made pairs of sessions."""

from __future__ import annotations

import csv

import pytest

from tests.report.conftest import flat, pdf_pages
from tests.report.test_since_last_time import AFTER, BEFORE, EVEN, _answer, pair  # noqa: F401 - a fixture
from workshop_app.cli import main
from workshop_app.report.batch import SYNTHESIS, generate_documents, read_session
from workshop_app.store import SessionStore

NAMES = ["Marie Dupont", "Paul Martin", "Inès Haddad", "Karim Benali", "Sophie Marchand"]


def _cohort(tmp_path, committed: int, answering: int = 5):
    """Five managers answering BEFORE in March, the first `committed` committing to Développer;
    in June the first three answer AFTER (Développer 0 -> 38), the other two BEFORE again."""
    first, second = tmp_path / "mars.sqlite", tmp_path / "juin.sqlite"
    with SessionStore.create(first, title="Promo Ouest", date="2026-03-12") as store:
        ids = store.import_participants([(n,) for n in NAMES])
        for i, pid in enumerate(ids):
            _answer(store, pid, BEFORE, EVEN, EVEN)
            if i < committed:
                store.set_commitments(pid, "developper", ["Un entretien de développement par mois"])
        store.follow_up(second, date="2026-06-18").close()
    with SessionStore.open(second) as store:
        for i, p in enumerate(store.participants()[:answering]):
            _answer(store, p.id, AFTER if i < 3 else BEFORE, EVEN, EVEN)
    return second


def test_the_cohort_movement_of_five_managers(tmp_path):
    second = _cohort(tmp_path, committed=5)
    cohort = read_session(second).synthesis().cohort
    # Centre then: all five at (-0.625, -0.375); now: three at (-0.291667, -0.083333), two as before:
    # x = (3 × -0.291667 + 2 × -0.625) / 5 = -0.425, y = (3 × -0.083333 + 2 × -0.375) / 5 = -0.2.
    assert cohort.n == 5 and (cohort.committed, cohort.moved_towards) == (5, 3)
    assert cohort.centroid_before == pytest.approx((-0.625, -0.375))
    assert cohort.centroid_after == pytest.approx((-0.425, -0.2), abs=1e-6)
    report = generate_documents(second, tmp_path / "out", workers=1)
    text = flat(" ".join(pdf_pages(next(p for p in report.written if p.name == SYNTHESIS))))
    assert "Le groupe depuis la dernière fois" in text
    assert "5 managers ont terminé les deux sessions" in text
    assert "Sur les 5 qui s’étaient engagés sur un territoire, 3 s’en sont nettement rapprochés." in text


def test_the_count_of_those_who_moved_needs_three_committed(tmp_path):
    second = _cohort(tmp_path, committed=2)
    text = flat(" ".join(pdf_pages(next(p for p in generate_documents(second, tmp_path / "o", workers=1).written
                                        if p.name == SYNTHESIS))))
    assert "n’est montré qu’à partir de 3 managers engagés" in text and "Sur les 2" not in text


def test_no_cohort_movement_under_five_managers(tmp_path):
    second = _cohort(tmp_path, committed=5, answering=4)
    text = flat(" ".join(pdf_pages(next(p for p in generate_documents(second, tmp_path / "o", workers=1).written
                                        if p.name == SYNTHESIS))))
    assert "Le mouvement du groupe est montré à partir de 5 managers ayant terminé les deux sessions (4 ici)" in text
    assert "s’en sont nettement rapprochés" not in text


def test_a_first_session_synthesis_has_no_cohort_section(pair, tmp_path):
    first, _ = pair
    assert read_session(first).synthesis().follow_up is False


def test_the_evaluation_sheet_csv_and_pdf(pair, tmp_path, capsys):
    _, second = pair
    assert main(["evaluation", str(second), "--out", str(tmp_path / "eval")]) == 0
    with open(tmp_path / "eval" / "evaluation-sheet.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    marie = rows[0]
    assert (marie["name"], marie["initial_date"], marie["follow_up_date"]) == ("Marie Dupont", "2026-03-12", "2026-06-18")
    assert [marie[f"initial_score_{c}"] for c in ("faire", "analyser", "commando", "developper")] == ["100", "75", "50", "0"]
    assert [marie[f"follow_up_score_{c}"] for c in ("faire", "analyser", "commando", "developper")] == ["75", "75", "54", "38"]
    assert (marie["initial_balance_index"], marie["follow_up_balance_index"]) == ("26", "69")
    assert (marie["commitment_territory"], marie["commitment_actions"]) == (
        "developper", "Un entretien de développement par mois")
    assert marie["clear_changes"].startswith("Votre indice d’équilibre passe de 26 à 69 (+43).")
    assert "Analyser et Commando" in marie["within_noise"]
    assert rows[1]["clear_changes"].startswith("Aucun écart ne dépasse")
    text = flat(" ".join(pdf_pages(tmp_path / "eval" / "evaluation-sheet.pdf")))
    assert "Fiche d’évaluation" in text and "autoévaluations" in text and "pas une observation" in text
    assert "Positionnement initial (12 mars 2026) : majeure Faire, indice d’équilibre 26" in text
    assert "Au suivi (18 juin 2026) : majeure Faire + Analyser, indice d’équilibre 69" in text


def test_the_evaluation_sheet_of_a_first_session_says_there_is_no_follow_up_yet(pair, tmp_path):
    first, _ = pair
    assert main(["evaluation", str(first), "--out", str(tmp_path / "e"), "--lang", "en"]) == 0
    text = flat(" ".join(pdf_pages(tmp_path / "e" / "evaluation-sheet.pdf")))
    assert "Evaluation sheet" in text and "No follow-up session yet." in text

"""The personal debrief, read back from the PDF: pages, names, scores, headings, text safety."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from io import BytesIO

import pytest
from PIL import Image
from pypdf import PdfReader

from tests.report.conftest import BALANCED, FIREFIGHTER, finish, flat, pdf_pages
from workshop_app.report.batch import snapshot
from workshop_app.report.debrief import render_debrief
from workshop_app.report.layout import MARGIN_BOTTOM, MARGIN_TOP, PAGE_H


def debrief_of(store, pid, language=None) -> list[str]:
    session = snapshot(store, language)
    result = next(r for r in session.results if r.participant_id == pid)
    return pdf_pages(render_debrief(session.debrief(result)))


@pytest.fixture
def firefighter(make_session):
    """A session of three: the reader (faire 100, analyser 50, commando 0, developper 25) and two others."""
    store = make_session()
    pid = store.add_participant("Marie-Claire Dupont")
    for name in ("Jean Martin", "Léa Roux"):
        finish(store, store.add_participant(name), BALANCED)
    finish(store, pid)
    return store, pid


def test_three_or_four_pages_with_the_footer_on_every_page(firefighter):
    pages = debrief_of(*firefighter)
    assert 3 <= len(pages) <= 4
    for number, page in enumerate(pages, 1):
        assert "Personnel et confidentiel · Marie-Claire Dupont" in flat(page)
        assert f"page {number} / {len(pages)}" in flat(page)


def test_cover_names_the_session_and_the_person(firefighter):
    first = flat(debrief_of(*firefighter)[0])
    for expected in ("RESTITUTION PERSONNELLE", "Atelier équilibre", "Marie-Claire Dupont", "Dupont & Fils",
                     "27 novembre 2026", "Lyon", "Animé par Claire Martin"):
        assert expected in first


def test_scores_balance_index_and_major(firefighter):
    pages = debrief_of(*firefighter)
    first, text = flat(pages[0]), flat(" ".join(pages))
    # Scores 100, 50, 0, 25: mean 43.75, sigma 36.98, index 100 x (1 - 36.98 / 50) = 26.
    assert "Faire 100 Analyser 50 Commando 0 Développer 25" in text
    assert "Indice d’équilibre 26" in first
    # Faire 100 leads Analyser 50 by 50 points.
    assert "Votre majeure est Faire, avec 50 points d’avance" in first
    # Clearly under-used: at least 15 below the mean of 43.75 or below 40 -> commando (0), developper (25).
    assert "Nettement en retrait : Commando et Développer." in first


def test_half_scores_round_up_as_a_reader_expects(make_session):
    store = make_session()
    pid = store.add_participant("Paul Lemaire")
    finish(store, pid)
    # Developper answered 1, 2, 1, 2, 1, 2: mean 1.5, score (1.5 - 1) / 4 x 100 = 12.5, shown 13 (not 12).
    for item, value in zip(store.instrument.items_of("developper"), [1, 2] * 3, strict=True):
        store.record_answer(pid, item.id, value)
    assert "Développer 13" in flat(" ".join(debrief_of(store, pid)))


def test_priority_moves_follow_the_wish_and_the_major_gets_its_own(firefighter):
    text = flat(" ".join(debrief_of(*firefighter)))
    # Today 40/30/20/10, ideal 25/25/20/30: the wish is +20 on Développer, which becomes the priority
    # although Commando (0) scores lower.
    assert "Votre priorité pour les trois prochains mois : Développer." in text
    assert text.count("Trois actions à essayer le mois prochain") == 1
    assert "Planifiez 45 minutes d’entretien" in text  # developper's moves
    assert "Passez une journée terrain avec chaque commercial" not in text  # commando: one line only
    assert "Commando (0) : en retrait, il viendra après votre priorité" in text
    # The Faire major's own move: have it done rather than do it.
    assert "Pour votre majeure, Faire Faire faire plutôt que faire" in text
    assert "« que proposes-tu ? »" in text


def test_the_field_visit_question_agrees_with_every_reader(firefighter):
    text = flat(" ".join(debrief_of(*firefighter)))
    assert "« Cette visite, je la fais pour mon commercial ou pour son client ? »" in text
    assert "Suis-je allé" not in text
    english = flat(" ".join(debrief_of(*firefighter, language="en")))
    assert "“This visit: am I making it for my rep, or for their customer?”" in english


def test_time_tensions_and_ruled_lines_when_no_commitment(firefighter):
    text = flat(" ".join(debrief_of(*firefighter)))
    assert "Votre temps, aujourd’hui et dans 12 mois" in text
    # Today 40/30/20/10, ideal 25/25/20/30: the biggest wanted shift is +20 towards Développer.
    assert ("Le plus grand déplacement que vous souhaitez : 20 points vers Développer. Ils viennent de "
            "Faire (−15) et Analyser (−5).") in text
    assert "Vos trois tensions" in text and "Le mois, le cycle commercial" in text
    assert "À écrire à la main, après l’échange en groupe." in text


def test_english_headings(firefighter):
    text = flat(" ".join(debrief_of(*firefighter, language="en")))
    for expected in ("PERSONAL DEBRIEF", "Your balance", "Balance index 26", "Your major is Hands-on",
                     "Territory by territory", "YOUR READING", "Your priorities",
                     "Your time, today and in 12 months", "Your three tensions", "Your commitments",
                     "Personal and confidential · Marie-Claire Dupont", "27 November 2026"):
        assert expected in text


def test_commitments_and_note_as_written(firefighter):
    store, pid = firefighter
    store.set_commitments(pid, "developper", ["Un entretien & un suivi <b>par mois</b>", "", "Déléguer le compte Arès"])
    store.set_note(pid, "Très belle énergie.\nPensez à la relève.")
    text = flat(" ".join(debrief_of(store, pid)))
    assert "Le territoire que je vais travailler Développer" in text
    assert "1 Un entretien & un suivi <b>par mois</b> 2 Déléguer le compte Arès" in text
    assert "LE MOT DE VOTRE ANIMATEUR Très belle énergie. Pensez à la relève." in text
    assert "À écrire à la main" not in text


HOSTILE = [
    "Dupont & Fils <b>",
    "O'Brien",
    "Zoé 😀 Martin",
    ("Marie-Claire Dupont-Ørsted " * 8)[:200],  # the longest name the store takes
    "A" * 120,  # one word longer than a line
]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_render_as_typed(make_session, name):
    store = make_session()
    pid = store.add_participant(name)
    finish(store, pid)
    pages = debrief_of(store, pid)
    assert 3 <= len(pages) <= 4
    # Long names wrap, so compare without the line breaks; the emoji copies out as typed.
    cover = "".join(pages[0].split())
    assert "".join(name.split()) in cover


def test_an_arabic_name_is_drawn_right_to_left(make_session):
    store = make_session()
    pid = store.add_participant("محمد عبد الله")
    finish(store, pid)
    cover = unicodedata.normalize("NFKC", debrief_of(store, pid)[0])
    # Drawn joined and in visual order; extraction gives each word back in reading order.
    assert all(word in cover for word in ("محمد", "عبد", "الله"))


def test_a_markup_name_is_not_interpreted(make_session):
    store = make_session()
    pid = store.add_participant("Dupont & Fils <b>")
    finish(store, pid)
    assert "Dupont & Fils <b>" in flat(debrief_of(store, pid)[0])


def test_short_form_debrief_is_built_from_the_allocation_and_says_so(make_session):
    store = make_session(form="short")
    pid = store.add_participant("Paul Petit")
    finish(store, pid, practices=None)
    pages = debrief_of(store, pid)
    first = flat(" ".join(pages))
    assert "questionnaire court" in first
    assert "Votre temps aujourd’hui" in first
    assert "Faire 40 % Analyser 30 % Commando 20 % Développer 10 %" in first
    by_territory = first
    assert "Faire 40 % MAJEURE" in by_territory and "Développer 10 % À DÉVELOPPER" in by_territory
    assert 3 <= len(pages) <= 4


def test_same_input_same_bytes(firefighter):
    store, pid = firefighter
    session = snapshot(store)
    data = session.debrief(session.results[0])
    assert render_debrief(data) == render_debrief(data)


def test_the_longest_commitments_and_note_still_render(make_session):
    store = make_session()
    pid = store.add_participant("Marie Dupont")
    finish(store, pid)
    store.set_commitments(pid, "faire", ["Appeler & revoir <i>chaque</i> client. " * 50] * 3)  # 2 000 characters each
    store.set_note(pid, "Une note très longue. " * 90)
    pages = debrief_of(store, pid)
    assert len(pages) >= 4
    assert "Appeler & revoir <i>chaque</i> client." in flat(" ".join(pages))


def test_a_long_name_is_shortened_in_the_footer_only(make_session):
    store = make_session()
    name = "Marie-Claire " * 10 + "Dupont"
    pid = store.add_participant(name)
    finish(store, pid)
    pages = debrief_of(store, pid)
    assert name in flat(pages[0])  # the cover, whole
    assert "Personnel et confidentiel · " + name[:59].rstrip() + "…" in flat(pages[1])


def test_the_trainers_logo_is_on_the_cover_and_a_broken_one_is_left_out(make_session):
    store = make_session()
    pid = store.add_participant("Marie Dupont")
    finish(store, pid)
    png = BytesIO()
    Image.new("RGB", (120, 40), (60, 60, 140)).save(png, "PNG")
    store.update_settings(logo=png.getvalue(), logo_name="logo.png")
    with_logo = PdfReader(BytesIO(render_debrief(snapshot(store).debrief(snapshot(store).results[0]))))
    assert len(with_logo.pages[0].images) == 1 and len(with_logo.pages[1].images) == 0
    store.update_settings(logo=b"not an image", logo_name="logo.png")
    broken = PdfReader(BytesIO(render_debrief(snapshot(store).debrief(snapshot(store).results[0]))))
    assert len(broken.pages[0].images) == 0
    assert "Marie Dupont" in broken.pages[0].extract_text()


def _reading(pages: list[str], heading: str = "VOTRE LECTURE", after: str = "Votre équilibre") -> str:
    first = flat(pages[0])
    return first[first.index(heading) + len(heading):first.index(after)].strip()


def test_your_reading_is_built_from_this_managers_findings(firefighter):
    reading = _reading(debrief_of(*firefighter))
    # Scores 100/50/0/25, today 40/30/20/10, ideal 25/25/20/30 (wish -15, -5, 0, +20).
    assert reading == ("Faire domine votre pratique (100, contre 0 à 50 ailleurs) et prend 40 % de votre temps. "
                       "Nettement en retrait : Commando (0) et Développer (25). Dans 12 mois, vous voulez prendre "
                       "20 points à Faire (−15) et Analyser (−5) pour les donner à Développer (+20). Vous voulez "
                       "déjà réduire Faire : le risque que vous avez vu est celui du manager pompier, qui fait à la "
                       "place de ses commerciaux. Sur Commando, vos pratiques et votre temps ne disent pas la même "
                       "chose : voyez plus bas. Votre priorité pour les trois prochains mois : Développer.")


def test_a_manager_level_on_all_four_territories_reads_that_they_are_level(make_session):
    store = make_session()
    pid = store.add_participant("Alice Bernard")
    finish(store, pid, BALANCED)  # 3 everywhere: 50 on each territory, a spread of 0
    assert _reading(debrief_of(store, pid)).startswith(
        "Vous n’avez pas de majeure nette : vos quatre territoires sont à égalité.")
    assert _reading(debrief_of(store, pid, "en"), "YOUR READING", "Your balance").startswith(
        "You have no clear major: your four territories are level.")


def test_two_managers_with_the_same_major_get_readings_that_differ_beyond_names_and_figures(make_session):
    store = make_session()
    first = store.add_participant("Alice Bernard")
    second = store.add_participant("Bruno Carré")
    # Both majors in Faire. The first wants time moved to Développer; the second keeps the split,
    # scores Analyser and Commando level with each other and commits to Commando.
    finish(store, first, {"faire": 5, "analyser": 3, "commando": 1, "developper": 2},
           today={"faire": 40, "analyser": 30, "commando": 20, "developper": 10},
           ideal={"faire": 25, "analyser": 25, "commando": 20, "developper": 30})
    finish(store, second, {"faire": 5, "analyser": 4, "commando": 4, "developper": 4},
           today={"faire": 25, "analyser": 25, "commando": 25, "developper": 25},
           ideal={"faire": 25, "analyser": 25, "commando": 25, "developper": 25})
    store.set_commitments(second, "commando", ["Une journée terrain par mois"])

    def words(pid: int, name: str) -> str:
        reading = _reading(debrief_of(store, pid)).replace(name, "")
        return " ".join("".join(ch for ch in reading if not ch.isdigit() and ch not in "+−-%()").split())

    a, b = words(first, "Alice Bernard"), words(second, "Bruno Carré")
    assert "Faire domine votre pratique" in a and "Faire domine votre pratique" in b
    assert a != b
    assert "Vous voulez garder la même répartition" in b and "manager pompier" in a


def test_the_balance_index_says_what_it_measures(firefighter):
    first = flat(debrief_of(*firefighter)[0])
    assert "0 : un seul territoire" not in first
    assert "Mesure l’écart entre vos quatre scores, pas leur niveau : 100 = quatre scores égaux" in first


def test_group_figures_only_with_three_other_finished_participants(firefighter):
    store, pid = firefighter  # two others finished: no group figure
    first = flat(debrief_of(store, pid)[0])
    assert "La comparaison avec le groupe apparaîtra quand davantage de collègues auront terminé." in first
    assert "Moyenne du groupe" not in first and "Dans ce groupe" not in first
    assert "la moyenne du groupe" not in flat(" ".join(debrief_of(store, pid)))
    finish(store, store.add_participant("Paul Morel"), BALANCED)  # a third other
    pages = debrief_of(store, pid)
    first = flat(pages[0])
    assert "La comparaison avec le groupe apparaîtra" not in first
    assert "Moyenne du groupe" in first
    # Indices: the reader 26, three balanced managers 100 (four equal scores): range 26-100, median 100.
    assert "Dans ce groupe : de 26 à 100, médiane 100." in first


def test_a_balanced_manager_gets_moves_for_keeping_the_balance(make_session):
    store = make_session()
    pid = store.add_participant("Paul Morel")
    finish(store, pid, BALANCED)  # 50 everywhere: nothing under-used
    text = flat(" ".join(debrief_of(store, pid)))
    assert "Votre priorité : tenir cet équilibre quand la pression monte." in text
    assert "Tenir l’équilibre sous pression · Trois actions à essayer le mois prochain" in text
    assert "Repérez votre territoire refuge" in text


def test_a_hyphenated_territory_name_keeps_its_hyphen_beside_a_minus(firefighter):
    text = flat(" ".join(debrief_of(*firefighter, language="en")))
    # Wish -15 on Hands-on: the name keeps its hyphen, the figure gets a true minus.
    assert "take 20 points from Hands-on (−15) and Analyse (−5) and give them to Develop people (+20)" in text


def _between(text: str, start: str, end: str) -> str:
    return text[text.index(start):text.index(end, text.index(start))]


def test_where_the_answers_disagree_is_said_in_one_paragraph(firefighter):
    text = flat(" ".join(debrief_of(*firefighter)))
    # Commando scores 0 (clearly under-used) but takes 20 % of the time, kept as it is (20 -> 20).
    assert ("Là où vos réponses divergent Commando : un score de pratique de 0, mais 20 % de votre temps, que vous "
            "gardez tel quel. Le temps est là ; c’est son usage qui compte") in text


def test_answers_that_agree_get_no_disagreement_section(make_session):
    store = make_session()
    pid = store.add_participant("Paul Morel")
    finish(store, pid, BALANCED, today={c: 25 for c in BALANCED}, ideal={c: 25 for c in BALANCED})
    assert "Là où vos réponses divergent" not in flat(" ".join(debrief_of(store, pid)))


def test_each_territory_shows_the_cost_its_score_points_to(firefighter):
    text = flat(" ".join(debrief_of(*firefighter)))
    text = text[text.index("Territoire par territoire"):]
    blocks = {"Faire 100": "Analyser 50", "Analyser 50": "Commando 0", "Commando 0": "Développer 25",
              "Développer 25": "LA QUESTION"}
    costs = {start: ("manque" if "Le prix du manque" in _between(text, start, end) else "excès")
             for start, end in blocks.items()}
    # 100 and 50: the cost of the excess; 0 and 25 (under-used): the cost of the lack, never both.
    assert costs == {"Faire 100": "excès", "Analyser 50": "excès", "Commando 0": "manque", "Développer 25": "manque"}
    assert all(("Le prix du manque" in _between(text, s, e)) != ("Le prix de l’excès" in _between(text, s, e))
               for s, e in blocks.items())


def test_a_caveat_and_method_box_says_how_to_read_the_results(firefighter):
    text = flat(" ".join(debrief_of(*firefighter)))
    box = _between(text, "COMMENT LIRE CE DOCUMENT", "Là où vos réponses divergent")
    assert "déclaratifs" in box and "pas ce que voit votre équipe" in box
    assert "25 ≈ rarement, 50 ≈ parfois, 75 ≈ souvent" in box
    assert "La flèche sur la carte va de votre point d’aujourd’hui" in box
    assert "Si une phrase ne vous ressemble pas, notez-la : nous en parlons en groupe." in box


def test_tied_shifts_are_all_named_with_where_the_points_come_from(make_session):
    store = make_session()
    pid = store.add_participant("Paul Morel")
    # Wish: Faire -10, Analyser +10, Commando -10, Développer +10: two gains of 10, two losses of 10.
    finish(store, pid, today={"faire": 40, "analyser": 30, "commando": 20, "developper": 10},
           ideal={"faire": 30, "analyser": 40, "commando": 10, "developper": 20})
    text = flat(" ".join(debrief_of(store, pid)))
    assert ("Les plus grands déplacements que vous souhaitez : 10 points vers Analyser et Développer, chacun. "
            "Ils viennent de Faire (−10) et Commando (−10).") in text


def test_a_lead_under_ten_points_is_no_clear_major(make_session):
    store = make_session()
    pid = store.add_participant("Paul Morel")
    finish(store, pid, {"faire": 4, "analyser": 4, "commando": 3, "developper": 2})  # 75, 75, 50, 25
    first = flat(debrief_of(store, pid)[0])
    assert "Pas de majeure nette : Faire et Analyser se tiennent à moins de 10 points." in first
    assert "Votre majeure est" not in first


def test_under_used_is_worded_by_degree(make_session):
    store = make_session()
    clear, some = store.add_participant("Paul Morel"), store.add_participant("Léa Roux")
    finish(store, clear, {"faire": 4, "analyser": 4, "commando": 3, "developper": 1})  # 75, 75, 50, 0
    finish(store, some, BALANCED)
    # Développer's six answers: five at 3 (50) and one at 2 (25): (5 x 50 + 25) / 6 = 45.8, shown 46.
    # Under 50 but not under 40, and not 15 below the mean (48.96): a little under-used, not clearly.
    first = next(i for i in store.instrument.items if i.territory == "developper")
    store.record_answer(some, first.id, 2)
    clearly = flat(debrief_of(store, clear)[0])
    assert "Nettement en retrait : Développer (0)." in clearly and "Un peu en retrait" not in clearly
    somewhat = flat(debrief_of(store, some)[0])
    assert "Un peu en retrait, à surveiller plutôt qu’à corriger : Développer (46)." in somewhat
    assert "Un peu en retrait : Développer." in somewhat and "Nettement en retrait" not in somewhat


def _filled(pdf: bytes, tmp_path) -> list[float]:
    """How far down each page's body its text reaches, as a share of the body's height."""
    path = tmp_path / "d.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    top, bottom = MARGIN_TOP, PAGE_H - MARGIN_BOTTOM
    shares = []
    for page in out.split("<page ")[1:]:
        lows = [float(y) for y in re.findall(r'yMax="([\d.]+)"', page) if float(y) < bottom]
        shares.append((max(lows) - top) / (bottom - top))
    return shares


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")
@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_page_but_the_last_is_half_empty(make_session, tmp_path, language):
    store = make_session()
    pids = [store.add_participant(n) for n in ("Marie Dupont", "Jean Martin", "Léa Roux", "Paul Morel")]
    answers = [FIREFIGHTER, BALANCED, {"faire": 1, "analyser": 5, "commando": 2, "developper": 4},
               {"faire": 4, "analyser": 4, "commando": 3, "developper": 2}]
    for pid, practices in zip(pids, answers):
        finish(store, pid, practices)
    store.set_commitments(pids[2], "developper", ["Un entretien de 45 minutes avec chaque commercial"])
    session = snapshot(store, language)
    for result in session.results:
        shares = _filled(render_debrief(session.debrief(result)), tmp_path)
        assert min(shares[:-1]) >= 0.6, (result.name, shares)


def test_percentages_follow_each_languages_typography(firefighter, make_session):
    english = " ".join(" ".join(page.split(" ")) for page in debrief_of(*firefighter, language="en"))
    assert "takes 40% of your time" in flat(english) and " % " not in flat(english)
    french = " ".join(debrief_of(*firefighter))
    # French: a narrow no-break space, so "40" and "%" never part at the end of a line.
    assert "prend 40\u202f% de votre temps" in french
    store = make_session("short.sqlite", form="short")
    pid = store.add_participant("Paul Petit")
    finish(store, pid, practices=None)
    short = flat(" ".join(debrief_of(store, pid, language="en")))
    assert "Hands-on 40% Analyse 30% Field commander 20% Develop people 10%" in short

"""The personal debrief, read back from the PDF: pages, names, scores, headings, text safety."""

from __future__ import annotations

import unicodedata
from io import BytesIO

import pytest
from PIL import Image
from pypdf import PdfReader

from tests.report.conftest import BALANCED, finish, flat, pdf_pages
from workshop_app.report.batch import snapshot
from workshop_app.report.debrief import render_debrief


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
    first = flat(debrief_of(*firefighter)[0])
    # Scores 100, 50, 0, 25: mean 43.75, sigma 36.98, index 100 x (1 - 36.98 / 50) = 26.
    assert "Faire 100 Analyser 50 Commando 0 Développer 25" in first
    assert "Indice d’équilibre 26" in first
    assert "Votre majeure est Faire" in first
    # Under-used: at least 15 below the mean of 43.75 -> commando (0) and developper (25).
    assert "À développer : Commando et Développer." in first


def test_half_scores_round_up_as_a_reader_expects(make_session):
    store = make_session()
    pid = store.add_participant("Paul Lemaire")
    finish(store, pid)
    # Developper answered 1, 2, 1, 2, 1, 2: mean 1.5, score (1.5 - 1) / 4 x 100 = 12.5, shown 13 (not 12).
    for item, value in zip(store.instrument.items_of("developper"), [1, 2] * 3, strict=True):
        store.record_answer(pid, item.id, value)
    assert "Développer 13" in flat(debrief_of(store, pid)[0])


def test_moves_are_given_for_the_under_used_territories_only(firefighter):
    text = flat(" ".join(debrief_of(*firefighter)))
    assert "Passez une journée terrain avec chaque commercial" in text  # commando
    assert "Planifiez 45 minutes d’entretien" in text  # developper
    assert "Reprenez en direct un ou deux clients clés" not in text  # faire, the major
    assert text.count("Trois actions à essayer le mois prochain") == 2
    assert "« Suis-je allé voir mon commercial, ou son client ? »" in text


def test_time_tensions_and_ruled_lines_when_no_commitment(firefighter):
    text = flat(" ".join(debrief_of(*firefighter)))
    assert "Votre temps, aujourd’hui et dans 12 mois" in text
    # Today 40/30/20/10, ideal 25/25/20/30: the biggest wanted shift is +20 towards Développer.
    assert "Le plus grand déplacement que vous souhaitez : 20 points vers Développer." in text
    assert "Vos trois tensions" in text and "Le mois, le cycle commercial" in text
    assert "À écrire à la main, après l’échange en groupe." in text


def test_english_headings(firefighter):
    text = flat(" ".join(debrief_of(*firefighter, language="en")))
    for expected in ("PERSONAL DEBRIEF", "Your balance", "Balance index 26", "Your major is Hands-on",
                     "Territory by territory", "“Did I go to see my rep, or their customer?”",
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
    # Long names wrap, so compare without the line breaks; the emoji's glyph is drawn but
    # reportlab's text map cannot give back a character beyond U+FFFF.
    cover = "".join(pages[0].split())
    assert "".join(name.replace("😀", "").split()) in cover


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
    first = flat(pages[0])
    assert "questionnaire court" in first
    assert "Votre temps aujourd’hui" in first
    assert "Faire 40 % Analyser 30 % Commando 20 % Développer 10 %" in first
    by_territory = flat(pages[1])
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

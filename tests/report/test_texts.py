"""Product text: both languages, French typography, named placeholders."""

from __future__ import annotations

import json
import string

import pytest

from workshop_app.model.territories import CODES, LANGUAGES
from workshop_app.report import texts
from workshop_app.report.texts import NNBSP, territory_text, text


def test_every_text_exists_in_both_languages_with_the_same_placeholders():
    fr, en = texts.texts("fr").ui, texts.texts("en").ui
    assert set(fr) == set(en)
    for key in fr:
        fields = [{f for _, f, _, _ in string.Formatter().parse(v[key]) if f} for v in (fr, en)]
        assert fields[0] == fields[1], key


def _write(path, doc):
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_texts_file_is_checked_on_load_and_every_problem_named(tmp_path):
    doc = json.loads((texts.TEXTS_DIR / "equilibre-v1.fr.json").read_text(encoding="utf-8"))
    del doc["territories"]["commando"]
    doc["territories"]["faire"]["moves"] = ["une seule"]
    del doc["territories"]["analyser"]["lack"]
    with pytest.raises(texts.TextsError) as e:
        texts.load_texts(_write(tmp_path / "x.fr.json", doc), "fr")
    assert e.value.problems == ["territories.faire.moves: three moves are required",
                                "territories.analyser: missing lack", "territories.commando: missing"]
    with pytest.raises(texts.TextsError, match="not readable as JSON"):
        (tmp_path / "y.fr.json").write_text("{", encoding="utf-8")
        texts.load_texts(tmp_path / "y.fr.json", "fr")


def test_both_languages_must_carry_the_same_placeholders():
    fr, en = texts.texts("fr"), texts.texts("en")
    broken = texts.Texts("en", {**en.ui, "page": "page {page}"}, en.territories, en.balance_moves)
    with pytest.raises(texts.TextsError, match="texts.page: placeholders differ"):
        texts.check_languages({"fr": fr, "en": broken}, "equilibre-v1")


def test_placeholders_are_filled_by_name():
    assert text("fr", "too_small", minimum=3, finished=2).startswith("Le groupe est trop petit")
    assert "at least 3 participants who finished, and 2 did" in text("en", "too_small", minimum=3, finished=2)
    assert text("en", "page", page=2, pages=4) == "page 2 / 4"


def test_french_gets_narrow_no_break_spaces_and_english_does_not():
    assert text("fr", "field_visit_question") == (f"«{NNBSP}Cette visite, je la fais pour mon commercial ou pour "
                                                  f"son client{NNBSP}?{NNBSP}»")
    assert text("en", "field_visit_question") == "“This visit: am I making it for my rep, or for their customer?”"
    assert text("fr", "under_used", territories="Faire") == f"À développer{NNBSP}: Faire."
    assert text("en", "under_used", territories="Hands-on") == "To develop: Hands-on."


def test_french_typography_leaves_other_spaces_alone():
    assert texts.french_typography("a : b ; c ! d ? « e »") == f"a{NNBSP}: b{NNBSP}; c{NNBSP}! d{NNBSP}? «{NNBSP}e{NNBSP}»"
    assert texts.french_typography("pas d’espace:ici") == "pas d’espace:ici"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("code", CODES)
def test_each_territory_says_what_it_is_brings_costs_and_three_moves(code, language):
    t = territory_text(code, language)
    assert all(len(part) > 40 for part in (t.what, t.brings, t.over_use))
    assert len(t.moves) == 3 and len(set(t.moves)) == 3


def test_over_use_is_named_as_sales_managers_know_it():
    assert "pompier" in territory_text("faire", "fr").over_use
    assert "firefighter" in territory_text("faire", "en").over_use
    assert "tableaux de bord sans action" in territory_text("analyser", "fr").over_use
    assert "micro-management" in territory_text("commando", "fr").over_use.lower()
    assert "slip" in territory_text("developper", "en").over_use


def test_join_names():
    assert texts.join_names(["Faire"], "fr") == "Faire"
    assert texts.join_names(["Faire", "Analyser", "Commando"], "fr") == "Faire, Analyser et Commando"
    assert texts.join_names(["Hands-on", "Analyse"], "en") == "Hands-on and Analyse"

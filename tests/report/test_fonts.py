"""User text on paper: escaped, and drawn in the fallback font where Inter has no glyph."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from workshop_app.report import fonts


def test_family_is_registered_with_bold_and_italic():
    fonts.register_fonts()
    from reportlab.lib.fonts import tt2ps

    assert tt2ps("Inter", 1, 0) == "Inter-Bold"
    assert tt2ps("Inter", 0, 1) == "Inter-Italic"
    assert tt2ps("Inter", 1, 1) == "Inter-BoldItalic"
    assert pdfmetrics.getFont("Inter-SemiBold").face.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dupont & Fils <b>", "Dupont &amp; Fils &lt;b&gt;"),
        ("O'Brien", "O'Brien"),
        ('« Léa » Œuvre 12 €', '« Léa » Œuvre 12 €'),
        ("", ""),
    ],
)
def test_markup_escapes_and_keeps_latin_text_in_inter(text, expected):
    assert fonts.markup(text) == expected


def test_scripts_inter_lacks_go_to_the_fallback_font_after_escaping():
    # سلام joined (seen initial, lam-alef, final meem), then put in drawing order.
    assert fonts.markup("Ali سلام & co") == 'Ali <font name="DejaVuSans">\ufee1\ufefc\ufeb3</font> &amp; co'
    assert fonts.markup("Zoé 😀<i>") == 'Zoé <font name="DejaVuSans">😀</font>&lt;i&gt;'


def test_markup_lines_keeps_the_writers_line_breaks():
    assert fonts.markup_lines("one & two\nthree") == "one &amp; two<br/>three"


def test_has_glyphs():
    assert fonts.has_glyphs("Marie-Claire Dupont-Ørsted, ’«»€")
    assert not fonts.has_glyphs("سلام")


def test_bold_text_keeps_its_weight_in_the_fallback_font():
    assert fonts.markup("😀", bold=True) == '<font name="DejaVuSans-Bold">😀</font>'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("محمد عبد الله", "هللا دبع دمحم"),  # the whole name, words included, drawn right to left
        ("Ali محمد (2)", "Ali دمحم (2)"),
        ("Léa", "Léa"),
    ],
)
def test_right_to_left_runs_are_put_in_visual_order(text, expected):
    assert fonts.visual_order(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("محمد", "\ufee3\ufea4\ufee4\ufeaa"),  # meem initial, hah medial, meem medial, dal final
        ("لا", "\ufefb"),  # lam-alef, one glyph
        ("دار", "\ufea9\ufe8d\ufead"),  # dal and alef never join the next letter: all isolated
        ("مُحَمَّد", "\ufee3\u064f\ufea4\u064e\ufee4\u064e\u0651\ufeaa"),  # vowel marks do not break the joins
        ("Léa", "Léa"),
    ],
)
def test_arabic_letters_take_their_joined_forms(text, expected):
    assert fonts.shape_arabic(text) == expected


def test_marks_stay_after_their_letter_in_drawing_order():
    assert fonts.visual_order("\u0628\u064e\u062a") == "\u062a\u0628\u064e"

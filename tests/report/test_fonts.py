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


def _inter_subsets(pdf: bytes) -> dict[str, tuple[list[float], dict[int, str]]]:
    """Each regular Inter subset of a PDF: its /Widths and its /ToUnicode map (code -> character),
    by base font name."""
    import io
    import re

    from pypdf import PdfReader

    out: dict[str, tuple[list[float], dict[int, str]]] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if str(font["/BaseFont"]).endswith("+Inter-Regular"):
                cmap = font["/ToUnicode"].get_object().get_data().decode()
                out[str(font["/BaseFont"])] = ([float(w) for w in font["/Widths"]], {
                    int(code, 16): chr(int(char, 16)) for code, char in re.findall(r"<(\w\w)> <(\w{4})>", cmap)})
    return out


@pytest.mark.parametrize("extra", ["Ŵ", "ŷ"])
def test_each_document_declares_the_widths_and_characters_of_its_own_subsets(extra):
    # The subsets' objects are made once per process: a document whose extra character differs
    # from the one before must still declare its own. Widths in thousandths of the font size.
    from workshop_app.report import layout

    fonts.register_fonts()
    footer = layout.Footer("Léa", "fr")
    for value in ("Ŵ Ŵ", "ŷ ŷ", extra):  # the last one is checked, after the other two
        pdf = layout.build([layout.label(f"Zoé {value}", layout.BODY)], footer, title="t")
    subsets = _inter_subsets(pdf)
    assert len(subsets) == 2  # the seeded subset, and one for the character past it
    (_, (seeded_widths, seeded_map)), (_, (widths, cmap)) = sorted(subsets.items())
    for ch in "Zoé":
        code = next(c for c, mapped in seeded_map.items() if mapped == ch)
        assert seeded_widths[code] == pytest.approx(pdfmetrics.stringWidth(ch, fonts.REGULAR, 1000), abs=0.5)
    assert cmap == {0: "\x00", 1: extra}
    assert widths[1] == pytest.approx(pdfmetrics.stringWidth(extra, fonts.REGULAR, 1000), abs=0.5)


def _seeded_pdf(compression: int) -> bytes:
    import io

    from reportlab.pdfgen.canvas import Canvas

    from workshop_app.report.layout import subset_seed

    canvas = Canvas(io.BytesIO(), invariant=1, initialFontName=fonts.REGULAR, pageCompression=compression)
    fonts.seed_subsets(canvas._doc, subset_seed())
    canvas.setFont(fonts.BOLD, 12)
    canvas.drawString(50, 700, "Votre lecture : Łukasz, 92 %")
    canvas.showPage()
    canvas.save()
    return canvas._filename.getvalue()


@pytest.mark.parametrize("compression", [1, 0], ids=["compressed", "uncompressed"])
def test_font_objects_are_reportlabs_own(monkeypatch, compression):
    # The fonts, their descriptors, files and character maps, made and formatted once per
    # process, are the bytes reportlab writes for each document.
    fonts.register_fonts()
    ours = _seeded_pdf(compression)
    monkeypatch.setattr(fonts._Font, "addObjects", fonts.TTFont.addObjects)
    if compression:  # an uncompressed document still gets its font file compressed, unlike reportlab's
        monkeypatch.setattr(fonts._SharedSubsetFace, "addSubsetObjects", fonts.TTFontFace.addSubsetObjects)
    assert _seeded_pdf(compression) == ours


def test_a_subsets_widths_are_measured_once_per_process(monkeypatch):
    fonts.register_fonts()
    _seeded_pdf(1)
    measured = []
    width = fonts.TTFontFace.getCharWidth
    monkeypatch.setattr(fonts.TTFontFace, "getCharWidth", lambda self, code: measured.append(code) or width(self, code))
    _seeded_pdf(1)
    assert measured == []


FRESH_PROCESS = """
import sys
from pathlib import Path
from reportlab.pdfbase import pdfmetrics
from workshop_app.report import fonts
from workshop_app.report.batch import read_session
from workshop_app.report.debrief import render_debrief

session = read_session(Path(sys.argv[1]))
people = {r.name: r for r in session.results}
def fallback():
    return {fonts.FALLBACK, fonts.FALLBACK_BOLD} & set(pdfmetrics.getRegisteredFontNames())

fonts.register_fonts()
latin = render_debrief(session.debrief(people["Cédric Lambert"]))
print(sorted(fallback()), b"DejaVu" in latin)
emoji = render_debrief(session.debrief(people["Ahmed 😀 Benali"]))
print(sorted(fallback()), b"DejaVu" in emoji)
"""


def test_the_fallback_font_is_read_only_when_a_text_needs_it(tmp_path):
    """Its two files are half the fonts' reading time at each start; most rooms never need it."""
    import subprocess
    import sys

    from workshop_app.store import SessionStore
    from workshop_app.store.demo import create_demo_session

    path = create_demo_session(tmp_path, 3, "fr", 2026)  # Cédric Lambert, François Nguyen, Julien Moreau
    with SessionStore.open(path) as store:
        store.rename_participant(store.participants()[1].id, "Ahmed 😀 Benali")
    lines = subprocess.run([sys.executable, "-c", FRESH_PROCESS, str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()
    assert lines == ["[] False", "['DejaVuSans', 'DejaVuSans-Bold'] True"]

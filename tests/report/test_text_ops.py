"""Text written straight into a page is byte for byte what reportlab's text object writes.

Each case makes the same calls on two fresh canvases, one through reportlab's `PDFTextObject`,
one through `Text`, and compares the pages' operators and the whole saved files.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from reportlab.lib.colors import CMYKColor, Color, HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from workshop_app.report import fonts
from workshop_app.report.layout import subset_seed
from workshop_app.report.text_ops import Text, draw_string

ACCENT = HexColor("#1F6F8B")  # a HexColor carries alpha 1, which reportlab checks every time


def _canvas(seeded: bool) -> Canvas:
    fonts.register_fallback()  # with Inter: a case sets the fallback face
    canvas = Canvas(io.BytesIO(), invariant=1, initialFontName=fonts.REGULAR)
    if seeded:
        fonts.seed_subsets(canvas._doc, subset_seed())
    return canvas


def _reportlab(calls: list[tuple[str, tuple[object, ...]]]) -> Callable[[Canvas], None]:
    names = {"fill": "setFillColor", "set_font": "setFont", "origin": "setTextOrigin"}

    def write(canvas: Canvas) -> None:
        text = canvas.beginText()
        for name, args in calls:
            if name == "show":
                value, line = args
                text.textLine(value) if line else text.textOut(value)
            else:
                getattr(text, names[name])(*args)
        canvas.drawText(text)
    return write


def _ours(calls: list[tuple[str, tuple[object, ...]]]) -> Callable[[Canvas], None]:
    def write(canvas: Canvas) -> None:
        text = Text(canvas)
        for name, args in calls:
            getattr(text, name)(*args)
        text.draw()
    return write


def _same_bytes(write_a: Callable[[Canvas], None], write_b: Callable[[Canvas], None], seeded: bool) -> None:
    a, b = _canvas(seeded), _canvas(seeded)
    for canvas, write in ((a, write_a), (b, write_b)):
        write(canvas)
        write(canvas)  # twice: the second time, every character has its code already
    assert b._code == a._code
    pdfs = []
    for canvas in (a, b):
        canvas.showPage()
        canvas.save()
        pdfs.append(canvas._filename.getvalue())
    assert pdfs[1] == pdfs[0]


CASES = {
    "lines at absolute positions": [("fill", (ACCENT,)), ("set_font", (fonts.REGULAR, 9.5, 13.5)),
                                    ("origin", (56.7, 700.25)), ("show", ("Vos trois priorités", False)),
                                    ("origin", (56.7, 686.75)), ("show", ("Faire, Analyser (92 %)", False))],
    "a bold lead, then the text": [("set_font", (fonts.BOLD, 9.5)), ("origin", (56, 600)),
                                   ("show", ("Le risque :", False)), ("set_font", (fonts.REGULAR, 9.5, 13.5)),
                                   ("origin", (110, 600)), ("show", ("faire à la place de ses commerciaux", False))],
    "a line that moves down": [("set_font", (fonts.SEMIBOLD, 8)), ("show", ("Commando", True)),
                               ("show", ("", True))],
    "characters outside the first subset": [("set_font", (fonts.REGULAR, 10)),
                                            ("show", ("Łukasz Wróblewski ő ű", False)), ("show", ("Ōe", True))],
    "a font without subsets": [("set_font", (fonts.CJK["zh"], 10)), ("show", ("王秀英", False)),
                               ("set_font", (fonts.REGULAR, 10)), ("show", ("et vous", False))],
    "a fallback face": [("set_font", (fonts.FALLBACK, 10)), ("show", ("Αλέξης Παπαδόπουλος", False))],
    "transparency": [("fill", (Color(0.2, 0.3, 0.4, alpha=0.5),)), ("set_font", (fonts.REGULAR, 9)),
                     ("show", ("à demi", False)), ("fill", (ACCENT,)), ("show", ("puis plein", False))],
    "a CMYK colour": [("fill", (CMYKColor(0.1, 0.5, 0.9, 0.2),)), ("show", ("en quadrichromie", False))],
}


@pytest.mark.parametrize("seeded", [True, False], ids=["seeded", "unseeded"])
@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_text_object_writes_what_reportlab_writes(case: str, seeded: bool) -> None:
    _same_bytes(_reportlab(CASES[case]), _ours(CASES[case]), seeded)


@pytest.mark.parametrize("value", ["Vous", "Équilibre ×2", "Łódź", "王秀英"])
def test_draw_string_writes_what_reportlab_writes(value: str) -> None:
    def reportlab(canvas: Canvas) -> None:
        canvas.setFont(fonts.CJK["zh"] if value == "王秀英" else fonts.SEMIBOLD, 7.5)
        canvas.drawString(12.5, 40, value)

    def ours(canvas: Canvas) -> None:
        canvas.setFont(fonts.CJK["zh"] if value == "王秀英" else fonts.SEMIBOLD, 7.5)
        draw_string(canvas, 12.5, 40, value)

    _same_bytes(reportlab, ours, seeded=True)


def test_lines_placed_by_position_are_not_measured(monkeypatch: pytest.MonkeyPatch) -> None:
    """reportlab measures each line to move a cursor; lines placed at absolute positions need no width."""
    canvas = _canvas(seeded=True)
    measured: list[str] = []
    width = pdfmetrics.stringWidth
    monkeypatch.setattr(pdfmetrics, "stringWidth", lambda text, *a, **k: measured.append(text) or width(text, *a, **k))
    _ours(CASES["lines at absolute positions"])(canvas)
    draw_string(canvas, 10, 10, "Vous")
    assert measured == []


def test_a_text_block_draws_its_lines_without_measuring_them(monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop_app.report.layout import BODY, TextBlock

    block = TextBlock("Préparer le rendez-vous avec le commercial et le laisser mener l'entretien. " * 4, BODY)
    block.wrap(300, 500)
    canvas = _canvas(seeded=True)
    measured: list[str] = []
    width = pdfmetrics.stringWidth
    monkeypatch.setattr(pdfmetrics, "stringWidth", lambda text, *a, **k: measured.append(text) or width(text, *a, **k))
    block.drawOn(canvas, 56, 400)
    assert len(block._lines) > 2 and measured == []


@pytest.mark.parametrize("colour", [ACCENT, Color(0.2, 0.3, 0.4, alpha=0.5), CMYKColor(0.1, 0.5, 0.9, 0.2)],
                         ids=["opaque", "transparent", "cmyk"])
def test_set_fill_writes_what_reportlab_writes(colour: Color) -> None:
    from workshop_app.report.text_ops import set_fill

    def reportlab(canvas: Canvas) -> None:
        canvas.setFillColor(colour)
        canvas.rect(0, 0, 10, 10, stroke=0, fill=1)

    def ours(canvas: Canvas) -> None:
        set_fill(canvas, colour)
        canvas.rect(0, 0, 10, 10, stroke=0, fill=1)

    _same_bytes(reportlab, ours, seeded=True)


def test_a_text_of_the_seed_is_encoded_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Seeded documents give the seed's characters the same codes: a line they all print is
    encoded once, not once per document; a name with a character of its own is encoded each time."""
    encoded: list[str] = []
    split = fonts._Font.splitString
    monkeypatch.setattr(fonts._Font, "splitString", lambda self, text, doc, *a: encoded.append(text) or split(self, text, doc, *a))
    for _ in range(3):
        _ours([("set_font", (fonts.REGULAR, 9.5)), ("show", ("Votre lecture, en quelques phrases", False)),
               ("show", ("Łukasz", True))])(_canvas(seeded=True))
    assert encoded == ["Łukasz"] * 3


@pytest.mark.parametrize("colour", [ACCENT, Color(0.2, 0.3, 0.4, alpha=0.5), CMYKColor(0.1, 0.5, 0.9, 0.2)],
                         ids=["opaque", "transparent", "cmyk"])
def test_set_stroke_writes_what_reportlab_writes(colour: Color) -> None:
    from workshop_app.report.text_ops import set_stroke

    def reportlab(canvas: Canvas) -> None:
        canvas.setStrokeColor(colour)
        canvas.line(0, 0, 10, 10)

    def ours(canvas: Canvas) -> None:
        set_stroke(canvas, colour)
        canvas.line(0, 0, 10, 10)

    _same_bytes(reportlab, ours, seeded=True)

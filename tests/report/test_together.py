"""Together keeps flowables on one page as KeepTogether does, measuring each of them once.

Every case builds the same story twice, with reportlab's KeepTogether and with Together, and
compares the whole files: the same pages, the same positions, byte for byte.
"""

from __future__ import annotations

import pytest
from reportlab.platypus import KeepTogether, Paragraph, Spacer
from reportlab.platypus.flowables import Flowable

from workshop_app.report import fonts, layout
from workshop_app.report.layout import BODY, H1, H2, SMALL, Footer, TextBlock, Together

WORDS = ("Préparer le rendez-vous avec le commercial et le laisser mener l'entretien ; "
         "demander « qu'est-ce que tu proposes ? » avant de trancher un prix. ")
SPACED = layout.style("spaced", 9.5, 13.5, spaceBefore=9, spaceAfter=5)


def _block(n: int, style=BODY) -> TextBlock:
    return TextBlock(WORDS * n, style)


def _section(keep, lines: int) -> Flowable:
    return keep([TextBlock("Vos priorités", H2), TextBlock(WORDS, SMALL), Spacer(1, 6), _block(lines),
                 Paragraph("Un paragraphe <b>mis en forme</b>, " + WORDS, SPACED), Spacer(1, 4)])


def _story(keep) -> list[Flowable]:
    """Sections that fit, one that must move to the next page, one taller than a page, spaces
    before and after at a page's top and in the middle, a section first on a page."""
    return [TextBlock("Titre", H1), _section(keep, 2), Spacer(1, 18), _section(keep, 6),
            Paragraph(WORDS, SPACED), _section(keep, 14), keep([Spacer(1, 18), _block(3)]),
            keep([TextBlock("Une section plus haute qu'une page", H2)] + [_block(3) for _ in range(16)]),
            keep([Paragraph(WORDS * 2, SPACED), _block(1)]), _section(keep, 1)]


def test_together_lays_out_as_keep_together_does() -> None:
    fonts.register_fonts()
    footer = Footer("Confidentiel", "fr")
    reference = layout.build(_story(KeepTogether), footer, title="t")
    assert layout.build(_story(Together), footer, title="t") == reference


class _Counted(Flowable):
    """A flowable that counts how often it is measured."""

    def __init__(self) -> None:
        super().__init__()
        self.wraps = 0

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803
        self.wraps += 1
        return aW, 20

    def draw(self) -> None:
        self.canv.rect(0, 0, 10, 10)


@pytest.mark.parametrize("keep, wraps", [(KeepTogether, 2), (Together, 1)])
def test_a_section_that_fits_is_measured_once(keep, wraps: int) -> None:
    counted = [_Counted() for _ in range(3)]
    layout.build([keep(counted)], Footer("x", "fr"), title="t")
    assert [c.wraps for c in counted] == [wraps] * 3


def test_a_gap_writes_nothing_on_the_page() -> None:
    """A gap only moves the next flowable down: no saved state, no move, for nothing drawn."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(io.BytesIO())
    before = list(canvas._code)
    layout.Spacer(1, 18).drawOn(canvas, 56, 400)
    assert canvas._code == before

"""Text objects written straight into a page's operators.

A debrief writes some 400 lines and labels, each placed at an absolute position. reportlab's
text object measures every line to move a cursor these documents never use, checks the
colour's transparency for every object and goes through several layers per line; `Text`
writes the same bytes directly. What it cannot write the same way (a font without subsets,
a colour with transparency) goes through reportlab's own text object.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from workshop_app.report import fonts


class Text:
    """One text object (BT … ET), the bytes reportlab's `PDFTextObject` writes for the same calls.

    `show` is reportlab's `textOut` (`line=True`: `textLine`), without the cursor it keeps.
    """

    __slots__ = ("canvas", "code", "font", "size", "leading", "subset", "_fallback", "_seed")

    def __init__(self, canvas: Canvas, x: float = 0, y: float = 0) -> None:
        self.canvas = canvas
        self.code = ["BT", f"1 0 0 1 {fp_str(x, y)} Tm"]
        self.font, self.size, self.leading = canvas._fontname, canvas._fontsize, canvas._leading  # noqa: SLF001
        self.subset = -1
        self._fallback: PDFTextObject | None = None  # reportlab's object, once a font needs it
        self._seed: tuple[str, str | None] = ("", None)  # a font, and what the document seeded it with

    def fill(self, colour: Color) -> None:
        code = _rgb_fill(self.canvas, colour)
        if code is None:
            self._reportlab().setFillColor(colour)
        else:
            self.code.append(code)

    def set_font(self, name: str, size: float, leading: float | None = None) -> None:
        self.font, self.size = name, size
        self.leading = size * 1.2 if leading is None else leading
        self.subset = -1
        font = pdfmetrics.getFont(name)
        if not font._dynamicFont:  # noqa: SLF001 - a font without subsets writes its Tf here
            self._reportlab().setFont(name, size, leading)

    def origin(self, x: float, y: float) -> None:
        self.code.append(f"1 0 0 1 {fp_str(x, y)} Tm")

    def show(self, value: str, line: bool = False) -> None:
        font = pdfmetrics.getFont(self.font)
        if not font._dynamicFont:  # noqa: SLF001
            text = self._reportlab()
            text.textLine(value) if line else text.textOut(value)
            return
        doc, parts = self.canvas._doc, []  # noqa: SLF001
        if self._seed[0] != self.font:
            self._seed = (self.font, fonts.seed_of(font, doc))
        seed = self._seed[1]
        shown = _shown(self.font, seed, value) if seed is not None and value else None
        # A text of the seed has its operator made once per process; any other is encoded here.
        runs = [(0, shown)] if shown is not None else [
            (subset, f"({escapePDF(encoded)}) Tj") for subset, encoded in font.splitString(value, doc)]
        for subset, operator in runs:
            if subset != self.subset:
                parts.append(self._font_operator(font, subset, doc))
                self.subset = subset
            parts.append(operator)
        self.code.append(" ".join(parts) + " T*" if line else " ".join(parts))

    def _font_operator(self, font: object, subset: int, doc: object) -> str:
        # The subset's name in this document, asked of the font once per document (the first
        # time, it takes its place among the document's fonts).
        names = self.canvas.__dict__.setdefault("_subset_names", {})
        name = names.get((self.font, subset))
        if name is None:
            name = names[(self.font, subset)] = font.getSubsetInternalName(subset, doc)
        return name + _size_operator(self.size, self.leading)

    def draw(self) -> None:
        """Write the object into the page."""
        self.canvas._code.append(" ".join(self.code) + " ET")  # noqa: SLF001

    def _reportlab(self) -> PDFTextObject:
        """reportlab's text object, carrying on from what was written so far, in the same font."""
        text = self._fallback
        if text is None:
            text = self._fallback = PDFTextObject(self.canvas)
            text._code = self.code  # noqa: SLF001 - one list of operators for both
        text._fontname, text._fontsize, text._leading = self.font, self.size, self.leading  # noqa: SLF001
        text._curSubset = self.subset  # noqa: SLF001
        return text


def set_fill(canvas: Canvas, colour: Color) -> None:
    """reportlab's `canvas.setFillColor`."""
    code = _rgb_fill(canvas, colour)
    if code is None:
        canvas.setFillColor(colour)
    else:
        canvas._fillColorObj = colour  # noqa: SLF001
        canvas._code.append(code)  # noqa: SLF001


def set_stroke(canvas: Canvas, colour: Color) -> None:
    """reportlab's `canvas.setStrokeColor`."""
    code = _rgb_operator(canvas, colour, "CA", "RG")
    if code is None:
        canvas.setStrokeColor(colour)
    else:
        canvas._strokeColorObj = colour  # noqa: SLF001
        canvas._code.append(code)  # noqa: SLF001


def _rgb_fill(canvas: Canvas, colour: Color) -> str | None:
    return _rgb_operator(canvas, colour, "ca", "rg")


def _rgb_operator(canvas: Canvas, colour: Color, alpha_key: str, operator: str) -> str | None:
    """The operator reportlab writes for an opaque RGB colour (noting, as it does, that the
    document speaks of transparency); None for what only reportlab's own setter writes right:
    another colour space, a change of transparency (`alpha_key`: ca for fills, CA for strokes)."""
    alpha = getattr(colour, "alpha", None)
    if (type(colour) is not Color or getattr(canvas, "_enforceColorSpace", None)
            or alpha is not None and canvas._extgstate._d.get(alpha_key, 1) != alpha):  # noqa: SLF001
        return None
    if alpha is not None:
        canvas._doc.ensureMinPdfVersion("transparency")  # noqa: SLF001
    return _colour_code(colour.red, colour.green, colour.blue, operator)


@lru_cache(maxsize=512)
def _colour_code(red: float, green: float, blue: float, operator: str) -> str:
    """A colour operator (rg, RG), formatted once per colour."""
    return f"{fp_str(red, green, blue)} {operator}"


@lru_cache(maxsize=256)
def _size_operator(size: float, leading: float) -> str:
    return f" {fp_str(size)} Tf {fp_str(leading)} TL"


@lru_cache(maxsize=4096)
def _shown(font: str, seed: str, value: str) -> str | None:
    """The operator showing `value` in a document whose `font` was seeded with `seed`, or None
    when a character of it is not in the seed (its code depends on the document)."""
    codes = fonts.seeded_codes(font, seed, value)
    return None if codes is None else f"({escapePDF(codes)}) Tj"


def draw_string(canvas: Canvas, x: float, y: float, value: str) -> None:
    """reportlab's `drawString`, in the canvas's font, size and fill colour."""
    text = Text(canvas, x, y)
    text.show(value, line=True)
    text.draw()

"""The page: A4 portrait, styles, cover block, section headings, footer with page x / y.

Footers are drawn when the document is saved, once its page count is known.
"""

from __future__ import annotations

import io
import json
import os
import string
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache, partial

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus.flowables import _FUZZ
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
)
from reportlab.platypus import Spacer as _Spacer

from workshop_app.model.dates import format_date
from workshop_app.model.instrument import DEFAULT_INSTRUMENT_ID
from workshop_app.model.territories import ACCENT, INK, MUTED, RULE, Language
from workshop_app.report import fonts
from workshop_app.report.fonts import markup
from workshop_app.report.map_drawing import colour_of, tint
from workshop_app.report.text_ops import Text, draw_string
from workshop_app.report.texts import DEFAULT_TEXTS, NNBSP, TEXTS_DIR, text
from workshop_app.resources import INSTRUMENTS_DIR

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 24 * mm
FOOTER_Y = 12 * mm
WIDTH = PAGE_W - 2 * MARGIN_X
LOGO_MAX = (42 * mm, 16 * mm)
FOOTER_NAME_MAX = 60  # characters of a name in the footer; the cover shows it whole

@cache
def style(name: str, size: float, leading: float, font: str = fonts.REGULAR, colour: str = INK,
          **extra: object) -> ParagraphStyle:
    """A text style, made once: a debrief asks for the same styles every time, and nothing
    changes a style once made (a variant is a new style with this one as its parent)."""
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading,
                          textColor=colour_of(colour), **extra)


BODY = style("body", 9.5, 13.5)
SMALL = style("small", 8, 11, colour=MUTED)
KICKER = style("kicker", 8.5, 11, fonts.SEMIBOLD, ACCENT)
TITLE = style("title", 13, 17, fonts.SEMIBOLD)
NAME = style("name", 26, 31, fonts.BOLD)
META = style("meta", 9, 13, colour=MUTED)
H1 = style("h1", 17, 22, fonts.SEMIBOLD, spaceAfter=4)
H2 = style("h2", 11, 14, fonts.SEMIBOLD, spaceAfter=2)
BIG = style("big", 40, 44, fonts.BOLD)
FOOTER = style("footer", 7.5, 9, colour=MUTED)
POLE = style("pole", 9, 12, fonts.SEMIBOLD)
POLE_LEFT = style("pole_left", 9, 12, fonts.SEMIBOLD, alignment=TA_RIGHT)


@dataclass(frozen=True)
class SessionInfo:
    """What a document says about the session; plain data, so it can go to another process."""

    title: str
    client: str = ""
    place: str = ""
    date: str = ""
    trainer: str = ""
    language: Language = "fr"
    logo: bytes | None = None

    @classmethod
    def from_settings(cls, settings: object, language: Language | None = None) -> SessionInfo:
        s = settings
        return cls(s.title, s.client, s.place, s.date, s.trainer,  # type: ignore[attr-defined]
                   language or s.language, s.logo)  # type: ignore[attr-defined]


def para(value: str, style: ParagraphStyle) -> Paragraph:
    """Plain text (user or product) as a Paragraph: escaped, fallback font where needed."""
    return Paragraph(markup(value, bold=style.fontName in (fonts.BOLD, fonts.SEMIBOLD)), style)


def shared_para(value: str, style: ParagraphStyle) -> Paragraph:
    """`para` for a text every document of a session shows alike (its title, its details, a
    help line): parsed once, each document getting its own copy of the parsed runs."""
    text, parsed_style, frags = _parsed(value, style)
    return Paragraph(text, parsed_style, frags=[f.clone() for f in frags])


@lru_cache(maxsize=64)
def _parsed(value: str, style: ParagraphStyle) -> tuple[str, ParagraphStyle, tuple[object, ...]]:
    p = para(value, style)
    return p.text, p.style, tuple(p.frags)


class Spacer(_Spacer):
    """reportlab's Spacer, which draws nothing and writes nothing: reportlab's own wrote an
    empty saved state, moved, for every gap of every page."""

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        pass


class TextBlock(Flowable):
    """Product text in one font, lines broken once per text, font and width, then reused.

    The debriefs repeat the same texts for every person; a Paragraph would parse and break
    them again each time. User text, which may need the fallback font, stays a Paragraph.
    """

    def __init__(self, value: str, style: ParagraphStyle, lead: str = "") -> None:
        super().__init__()
        self.value, self.style, self.lead = value, style, lead  # lead: a bold run before the text
        self._lines: tuple[str, ...] = ()

    def _indent(self) -> float:
        return fonts.text_width(self.lead + "  ", fonts.BOLD, self.style.fontSize) if self.lead else 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        s = self.style
        self._lines = _break_lines(self.value, s.fontName, s.fontSize, available_width, self._indent())
        self.width, self.height = available_width, len(self._lines) * s.leading
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        """Text at absolute positions, in one text object: no graphics state to save and move."""
        s = self.style
        text = Text(canvas)
        text.fill(s.textColor)
        y += self.height - s.fontSize
        if self.lead:
            text.set_font(fonts.BOLD, s.fontSize)
            text.origin(x, y)
            text.show(self.lead)
        text.set_font(s.fontName, s.fontSize)
        indent = self._indent()
        for i, line in enumerate(self._lines):
            if s.alignment == TA_RIGHT:
                left = x + self.width - fonts.text_width(line, s.fontName, s.fontSize)
            else:
                left = x + (indent if i == 0 else 0)
            text.origin(left, y)
            text.show(line)
            y -= s.leading
        text.draw()


@lru_cache(maxsize=2048)
def _break_lines(value: str, font: str, size: float, width: float, indent: float = 0.0) -> tuple[str, ...]:
    """Greedy line breaking at plain spaces (a narrow no-break space never breaks); the first
    line starts `indent` points in."""
    lines: list[str] = []
    for paragraph in value.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            room = width - (0 if lines else indent)
            if line and stringWidth(candidate, font, size) > room:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return tuple(lines)


Cell = Flowable | Sequence[Flowable]


class Columns(Flowable):
    """Flowables side by side in fixed-width columns: the light Table these documents need.

    Each cell is a flowable or a list stacked downwards; `valign` places the shorter cells.
    `pad` adds room above and below, `rule` draws a hairline across the top. Never split:
    the rows here are short, so a row that does not fit moves to the next page whole.
    """

    def __init__(self, cells: Sequence[Cell], widths: Sequence[float], *, valign: str = "top",
                 pad: float = 0, rule: object = None) -> None:
        super().__init__()
        self.cells = [list(c) if isinstance(c, (list, tuple)) else [c] for c in cells]
        self.widths, self.valign, self.pad, self.rule = list(widths), valign, pad, rule
        self._sizes: list[list[tuple[float, float]]] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._sizes = [[f.wrap(w, available_height) for f in cell] for cell, w in zip(self.cells, self.widths)]
        self.width = sum(self.widths)
        self.height = max(sum(h for _, h in sizes) for sizes in self._sizes) + 2 * self.pad
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        """Children at absolute positions: no graphics state saved and moved for the row itself."""
        if self.rule is not None:
            canvas.setStrokeColor(self.rule)
            canvas.setLineWidth(0.75)
            canvas.line(x, y + self.height, x + self.width, y + self.height)
        for cell, sizes, w in zip(self.cells, self._sizes, self.widths):
            room = self.height - 2 * self.pad - sum(h for _, h in sizes)
            top = y + self.height - self.pad - {"top": 0, "middle": room / 2, "bottom": room}[self.valign]
            for f, (fw, h) in zip(cell, sizes):
                top -= h
                if not isinstance(f, Spacer):
                    f.drawOn(canvas, x + (w - fw if getattr(f, "hAlign", "") == "RIGHT" else 0), top)
            x += w


class Box(Flowable):
    """Flowables stacked in a tinted box with a coloured rule down its left side."""

    def __init__(self, content: Sequence[Flowable], *, background: object = None, rule: object = None,
                 rule_width: float = 2, pad_x: float = 12, pad_y: float = 8) -> None:
        super().__init__()
        self.content, self.background, self.rule = list(content), background, rule
        self.rule_width, self.pad_x, self.pad_y = rule_width, pad_x, pad_y
        self._heights: list[float] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        inner = available_width - 2 * self.pad_x
        self._heights = [f.wrap(inner, available_height)[1] for f in self.content]
        self.width, self.height = available_width, sum(self._heights) + 2 * self.pad_y
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        if self.background is not None:
            canvas.setFillColor(self.background)
            canvas.rect(x, y, self.width, self.height, stroke=0, fill=1)
        if self.rule is not None:
            canvas.setFillColor(self.rule)
            canvas.rect(x, y, self.rule_width, self.height, stroke=0, fill=1)
        top = y + self.height - self.pad_y
        for f, h in zip(self.content, self._heights):
            top -= h
            if not isinstance(f, Spacer):
                f.drawOn(canvas, x + self.pad_x, top)


def label(value: str, style: ParagraphStyle) -> Flowable:
    """Product text: a TextBlock, or a Paragraph when it holds characters Inter cannot draw."""
    return TextBlock(value, style) if fonts.has_glyphs(value) else para(value, style)


def heading(value: str, style: ParagraphStyle = H1) -> Flowable:
    return label(value, style)


def cover(info: SessionInfo, kicker: str, name: str | None) -> list[Flowable]:
    """Kicker and session title beside the logo, a rule, then the person's name and the details."""
    lang = info.language
    top: list[Flowable] = [label(kicker.upper(), KICKER), Spacer(1, 3), shared_para(info.title, TITLE)]
    logo = _logo(info.logo)
    head = Columns([top, [logo] if logo else []], [WIDTH - LOGO_MAX[0], LOGO_MAX[0]])
    details = [v for v in (info.client, format_date(info.date, lang), info.place) if v.strip()]
    if info.trainer.strip():
        details.append(text(lang, "led_by", trainer=info.trainer))
    story: list[Flowable] = [head, HRFlowable(width="100%", thickness=0.75, color=colour_of(RULE), spaceBefore=8,
                                              spaceAfter=14)]
    if name is not None:
        story += [para(name, _name_style(name)), Spacer(1, 4)]
    if details:
        story.append(shared_para("  ·  ".join(details), META))
    return story + [Spacer(1, 18)]


def _name_style(name: str) -> ParagraphStyle:
    """Large for a name, smaller for a long one, so the cover keeps the debrief to its pages."""
    if len(name) <= 40:
        return NAME
    size = 19 if len(name) <= 90 else 14
    return ParagraphStyle("name_long", parent=NAME, fontSize=size, leading=size * 1.2)


def _logo(data: bytes | None) -> Image | None:
    """The trainer's logo, scaled into its box; an unreadable image is left out, not fatal."""
    if not data:
        return None
    try:
        w, h = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # noqa: BLE001 - any undecodable image: the document is still worth printing
        return None
    scale = min(LOGO_MAX[0] / w, LOGO_MAX[1] / h)
    image = Image(io.BytesIO(data), w * scale, h * scale)
    image.hAlign = "RIGHT"
    return image


def between_poles(left: str, right: str, middle: Flowable, middle_w: float, *, valign: str, pad: float,
                  ruled: bool) -> Columns:
    """A tension's left pole, what is shown of it (`middle`, `middle_w` wide), then its right pole;
    `ruled` draws a hairline above the row."""
    side = (WIDTH - middle_w - 24) / 2
    return Columns([label(left, POLE_LEFT), Spacer(12, 1), middle, Spacer(12, 1), label(right, POLE)],
                   [side, 12, middle_w, 12, side], valign=valign, pad=pad, rule=tint(RULE, 0.7) if ruled else None)


class Together(KeepTogether):
    """reportlab's KeepTogether, laid out as one flowable when its content fits where it stands.

    KeepTogether always asks to be split: it measures its content on a deep copy of the frame,
    then the frame measures and places each flowable again, one by one. Together measures its
    content once and, when it fits, draws each flowable where the frame would have drawn it,
    with the frame's own arithmetic; when it does not fit, it splits as KeepTogether does.
    Content it does not lay out itself (a flowable of no height, a frame action, a split of
    space) goes the KeepTogether way.
    """

    _sizes: list[tuple[float, float]] | None = None

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        frame = getattr(self, "_frame", None)
        self._sizes = None
        if frame is None or not frame._oASpace or getattr(frame, "_frameBGs", None) or not self._plain():  # noqa: SLF001
            return super().wrap(aW, aH)
        sizes = [f.wrapOn(self.canv, aW, 0xFFFFFFF) for f in self._content]
        if any(h <= _FUZZ for _, h in sizes):
            return super().wrap(aW, aH)
        height, after = 0.0, 0.0  # as reportlab's _listWrapOn adds them up: spaces merged
        for i, (f, (_, h)) in enumerate(zip(self._content, sizes)):
            height += h + (max(f.getSpaceBefore() - after, 0) if i else 0)
            after = f.getSpaceAfter()
            height += after
        self._H, self._H0, self._wrapInfo = height - after, sizes[0][1], (aW, aH)
        width = max(min(w, aW) for w, _ in sizes)
        if self._H > aH:
            return width, 0xFFFFFF  # does not fit here: split, as KeepTogether does
        self._sizes = sizes
        return width, self._H

    def _plain(self) -> bool:
        return all(not hasattr(f, "frameAction") and not getattr(f, "_ZEROSIZE", False)
                   and not getattr(f, "_SPACETRANSFER", False) for f in self._content)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        frame = getattr(self, "_frame", None)
        if self._sizes is None or frame is None:
            raise ValueError("Together draws only what it measured in its frame")
        # The frame's own steps (Frame._add), flowable by flowable, from where it stands.
        top = frame._y  # noqa: SLF001
        space = 0 if frame._atTop else max(self.getSpaceBefore() - frame._prevASpace, 0)  # noqa: SLF001
        available = frame._getAvailableWidth()  # noqa: SLF001
        after = 0.0
        for i, (f, (w, h)) in enumerate(zip(self._content, self._sizes)):
            if i:
                space = max(f.getSpaceBefore() - after, 0)
            top -= h + space
            f.drawOn(canvas, x, top, _sW=available - w)
            after = f.getSpaceAfter()
            top -= after


def section(title: str, *body: Flowable, help_text: str = "") -> Together:
    """A heading kept with the start of what it introduces."""
    head: list[Flowable] = [heading(title, H2)]
    if help_text:
        head.append(shared_para(help_text, SMALL))
    head.append(Spacer(1, 6))
    return Together(head + list(body))


# --- footers and page numbers ------------------------------------------------------------------

@dataclass(frozen=True)
class Footer:
    """What every page of a document says at its foot, before "page x / y"."""

    left: str  # plain text
    language: Language


_TYPOGRAPHY = "–—−±·…×≈≥≤€"  # written by the layout itself: dashes, minus, separators, "×2"


@cache
def subset_seed() -> str:
    """The characters every document's fonts start with: printable ASCII and every character of
    the shipped texts and instrument, in both languages, as printed (French spaces included),
    the Latin-1 letters of most European names and the layout's own signs."""
    chars = set(string.printable.strip()) | {" "} | {chr(c) for c in range(0xC0, 0x100)} | set(_TYPOGRAPHY)
    for path in (*TEXTS_DIR.glob(f"{DEFAULT_TEXTS}.*.json"), INSTRUMENTS_DIR / f"{DEFAULT_INSTRUMENT_ID}.json"):
        chars.update(_characters(json.loads(path.read_text(encoding="utf-8"))))
    chars.add(NNBSP)
    return "".join(sorted(chars))


def _characters(value: object) -> set[str]:
    if isinstance(value, str):
        return set(value)
    if isinstance(value, dict):
        return set().union(*map(_characters, value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*map(_characters, value)) if value else set()
    return set()


_NOT_PAGE_STATE = {"_pages", "_doctemplate"}  # the document template is the canvas's only while it builds


class _NumberedCanvas(Canvas):
    """Keeps each page until `save`, then draws the footers, once the page count is known."""

    def __init__(self, *args: object, footer: Footer, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, object]] = []
        self._footer = footer
        fonts.seed_subsets(self._doc, subset_seed())

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        # The page's state without the list of pages itself: a page holding the list that holds
        # it is a cycle only the garbage collector frees, after every document.
        self._pages.append({k: v for k, v in self.__dict__.items() if k not in _NOT_PAGE_STATE})
        self._startPage()

    def drawText(self, aTextObject: PDFTextObject) -> None:  # noqa: N802, N803 - reportlab's names
        super().drawText(aTextObject)
        # A Paragraph's text object keeps a method bound to itself: a cycle holding this canvas,
        # and with it the whole document, until the garbage collector runs.
        aTextObject.__dict__.pop("_do_line", None)

    def save(self) -> None:
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            _draw_footer(self, self._footer, number, len(self._pages))
            super().showPage()
        super().save()


def _draw_footer(canv: Canvas, footer: Footer, page: int, pages: int) -> None:
    canv.saveState()
    canv.setStrokeColor(HexColor(RULE))
    canv.setLineWidth(0.5)
    canv.line(MARGIN_X, FOOTER_Y + 12, PAGE_W - MARGIN_X, FOOTER_Y + 12)
    canv.setFillColor(FOOTER.textColor)
    canv.setFont(FOOTER.fontName, FOOTER.fontSize)
    baseline = FOOTER_Y + FOOTER.leading - FOOTER.fontSize
    number = text(footer.language, "page", page=page, pages=pages)
    draw_string(canv, PAGE_W - MARGIN_X - fonts.text_width(number, FOOTER.fontName, FOOTER.fontSize), baseline, number)
    if fonts.has_glyphs(footer.left):
        draw_string(canv, MARGIN_X, baseline, footer.left)
    else:  # a name in a script Inter lacks: the Paragraph mixes in the fallback font
        left = Paragraph(markup(footer.left), FOOTER)
        left.wrapOn(canv, WIDTH - 70, 20)
        left.drawOn(canv, MARGIN_X, FOOTER_Y)
    canv.restoreState()


def footer_name(name: str) -> str:
    return name if len(name) <= FOOTER_NAME_MAX else name[:FOOTER_NAME_MAX - 1].rstrip() + "…"


PDF_LANGUAGES = {"fr": "fr-FR", "en": "en-GB"}


def build(story: Sequence[Flowable], footer: Footer, title: str, author: str = "") -> bytes:
    """Lay `story` out on A4 pages and return the PDF, dated now and declaring its language.

    With SOURCE_DATE_EPOCH set (the reproducible-builds convention, which reportlab reads), the
    date is that one and the same input gives the same bytes: the tests set it, users do not.
    The first font is Inter, so no file names a font it does not embed (reportlab's default
    is an unembedded Helvetica).
    """
    fonts.register_fonts()
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, author=author,
                          creator="Équilibriste", invariant=1 if os.environ.get("SOURCE_DATE_EPOCH") else 0,
                          lang=PDF_LANGUAGES[footer.language], initialFontName=fonts.REGULAR)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, WIDTH, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame])])
    doc.build(list(story), canvasmaker=partial(_NumberedCanvas, footer=footer))
    doc._nameSpace.clear()  # noqa: SLF001 - it holds the template itself: freed now, not by the collector
    return out.getvalue()

"""The product's typeface on paper: Inter, with DejaVu Sans for the scripts Inter lacks.

Fonts are registered once per process. User text goes through `markup()`, which escapes it
and wraps the characters Inter cannot draw in the fallback font, so a name in any script
prints as typed and is never read as markup.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workshop_app.resources import FALLBACK_FILES, FONT_FILES

REGULAR = "Inter"
BOLD = "Inter-Bold"
ITALIC = "Inter-Italic"
BOLD_ITALIC = "Inter-BoldItalic"
SEMIBOLD = "Inter-SemiBold"
FALLBACK = "DejaVuSans"
FALLBACK_BOLD = "DejaVuSans-Bold"

_INTER = {
    REGULAR: "regular",
    BOLD: "bold",
    ITALIC: "italic",
    BOLD_ITALIC: "bold_italic",
    SEMIBOLD: "semibold",
}


@cache
def register_fonts() -> None:
    """Register Inter (with its family, so <b> and <i> work) and the fallback; idempotent."""
    for name, style in _INTER.items():
        pdfmetrics.registerFont(TTFont(name, FONT_FILES[style]))
    pdfmetrics.registerFont(TTFont(FALLBACK, FALLBACK_FILES["regular"]))
    pdfmetrics.registerFont(TTFont(FALLBACK_BOLD, FALLBACK_FILES["bold"]))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    pdfmetrics.registerFontFamily(SEMIBOLD, normal=SEMIBOLD, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    # Fallback runs inside bold text stay bold.
    pdfmetrics.registerFontFamily(FALLBACK, normal=FALLBACK, bold=FALLBACK_BOLD, italic=FALLBACK,
                                  boldItalic=FALLBACK_BOLD)


@cache
def _inter_chars() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)


@lru_cache(maxsize=4096)
def has_glyphs(text: str) -> bool:
    """True when Inter can draw every character of `text` (line breaks aside)."""
    chars = _inter_chars()
    return all(ord(ch) in chars or ch in "\n\r\t" for ch in text)


def markup(text: str, bold: bool = False) -> str:
    """User text as safe Paragraph markup: escaped, fallback font around what Inter lacks.

    `bold` keeps the fallback runs bold in a bold style (the style's font is not a family).
    """
    chars = _inter_chars()
    out: list[str] = []
    run: list[str] = []
    in_fallback = False
    for ch in visual_order(text):
        fallback = ord(ch) not in chars and not ch.isspace()
        if fallback != in_fallback and run:
            out.append(_run("".join(run), in_fallback, bold))
            run = []
        in_fallback = fallback
        run.append(ch)
    if run:
        out.append(_run("".join(run), in_fallback, bold))
    return "".join(out)


_RTL_RUN = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]+(?:[\s\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]*"
                      r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff])?")


def visual_order(text: str) -> str:
    """Hebrew and Arabic runs reversed, so a line drawn left to right reads right to left.

    ReportLab orders right-to-left text only with the optional rlbidi package; names are
    short, so reversing each run is the whole of the bidi algorithm they need.
    """
    return _RTL_RUN.sub(lambda m: m.group(0)[::-1], text)


def markup_lines(text: str) -> str:
    """Like `markup`, keeping the writer's line breaks (notes, commitments)."""
    return "<br/>".join(markup(line) for line in text.splitlines())


def _run(text: str, fallback: bool, bold: bool) -> str:
    safe = escape(text, {'"': "&quot;"})
    if not fallback:
        return safe
    return f'<font name="{FALLBACK_BOLD if bold else FALLBACK}">{safe}</font>'

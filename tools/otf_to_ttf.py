"""Convert Inter's OpenType (CFF) fonts to TrueType outlines, which reportlab can embed.

Run once by a developer when the shipped fonts change (needs `pip install fonttools`):
    python tools/otf_to_ttf.py /usr/share/fonts/opentype/inter assets/fonts
Debian's `fonts-inter` package provides the .otf files; Inter is under the SIL OFL 1.1.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

STYLES = ("Regular", "Bold", "Italic", "BoldItalic", "SemiBold")
MAX_ERR = 1.0  # font units: quadratic approximation error


def convert(src: Path, dst: Path) -> None:
    font = TTFont(src)
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType, post.extraNames, post.mapping = 2.0, [], {}
    post.glyphOrder = glyph_order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(dst)


def main(src_dir: str, dst_dir: str) -> int:
    for style in STYLES:
        convert(Path(src_dir) / f"Inter-{style}.otf", Path(dst_dir) / f"Inter-{style}.ttf")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:3]))

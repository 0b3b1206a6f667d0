"""The product's typeface on paper: Inter, with DejaVu Sans for the scripts Inter lacks.

Fonts are registered once per process. User text goes through `markup()`, which escapes it
and wraps the characters Inter cannot draw in the fallback font, so a name in any script
prints as typed and is never read as markup.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from functools import cache, lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfdoc, pdfmetrics, ttfonts
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from workshop_app.resources import FALLBACK_FILES, FONT_FILES

REGULAR = "Inter"
BOLD = "Inter-Bold"
ITALIC = "Inter-Italic"
BOLD_ITALIC = "Inter-BoldItalic"
SEMIBOLD = "Inter-SemiBold"
FALLBACK = "DejaVuSans"
FALLBACK_BOLD = "DejaVuSans-Bold"
# Chinese, Japanese and Korean: reportlab's own CID fonts (the viewer supplies the glyphs).
CJK = {"zh": "STSong-Light", "ja": "HeiseiKakuGo-W5", "ko": "HYGothic-Medium"}

_INTER = {
    REGULAR: "regular",
    BOLD: "bold",
    ITALIC: "italic",
    BOLD_ITALIC: "bold_italic",
    SEMIBOLD: "semibold",
}


@cache
def register_fonts() -> None:
    """Register Inter (with its family, so <b> and <i> work) and the CJK fonts; idempotent.
    The fallback for other scripts comes with the first text that needs it (`markup`)."""
    for name, style in _INTER.items():
        font = _Font(name, FONT_FILES[style])
        font.face.__class__ = _SharedSubsetFace
        pdfmetrics.registerFont(font)
    for name in CJK.values():
        pdfmetrics.registerFont(UnicodeCIDFont(name))
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    pdfmetrics.registerFontFamily(SEMIBOLD, normal=SEMIBOLD, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)


@cache
def register_fallback() -> None:
    """Register DejaVu Sans, for the scripts Inter lacks: when a text first needs it, since
    reading its two files is half the fonts' start (most rooms never need it)."""
    register_fonts()
    pdfmetrics.registerFont(TTFont(FALLBACK, FALLBACK_FILES["regular"]))
    pdfmetrics.registerFont(TTFont(FALLBACK_BOLD, FALLBACK_FILES["bold"]))
    # Fallback runs inside bold text stay bold.
    pdfmetrics.registerFontFamily(FALLBACK, normal=FALLBACK, bold=FALLBACK_BOLD, italic=FALLBACK,
                                  boldItalic=FALLBACK_BOLD)


class _Font(TTFont):
    """Inter, with a fast path for text whose characters all have codes in the first subset."""

    def splitString(self, text: str, doc: pdfdoc.PDFDocument, encoding: str = "utf-8") -> list[tuple[int, bytes]]:  # noqa: N802
        """reportlab's result, without its loop over characters when every one is known already
        (nearly always: the documents seed the subsets with their own texts' characters)."""
        state = self.state.get(doc)
        if state is not None and text and isinstance(text, str):
            try:
                return [(0, bytes(map(state.assignments.__getitem__, map(ord, text))))]
            except (KeyError, ValueError):  # a new character, or one past the first subset
                pass
        return super().splitString(text, doc, encoding)

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:  # noqa: N802 - reportlab's name
        """reportlab's font objects (TTFont.addObjects), in the same order, with each subset's
        widths and character map formatted and compressed once per process: the seeded subsets
        are the same in every document."""
        state = self.state.get(doc)
        if state is None:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        face, fonts = self.face, doc.idToObject["BasicFonts"].dict
        for n, subset in enumerate(state.subsets):
            name = self.getSubsetInternalName(n, doc)[1:]
            base = b"".join((ttfonts.SUBSETN(n), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
            _, cmap = _formatted_subset(face, base, tuple(subset))
            if doc.compression:  # compressed as reportlab compresses it, from bytes made once
                stream = pdfdoc.PDFStream(content=cmap, filters=[])
                stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
            else:
                stream = pdfdoc.PDFStream(content=ttfonts.makeToUnicodeCMap(base, subset))
            to_unicode = doc.Reference(stream, "toUnicodeCMap:" + base)
            descriptor = face.addSubsetObjects(doc, base, subset)
            font = _Filled(*_font_dictionary(face, name, base, tuple(subset)), (descriptor, to_unicode))
            font.__RefOnly__ = 1  # as reportlab's font: the fonts dictionary holds a reference to it
            doc.Reference(font, name)
            fonts[name] = font
        del self.state[doc]


class _Formatted(pdfdoc.PDFObject):
    """A PDF object whose bytes were formatted already."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: pdfdoc.PDFDocument) -> bytes:  # noqa: ARG002 - reportlab's signature
        return self.data


class _Slot(pdfdoc.PDFObject):
    """Where a reference goes in an object formatted before its document numbers its objects."""

    def __init__(self, number: int) -> None:
        self.mark = b"\0%d\0" % number

    def format(self, document: pdfdoc.PDFDocument) -> bytes:  # noqa: ARG002 - reportlab's signature
        return self.mark


_SLOT = re.compile(rb"\0(\d)\0")


def _cut_at_slots(data: bytes) -> tuple[tuple[bytes, ...], tuple[int, ...]]:
    """`data`'s pieces between its slots, and the slots' numbers in the order they come."""
    parts = _SLOT.split(data)
    return tuple(parts[::2]), tuple(int(n) for n in parts[1::2])


class _Filled(pdfdoc.PDFObject):
    """An object formatted once per process, its references filled in as each document is
    written: reportlab formatting the same font dictionaries in every debrief was a twentieth
    of its time."""

    def __init__(self, pieces: tuple[bytes, ...], order: tuple[int, ...],
                 references: tuple[pdfdoc.PDFObjectReference, ...]) -> None:
        self.pieces, self.order, self.references = pieces, order, references

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        out = [self.pieces[0]]
        for slot, piece in zip(self.order, self.pieces[1:]):
            out += (self.references[slot].format(document), piece)
        return b"".join(out)


@lru_cache(maxsize=256)
def _font_dictionary(face: TTFontFace, name: str, base: str, subset: tuple[int, ...]) -> tuple[tuple[bytes, ...], tuple[int, ...]]:
    """A subset's font dictionary as reportlab formats it, cut where its descriptor (slot 0)
    and its character map (slot 1) are referred to."""
    font = pdfdoc.PDFTrueTypeFont()
    font.Name, font.BaseFont, font.FirstChar, font.LastChar = name, base, 0, len(subset) - 1
    font.Widths = _Formatted(_formatted_subset(face, base, subset)[0])
    font.FontDescriptor, font.ToUnicode = _Slot(0), _Slot(1)
    return _cut_at_slots(font.format(None))


@lru_cache(maxsize=256)
def _formatted_subset(face: TTFontFace, base_font: str, subset: tuple[int, ...]) -> tuple[bytes, bytes]:
    """A subset's /Widths array as reportlab formats it, and its compressed /ToUnicode map."""
    widths = pdfdoc.PDFArray(list(map(face.getCharWidth, subset))).format(None)
    return widths, zlib.compress(ttfonts.makeToUnicodeCMap(base_font, list(subset)).encode("utf-8"))


class _SharedSubsetFace(TTFontFace):
    """A face that makes each distinct subset once per process, and compresses it once.

    Every document starts its Inter subsets with the same characters (`seed_subsets`), so
    those subsets are the same from one document to the next: cutting and compressing them
    again was a tenth of a debrief's time.
    """

    _subsets: dict[tuple[int, ...], tuple[bytes, int]]  # subset -> compressed font file, its length

    def addSubsetObjects(self, doc: pdfdoc.PDFDocument, fontname: str, subset: list[int]) -> object:  # noqa: N802
        """reportlab's own descriptor, around a font file made once per subset."""
        cache = self.__dict__.setdefault("_subsets", {})
        key = tuple(subset)
        if key not in cache:
            content = self.makeSubset(subset)
            cache[key] = zlib.compress(content), len(content)
        compressed, length = cache[key]
        stream = pdfdoc.PDFStream(content=compressed, filters=[])
        stream.dictionary["Length1"] = length
        stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
        font_file = doc.Reference(stream, f"fontFile:{self.filename}({fontname})")
        descriptors = self.__dict__.setdefault("_descriptors", {})
        if fontname not in descriptors:
            descriptors[fontname] = self._descriptor(fontname)
        return doc.Reference(_Filled(*descriptors[fontname], (font_file,)), "fontDescriptor:" + fontname)

    def _descriptor(self, fontname: str) -> tuple[tuple[bytes, ...], tuple[int, ...]]:
        """reportlab's font descriptor, formatted, cut where its font file (slot 0) goes."""
        flags = (self.flags & ~ttfonts.FF_NONSYMBOLIC) | ttfonts.FF_SYMBOLIC
        return _cut_at_slots(pdfdoc.PDFDictionary({
            "Type": "/FontDescriptor", "Ascent": self.ascent, "CapHeight": self.capHeight,
            "Descent": self.descent, "Flags": flags, "FontBBox": pdfdoc.PDFArray(self.bbox),
            "FontName": pdfdoc.PDFName(fontname), "ItalicAngle": self.italicAngle, "StemV": self.stemV,
            "FontFile2": _Slot(0), "MissingWidth": self.defaultWidth,
        }).format(None))


def seed_subsets(doc: pdfdoc.PDFDocument, chars: str) -> None:
    """Give `doc`'s Inter fonts their first subsets: `chars`, in this order, each subset closed.

    Characters used later go to subsets of their own, so the first ones are the same in every
    document: the print pack keeps one copy of them, and they are cut once per process.
    A seeded font the document never writes with is not embedded.
    """
    register_fonts()
    for name in _INTER:
        font = pdfmetrics.getFont(name)
        state = font._assignState(doc)  # noqa: SLF001 - reportlab's hook for this
        if state.assignments.keys() - {0, *range(32, 128)}:
            continue  # already written with: its codes are taken
        assignments, subsets, next_code = _seeded(name, chars)
        state.assignments, state.nextCode = dict(assignments), next_code
        state.subsets = [list(s) for s in subsets]
        state.seed = chars  # its first subset's codes are those of every document seeded alike


def seed_of(font: TTFont, doc: pdfdoc.PDFDocument) -> str | None:
    """The characters `doc`'s state of `font` was seeded with, or None."""
    state = font.state.get(doc) if font._dynamicFont else None  # noqa: SLF001
    return getattr(state, "seed", None)


def seeded_codes(name: str, seed: str, text: str) -> bytes | None:
    """`text` in the first subset of font `name` seeded with `seed`: the same bytes in every
    document seeded alike. None when a character is not in the seed."""
    codes = _seeded(name, seed)[0]
    try:
        return bytes(codes[ord(ch)] for ch in text)
    except (KeyError, ValueError):
        return None


class _SeedKey:
    """Stands for a document while a seeded state is made (fonts keep states by document)."""


@lru_cache(maxsize=16)
def _seeded(name: str, chars: str) -> tuple[dict[int, int], tuple[tuple[int, ...], ...], int]:
    """A font's state once seeded with `chars`, made once: the codes, the subsets, the next code.

    Assigning codes one character at a time was a fiftieth of a debrief's time."""
    font, key = pdfmetrics.getFont(name), _SeedKey()
    state = font._assignState(key)  # noqa: SLF001 - reportlab's hook for this
    font.splitString(chars, key)
    del font.state[key]
    next_code = -(-state.nextCode // 256) * 256  # the next character opens a new subset
    return dict(state.assignments), tuple(map(tuple, state.subsets)), next_code


@lru_cache(maxsize=4096)
def text_width(text: str, font: str, size: float) -> float:
    """reportlab's stringWidth, measured once per text: the documents place the same labels,
    leads and right-aligned lines in every copy."""
    return pdfmetrics.stringWidth(text, font, size)


@cache
def _inter_chars() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)


@lru_cache(maxsize=4096)
def has_glyphs(text: str) -> bool:
    """True when Inter can draw every character of `text` (line breaks aside)."""
    chars = _inter_chars()
    return all(ord(ch) in chars or ch in "\n\r\t" for ch in text)


def _cjk_script(ch: str) -> str | None:
    """"ko", "ja" or "han" for a CJK character, None otherwise."""
    code = ord(ch)
    if 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F or 0xAC00 <= code <= 0xD7AF:
        return "ko"
    if 0x3040 <= code <= 0x30FF or 0x31F0 <= code <= 0x31FF or 0xFF66 <= code <= 0xFF9F:
        return "ja"
    if (0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF
            or 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFF65 or 0x20000 <= code <= 0x2FA1F):
        return "han"
    return None


def _han_font(text: str) -> str:
    """Ideographs in a name with kana are Japanese, with hangul Korean, otherwise Chinese."""
    scripts = {_cjk_script(ch) for ch in text}
    return CJK["ja"] if "ja" in scripts else CJK["ko"] if "ko" in scripts else CJK["zh"]


def markup(text: str, bold: bool = False) -> str:
    """User text as safe Paragraph markup: escaped, another font around what Inter lacks.

    DejaVu Sans draws the scripts Inter lacks, a CID font the Chinese, Japanese and Korean
    characters. `bold` keeps the DejaVu runs bold in a bold style (the style's font is not a family).
    """
    chars = _inter_chars()
    han = _han_font(text)
    out: list[str] = []
    run: list[str] = []
    current: str | None = None  # None: Inter
    for ch in visual_order(shape_arabic(text)):
        script = _cjk_script(ch)
        if script:
            font: str | None = CJK[script] if script != "han" else han
        elif ord(ch) in chars or ch.isspace():
            font = None
        else:
            register_fallback()
            font = FALLBACK_BOLD if bold else FALLBACK
        if font != current and run:
            out.append(_run("".join(run), current))
            run = []
        current = font
        run.append(ch)
    if run:
        out.append(_run("".join(run), current))
    return "".join(out)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """The text map of a subset, made once per subset (the seeded ones recur in every document)."""
    return _cmap(fontname, tuple(subset))


@lru_cache(maxsize=256)
def _cmap(fontname: str, subset: tuple[int, ...]) -> str:
    """reportlab's ToUnicode CMap, with characters above U+FFFF written as their UTF-16 pair.

    reportlab writes <1F600> for 😀, which readers take for two wrong characters; the PDF
    reference wants the UTF-16BE code units <D83DDE00>. Everything else is as reportlab writes it.
    """
    def utf16(v: int) -> str:
        return "".join(f"{b:02X}" for b in chr(v).encode("utf-16-be"))

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
        *[f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)],
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


_RTL_RUN = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]+(?:[\s\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]*"
                      r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff])?")


def visual_order(text: str) -> str:
    """Hebrew and Arabic runs reversed, so a line drawn left to right reads right to left.

    ReportLab orders right-to-left text only with the optional rlbidi package; names are
    short, so reversing each run is the whole of the bidi algorithm they need. Marks (vowel
    signs) stay after the letter they sit on.
    """
    return _RTL_RUN.sub(lambda m: "".join(reversed(_clusters(m.group(0)))), text)


def _clusters(run: str) -> list[str]:
    """A letter with the marks that follow it, as one unit."""
    clusters: list[str] = []
    for ch in run:
        if clusters and unicodedata.category(ch) == "Mn":
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return clusters


@cache
def _arabic_forms() -> dict[tuple[str, str], str]:
    """(letter or lam-alef, form) -> presentation form, read from Unicode's own decompositions."""
    forms: dict[tuple[str, str], str] = {}
    for code in range(0xFE70, 0xFEFD):
        tag, *hexes = unicodedata.decomposition(chr(code)).split() or [""]
        if tag in ("<isolated>", "<final>", "<initial>", "<medial>") and "0020" not in hexes:
            forms[("".join(chr(int(h, 16)) for h in hexes), tag[1:-1])] = chr(code)
    return forms


def shape_arabic(text: str) -> str:
    """Arabic letters in their joined forms (initial, medial, final), lam-alef as one glyph.

    ReportLab shapes only with the optional uharfbuzz package; the presentation forms in
    the fallback font give names their joined look without it.
    """
    forms = _arabic_forms()
    letters = [i for i, ch in enumerate(text) if unicodedata.category(ch) != "Mn"]
    out = list(text)

    def joins_next(ch: str) -> bool:  # a letter that connects to the one after it
        return (ch, "initial") in forms

    def joins_previous(ch: str) -> bool:
        return (ch, "final") in forms

    skip: set[int] = set()
    for k, i in enumerate(letters):
        if i in skip or (text[i], "isolated") not in forms:
            continue
        before = text[letters[k - 1]] if k > 0 and letters[k - 1] not in skip else ""
        after = text[letters[k + 1]] if k + 1 < len(letters) else ""
        linked_before = bool(before) and joins_next(before) and joins_previous(text[i])
        if after and (text[i] + after, "isolated") in forms:  # lam-alef
            out[i] = forms[(text[i] + after, "final" if linked_before else "isolated")]
            out[letters[k + 1]] = ""
            skip.add(letters[k + 1])
            continue
        linked_after = bool(after) and joins_next(text[i]) and joins_previous(after)
        form = {(True, True): "medial", (True, False): "final", (False, True): "initial"}.get(
            (linked_before, linked_after), "isolated")
        out[i] = forms.get((text[i], form), forms[(text[i], "isolated")])
    return "".join(out)


def markup_lines(text: str) -> str:
    """Like `markup`, keeping the writer's line breaks (notes, commitments)."""
    return "<br/>".join(markup(line) for line in text.splitlines())


def _run(text: str, font: str | None) -> str:
    safe = escape(text, {'"': "&quot;"})
    if font is None:
        return safe
    return f'<font name="{font}">{safe}</font>'

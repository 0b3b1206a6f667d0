"""The print pack: every debrief in one PDF, in participant order, ready for one print job.

The pack is made of the single debriefs' own objects, copied byte for byte (only object
numbers change), so every page of the pack is the page handed out, and each debrief is
rendered once. Objects that are the same in several debriefs are kept once: every debrief
starts its fonts with the same subsets (`fonts.seed_subsets`), so the fonts are embedded
once, not once per person. A debrief with an odd page count is followed by a blank page, so
printed recto-verso every person starts on a new sheet. Each manager has a bookmark at their
first page.

The files are our own reportlab output (a classic cross-reference table, references only in
dictionaries), which is what lets a pack of 300 be merged in a fraction of a second.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_CATALOG, _PAGES, _OUTLINES, _INFO = 1, 2, 3, 4  # the pack's own objects
_REF = re.compile(rb"(\d+) 0 R")
_PAGE = re.compile(rb"/Type /Page(?![A-Za-z])")
_PARENT = re.compile(rb"/Parent \d+ 0 R")
_XREF_ROW = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_TRAILER_REF = re.compile(rb"/(Root|Info) (\d+) 0 R")
_KIDS = re.compile(rb"/Kids \[([^\]]*)\]")
_PAGES_REF = re.compile(rb"/Pages (\d+) 0 R")
_MEDIA_BOX = re.compile(rb"/MediaBox \[[^\]]*\]")
_CARRIED = re.compile(rb"/(Lang|CreationDate|ModDate) (\([^)]*\))")


class PackError(ValueError):
    """A debrief that is not a PDF this module wrote."""


def merge_for_print(debriefs: Sequence[bytes], title: str, names: Sequence[str]) -> bytes:
    """The debriefs one after the other, `names[i]` bookmarking the first page of `debriefs[i]`."""
    if len(names) != len(debriefs):
        raise ValueError("one name per debrief")
    pack = _Pack()
    firsts = [pack.add(pdf) for pdf in debriefs]
    carried = dict(_CARRIED.findall(_object(debriefs[0], _trailer(debriefs[0])[b"Root"]))) if debriefs else {}
    return pack.write(title, list(zip(names, firsts)), carried)


class _Pack:
    def __init__(self) -> None:
        self.objects: list[bytes] = [b""] * 4  # bodies, object n at index n - 1
        self.known: dict[bytes, int] = {}  # a body already in the pack -> its number
        self.pages: list[int] = []

    def new(self, body: bytes, shared: bool = True) -> int:
        """The number of `body` in the pack: the one it has if it is there already (`shared`)."""
        if shared and body in self.known:
            return self.known[body]
        self.objects.append(body)
        number = len(self.objects)
        if shared:
            self.known[body] = number
        return number

    def add(self, pdf: bytes) -> int:
        """Copy one debrief's pages (and all they use); the number of its first page."""
        bodies = _objects(pdf)
        root = _trailer(pdf)[b"Root"]
        pages_id = int(_PAGES_REF.search(bodies[root]).group(1))
        kids = [int(n) for n in _REF.findall(_KIDS.search(bodies[pages_id]).group(1))]
        placed: dict[int, int] = {}

        def place(old: int) -> int:
            if old not in placed:
                body = bodies[old]
                head, stream = _split_stream(body)
                is_page = _PAGE.search(head) is not None
                if is_page:  # its parent is the pack's page tree, not followed like other references
                    head = _REF.sub(_renumber(place), _PARENT.sub(b"/Parent _", head))
                    head = head.replace(b"/Parent _", b"/Parent %d 0 R" % _PAGES)
                else:
                    head = _REF.sub(_renumber(place), head)
                placed[old] = self.new(head + stream, shared=not is_page)  # a page is in the tree once
            return placed[old]

        first = len(self.pages)
        self.pages += [place(k) for k in kids]
        if len(kids) % 2:
            box = _MEDIA_BOX.search(bodies[kids[-1]]).group(0)
            self.pages.append(self.new(b"<< /Type /Page /Parent %d 0 R %s /Resources << >> >>" % (_PAGES, box),
                                       shared=False))
        return self.pages[first]

    def write(self, title: str, bookmarks: list[tuple[str, int]], carried: dict[bytes, bytes]) -> bytes:
        kids = b" ".join(b"%d 0 R" % p for p in self.pages)
        self.objects[_PAGES - 1] = b"<< /Type /Pages /Count %d /Kids [ %s ] >>" % (len(self.pages), kids)
        self._outline(bookmarks)
        lang = b" /Lang " + carried[b"Lang"] if b"Lang" in carried else b""
        self.objects[_CATALOG - 1] = (b"<< /Type /Catalog /Pages %d 0 R /Outlines %d 0 R /PageMode /UseOutlines%s >>"
                                      % (_PAGES, _OUTLINES, lang))
        dates = b"".join(b" /%s %s" % (k, carried[k]) for k in (b"CreationDate", b"ModDate") if k in carried)
        self.objects[_INFO - 1] = (b"<< /Title %s /Creator %s /Producer (ReportLab PDF Library - www.reportlab.com)%s >>"
                                   % (_text(title), _text("Équilibriste"), dates))
        out = bytearray(b"%PDF-1.4\n%\x93\x8c\x8b\x9e\n")
        offsets = []
        for number, body in enumerate(self.objects, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
        start = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
        out += b"trailer\n<< /Info %d 0 R /Root %d 0 R /Size %d >>\nstartxref\n%d\n%%%%EOF\n" % (
            _INFO, _CATALOG, len(self.objects) + 1, start)
        return bytes(out)

    def _outline(self, bookmarks: list[tuple[str, int]]) -> None:
        first = len(self.objects) + 1
        numbers = list(range(first, first + len(bookmarks)))
        for i, (name, page) in enumerate(bookmarks):
            links = b"".join(b" /%s %d 0 R" % (key, numbers[j]) for key, j in ((b"Prev", i - 1), (b"Next", i + 1))
                             if 0 <= j < len(numbers))
            self.new(b"<< /Title %s /Parent %d 0 R%s /Dest [ %d 0 R /Fit ] >>" % (_text(name), _OUTLINES, links, page),
                     shared=False)
        ends = b" /First %d 0 R /Last %d 0 R" % (numbers[0], numbers[-1]) if numbers else b""
        self.objects[_OUTLINES - 1] = b"<< /Type /Outlines /Count %d%s >>" % (len(numbers), ends)


def _renumber(place: Callable[[int], int]) -> Callable[[re.Match[bytes]], bytes]:
    return lambda m: b"%d 0 R" % place(int(m.group(1)))


def _text(value: str) -> bytes:
    """A PDF text string: UTF-16 with its byte-order mark, in hex (any name, nothing to escape)."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode() + b">"


def _split_stream(body: bytes) -> tuple[bytes, bytes]:
    """(the dictionary, the stream from its keyword on): references live in the first only."""
    at = body.find(b"\nstream\n")
    return (body, b"") if at < 0 else (body[:at], body[at:])


def _objects(pdf: bytes) -> dict[int, bytes]:
    """Every object's body, found through the cross-reference table (never by scanning streams)."""
    start = int(pdf[pdf.rindex(b"startxref") + 9:].split()[0])
    header = pdf[start:start + 64].split(b"\n")
    if header[0].strip() != b"xref":
        raise PackError("not a debrief written by this program (no cross-reference table)")
    first, count = (int(x) for x in header[1].split())
    rows = _XREF_ROW.findall(pdf, start, start + 64 + 20 * (count + 1))[:count]
    offsets = sorted((int(off), first + i) for i, (off, _, kind) in enumerate(rows) if kind == b"n")
    ends = [o for o, _ in offsets[1:]] + [start]
    bodies = {}
    for (offset, number), end in zip(offsets, ends):
        chunk = pdf[offset:end]
        head = b"%d 0 obj\n" % number
        if not chunk.startswith(head):
            raise PackError(f"object {number} is not where the table says")
        bodies[number] = chunk[len(head):chunk.rindex(b"endobj")].rstrip(b"\n")
    return bodies


def _trailer(pdf: bytes) -> dict[bytes, int]:
    tail = pdf[pdf.rindex(b"trailer"):]
    return {k: int(v) for k, v in _TRAILER_REF.findall(tail)}


def _object(pdf: bytes, number: int) -> bytes:
    return _objects(pdf)[number]

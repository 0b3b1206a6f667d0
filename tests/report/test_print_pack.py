"""The print pack: every debrief in participant order, each on an even number of pages."""

from __future__ import annotations

import io
import subprocess

from pypdf import PdfReader

from tests.report.conftest import BALANCED, finish, flat
from workshop_app.report.batch import snapshot
from workshop_app.report.debrief import render_debrief
from workshop_app.report.print_pack import merge_for_print

NAMES = ("Marie Dupont", "Jean Martin", "Léa Roux")


def test_each_debrief_starts_on_a_new_sheet_and_keeps_its_own_page_numbers(make_session):
    store = make_session()
    ids = [store.add_participant(n) for n in NAMES]
    for pid in ids:
        finish(store, pid, BALANCED)
    # A long note pushes Jean's debrief to another page count than the others'.
    store.set_note(ids[1], "Une note longue. " * 100)
    session = snapshot(store)
    pdfs = [render_debrief(session.debrief(r)) for r in session.results]
    singles = [len(PdfReader(io.BytesIO(pdf)).pages) for pdf in pdfs]
    assert any(n % 2 for n in singles)  # the test needs an odd count somewhere

    pack = PdfReader(io.BytesIO(merge_for_print(pdfs, "Atelier", NAMES)))
    pages = [flat(p.extract_text()) for p in pack.pages]
    padded = [n + n % 2 for n in singles]
    assert len(pages) == sum(padded)
    assert pack.metadata.title == "Atelier"
    start = 0
    for name, n, sheet in zip(NAMES, singles, padded):
        own = pages[start:start + n]
        assert all(f"Personnel et confidentiel · {name}" in p for p in own)
        assert [f"page {i} / {n}" in p for i, p in enumerate(own, 1)] == [True] * n
        assert all(p == "" for p in pages[start + n:start + sheet])  # the blank back of the last sheet
        start += sheet


def _pack_and_singles(make_session, names=NAMES):
    store = make_session()
    for name in names:
        finish(store, store.add_participant(name), BALANCED)
    session = snapshot(store)
    pdfs = [render_debrief(session.debrief(r)) for r in session.results]
    pack = PdfReader(io.BytesIO(merge_for_print(pdfs, "Atelier", names)), strict=True)
    return pack, [PdfReader(io.BytesIO(p)) for p in pdfs]


def _font_files(reader: PdfReader) -> dict[str, set[int]]:
    """Embedded font file objects by font name (subset prefix kept), over every page."""
    files: dict[str, set[int]] = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            files.setdefault(str(font["/BaseFont"]), set()).add(descriptor.raw_get("/FontFile2").idnum)
    return files


def test_the_pack_embeds_each_font_subset_once(make_session):
    pack, singles = _pack_and_singles(make_session)
    in_pack = _font_files(pack)
    assert in_pack.keys() == set().union(*(_font_files(s).keys() for s in singles))
    # One file per subset for three debriefs: not one per debrief.
    assert {name: len(ids) for name, ids in in_pack.items()} == dict.fromkeys(in_pack, 1)


def _page_fonts(page) -> dict[str, bytes]:
    """A page's font resources: resource name -> the font file's bytes."""
    return {name: ref.get_object()["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
            for name, ref in page["/Resources"]["/Font"].items()}


def test_every_pack_page_draws_exactly_what_its_debrief_draws(make_session):
    pack, singles = _pack_and_singles(make_session, NAMES + ("Łukasz Wójcik",))  # Ł: outside the shared subsets
    pages = iter(pack.pages)
    for single in singles:
        for own in single.pages:
            packed = next(pages)
            assert packed.get_contents().get_data() == own.get_contents().get_data()
            assert _page_fonts(packed) == _page_fonts(own)
        if len(single.pages) % 2:
            next(pages)


def test_the_pack_has_one_bookmark_per_manager_at_their_first_page(make_session):
    pack, singles = _pack_and_singles(make_session)
    firsts, start = [], 0
    for single in singles:
        firsts.append(start)
        start += len(single.pages) + len(single.pages) % 2
    assert [item.title for item in pack.outline] == list(NAMES)
    assert [pack.get_destination_page_number(item) for item in pack.outline] == firsts


def test_the_pack_prints_like_its_debriefs_and_declares_their_language(make_session, tmp_path):
    store = make_session()
    for name in NAMES[:2]:
        finish(store, store.add_participant(name), BALANCED)
    session = snapshot(store)
    pdfs = [render_debrief(session.debrief(r)) for r in session.results]
    pack = merge_for_print(pdfs, "Atelier « Ouest »", NAMES[:2])
    reader = PdfReader(io.BytesIO(pack), strict=True)
    assert reader.trailer["/Root"]["/Lang"] == "fr-FR"
    assert reader.metadata.title == "Atelier « Ouest »"
    second = len(PdfReader(io.BytesIO(pdfs[0])).pages)
    second += second % 2
    assert _pixels(pack, second + 1, tmp_path / "pack") == _pixels(pdfs[1], 1, tmp_path / "single")


def _pixels(pdf: bytes, page: int, stem) -> bytes:
    """One page rendered by poppler, as PPM bytes."""
    source = stem.with_suffix(".pdf")
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "40", "-f", str(page), "-l", str(page), "-singlefile", source, stem], check=True)
    return stem.with_suffix(".ppm").read_bytes()

"""The print pack: every debrief in participant order, each on an even number of pages."""

from __future__ import annotations

import io

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

    pack = PdfReader(io.BytesIO(merge_for_print(pdfs, "Atelier")))
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

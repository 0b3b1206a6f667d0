"""The debrief benchmark's baseline draws what the debrief draws, operator for operator."""

from __future__ import annotations

import io
import subprocess
from collections import Counter

from pypdf import PdfReader
from pypdf.generic import ContentStream

from benchmarks.replay import operations_of, replay
from tests.report.conftest import FIREFIGHTER, finish
from workshop_app.report import fonts
from workshop_app.report.batch import snapshot
from workshop_app.report.debrief import render_debrief


def _operators(pdf: bytes) -> list[Counter[bytes]]:
    reader = PdfReader(io.BytesIO(pdf))
    return [Counter(op for _, op in ContentStream(page.get_contents(), reader).operations) for page in reader.pages]


def _pixels(pdf: bytes, stem) -> bytes:
    source = stem.with_suffix(".pdf")
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "40", "-singlefile", source, stem], check=True)  # the first page
    return stem.with_suffix(".ppm").read_bytes()


def test_the_baseline_emits_the_debriefs_own_operators_and_pixels(make_session, tmp_path):
    store = make_session()
    for name in ("Marie Dupont", "Jean Martin", "Léa Roux", "Paul Girard"):
        finish(store, store.add_participant(name), FIREFIGHTER)
    session = snapshot(store)
    debrief = render_debrief(session.debrief(session.results[0]))
    again = replay(operations_of(debrief), fonts.REGULAR)
    counts = _operators(debrief)
    assert sum(c[b"c"] for c in counts) > 0 and sum(c[b"re"] for c in counts) > 0  # curves and rectangles
    assert _operators(again) == counts
    assert _pixels(again, tmp_path / "again") == _pixels(debrief, tmp_path / "debrief")

"""A document frees what it made as it returns: nothing is left for the garbage collector.

A batch writes hundreds of debriefs in one process; objects caught in reference cycles wait
for the collector, which then walks them and everything alive beside them, again and again.
"""

from __future__ import annotations

import gc

from tests.report.conftest import BALANCED, finish
from workshop_app.report.batch import snapshot
from workshop_app.report.debrief import render_debrief
from workshop_app.report.synthesis import render_synthesis


def _cyclic_garbage(write) -> int:
    write()  # the shared parts are made once per process: not garbage
    gc.collect()
    gc.disable()
    try:
        write()
        return gc.collect()
    finally:
        gc.enable()


def test_a_debrief_and_a_synthesis_leave_no_reference_cycle(make_session):
    store = make_session()
    for name in ("Marie-Claire Dupont", "Jean Martin", "Léa Roux"):
        finish(store, store.add_participant(name), BALANCED)
    session = snapshot(store)
    data = session.debrief(session.results[0])
    assert _cyclic_garbage(lambda: render_debrief(data)) == 0
    assert _cyclic_garbage(lambda: render_synthesis(session.synthesis())) == 0

"""The debriefs' budgets (DESIGN.md §7).

- `debrief_one_ms`: one personal debrief of the demo session, rendered to bytes, median.
  Budget: < 10 ms.
- `debrief_baseline_ms`: a reportlab canvas emitting that debrief's own drawing operators, page
  by page (`replay.py`: the same text in the same fonts, paths, colours, states, transforms),
  same run, turn about with the debrief. `debrief_ratio`: the two divided. Budget: <= 1.3.
- `debrief_bare_baseline_ms`, `debrief_bare_ratio`: the earlier, barer baseline, kept for
  continuity: as many pages, text runs and characters in the same fonts, and one filled
  rectangle per painted shape.
- `debrief_batch_30_s`, `debrief_batch_300_s`: `workshop-app debrief` on a 30- and a
  300-participant demo session, as a new process: the debriefs, the print pack and the
  synthesis. Budgets: < 1 s, < 4 s. Median of 3.
- `print_pack_300_mb`: the print pack of the 300-participant run, in MB. Budget: < 4.
"""

from __future__ import annotations

import io
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from statistics import median

from common import Figure, console_script, launch_env, median_ms
from pypdf import PdfReader
from replay import operations_of, replay
from pypdf.generic import ContentStream
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from workshop_app.report import fonts
from workshop_app.report.batch import read_session
from workshop_app.report.debrief import render_debrief
from workshop_app.store.demo import create_demo_session

SHOW_OPERATORS = {b"Tj", b"TJ", b"'", b'"'}
PAINT_OPERATORS = {b"f", b"F", b"f*", b"S", b"s", b"B", b"B*", b"b", b"b*"}
ALL_FONTS = (fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC, fonts.SEMIBOLD, fonts.FALLBACK,
             fonts.FALLBACK_BOLD)


@dataclass(frozen=True)
class Content:
    pages: int
    chars: int  # of extracted text
    text_runs: int  # text show operators: a line, or a run of one font in a line
    shapes: int  # painted paths (fill or stroke operators)
    fonts: tuple[str, ...]  # registered names of the embedded fonts


def content_of(pdf: bytes) -> Content:
    """What a PDF draws, counted in its content streams."""
    reader = PdfReader(io.BytesIO(pdf))
    by_face = {_face(name): name for name in ALL_FONTS}
    chars = runs = shapes = 0
    used: set[str] = set()
    for page in reader.pages:
        chars += len(page.extract_text() or "")
        for _, operator in ContentStream(page.get_contents(), reader).operations:
            runs += operator in SHOW_OPERATORS
            shapes += operator in PAINT_OPERATORS
        for ref in page["/Resources"]["/Font"].values():
            base = str(ref.get_object()["/BaseFont"]).split("+")[-1]
            if base in by_face:
                used.add(by_face[base])
    return Content(len(reader.pages), chars, runs, shapes, tuple(sorted(used)))


def _face(name: str) -> str:
    face = pdfmetrics.getFont(name).face.name
    return face.decode() if isinstance(face, bytes) else face


def bare_canvas(c: Content) -> bytes:
    """The same content without layout: as many strings (one per text run), characters, fonts
    and filled rectangles, spread evenly over as many pages."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    sample = "Équilibre du manager commercial : faire, analyser, commando, développer. "
    line = (sample * (c.chars // len(sample) + 1))[:max(1, c.chars // c.text_runs)]
    for page in range(c.pages):
        for i in range(c.text_runs // c.pages):
            canvas.setFont(c.fonts[i % len(c.fonts)], 9.5)
            canvas.drawString(56, 790 - (i % 64) * 11.5, line)
        for i in range(c.shapes // c.pages):
            canvas.rect(56 + (i % 40) * 12, 60 + (i // 40) * 12, 10, 10, stroke=0, fill=1)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def interleaved_medians_ms(*actions: Callable[[], object], repeat: int = 40) -> list[float]:
    """Median times of `actions` run turn about, so a busy moment weighs on all alike."""
    times: list[list[float]] = [[] for _ in actions]
    for i in range(repeat + 3):
        for action, out in zip(actions, times):
            start = time.perf_counter()
            action()
            if i >= 3:  # warm-up
                out.append((time.perf_counter() - start) * 1000)
    return [median(t) for t in times]


def batch_seconds(folder: Path, participants: int) -> tuple[float, float]:
    """Median seconds of the command line's whole run, and the print pack's size in MB."""
    path = create_demo_session(folder / str(participants), participants, "fr", 2026)
    out = folder / f"out-{participants}"
    command = console_script() + ["debrief", str(path), "--out", str(out)]
    seconds = median_ms(lambda: subprocess.run(command, check=True, capture_output=True, env=launch_env()), repeat=3, warmup=1) / 1000
    return seconds, (out / "print-pack.pdf").stat().st_size / 1e6


def measure() -> list[Figure]:
    fonts.register_fallback()  # the baseline replays every face, DejaVu Sans with them
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = create_demo_session(folder, 30, "fr", 2026)
        session = read_session(path)
        data = session.debrief(next(r for r in session.results if r.finished))
        pdf = render_debrief(data)
        content, operations = content_of(pdf), operations_of(pdf)
        one, baseline, bare = interleaved_medians_ms(lambda: render_debrief(data),
                                                     lambda: replay(operations, fonts.REGULAR),
                                                     lambda: bare_canvas(content))
        batch_30, _ = batch_seconds(folder, 30)
        batch_300, pack_mb = batch_seconds(folder, 300)
    return [
        ("debrief_one_ms", one, "ms"),
        ("debrief_baseline_ms", baseline, "ms"),
        ("debrief_ratio", one / baseline, "x"),
        ("debrief_bare_baseline_ms", bare, "ms"),
        ("debrief_bare_ratio", one / bare, "x"),
        ("debrief_batch_30_s", batch_30, "s"),
        ("debrief_batch_300_s", batch_300, "s"),
        ("print_pack_300_mb", pack_mb, "MB"),
    ]


if __name__ == "__main__":
    for name, value, unit in measure():
        print(f"{name} {value:.3f} {unit}")

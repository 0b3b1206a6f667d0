"""The parts every document shows alike are made once per process and shared, never a person's.

A batch writes thirty debriefs that show the same map ground, legends and scales; those shapes
are built once. These tests prove that sharing them changes no byte of any document and that
nothing of one reader reaches another's drawing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reportlab.graphics.shapes import String

from workshop_app.report import charts
from workshop_app.report.map_drawing import Arrow, balance_map

NAMES_A = {"faire": "Faire", "analyser": "Analyser", "commando": "Commando", "developper": "Développer"}
NAMES_B = {"faire": "Vendre", "analyser": "Piloter", "commando": "Accompagner", "developper": "Faire grandir"}


def test_maps_share_their_ground_and_keep_their_people_to_themselves():
    first = balance_map(200, "fr", NAMES_A, highlight=(0.5, 0.5), highlight_label="Vous",
                        arrows=[Arrow((0.5, 0.5), (-0.2, 0.1))])
    second = balance_map(200, "fr", NAMES_A, highlight=(-0.4, -0.3), highlight_label="Vous")
    ground = len(balance_map(200, "fr", NAMES_A).contents)
    assert ground > 0
    assert all(a is b for a, b in zip(first.contents[:ground], second.contents[:ground]))
    # The first reader's arrow and dot stay in the first drawing: nothing was added to the shared part.
    assert len(balance_map(200, "fr", NAMES_A).contents) == ground
    assert len(second.contents) < len(first.contents)


def test_a_map_with_other_territory_names_or_language_gets_its_own_words():
    words = {s.text for s in balance_map(200, "fr", NAMES_A).contents if isinstance(s, String)}
    other = {s.text for s in balance_map(200, "fr", NAMES_B).contents if isinstance(s, String)}
    english = {s.text for s in balance_map(200, "en", NAMES_A).contents if isinstance(s, String)}
    assert set(NAMES_A.values()) <= words and not set(NAMES_A.values()) & other
    assert set(NAMES_B.values()) <= other
    assert "Hommes" in words and "Hommes" not in english and "People" in english


def test_a_tension_scale_shares_its_steps_and_keeps_its_answer_to_itself():
    answered = charts.tension_scale(200, 7, 3, 4.5)
    blank = charts.tension_scale(200, 7, None, None)
    assert len(blank.contents) == 2
    assert all(a is b for a, b in zip(answered.contents, blank.contents))
    assert len(answered.contents) == 4
    assert len(charts.tension_scale(200, 7, None, None).contents) == 2


WRITE = """
import hashlib, sys
from pathlib import Path
from workshop_app.report.batch import read_session
from workshop_app.report.debrief import render_debrief
session = read_session(Path(sys.argv[1]))
results = session.results
warm = sys.argv[2] == "warm"
if warm:  # every other debrief first: the shared parts are made by someone else
    for r in results[1:]:
        render_debrief(session.debrief(r))
print(hashlib.sha256(render_debrief(session.debrief(results[0]))).hexdigest())
"""


def test_a_debrief_is_the_same_bytes_first_in_a_process_or_after_thirty_others(tmp_path):
    from workshop_app.store.demo import create_demo_session

    path = create_demo_session(tmp_path, 30, "fr", 2026)
    env = {"SOURCE_DATE_EPOCH": "1767225600", "PATH": "", "PYTHONPATH": str(Path(__file__).parents[2])}

    def digest(mode: str) -> str:
        out = subprocess.run([sys.executable, "-c", WRITE, str(path), mode], env=env, check=True,
                             capture_output=True, text=True)
        return out.stdout.strip()

    cold, warm = digest("cold"), digest("warm")
    assert len(cold) == 64 and cold == warm


def test_a_session_title_is_parsed_once_and_each_document_lays_out_its_own_copy():
    from workshop_app.report.layout import TITLE, shared_para

    title = "Séminaire des managers commerciaux <Région Ouest> & partenaires"
    first, second = shared_para(title, TITLE), shared_para(title, TITLE)
    assert first is not second and first.frags[0] is not second.frags[0]
    assert "".join(f.text for f in first.frags) == title  # plain text: the markup is escaped
    assert [f.text for f in first.frags] == [f.text for f in second.frags]
    _, narrow = first.wrap(80, 1000)
    _, wide = second.wrap(500, 1000)
    assert narrow > wide  # each copy broke its own lines
    assert shared_para(title, TITLE).wrap(500, 1000)[1] == wide


def test_a_shared_shape_is_outlined_once_and_written_the_same_every_time(monkeypatch):
    """The second document takes the ground's outlines as the first wrote them, byte for byte."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from workshop_app.report import fonts
    from workshop_app.report.painter import paint

    fonts.register_fonts()
    # Names of this test's own, so no other test has outlined this ground before.
    NAMES_OWN = {"faire": "Prospecter", "analyser": "Mesurer", "commando": "Épauler", "developper": "Former"}  # noqa: N806
    outlined: list[str] = []
    for name in ("rect", "roundRect", "circle", "line", "drawPath"):
        method = getattr(Canvas, name)
        monkeypatch.setattr(Canvas, name, lambda self, *a, _m=method, _n=name, **k: outlined.append(_n) or _m(self, *a, **k))
    written = []
    for _ in range(2):
        canvas = Canvas(io.BytesIO(), initialFontName=fonts.REGULAR)
        before = len(outlined)
        paint(balance_map(200, "fr", NAMES_OWN), canvas)
        written.append((canvas._code, len(outlined) - before))
    (first, outlines_first), (second, outlines_second) = written
    assert outlines_first > 0 and outlines_second == 0
    assert second == first


def test_bars_of_the_same_length_share_their_pattern_and_others_get_their_own():
    from reportlab.graphics.shapes import Path as PathShape

    def patterns(values):
        return [s for s in charts.territory_bars(400, NAMES_A, values).contents if isinstance(s, PathShape)]

    first = patterns({"faire": 75, "analyser": 50, "commando": 25, "developper": 62.5})
    second = patterns({"faire": 75, "analyser": 50, "commando": 25, "developper": 62.5})
    other = patterns({"faire": 75, "analyser": 50, "commando": 25, "developper": 87.5})
    assert first and all(a is b for a, b in zip(first, second))
    assert [a is b for a, b in zip(first, other)] == [True] * (len(first) - 1) + [False]
    # The longer bar's strokes reach further right.
    assert max(other[-1].points[::2]) > max(first[-1].points[::2])

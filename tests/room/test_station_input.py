"""One deliberate action, one effect, with real input: double-clicks and fast double taps on
answer tiles and on Suivant, Enter in a commitment, a whole short form by mouse.

xdotool has no touch events and this X server has no touch device (no uinput either), so a
double tap is played as what a touch screen's driver sends: two clicks 60 ms apart."""

from __future__ import annotations

from tests.room.at_the_station import NAMES, centre, counter, open_station, ready, responses, session, start_as
from tests.room.conftest import Room

TAP_MS = 60  # two taps of one finger, as fast as a touch screen reports them


def test_a_double_click_or_a_double_tap_on_an_answer_tile_answers_one_statement(room: Room) -> None:
    path = session(room, "full")
    app = room.start_app(session=path)
    open_station(room, app)
    start_as(room, app)
    assert counter(app, room) == "1 / 24"

    room.double_click(*centre(ready(app, room, name="answer", index=2)))  # "3", double-clicked
    room.wait_until(lambda: counter(app, room) == "2 / 24", "the second statement")
    room.double_click(*centre(ready(app, room, name="answer", index=3)), delay_ms=TAP_MS)  # "4", double tap
    room.wait_until(lambda: counter(app, room) == "3 / 24", "the third statement")
    ready(app, room, name="answer", index=0)  # settled on the third: nothing more can land

    answers = dict(responses(path)[0].answers)
    assert answers == {"p01": 3, "p02": 4}  # one answer each, the third statement untouched


def test_double_clicks_on_suivant_never_skip_a_page_and_a_short_form_runs_by_mouse(room: Room) -> None:
    path = session(room, "short")
    app = room.start_app(session=path)
    open_station(room, app)
    start_as(room, app)

    # Today: 50 points on the first territory, 50 on the last, by the + buttons (5 points a click).
    for index in (0, 3):
        plus = ready(app, room, text="+", index=index)
        room.click(*centre(plus), repeat=10, delay_ms=80)
    room.wait_until(lambda: ready(app, room, text="Suivant")["enabled"], "Suivant enabled")
    room.double_click(*centre(ready(app, room, text="Suivant")))
    ideal = ready(app, room, text="Comme aujourd’hui")  # the ideal page, settled: the second click did nothing
    stored, _ = responses(path)
    assert dict(stored.allocations) == {"today": {"faire": 50, "analyser": 0, "commando": 0, "developper": 50}}
    assert [w["enabled"] for w in app.widgets() if w["text"] == "Suivant"] == [False]  # today's is not the ideal yet

    room.click_widget(ready(app, room, text="−", index=0))  # the ideal: 5 points from the first...
    room.click_widget(ready(app, room, text="+", index=1))  # ...to the second
    room.double_click(*centre(ready(app, room, text="Suivant")))
    ready(app, room, name="step", index=0)  # the trade-offs, settled
    stored, _ = responses(path)
    assert dict(stored.allocations["ideal"]) == {"faire": 45, "analyser": 5, "commando": 0, "developper": 50}
    assert ideal  # (the ideal page was shown between them)

    for scale, step in enumerate((1, 4, 6)):  # three scales of seven steps, top to bottom
        room.click_widget(ready(app, room, name="step", index=scale * 7 + step))
    room.double_click(*centre(ready(app, room, text="Suivant")))
    first = ready(app, room, name="action", index=0)  # the commitments, settled: not passed
    assert dict(responses(path)[0].tensions) == {"horizon": 2, "mode": 5, "focus": 7}

    room.click_widget(first)
    room.type_text("Un point par semaine")
    room.key("Return")  # Enter goes to the next field, never finishes
    room.type_text("Un tour terrain")
    room.key("Return")
    assert not [w for w in app.widgets() if w["text"] in ("Oui, terminer", "Merci, Amélie Durand\u202f!")]
    fields = sorted((w for w in app.widgets() if w["name"] == "action"), key=lambda w: w["y"])
    assert [f["text"] for f in fields] == ["Un point par semaine", "Un tour terrain", ""]
    assert not responses(path)[0].commitment_actions  # written when the page is left, not before

    room.click_widget(ready(app, room, text="Terminer"))
    room.double_click(*centre(ready(app, room, text="Oui, terminer")))
    room.wait_until(lambda: any(w["text"] == "Merci, Amélie Durand\u202f!" for w in app.widgets()), "the thanks")
    stored, finished = responses(path)
    assert finished and list(stored.commitment_actions[:2]) == ["Un point par semaine", "Un tour terrain"]
    assert not responses(path, NAMES[1])[0].allocations

"""The session's file moved away under a running station: it stops recording and says so,
to the participant and to the trainer."""

from __future__ import annotations

from tests.room.at_the_station import counter, open_station, ready, session, start_as
from tests.room.conftest import Room

STOPPED = ("Le fichier de la session n’est plus là\u202f: plus rien ne peut être enregistré à ce poste. "
           "Appelez l’animateur.")


def test_a_session_file_moved_away_stops_the_station_and_both_screens_say_so(room: Room) -> None:
    path = session(room, "full")
    app = room.start_app(session=path)
    open_station(room, app)
    start_as(room, app)
    room.click_widget(ready(app, room, name="answer", index=3))
    room.wait_until(lambda: counter(app, room) == "2 / 24", "the second statement")

    path.rename(path.with_name("ailleurs.sqlite"))  # a file manager moves it while the day goes on
    room.click_widget(ready(app, room, name="answer", index=3))
    ready(app, room, text=STOPPED)  # the participant is told, with no way on for the next person
    assert not [w for w in app.widgets() if w["text"] in ("Retour à l’accueil", "Commencer")]
    said = room.wait_until(lambda: next((w for w in app.widgets() if w["class"] == "QLabel"
                                         and "n’enregistre plus rien" in str(w["text"])), None),
                           "the console to say the station stopped")
    assert f"{path.name} a été supprimé, déplacé ou remplacé" in str(said["text"])

"""A workshop day, end to end, as the trainer and two managers live it, through the windows only:
a new session from the console's form, the client's French spreadsheet imported through the
preview, the station answered by keyboard alone, the status chips and the projector following
live, the station closed with the PIN, then the CSV export and the debriefs.

Every write goes through a window; the store is only read, to check.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pypdf import PdfReader

from workshop_app.model.territories import CODES
from workshop_app.ui.console import ConsoleWindow
from workshop_app.ui.console.status import STATUS_ROLE
from workshop_app.ui.projector.attach import attach_projector
from workshop_app.ui.projector.map_painter import MapPainter
from workshop_app.ui.projector.panel import ProjectorPanel
from workshop_app.ui.projector.texts import View
from workshop_app.ui.station import StationWindow

PIN = "4826"
TITLE = "Atelier « Équilibre » — Managers d’Île-de-France"
HELENE, JEAN_MARC, FRANCOISE = "Hélène Lefèvre", "Jean-Marc D'Estienne", "Françoise Bénard"
ROSTER = "nom;équipe\r\nHélène Lefèvre;Ouest\r\nJean-Marc D'Estienne;Nord\r\nFrançoise Bénard;Sud\r\n"


@dataclass(frozen=True)
class Manager:
    """What one manager answers at the station, and how they get to their name."""

    name: str
    moves_to_name: int  # → presses from the first name still to answer
    answers: dict[str, list[int]]  # their six answers per territory, in the order shown
    today: tuple[int, int, int, int]  # points typed, in the order faire, analyser, commando, developper
    ideal: tuple[int, int, int, int]
    tensions: tuple[int, int, int]  # horizon, mode, focus
    territory_key: int  # 1-4: the territory they will work on
    action: str


# The 24 statements come in the instrument's fixed order: faire, analyser, commando, developper,
# six times over (checked below on the session's own instrument).
JEAN_MARC_AT_STATION = Manager(
    JEAN_MARC, 1, {"faire": [5] * 6, "analyser": [4] * 6, "commando": [2, 3] * 3, "developper": [1, 2] * 3},
    today=(50, 20, 20, 10), ideal=(30, 20, 20, 30), tensions=(2, 5, 6),
    territory_key=4, action="Un entretien de développement par mois")
HELENE_AT_STATION = Manager(
    HELENE, 0, {"faire": [1, 2] * 3, "analyser": [3, 3, 3, 3, 3, 2], "commando": [4] * 6, "developper": [5, 4] * 3},
    today=(10, 30, 25, 35), ideal=(20, 30, 25, 25), tensions=(6, 3, 7),
    territory_key=2, action="Revue d’activité chaque lundi")

# Their rows in the CSV, by hand. Score = (mean − 1) / 4 × 100; point x = ((commando + developper)
# − (faire + analyser)) / 200, y = ((analyser + developper) − (faire + commando)) / 200;
# balance index = 100 × (1 − σ / 50), σ the population standard deviation of the four scores.
# Jean-Marc: faire 30/6 = 5 → 100; analyser 24/6 = 4 → 75; commando 15/6 = 2.5 → 37.5;
#   developper 9/6 = 1.5 → 12.5. x = (50 − 175) / 200 = −0.625; y = (87.5 − 137.5) / 200 = −0.25.
#   Mean 56.25, deviations ±43.75 and ±18.75: variance (2 × 1914.0625 + 2 × 351.5625) / 4 = 1132.8125,
#   σ = 33.657, index 32.7. Under-used: commando and developper (below 40).
# Hélène: faire 9/6 = 1.5 → 12.5; analyser 17/6 → (17/6 − 1) / 4 × 100 = 45.83; commando 24/6 → 75;
#   developper 27/6 = 4.5 → 87.5. x = (162.5 − 58.33) / 200 = 0.521; y = (133.33 − 87.5) / 200 = 0.229.
#   Mean 55.21, deviations −42.71, −9.38, 19.79, 32.29: variance 3346.35 / 4 = 836.59, σ = 28.924,
#   index 42.2. Under-used: faire only (analyser, 45.8, is above 40 and within 15 of the mean).
EXPECTED_ROWS = {
    JEAN_MARC: {
        "team": "Nord", "finished": "yes", "placed_by": "practices",
        "practices_status": "done", "allocation_status": "done", "tensions_status": "done",
        "commitments_status": "done",
        "score_faire": "100,0", "score_analyser": "75,0", "score_commando": "37,5", "score_developper": "12,5",
        "point_x": "-0,625", "point_y": "-0,250", "balance_index": "32,7",
        "major": "faire", "under_used": "commando+developper",
        "alloc_today_faire": "50", "alloc_today_analyser": "20", "alloc_today_commando": "20",
        "alloc_today_developper": "10",
        "alloc_ideal_faire": "30", "alloc_ideal_analyser": "20", "alloc_ideal_commando": "20",
        "alloc_ideal_developper": "30",
        "tension_horizon": "2", "tension_mode": "5", "tension_focus": "6",
        "commitment_territory": "developper", "commitment_action_1": "Un entretien de développement par mois",
        "commitment_action_2": "",
    },
    HELENE: {
        "team": "Ouest", "finished": "yes", "placed_by": "practices",
        "practices_status": "done", "allocation_status": "done", "tensions_status": "done",
        "commitments_status": "done",
        "score_faire": "12,5", "score_analyser": "45,8", "score_commando": "75,0", "score_developper": "87,5",
        "point_x": "0,521", "point_y": "0,229", "balance_index": "42,2",
        "major": "developper", "under_used": "faire",
        "alloc_today_faire": "10", "alloc_today_analyser": "30", "alloc_today_commando": "25",
        "alloc_today_developper": "35",
        "alloc_ideal_faire": "20", "alloc_ideal_analyser": "30", "alloc_ideal_commando": "25",
        "alloc_ideal_developper": "25",
        "tension_horizon": "6", "tension_mode": "3", "tension_focus": "7",
        "commitment_territory": "analyser", "commitment_action_1": "Revue d’activité chaque lundi",
        "commitment_action_2": "",
    },
    FRANCOISE: {
        "team": "Sud", "finished": "no", "placed_by": "", "practices_status": "not_started",
        "score_faire": "", "point_x": "", "balance_index": "", "major": "",
    },
}

# One manager's chips, as the console shows them while the station records (practices, time
# split, trade-offs, commitments): each part starts, then is done, in the order of the station.
NOT, GOING, DONE = "not_started", "in_progress", "done"
CHIPS_AS_THEY_ANSWER = [
    [GOING, NOT, NOT, NOT], [DONE, NOT, NOT, NOT], [DONE, GOING, NOT, NOT], [DONE, DONE, NOT, NOT],
    [DONE, DONE, GOING, NOT], [DONE, DONE, DONE, NOT], [DONE, DONE, DONE, DONE],
]


# --- typing ------------------------------------------------------------------------------

def type_into(widget: QWidget, text: str) -> None:
    """Typed key by key. Letters beyond ASCII arrive as a keyboard layout sends them: as text,
    without a key code of their own (QTest.keyClicks aborts on them)."""
    for character in text:
        if character.isascii():
            QTest.keyClicks(widget, character)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key_unknown, character, Qt.NoModifier)


def press(qtbot, station: StationWindow, key: Qt.Key) -> None:
    """A key as the participant types it: to the focused widget, once focus has settled."""
    QApplication.processEvents()
    qtbot.keyClick(QApplication.focusWidget() or station, key)


def type_text(text: str) -> None:
    QApplication.processEvents()
    type_into(QApplication.focusWidget(), text)


def digit(value: int) -> Qt.Key:
    return Qt.Key(Qt.Key_0 + value)


# --- the trainer at the console --------------------------------------------------------------

def create_session(qtbot, console: ConsoleWindow) -> None:
    qtbot.mouseClick(console.sessions.new_button, Qt.LeftButton)
    dialog = console.dialog
    form = dialog.form
    type_into(form.title, TITLE)
    type_into(form.client, "Béton & Fils")
    type_into(form.place, "Créteil")
    form.date.setDate(QDate(2026, 12, 3))
    type_into(form.trainer, "Claire Vasseur")
    form.language.setCurrentIndex(form.language.findText("Français"))
    form.form.setCurrentIndex(0)  # Full
    type_into(form.pin, PIN)
    create = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Create")
    qtbot.mouseClick(create, Qt.LeftButton)


def import_roster(qtbot, console: ConsoleWindow, roster: Path) -> None:
    qtbot.mouseClick(console.view.participants.import_button, Qt.LeftButton)
    chooser = console.dialog
    chooser.selectFile(str(roster))
    chooser.accept()
    preview = console.dialog
    table = preview.table
    assert [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())] == [
        ["2", HELENE, "", "Ouest"], ["3", JEAN_MARC, "", "Nord"], ["4", FRANCOISE, "", "Sud"]]
    assert preview.summary.text() == "3 participants ready to import from participants.csv."
    assert preview.problems.count() == 0
    qtbot.mouseClick(preview.import_button, Qt.LeftButton)


def chips(console: ConsoleWindow) -> dict[str, list[str]]:
    model = console.view.participants.model
    return {model.rows[row].name: [model.data(model.index(row, column), STATUS_ROLE) for column in (3, 4, 5, 6)]
            for row in range(model.rowCount())}


def watch_chips(console: ConsoleWindow) -> dict[str, list[list[str]]]:
    """Each participant's chips every time they change, read when the station's write is signalled."""
    seen: dict[str, list[list[str]]] = {}

    def changed(_: int) -> None:
        for name, now in chips(console).items():
            history = seen.get(name, [])
            if now != (history[-1] if history else [NOT] * 4):
                seen[name] = [*history, now]
    console.live.changed.connect(changed)
    return seen


def projector_panel(console: ConsoleWindow) -> ProjectorPanel:
    tabs = console.view.tabs
    return next(tabs.widget(i) for i in range(tabs.count()) if isinstance(tabs.widget(i), ProjectorPanel))


# --- a manager at the station, keyboard only ---------------------------------------------------

def pick_name(qtbot, station: StationWindow, m: Manager) -> None:
    press(qtbot, station, Qt.Key_Return)  # welcome → who are you?
    assert station.current_page() is station.names
    for _ in range(m.moves_to_name):
        press(qtbot, station, Qt.Key_Right)
    press(qtbot, station, Qt.Key_Return)
    assert station.current_page() is station.confirm  # "Vous êtes … ?"
    press(qtbot, station, Qt.Key_Return)
    assert station.current_page() is station.statement


def answer_statements(qtbot, station: StationWindow, m: Manager) -> None:
    for round_ in range(6):
        for code in CODES:
            press(qtbot, station, digit(m.answers[code][round_]))
    assert station.current_page() is station.allocation


def share_time(qtbot, station: StationWindow, m: Manager) -> None:
    for points in (m.today, m.ideal):  # the ideal starts from today's points: retyped over them
        for value in points:
            type_text(str(value))
            press(qtbot, station, Qt.Key_Tab)
        press(qtbot, station, Qt.Key_Return)
    assert station.current_page() is station.tensions


def place_tensions(qtbot, station: StationWindow, m: Manager) -> None:
    for value in m.tensions:
        press(qtbot, station, digit(value))
    press(qtbot, station, Qt.Key_Return)
    assert station.current_page() is station.commitments


def commit(qtbot, station: StationWindow, m: Manager) -> None:
    press(qtbot, station, digit(m.territory_key))
    press(qtbot, station, Qt.Key_Tab)  # to the first action
    type_text(m.action)
    press(qtbot, station, Qt.Key_Return)  # Enter in the field: to the next one
    assert station.current_page() is station.commitments
    station.commitments.next_button.click()  # Finish
    press(qtbot, station, Qt.Key_Return)  # "Finish?" yes
    assert station.current_page() is station.thanks


STATION_STEPS: tuple[Callable[..., None], ...] = (pick_name, answer_statements, share_time, place_tensions, commit)


# --- the day ---------------------------------------------------------------------------------

@pytest.fixture
def console(qtbot, tmp_path: Path):
    folder = tmp_path / "sessions"
    folder.mkdir()
    window = ConsoleWindow(folder)
    attach_projector(window)  # as the application does
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.station is not None:
        window.station.release()
    window.close_session()


@pytest.fixture
def painted_points(monkeypatch) -> dict[int, int]:
    """How many points each map painter drew in its last frame (by the painter's id)."""
    counts: dict[int, int] = {}
    paint_points = MapPainter._paint_points

    def counting(self, p, square, points, vector):
        counts[id(self)] = len(points)
        paint_points(self, p, square, points, vector)
    monkeypatch.setattr(MapPainter, "_paint_points", counting)
    return counts


def test_a_workshop_day_from_an_empty_folder_to_the_debriefs(qtbot, console, painted_points, tmp_path, monkeypatch):
    # The station's settle time and answer mark are tested apart; here they would only slow the day.
    monkeypatch.setattr("workshop_app.ui.station.window.settle_ms", lambda: 0)
    monkeypatch.setattr("workshop_app.ui.station.window.MARK_MS", 0)
    # The day's room has screens of its own for the station and the projector (offscreen has
    # one): the console stays usable beside the station (locked on one screen, tested apart).
    monkeypatch.setattr(ConsoleWindow, "covered_by", lambda self, screen: False)
    opened: list[str] = []
    monkeypatch.setattr("workshop_app.ui.console.window.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)

    # Before the day: a new session from the form.
    assert console.sessions.list.topLevelItemCount() == 0
    create_session(qtbot, console)
    store = console.live.store
    settings = store.settings
    assert (settings.title, settings.client, settings.place, settings.date, settings.trainer) == (
        TITLE, "Béton & Fils", "Créteil", "2026-12-03", "Claire Vasseur")
    assert (settings.language, settings.form) == ("fr", "full")
    assert store.check_pin(PIN)
    assert store.path.parent == tmp_path / "sessions"
    assert console.view.title.text() == TITLE
    assert [i.territory for i in store.instrument.items] == list(CODES) * 6  # the order the answers assume

    # The client's spreadsheet, as French Excel saves it.
    roster = tmp_path / "participants.csv"
    roster.write_bytes(ROSTER.encode("cp1252"))
    import_roster(qtbot, console, roster)
    assert [(p.name, p.team) for p in store.participants()] == [
        (HELENE, "Ouest"), (JEAN_MARC, "Nord"), (FRANCOISE, "Sud")]
    assert chips(console) == {name: [NOT] * 4 for name in (HELENE, JEAN_MARC, FRANCOISE)}
    seen = watch_chips(console)

    # The projector, on the map, hidden until the reveal.
    panel = projector_panel(console)
    console.view.tabs.setCurrentWidget(panel)
    qtbot.mouseClick(panel.open_button, Qt.LeftButton)
    projector = panel.projector
    qtbot.waitExposed(projector)
    assert panel.controller.state.view == View.MAP

    # The station; two managers answer everything by keyboard.
    qtbot.mouseClick(console.view.station_button, Qt.LeftButton)
    station = console.station
    qtbot.waitExposed(station)
    station.activateWindow()
    qtbot.waitActive(station)
    station.thanks_timer.setInterval(50)  # the thank-you screen, shortened for the test
    for step in STATION_STEPS:
        step(qtbot, station, JEAN_MARC_AT_STATION)
    qtbot.waitUntil(lambda: console.view.progress.text() == "1 of 3 finished")  # results follow a frame later
    qtbot.waitUntil(lambda: station.current_page() is station.welcome)
    for step in STATION_STEPS:
        step(qtbot, station, HELENE_AT_STATION)

    assert seen == {JEAN_MARC: CHIPS_AS_THEY_ANSWER, HELENE: CHIPS_AS_THEY_ANSWER}
    assert chips(console) == {HELENE: [DONE] * 4, JEAN_MARC: [DONE] * 4, FRANCOISE: [NOT] * 4}
    qtbot.waitUntil(lambda: console.view.progress.text() == "2 of 3 finished")  # results follow a frame later

    # The reveal: nothing on the map before, the two managers' points after, in the room and
    # in the console's preview.
    canvases = (projector.canvas, panel.preview)
    for canvas in canvases:
        with qtbot.wait_signal(canvas.painted):
            canvas.update()
    assert painted_points == {}
    qtbot.mouseClick(panel.reveal_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not panel.controller.arriving, timeout=3000)
    for canvas in canvases:
        with qtbot.wait_signal(canvas.painted):
            canvas.update()
        assert painted_points[id(canvas.painter.map)] == 2

    # Leaving the station takes the trainer's PIN.
    qtbot.mouseClick(console.view.station_button, Qt.LeftButton)
    pin_dialog = console.dialog
    type_into(pin_dialog.pin, PIN)
    with qtbot.wait_signal(station.left):
        qtbot.keyClick(pin_dialog.pin, Qt.Key_Return)
    assert console.station is None

    # The scores, exported.
    qtbot.mouseClick(console.view.export_button, Qt.LeftButton)
    exported = tmp_path / "resultats.csv"
    saver = console.dialog
    saver.selectFile(str(exported))
    saver.accept()
    assert console.statusBar().currentMessage() == "3 participants exported to resultats.csv."
    assert opened == [str(tmp_path)]
    with exported.open(encoding="utf-8-sig", newline="") as f:
        rows = {row["name"]: row for row in csv.DictReader(f, delimiter=";")}
    assert list(rows) == [HELENE, JEAN_MARC, FRANCOISE]
    assert [rows[name]["finished"] for name in rows] == ["yes", "yes", "no"]
    for name, expected in EXPECTED_ROWS.items():
        assert {column: rows[name][column] for column in expected} == expected

    # At the break, the debriefs.
    debriefs = console.view.debriefs
    console.view.tabs.setCurrentWidget(debriefs)
    with qtbot.wait_signal(debriefs.generated, timeout=60_000) as outcome:
        qtbot.mouseClick(debriefs.generate_button, Qt.LeftButton)
    folder = outcome.args[0].folder
    assert folder == store.path.with_name(store.path.stem + "-debriefs")
    assert sorted(p.name for p in folder.iterdir()) == [
        "01-helene-lefevre.pdf", "02-jean-marc-d-estienne.pdf", "group-synthesis.pdf", "print-pack.pdf"]
    personal = [PdfReader(folder / name) for name in ("01-helene-lefevre.pdf", "02-jean-marc-d-estienne.pdf")]
    assert [HELENE in r.pages[0].extract_text() for r in personal] == [True, False]
    assert JEAN_MARC in personal[1].pages[0].extract_text()
    even = sum(len(r.pages) + len(r.pages) % 2 for r in personal)  # each starts on a new sheet
    assert len(PdfReader(folder / "print-pack.pdf").pages) == even
    synthesis = " ".join(page.extract_text() for page in PdfReader(folder / "group-synthesis.pdf").pages)
    assert "Le groupe est trop petit" in synthesis
    assert [debriefs.details.item(i).text().split(":")[0] for i in range(debriefs.details.count())] == [FRANCOISE]
    assert debriefs.pack_button.isEnabled()

    # Evening: back to the sessions list, where the day shows.
    with qtbot.wait_signal(projector.closed):  # the projector closes with the session
        console.close_session()
    item = console.sessions.list.topLevelItem(0)
    assert [item.text(column) for column in range(5)] == [TITLE, "Béton & Fils", "3 December 2026", "3", "2 / 3"]

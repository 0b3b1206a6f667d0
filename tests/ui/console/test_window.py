"""The console as the trainer uses it: sessions, the live table, the station, CSV in and out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import QInputDialog, QLabel

from tests.ui.conftest import PIN, make_session
from workshop_app.store import SessionStore
from workshop_app.ui.console import ConsoleWindow
from workshop_app.ui.console.status import STATUS_ROLE

EVEN = {"faire": 25, "analyser": 25, "commando": 25, "developper": 25}


@pytest.fixture
def console(qtbot, tmp_path: Path) -> ConsoleWindow:
    folder = tmp_path / "sessions"
    folder.mkdir()
    make_session(folder / "lyon.sqlite")
    window = ConsoleWindow(folder)
    qtbot.addWidget(window)
    window.show()
    yield window
    if window.station is not None:
        window.station.release()
    window.close_session()


def open_first(console: ConsoleWindow) -> None:
    console.open_session(console.sessions.list.topLevelItem(0).data(0, Qt.UserRole))


def chip(console: ConsoleWindow, row: int, column: int) -> str:
    model = console.view.participants.model
    return model.data(model.index(row, column), STATUS_ROLE)


def test_the_sessions_list_shows_each_session_with_its_progress(console):
    item = console.sessions.list.topLevelItem(0)
    assert [item.text(c) for c in range(5)] == ["Séminaire managers – Lyon", "Acme France", "27 November 2026", "3", "0 / 3"]


def test_status_chips_follow_the_station_live(console, qtbot):
    open_first(console)
    live = console.live
    amelie = live.store.participants()[0].id
    assert [chip(console, 0, c) for c in (3, 4, 5, 6)] == ["not_started"] * 4
    live.record_answer(amelie, "p01", 4)
    assert chip(console, 0, 3) == "in_progress"
    for item in live.store.instrument.item_ids:
        live.record_answer(amelie, item, 4)
    live.set_allocation(amelie, "today", EVEN)
    assert [chip(console, 0, c) for c in (3, 4, 5)] == ["done", "in_progress", "not_started"]
    assert console.view.progress.text() == "0 of 3 finished"
    live.set_allocation(amelie, "ideal", EVEN)
    for tension in ("horizon", "mode", "focus"):
        live.set_tension(amelie, tension, 4)
    assert chip(console, 0, 5) == "done"
    qtbot.waitUntil(lambda: console.view.progress.text() == "1 of 3 finished")  # with the next frame


def test_the_table_repaints_once_only_the_row_that_changed(console, qtbot):
    open_first(console)
    live, model = console.live, console.view.participants.model
    qtbot.wait(40)
    repainted: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last: repainted.append((first.row(), last.row())))
    bruno = live.store.participants()[1].id
    for item in ("p01", "p02", "p03"):
        live.record_answer(bruno, item, 4)
    qtbot.waitUntil(lambda: bool(repainted))
    qtbot.wait(40)
    assert repainted == [(1, 1)]
    assert chip(console, 1, 3) == "in_progress"


def test_a_short_session_shows_its_practices_as_not_asked(console):
    open_first(console)
    assert chip(console, 0, 3) == "not_started"
    console.live.update_settings(form="short")
    assert [chip(console, 0, c) for c in (3, 4, 5, 6)] == ["not_asked"] + ["not_started"] * 3


def test_the_private_note_shows_as_plain_text_in_the_name_tooltip(console):
    open_first(console)
    amelie = console.live.store.participants()[0].id
    console.live.set_note(amelie, "Voir <b>Bruno</b> & Co")
    model = console.view.participants.model
    tooltip = QTextDocument()
    tooltip.setHtml(model.data(model.index(0, 1), Qt.ToolTipRole))  # a tooltip reads markup
    assert tooltip.toPlainText() == "Voir <b>Bruno</b> & Co"


def test_alone_on_one_screen_the_console_offers_no_screen_for_the_station(console):
    open_first(console)  # the offscreen platform has one screen
    assert not console.view.screen_picker.isVisible() and not console.view.identify_button.isVisible()
    assert console.view.station_button.isVisible()


def test_the_station_opens_from_the_console_and_closes_only_with_the_pin(qtbot, console):
    open_first(console)
    station = console.open_station()
    assert station is not None and station.isVisible()
    assert console.view.station_button.text() == console.station_action.text().replace("&", "") == "Close the station"
    console.toggle_station()  # "Close the station": asks for the PIN
    dialog = console.dialog
    qtbot.keyClicks(dialog.pin, "9999")
    qtbot.keyClick(dialog.pin, Qt.Key_Return)
    assert station.isVisible()
    qtbot.keyClicks(dialog.pin, PIN)
    with qtbot.wait_signal(station.left):
        qtbot.keyClick(dialog.pin, Qt.Key_Return)
    assert console.station is None
    assert console.view.station_button.text() == console.station_action.text().replace("&", "") == "Open the station"


def test_alone_on_one_screen_the_station_fills_it_and_the_console_waits_for_the_pin(qtbot, console):
    open_first(console)  # the offscreen platform has one screen
    station = console.open_station()
    qtbot.waitUntil(station.isFullScreen)
    assert console.pages.currentWidget() is console.lock_page and not console.view.isVisible()
    assert console.lock_page.message.text() == (
        "The station is open on this screen. To use the console, close the station with the trainer PIN.")
    assert not console.menuBar().isEnabled()
    assert [a.text() for a in console.findChildren(QAction) if a.isEnabled() and not a.shortcut().isEmpty()] == []
    console.save_settings({}, "9999")  # nor can a new PIN be set behind the station's back
    assert console.live.store.check_pin(PIN)
    qtbot.mouseClick(console.lock_page.close_button, Qt.LeftButton)
    dialog = console.dialog
    qtbot.keyClicks(dialog.pin, PIN)
    with qtbot.wait_signal(station.left):
        qtbot.keyClick(dialog.pin, Qt.Key_Return)
    assert console.pages.currentWidget() is console.view and console.menuBar().isEnabled()
    assert console.station_action.isEnabled() and console.station_action.text() == "&Open the station"


def test_the_console_will_not_leave_a_session_while_the_station_is_open(console):
    open_first(console)
    console.open_station()
    assert console.close_session() is False
    assert console.live is not None


def test_a_csv_with_a_bad_row_is_previewed_with_its_error_and_imports_nothing(console, tmp_path):
    open_first(console)
    roster = tmp_path / "equipe.csv"
    roster.write_bytes("nom;email;équipe\nDenis Roux;denis@acme.fr;Nord\n;sans@nom.fr;Sud\n".encode("utf-8-sig"))
    dialog = console.preview_roster(roster)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Denis Roux"
    assert dialog.problems.count() == 1
    assert "3" in dialog.problems.item(0).text()  # the line of the empty name
    assert not dialog.import_button.isEnabled()
    assert len(console.live.store.participants()) == 3


def test_a_good_csv_is_imported_into_the_table(console, tmp_path):
    open_first(console)
    roster = tmp_path / "equipe.csv"
    roster.write_bytes("nom;équipe\nDenis Roux;Nord\nÉlise Petit;Sud\n".encode("cp1252"))
    dialog = console.preview_roster(roster)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    names = [console.view.participants.model.rows[r].name for r in range(5)]
    assert names[-2:] == ["Denis Roux", "Élise Petit"]


def test_a_participant_added_by_name_is_selected_in_the_table(console):
    open_first(console)
    panel = console.view.participants
    panel.add()
    dialog = panel.findChild(QInputDialog)
    dialog.setTextValue("  Denis Roux ")
    dialog.accept()
    assert [p.name for p in console.live.store.participants()][-1] == "Denis Roux"
    assert panel.selected().name == "Denis Roux"


def test_a_participant_moves_up_and_down_the_list_and_stays_selected(console):
    open_first(console)
    panel = console.view.participants
    panel.table.selectRow(1)
    panel.up_button.click()
    assert [p.name for p in console.live.store.participants()] == ["Bruno <b>Martin</b>", "Amélie Durand", "Chloé & Co"]
    assert panel.selected().name == "Bruno <b>Martin</b>" and not panel.up_button.isEnabled()
    panel.down_button.click()
    panel.down_button.click()
    assert [p.name for p in console.live.store.participants()] == ["Amélie Durand", "Chloé & Co", "Bruno <b>Martin</b>"]
    assert not panel.down_button.isEnabled()


def test_removing_a_participant_asks_first_then_erases_them(console):
    open_first(console)
    panel = console.view.participants
    panel.table.selectRow(0)
    panel.remove()
    assert len(console.live.store.participants()) == 3  # only asked so far
    box = panel.confirm_box
    remove = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.DestructiveRole)
    remove.click()
    assert [p.name for p in console.live.store.participants()] == ["Bruno <b>Martin</b>", "Chloé & Co"]


def test_the_private_note_is_saved_for_the_selected_participant(qtbot, console):
    open_first(console)
    panel = console.view.participants
    panel.table.selectRow(1)
    panel.note.setPlainText("Arrive à 10 h")
    panel.save_note()
    assert console.live.store.participants()[1].note == "Arrive à 10 h"


def test_settings_are_saved_and_shown_in_the_header(console):
    open_first(console)
    form = console.view.settings.form
    form.title.setText("Séminaire Ouest")
    form.walk_ins.setChecked(True)
    console.view.settings.save_button.click()
    assert console.live.store.settings.title == "Séminaire Ouest"
    assert console.live.store.settings.allow_walk_ins is True
    assert console.view.title.text() == "Séminaire Ouest"


def test_a_session_duplicated_as_a_template_keeps_the_participants_not_the_answers(console):
    path = console.sessions.list.topLevelItem(0).data(0, Qt.UserRole)
    with SessionStore.open(path) as store:
        store.record_answer(store.participants()[0].id, "p01", 5)
    console.duplicate_session(path)
    items = [console.sessions.list.topLevelItem(i) for i in range(2)]
    copy = next(i for i in items if i.text(0).endswith("(copy)") or i.text(0).endswith("(copie)"))
    assert copy.text(3) == "3"
    with SessionStore.open(copy.data(0, Qt.UserRole), read_only=True) as store:
        assert store.results().group.n_started == 0


def test_deleting_a_session_asks_first(console):
    path = console.sessions.list.topLevelItem(0).data(0, Qt.UserRole)
    console.confirm_delete(path)
    assert path.exists()
    box = console.dialog
    delete = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.DestructiveRole)
    delete.click()
    assert not path.exists()
    assert console.sessions.list.topLevelItemCount() == 0


def test_export_writes_one_row_a_participant(console, tmp_path, monkeypatch):
    open_first(console)
    monkeypatch.setattr("workshop_app.ui.console.window.QDesktopServices.openUrl", lambda url: True)
    out = tmp_path / "out.csv"
    console.export(out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + 3


def test_a_copy_of_the_whole_session_is_saved_from_the_menu(console, tmp_path):
    open_first(console)
    assert console.copy_action.isEnabled()
    pid = console.live.store.participants()[0].id
    console.live.record_answer(pid, "p01", 3)
    console.save_copy(tmp_path / "copie.sqlite")
    with SessionStore.open(tmp_path / "copie.sqlite", read_only=True) as copy:
        assert copy.responses(pid).answers == {"p01": 3}
    assert "copie.sqlite" in console.statusBar().currentMessage()
    console.save_copy(tmp_path / "copie.sqlite")  # never over an existing file: said, not done
    assert "already exists" in console.dialog.text()


def test_a_new_session_is_created_from_the_form(console):
    console.new_session()
    dialog = console.dialog
    dialog.form.title.setText("Atelier Bordeaux")
    dialog.form.pin.setText("1357")
    dialog.try_accept()
    assert console.live.store.settings.title == "Atelier Bordeaux"
    assert console.live.store.check_pin("1357")


def test_an_answer_given_at_the_station_shows_in_the_console(qtbot, console):
    open_first(console)
    station = console.open_station()
    station.welcome.start.emit()
    station.names.tiles[1].click()
    station.confirm.yes_button.click()
    station.statement.group.button(5).click()
    assert chip(console, 1, 3) == "in_progress"
    assert chip(console, 0, 3) == "not_started"


def test_the_window_geometry_is_remembered(qtbot, tmp_path):
    first = ConsoleWindow(tmp_path)
    qtbot.addWidget(first)
    first.resize(760, 590)  # within the offscreen screen (800 × 800)
    first.show()
    first.close()
    second = ConsoleWindow(tmp_path)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 590)


def test_the_usual_shortcuts_are_there(console):
    shortcuts = {a.shortcut().toString() for a in console.findChildren(QAction)}
    assert {"Ctrl+N", "Ctrl+O", "Ctrl+Q"} <= shortcuts


def test_an_answer_the_station_could_not_save_is_explained_in_the_console(qtbot, console):
    open_first(console)
    station = console.open_station()
    station.write_failed.emit("database or disk is full")
    assert console.dialog.isVisible()
    assert console.dialog.text() == ("An answer could not be saved at the station: database or disk is full\n"
                                     "The participant was asked to call you. Every answer saved before is kept.")


def test_a_session_file_gone_under_the_station_is_said_in_the_console(qtbot, console):
    open_first(console)
    station = console.open_station()
    station.session_gone.emit()
    assert console.dialog.isVisible()
    assert console.dialog.text() == (
        "The session file lyon.sqlite was deleted, moved or replaced on the disk: the station stopped "
        "recording. Answers saved before are in the file that was there. Close the station with the PIN.")


def test_changing_the_pin_asks_for_the_current_one(qtbot, console):
    open_first(console)
    store = console.live.store
    console.save_settings({}, "9999")
    dialog = console.dialog
    assert dialog.message.text() == "Type the current PIN to change it."
    qtbot.keyClicks(dialog.pin, "1111")
    qtbot.keyClick(dialog.pin, Qt.Key_Return)
    assert store.check_pin(PIN) and not store.check_pin("9999")
    qtbot.keyClicks(dialog.pin, PIN)
    with qtbot.wait_signal(dialog.accepted):
        qtbot.keyClick(dialog.pin, Qt.Key_Return)
    assert store.check_pin("9999") and not store.check_pin(PIN)


def test_the_number_and_team_columns_fit_their_widest_cell(console, qtbot):
    open_first(console)
    live, table = console.live, console.view.participants.table
    header = table.horizontalHeader()

    def fitted(column: int) -> int:
        """What Qt's ResizeToContents gives, reading every cell: the widest cell or the title."""
        return max(header.minimumSectionSize(), header.sectionSizeFromContents(column).width(),
                   table.sizeHintForColumn(column))

    long_team = "Grands comptes internationaux"
    live.import_participants([(f"Manager {n}", None, "Nord") for n in range(120)] + [("Zoé Blanc", None, long_team)])
    qtbot.waitUntil(lambda: header.sectionSize(2) == fitted(2))
    assert header.sectionSize(2) > table.fontMetrics().horizontalAdvance(long_team)
    assert header.sectionSize(0) == fitted(0)  # "124" has the most digits
    live.remove_participant(live.store.participants()[-1].id)
    assert header.sectionSize(2) == fitted(2) < table.fontMetrics().horizontalAdvance(long_team)


def test_opening_a_big_room_reads_the_cells_on_screen_not_every_cell(qtbot, tmp_path: Path, monkeypatch):
    from workshop_app.ui.console.participants import ParticipantsModel

    folder = tmp_path / "sessions"
    folder.mkdir()
    path = make_session(folder / "big.sqlite", names=[f"Manager {n}" for n in range(300)])
    reads: list[int] = []
    cell = ParticipantsModel.data
    monkeypatch.setattr(ParticipantsModel, "data", lambda self, *args: reads.append(1) or cell(self, *args))
    window = ConsoleWindow(folder)
    qtbot.addWidget(window)
    window.show()
    window.open_session(path)
    qtbot.wait(50)
    assert window.view.participants.model.rowCount() == 300
    assert 0 < len(reads) < 300 * 7  # fewer reads than cells: sizing the columns reads two
    window.close_session()


def test_the_app_opens_a_session_without_loading_the_pdf_writer_or_the_web_server(tmp_path: Path):
    """reportlab is for the debriefs and aiohttp for the phones: loaded when they are used, never
    at the console's start (together, half of it)."""
    import os
    import subprocess
    import sys

    folder = tmp_path / "sessions"
    folder.mkdir()
    path = make_session(folder / "lyon.sqlite")
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from workshop_app.ui.app import create_application, main\n"
        "app = create_application()\n"
        "QTimer.singleShot(0, lambda: (print(sorted(m for m in ('reportlab', 'workshop_app.report', 'aiohttp')"
        " if m in sys.modules)),"
        " app.quit()))\n"
        f"main({str(path)!r}, {str(folder)!r})\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr


def test_the_session_s_date_is_spelled_in_its_language_in_the_header_the_list_and_at_the_station(console):
    item = console.sessions.list.topLevelItem(0)
    assert item.text(2) == "27 November 2026"  # the console's language (English here)
    open_first(console)  # a French session
    assert console.view.details.text() == "Acme France · 27 novembre 2026"
    assert console.view.settings.form.date.date().toString("yyyy-MM-dd") == "2026-11-27"
    station = console.open_station()
    assert "27 novembre 2026" in " ".join(label.text() for label in station.welcome.findChildren(QLabel))


def test_a_console_opened_on_a_session_reads_the_sessions_folder_only_when_its_list_is_shown(
        qtbot, tmp_path: Path, monkeypatch):
    import workshop_app.ui.console.sessions_page as sessions_page

    folder = tmp_path / "sessions"
    folder.mkdir()
    path = make_session(folder / "lyon.sqlite")
    reads: list[Path] = []
    summaries = sessions_page.session_summaries
    monkeypatch.setattr(sessions_page, "session_summaries", lambda f: reads.append(f) or summaries(f))
    console = ConsoleWindow(folder)
    qtbot.addWidget(console)
    console.open_session(path)  # as `workshop-app --open` does, before the window shows
    console.show()
    assert reads == [] and console.view.isVisible()
    console.close_session()  # back to the list: read now, once
    assert reads == [folder] and console.sessions.list.topLevelItem(0).text(3) == "3"

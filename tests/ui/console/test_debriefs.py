import os
from pathlib import Path

from PySide6.QtWidgets import QLabel

from workshop_app.store import SessionStore
from workshop_app.store.demo import create_demo_session
from workshop_app.ui.console import ConsoleWindow


def test_debriefs_are_generated_off_the_gui_thread_then_opened(qtbot, tmp_path: Path, monkeypatch):
    path = create_demo_session(tmp_path, participants=3)
    console = ConsoleWindow(tmp_path)
    qtbot.addWidget(console)
    console.open_session(path)
    panel = console.view.debriefs
    assert not panel.pack_button.isEnabled()
    with qtbot.wait_signal(panel.generated, timeout=60_000) as outcome:
        panel.generate_button.click()
        assert not panel.generate_button.isEnabled()  # one batch at a time
    report = outcome.args[0]
    assert (report.folder / "print-pack.pdf").is_file()
    assert panel.pack_button.isEnabled()
    opened = []
    monkeypatch.setattr("workshop_app.ui.console.debriefs.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    panel.pack_button.click()
    assert opened == [str(report.folder / "print-pack.pdf")]
    console.close_session()


def test_a_panel_added_when_a_session_opens_is_a_tab_of_that_session(qtbot, tmp_path: Path):
    path = create_demo_session(tmp_path, participants=1)
    console = ConsoleWindow(tmp_path)
    qtbot.addWidget(console)
    console.session_opened.connect(lambda live: console.add_panel(QLabel("projector"), "Projector"))
    console.open_session(path)
    tabs = console.view.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Participants", "Debriefs", "Projector", "Settings"]
    console.close_session()


def test_who_has_no_debrief_is_said_in_the_console_language(qtbot, tmp_path: Path, monkeypatch):
    path = create_demo_session(tmp_path, participants=3)  # a French session
    with SessionStore.open(path) as store:
        store.add_participant("Yannick Roux")
    monkeypatch.setattr("workshop_app.ui.console.debriefs.chosen_language", lambda: "en")
    console = ConsoleWindow(tmp_path)
    qtbot.addWidget(console)
    console.open_session(path)
    panel = console.view.debriefs
    with qtbot.wait_signal(panel.generated, timeout=60_000):
        panel.generate_button.click()
    assert [panel.details.item(i).text() for i in range(panel.details.count())] == [
        "Yannick Roux: no debrief (not started)"]
    console.close_session()


def test_the_batch_runs_in_a_process_of_its_own_and_reports_each_document(qtbot, tmp_path: Path):
    path = create_demo_session(tmp_path, participants=3)  # three finished: three debriefs and the synthesis
    console = ConsoleWindow(tmp_path)
    qtbot.addWidget(console)
    console.open_session(path)
    panel = console.view.debriefs
    steps: list[tuple[int, int]] = []
    panel.progress.connect(lambda done, total: steps.append((done, total)))
    with qtbot.wait_signal(panel.generated, timeout=60_000):
        panel.generate_button.click()
        assert panel.process.processId() not in (0, os.getpid())
    assert steps == [(1, 4), (2, 4), (3, 4), (4, 4)]
    # The three debriefs, the synthesis, and the print pack merged from the debriefs.
    assert panel.status.text() == "5 documents written in {folder}.".format(folder=panel.folder())
    assert not panel.running() and panel.generate_button.isEnabled()
    console.close_session()


def test_a_refusal_of_the_batch_is_said_and_nothing_is_left_running(qtbot, tmp_path: Path):
    path = create_demo_session(tmp_path, participants=2)
    console = ConsoleWindow(tmp_path)
    qtbot.addWidget(console)
    console.open_session(path)
    panel = console.view.debriefs
    panel.folder().write_text("a file where the folder goes")
    panel.generate_button.click()
    qtbot.waitUntil(lambda: not panel.running(), timeout=60_000)
    assert panel.status.text().startswith("The debriefs could not be generated: ")
    assert "workshop-app" not in panel.status.text() and "Traceback" not in panel.status.text()
    assert panel.generate_button.isEnabled()
    console.close_session()


def test_closing_the_session_stops_a_batch_under_way(qtbot, tmp_path: Path):
    path = create_demo_session(tmp_path, participants=3)
    console = ConsoleWindow(tmp_path)
    qtbot.addWidget(console)
    console.open_session(path)
    panel = console.view.debriefs
    panel.generate_button.click()
    process = panel.process
    assert console.close_session()
    assert process.state() == process.ProcessState.NotRunning


def test_debriefs_older_than_the_answers_are_said_and_one_click_writes_them_again(qtbot, tmp_path: Path):
    path = create_demo_session(tmp_path, participants=3)
    console = ConsoleWindow(tmp_path)
    qtbot.addWidget(console)
    console.open_session(path)
    console.show()
    console.view.tabs.setCurrentWidget(console.view.debriefs)
    panel = console.view.debriefs
    with qtbot.wait_signal(panel.generated, timeout=60_000):
        panel.generate_button.click()
    assert not panel.outdated.isVisible()
    first, second, third = console.live.store.participants()
    item = console.live.store.instrument.item_ids[0]
    for person in (first, third):  # the trainer reopened two of them and they changed an answer
        before = console.live.store.responses(person.id).answers[item]
        console.live.record_answer(person.id, item, 1 if before != 1 else 2)
    assert panel.outdated.isVisible() and panel.regenerate_button.isVisible()
    assert panel.outdated.text() == f"2 debriefs are older than the answers: {first.name}, {third.name}"
    with qtbot.wait_signal(panel.generated, timeout=60_000):
        panel.regenerate_button.click()
    assert not panel.outdated.isVisible()
    console.close_session()


def test_the_print_pack_with_no_pdf_viewer_is_said_and_its_folder_offered(qtbot, tmp_path: Path, monkeypatch):
    path = create_demo_session(tmp_path, participants=1)
    console = ConsoleWindow(tmp_path)
    qtbot.addWidget(console)
    console.open_session(path)
    panel = console.view.debriefs
    panel.folder().mkdir(parents=True)
    panel.print_pack().write_bytes(b"%PDF-1.4\n")
    asked = []
    monkeypatch.setattr("workshop_app.ui.console.debriefs.QDesktopServices.openUrl",  # a PDF opens nowhere
                        lambda url: asked.append(url.toLocalFile()) or not url.toLocalFile().endswith(".pdf"))
    panel.open_print_pack()
    box = panel.dialog
    assert box is not None and box.isVisible()
    assert "No PDF viewer" in box.text() and str(panel.folder()) in box.text()
    folder_button = next(b for b in box.buttons() if b.text() == "Open the folder")
    folder_button.click()
    assert asked == [str(panel.print_pack()), str(panel.folder())]
    console.close_session()

"""The console's Phones panel: the server listens only while open, the address is chosen and
shown, joined phones are listed with their participant and progress, a name is released, the
join card is printed, and the help comes where rooms fail."""

from __future__ import annotations

import http.client
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import make_session
from tests.ui.phones.conftest import Client
from workshop_app.ui.console import ConsoleWindow
from workshop_app.ui.phones.attach import attach_phones
from workshop_app.ui.phones.network import Interface
from workshop_app.ui.phones.panel import PhonesPanel
from workshop_app.ui.phones.room import PORT, PhonesRoom

LOOPBACKS = [Interface("lo-a", "Wi-Fi", "127.0.0.1", "wifi"), Interface("lo-b", "Ethernet", "127.0.0.2", "ethernet")]


@pytest.fixture
def panel(live, qtbot):
    widget = PhonesPanel(PhonesRoom.of(live), interfaces=lambda: list(LOOPBACKS), platform="linux")
    qtbot.addWidget(widget)
    yield widget
    widget.close_phones()


def reachable(url: str) -> bool:
    host, port = url.split("/")[2].rsplit(":", 1)
    try:
        conn = http.client.HTTPConnection(host, int(port), timeout=2)
        conn.request("GET", "/", headers={"Host": f"{host}:{port}"})
        conn.getresponse().read()
        conn.close()
        return True
    except OSError:
        return False


def test_the_server_listens_only_between_open_and_close(panel, qtbot):
    assert not panel.room.is_open and panel.open_button.text() == "Open phones"
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    url = panel.room.url
    assert url is not None and url.startswith(f"http://127.0.0.1:{PORT}/j/")
    assert panel.address.text() == url and panel.open_button.text() == "Close phones"
    assert reachable(url)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert not panel.room.is_open and not reachable(url)
    assert panel.address.text() == "Phones are closed: nobody can reach the session from the network."


def test_the_address_is_shown_chosen_and_carried_by_the_code(panel, qtbot):
    assert [panel.address_box.itemText(i) for i in range(2)] == ["127.0.0.1 — Wi-Fi", "127.0.0.2 — Ethernet"]
    assert panel.help.text() == "The phones will use 127.0.0.1 — Wi-Fi."
    panel.address_box.setCurrentIndex(1)
    panel.open_phones()
    assert panel.room.url.startswith("http://127.0.0.2:")
    assert not panel.address_box.isEnabled()  # changed only once the phones are closed


def test_no_network_is_said_and_nothing_opens(live, qtbot):
    widget = PhonesPanel(PhonesRoom.of(live), interfaces=list, platform="linux")
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.notice) as said:
        widget.toggle()
    assert said.args == ["No network to open the phones on: connect the laptop to the room’s Wi-Fi."]
    assert not widget.room.is_open


def test_joined_phones_show_their_participant_and_progress_and_a_name_is_released(panel, qtbot, live):
    amelie = live.store.participants()[0]
    panel.open_phones()
    client = Client(panel.room.server, qtbot)
    waiting, answering = client.join(), client.join()
    assert client.api("claim", {"participant": amelie.id}, device=answering).status == 200
    assert client.api("answer", {"step": 0, "value": 4}, device=answering).status == 200
    total = len(panel.room.gate.devices[answering].run.sequence)
    rows = lambda: [tuple(panel.devices.item(r, c).text() for c in range(3)) for r in range(panel.devices.rowCount())]
    qtbot.waitUntil(lambda: len(rows()) == 2 and rows()[1][2] != "", timeout=3000)
    assert rows() == [("Phone 1", "choosing a name", ""), ("Phone 2", amelie.name, f"step 2 of {total}")]
    assert panel.joined.text() == "1 phone joined"

    assert not panel.release_button.isEnabled()  # nothing chosen yet
    panel.devices.selectRow(1)
    with qtbot.waitSignal(panel.notice) as said:
        qtbot.mouseClick(panel.release_button, Qt.MouseButton.LeftButton)
    assert said.args == [f"{amelie.name} is released: the name can be picked again."]
    assert rows()[1] == ("Phone 2", "choosing a name", "")
    # The other phone can now take the name; the released one is told it was released.
    assert client.api("claim", {"participant": amelie.id}, device=waiting).status == 200
    assert client.api("answer", {"step": 1, "value": 4}, device=answering).json() == {"error": "released"}
    assert live.store.responses(amelie.id).answers == {live.store.instrument.item_ids[0]: 4}


def test_no_phone_within_the_wait_brings_the_checklist(panel, qtbot):
    panel.no_phone.setInterval(30)
    panel.open_phones()
    assert panel.help.text().startswith("Scan the code on the projector’s Join view with your own phone")
    qtbot.waitUntil(lambda: panel.help.text().startswith("No phone has arrived yet."), timeout=2000)
    for point in ("same Wi-Fi", "guest networks", "mobile data", "firewall"):
        assert point in panel.help.text()


def test_a_phone_arriving_stops_the_wait(panel, qtbot):
    panel.no_phone.setInterval(400)
    panel.open_phones()
    Client(panel.room.server, qtbot).join()
    assert not panel.no_phone.isActive()
    assert panel.help.text() == "A phone has joined. The others can scan the code now."


def test_on_windows_the_firewall_is_explained_before_the_first_opening(live, qtbot):
    widget = PhonesPanel(PhonesRoom.of(live), interfaces=lambda: list(LOOPBACKS), platform="win32")
    qtbot.addWidget(widget)
    widget.toggle()
    box = widget.dialog
    assert isinstance(box, QMessageBox) and not widget.room.is_open  # nothing bound before it is read
    assert "Tick “Private networks”" in box.text()
    assert box.informativeText() == (
        'netsh advfirewall firewall add rule name="Equilibriste phones" dir=in action=allow protocol=TCP '
        f'localport={PORT} profile=private')
    accept = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(box.finished):
        accept.click()
    assert widget.room.is_open
    widget.close_phones()
    widget.dialog = None
    widget.toggle()  # explained once
    assert widget.dialog is None and widget.room.is_open
    widget.close_phones()


def test_the_join_card_carries_the_address_and_the_wifi_name(panel, qtbot, tmp_path):
    panel.wifi_name.setText("Salle  Bleue ")
    assert panel.room.wifi_name == "Salle Bleue"
    assert not panel.card_button.isEnabled()  # no address to print before the phones open
    panel.open_phones()
    pdf = panel.write_card(tmp_path / "card.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    host, token = panel.room.url.rstrip("/").split("/j/")
    assert host in text and "/j/" + token in text
    assert "Salle Bleue" in text


def test_closing_the_session_closes_the_phones(tmp_path, qtbot):
    path = make_session(tmp_path / "s.sqlite")
    console = ConsoleWindow(tmp_path)
    qtbot.addWidget(console)
    attach_phones(console)
    console.open_session(path)
    tabs = console.view.tabs
    panel = next(tabs.widget(i) for i in range(tabs.count()) if tabs.tabText(i) == "Phones")
    panel.interfaces = lambda: list(LOOPBACKS)
    panel.list_addresses()
    url = panel.open_phones()
    assert reachable(url)
    assert console.close_session()
    assert not reachable(url)


def test_the_panel_speaks_french_in_a_french_console(live, qtbot):
    from PySide6.QtCore import QCoreApplication

    from workshop_app.ui.translation import install_translators

    installed = install_translators("fr")
    try:
        widget = PhonesPanel(PhonesRoom.of(live), interfaces=list, platform="linux")
        qtbot.addWidget(widget)
        assert widget.open_button.text() == "Ouvrir l’accès aux téléphones"
        assert widget.release_button.text() == "Libérer un nom"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)

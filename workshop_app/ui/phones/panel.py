"""The console's *Phones* panel: open and close the phones, the address they use, who joined,
a name to release, the printable join card, and help where rooms fail (Wi-Fi, firewall).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QHeaderView, QLineEdit, QMessageBox,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from workshop_app.ui.phones.gate import Device
from workshop_app.ui.phones.interfaces import ranked_interfaces
from workshop_app.ui.phones.network import Interface
from workshop_app.ui.phones.room import PORT, PhonesRoom
from workshop_app.ui.widgets import open_dialog, restyle, text_label

NO_PHONE_MS = 20_000  # no phone by then: the room's network is likely the problem
REFRESH_MS = 250  # the devices list follows a burst of answers at most four times a second
FIREWALL_KEY = "phones/firewall_explained"
FIREWALL_RULE = ('netsh advfirewall firewall add rule name="Equilibriste phones" dir=in action=allow '
                 'protocol=TCP localport={port} profile=private')


class PhonesPanel(QWidget):
    notice = Signal(str)  # one line for the console's status bar

    def __init__(self, room: PhonesRoom, parent: QWidget | None = None,
                 interfaces: Callable[[], list[Interface]] = ranked_interfaces,
                 platform: str = sys.platform) -> None:
        super().__init__(parent)
        self.room = room
        self.interfaces = interfaces
        self.platform = platform
        self.dialog: QWidget | None = None  # the dialog open now, kept alive and reachable by tests

        self.address_box = QComboBox()
        self.address_box.setMinimumContentsLength(28)
        self.refresh_button = QPushButton(self.tr("Look again"))
        self.refresh_button.clicked.connect(self.list_addresses)
        self.wifi_name = QLineEdit()
        self.wifi_name.setPlaceholderText(self.tr("the name phones see, e.g. Hotel-Meeting"))
        self.wifi_name.textChanged.connect(room.set_wifi_name)
        self.wifi_password = QLineEdit()
        self.wifi_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.wifi_password.setPlaceholderText(self.tr("optional: only printed on the card, never kept"))
        self.open_button = QPushButton(self.tr("Open phones"))
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self.toggle)
        self.card_button = QPushButton(self.tr("Print a join card…"))
        self.card_button.clicked.connect(self.ask_card)
        self.address = text_label("", "sectionTitle")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.help = text_label("", "hint")
        self.help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        capacity = text_label(self.tr(
            "The laptop and the phones must be on the same Wi-Fi. A laptop’s own hotspot holds about 8 phones; "
            "for a room of 20 to 30, bring a small travel router and connect the laptop to it."), "hint")

        self.devices = QTableWidget(0, 3)
        self.devices.setHorizontalHeaderLabels([self.tr("Phone"), self.tr("Participant"), self.tr("Progress")])
        header = self.devices.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.devices.verticalHeader().hide()
        self.devices.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.devices.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.devices.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.devices.itemSelectionChanged.connect(self._follow_selection)
        self.release_button = QPushButton(self.tr("Release a name"))
        self.release_button.setToolTip(self.tr("The phone gave up or died: its answers are kept, "
                                               "the name can be picked again, on a phone or at the station."))
        self.release_button.clicked.connect(self.release_selected)
        self.joined = text_label("", "hint", wrap=False)

        grid = QGridLayout()
        grid.setVerticalSpacing(10)
        rows: list[tuple[str, list[QWidget]]] = [
            (self.tr("Address"), [self.address_box, self.refresh_button]),
            (self.tr("Wi-Fi name"), [self.wifi_name]),
            (self.tr("Wi-Fi password"), [self.wifi_password]),
            ("", [self.open_button, self.card_button]),
        ]
        for index, (caption, widgets) in enumerate(rows):
            grid.addWidget(text_label(caption, wrap=False), index, 0)
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch()
            grid.addLayout(row, index, 1)
        controls = QVBoxLayout()
        controls.addLayout(grid)
        controls.addWidget(self.address)
        controls.addWidget(self.help)
        controls.addWidget(capacity)
        controls.addStretch()
        devices = QVBoxLayout()
        devices.addWidget(self.joined)
        devices.addWidget(self.devices, 1)
        release = QHBoxLayout()
        release.addStretch()
        release.addWidget(self.release_button)
        devices.addLayout(release)
        layout = QHBoxLayout(self)
        layout.setSpacing(24)
        layout.addLayout(controls, 1)
        layout.addLayout(devices, 1)

        self.no_phone = QTimer(self, singleShot=True, interval=NO_PHONE_MS)
        self.no_phone.timeout.connect(self._no_phone_yet)
        self._refresh = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh.timeout.connect(self.show_devices)
        room.devices_changed.connect(self._devices_changed)
        room.opened.connect(self._follow_room)
        room.closed.connect(self._follow_room)
        self.list_addresses()
        self._follow_room()

    # -- the address ------------------------------------------------------------------------
    def list_addresses(self) -> None:
        chosen = self.address_box.currentData()
        self.address_box.clear()
        for interface in self.interfaces():
            self.address_box.addItem(interface.shown, interface.address)
        if not self.address_box.count():
            self.address_box.addItem(self.tr("No network: connect the laptop to the room’s Wi-Fi"), None)
        again = self.address_box.findData(chosen) if chosen else -1
        self.address_box.setCurrentIndex(max(again, 0))
        self._follow_room()

    # -- opening and closing ----------------------------------------------------------------
    def toggle(self) -> None:
        if self.room.is_open:
            self.close_phones()
        elif self.platform == "win32" and not QSettings().value(FIREWALL_KEY, False, bool):
            self.explain_firewall()
        else:
            self.open_phones()

    def explain_firewall(self) -> QMessageBox:
        """Before the first opening on Windows: what its firewall will ask, and the rule to add."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Windows will ask about the firewall"),
                          self.tr("When the phones open, Windows asks whether Python may communicate on networks. "
                                  "Tick “Private networks” and click “Allow access”: the phones can then reach "
                                  "this laptop.\n\nIf the room’s Wi-Fi is set as a public network, or the prompt was "
                                  "refused, an administrator can add this rule (in a Command Prompt run as "
                                  "administrator):"),
                          QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(FIREWALL_RULE.format(port=self.room.port or PORT))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addButton(self.tr("Open phones"), QMessageBox.ButtonRole.AcceptRole)
        box.finished.connect(self._firewall_answered)
        self.dialog = open_dialog(box)
        return box

    def _firewall_answered(self) -> None:
        box = self.sender()
        clicked = box.clickedButton()
        if clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole:
            QSettings().setValue(FIREWALL_KEY, True)
            self.open_phones()

    def open_phones(self) -> str | None:
        address = self.address_box.currentData()
        if not address:
            self.notice.emit(self.tr("No network to open the phones on: connect the laptop to the room’s Wi-Fi."))
            return None
        try:
            url = self.room.open(address)
        except OSError as exc:
            self.notice.emit(self.tr("The phones could not open on {address}: {cause}")
                             .format(address=address, cause=exc.strerror or str(exc)))
            return None
        self.no_phone.start()
        return url

    def close_phones(self) -> None:
        self.no_phone.stop()
        self.room.close()

    def _follow_room(self, *_: object) -> None:
        is_open = self.room.is_open
        self.open_button.setText(self.tr("Close phones") if is_open else self.tr("Open phones"))
        self.open_button.setObjectName("secondary" if is_open else "primary")
        restyle(self.open_button)
        self.address_box.setEnabled(not is_open)
        self.refresh_button.setEnabled(not is_open)
        self.card_button.setEnabled(is_open)
        if is_open:
            self.address.setText(self.room.url or "")
            self.help.setText(self.tr("Scan the code on the projector’s Join view with your own phone now, "
                                      "to check that it reaches this laptop."))
        else:
            self.address.setText(self.tr("Phones are closed: nobody can reach the session from the network."))
            self.help.setText(self.tr("The phones will use {address}.").format(address=self.address_box.currentText())
                              if self.address_box.currentData() else "")
        self.show_devices()

    def _no_phone_yet(self) -> None:
        if self.room.is_open and not self.room.devices():
            self.help.setText(self.tr(
                "No phone has arrived yet. Check:\n"
                "• the phone is on the same Wi-Fi as this laptop ({wifi});\n"
                "• guest networks often keep devices from seeing each other: use another network or a travel "
                "router;\n"
                "• mobile data is off on the phone, or it may try the internet instead;\n"
                "• the laptop’s firewall lets the phones in (on Windows: Private networks allowed);\n"
                "• the address is this laptop’s on the room’s network: pick another one above after closing.")
                .format(wifi=self.room.wifi_name or self.tr("its name on the laptop")))

    # -- who joined --------------------------------------------------------------------------
    def _devices_changed(self) -> None:
        if self.room.devices() and self.no_phone.isActive():
            self.no_phone.stop()
            self.help.setText(self.tr("A phone has joined. The others can scan the code now."))
        if not self._refresh.isActive():
            self._refresh.start()

    def show_devices(self) -> None:
        devices = self.room.devices()
        selected = self.selected_participant()
        self.devices.setRowCount(len(devices))
        for row, device in enumerate(devices):
            for column, value in enumerate(self._device_row(row, device)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, device.participant_id)
                self.devices.setItem(row, column, item)
            if selected is not None and device.participant_id == selected:
                self.devices.selectRow(row)
        count = self.room.joined_count()
        self.joined.setText(self.tr("%n phones joined", "", count) if self.room.is_open else "")
        self._follow_selection()

    def _device_row(self, row: int, device: Device) -> tuple[str, str, str]:
        phone = self.tr("Phone {number}").format(number=row + 1)
        if device.participant_id is not None:
            done, total = self.room.gate.progress(device)
            return phone, device.run.name, self.tr("step {step} of {total}").format(step=done + 1, total=total)
        if device.thanked:
            return phone, device.thanked, self.tr("finished")
        return phone, self.tr("choosing a name"), ""

    def selected_participant(self) -> int | None:
        items = self.devices.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _follow_selection(self) -> None:
        self.release_button.setEnabled(self.selected_participant() is not None)

    def release_selected(self) -> None:
        participant_id = self.selected_participant()
        if participant_id is None:
            return
        holder = self.room.gate.holder(participant_id)
        name = holder.run.name if holder else ""
        self.room.gate.release(participant_id)
        self.show_devices()
        self.notice.emit(self.tr("{name} is released: the name can be picked again.").format(name=name))

    # -- the join card ---------------------------------------------------------------------------
    def ask_card(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Save the join card"), str(Path.home() / "join-card.pdf"),
                             self.tr("PDF files (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda chosen: self.write_card(Path(chosen)))
        self.dialog = open_dialog(dialog)
        return dialog

    def write_card(self, path: Path) -> Path | None:
        if self.room.url is None:
            return None
        # Imported here: the PDF writer (reportlab) is no part of the console's start.
        from workshop_app.report.join_card import JoinCard, write_join_card

        card = JoinCard(self.room.url, self.room.live.store.settings.language, self.room.wifi_name,
                        self.wifi_password.text())
        try:
            write_join_card(card, path)
        except OSError as exc:
            self.notice.emit(self.tr("Could not write {path}: {cause}").format(path=path, cause=exc.strerror))
            return None
        self.notice.emit(self.tr("Join card saved to {path}: print it on A6, or A4 cut in four.").format(path=path))
        return path

"""The session's settings: the same form to create a session and to change one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from workshop_app.store import SessionSettings
from workshop_app.ui.translation import chosen_language
from workshop_app.ui.widgets import open_dialog, text_label

LOGO_PREVIEW = 48


class SettingsForm(QWidget):
    """Title, client, place, date, trainer, language, form, walk-ins, logo, PIN."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Sales managers’ seminar"))
        self.client = QLineEdit()
        self.place = QLineEdit()
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setLocale(QLocale(chosen_language()))  # the month spelled in the console's language
        self.date.setDisplayFormat("d MMMM yyyy")
        self.trainer = QLineEdit()
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.form = QComboBox()
        self.form.addItem(self.tr("Full (about 8 minutes a person)"), "full")
        self.form.addItem(self.tr("Short: time split and trade-offs (about 2 minutes)"), "short")
        self.walk_ins = QCheckBox(self.tr("Let people not on the list add their name at the station"))
        self.norms = QCheckBox(self.tr("In the debriefs, show where each manager's scores sit among the client's "
                                       "managers in the history (history.sqlite beside the session, 30 or more)"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setMaxLength(12)
        self.pin.setPlaceholderText(self.tr("Choose 4 to 12 digits"))
        self.pin_hint = text_label(self.tr("Needed to close the station or reopen a finished participant."), "hint")

        self.logo_data: bytes | None = None
        self.logo_name: str | None = None
        self.logo_preview = QLabel()
        self.logo_preview.setFixedHeight(LOGO_PREVIEW)
        self.logo_button = QPushButton(self.tr("Choose…"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_clear = QPushButton(self.tr("Remove"))
        self.logo_clear.clicked.connect(lambda: self.set_logo(None, None))
        logo_row = QHBoxLayout()
        logo_row.setSpacing(12)
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_clear)
        logo_row.addStretch(1)

        self.setMaximumWidth(860)
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(16)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Client"), self.client)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Trainer"), self.trainer)
        form.addRow(self.tr("Language of the station and debriefs"), self.language)
        form.addRow(self.tr("Questionnaire"), self.form)
        form.addRow("", self.walk_ins)
        form.addRow("", self.norms)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow(self.tr("Trainer PIN"), self.pin)
        form.addRow("", self.pin_hint)
        self.set_logo(None, None)

    def set_settings(self, s: SessionSettings, has_pin: bool) -> None:
        self.title.setText(s.title)
        self.client.setText(s.client)
        self.place.setText(s.place)
        date = QDate.fromString(s.date, "yyyy-MM-dd")
        self.date.setDate(date if date.isValid() else QDate.currentDate())
        self.trainer.setText(s.trainer)
        self.language.setCurrentIndex(self.language.findData(s.language))
        self.form.setCurrentIndex(self.form.findData(s.form))
        self.walk_ins.setChecked(s.allow_walk_ins)
        self.norms.setChecked(s.show_norms)
        self.set_logo(s.logo, s.logo_name)
        self.pin.clear()
        self.pin.setPlaceholderText(self.tr("Unchanged") if has_pin else self.tr("Choose 4 to 12 digits"))

    def values(self) -> dict:
        """The settings as `update_settings` takes them (the PIN apart: see `new_pin`)."""
        return dict(title=self.title.text().strip(), client=self.client.text().strip(),
                    place=self.place.text().strip(), date=self.date.date().toString("yyyy-MM-dd"),
                    trainer=self.trainer.text().strip(), language=self.language.currentData(),
                    form=self.form.currentData(), allow_walk_ins=self.walk_ins.isChecked(),
                    show_norms=self.norms.isChecked(),
                    logo=self.logo_data, logo_name=self.logo_name)

    def new_pin(self) -> str:
        return self.pin.text().strip()

    def problem(self) -> str | None:
        """What stops these settings from being saved, in one sentence."""
        if not self.title.text().strip():
            return self.tr("The session needs a title.")
        pin = self.new_pin()
        if pin and (not pin.isdigit() or not 4 <= len(pin) <= 12):
            return self.tr("The PIN must be 4 to 12 digits.")
        return None

    def choose_logo(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a logo"))
        dialog.setNameFilter(self.tr("Images (*.png *.jpg *.jpeg)"))
        dialog.setFileMode(QFileDialog.ExistingFile)
        dialog.fileSelected.connect(self._logo_chosen)
        open_dialog(dialog)

    def _logo_chosen(self, name: str) -> None:
        path = Path(name)
        self.set_logo(path.read_bytes(), path.name)

    def set_logo(self, data: bytes | None, name: str | None) -> None:
        self.logo_data, self.logo_name = data, name
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaledToHeight(LOGO_PREVIEW, Qt.SmoothTransformation))
        else:
            self.logo_preview.setText(self.tr("No logo"))
        self.logo_clear.setEnabled(data is not None)


class NewSessionDialog(QDialog):
    """The settings form in a dialog; `chosen` carries the values once they are valid."""

    chosen = Signal(dict, str)  # settings, PIN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New session"))
        self.form = SettingsForm()
        self.problem = text_label("", "error", wrap=False)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Create"), QDialogButtonBox.AcceptRole).setObjectName("primary")
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(16)
        layout.addWidget(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def try_accept(self) -> None:
        problem = self.form.problem()
        if problem:
            self.problem.setText(problem)
            return
        self.chosen.emit(self.form.values(), self.form.new_pin())
        self.accept()


class SettingsPanel(QWidget):
    """The open session's settings, saved with one button."""

    save_requested = Signal(dict, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = SettingsForm()
        self.problem = text_label("", "error", wrap=False)
        self.save_button = QPushButton(self.tr("Save the settings"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self._save)
        row = QHBoxLayout()
        row.addWidget(self.problem, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(row)
        layout.addStretch(1)

    def _save(self) -> None:
        problem = self.form.problem()
        self.problem.setText(problem or "")
        if not problem:
            self.save_requested.emit(self.form.values(), self.form.new_pin())

"""The console: the trainer's main window, from the sessions folder to the live session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QMainWindow, QMenu, QMessageBox, QPushButton, QStackedWidget, QTabWidget,
    QVBoxLayout, QWidget,
)

from workshop_app import __version__
from workshop_app.model.dates import format_date
from workshop_app.paths import new_session_path, new_session_stem, unique_path, slug
from workshop_app.store import SessionStore, StoreError
from workshop_app.store.export_csv import export_csv
from workshop_app.store.files import delete_session
from workshop_app.ui.confirm import confirm_destructive
from workshop_app.ui.console.debriefs import DebriefsPanel
from workshop_app.ui.console.follow_up_dialog import FollowUpDialog
from workshop_app.ui.console.locked import LockPage
from workshop_app.ui.console.participants import ParticipantsPanel
from workshop_app.ui.console.roster_import import RosterImportDialog
from workshop_app.ui.console.sessions_page import SessionsPage
from workshop_app.ui.console.settings_form import NewSessionDialog, SettingsPanel
from workshop_app.ui.console.style import CONSOLE_STYLE
from workshop_app.ui.live_session import LiveSession
from workshop_app.answering.pin_guard import PinGuard
from workshop_app.ui.pin_dialog import PinDialog
from workshop_app.ui.refusals import refusal_text
from workshop_app.ui.screens import ScreenKeeper, ScreenPicker, identify_screens, occupy, screens
from workshop_app.ui.station import StationWindow
from workshop_app.ui.translation import LANGUAGE_KEY
from workshop_app.ui.widgets import open_dialog, restyle, text_label

GEOMETRY_KEY = "console/geometry"


class SessionView(QWidget):
    """An open session: its header with the station controls, and its tabs."""

    def __init__(self, live: LiveSession, console: QWidget) -> None:
        super().__init__()
        self.live = live
        self.title = text_label("", "sessionTitle", wrap=False)
        self.details = text_label("", "hint", wrap=False)
        self.progress = text_label("", "progress", wrap=False)

        self.screen_picker = ScreenPicker("station", console)
        self.identify_button = QPushButton(self.tr("Identify screens"))
        self.identify_button.clicked.connect(lambda: identify_screens())
        self.station_button = QPushButton(self.tr("Open the station"))
        self.station_button.setObjectName("primary")
        self.export_button = QPushButton(self.tr("Export CSV…"))

        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.details)
        station = QHBoxLayout()
        station.setSpacing(8)
        station_on = text_label(self.tr("Station on"), wrap=False)
        station.addWidget(station_on)
        station.addWidget(self.screen_picker)
        station.addWidget(self.identify_button)
        station.addWidget(self.station_button)
        self.screen_picker.add_companions(station_on, self.identify_button)
        header = QHBoxLayout()
        header.addLayout(heading, 1)
        header.addWidget(self.progress)
        header.addSpacing(24)
        header.addLayout(station)

        self.participants = ParticipantsPanel(live)
        self.settings = SettingsPanel()
        self.debriefs = DebriefsPanel(live)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.participants, self.tr("Participants"))
        self.tabs.addTab(self.debriefs, self.tr("Debriefs"))
        self.tabs.addTab(self.settings, self.tr("Settings"))
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 20)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(footer)

        live.settings_changed.connect(self.show_settings)
        live.results_changed.connect(self.show_progress)  # at most once a frame, for any number of answers
        self.show_settings()
        self.show_progress()

    def show_settings(self) -> None:
        s = self.live.store.settings
        self.title.setText(s.title)
        self.details.setText(" · ".join(part for part in (s.client, s.place, format_date(s.date, s.language), s.trainer)
                                          if part))
        self.settings.form.set_settings(s, self.live.store.has_pin)

    def show_progress(self, *_: object) -> None:
        group = self.live.results().group
        self.progress.setText(self.tr("%n of {invited} finished", None, group.n_finished).format(
            invited=group.n_invited))


class ConsoleWindow(QMainWindow):
    """Sessions list → session view.

    Another part adds its panel to each open session: connect to `session_opened(live)`, build
    the panel there and hand it to `add_panel`; it is deleted when the session closes (after
    `session_closed`).
    """

    session_opened = Signal(LiveSession)
    session_closed = Signal()

    def __init__(self, sessions_folder: Path) -> None:
        super().__init__()
        self.setWindowTitle("Équilibriste")
        self.setStyleSheet(CONSOLE_STYLE)
        self.sessions_folder = sessions_folder
        self.live: LiveSession | None = None
        self.view: SessionView | None = None
        self.station: StationWindow | None = None
        self.dialog: QWidget | None = None  # the dialog open now, kept alive and reachable by tests

        self.sessions = SessionsPage(sessions_folder)
        self.sessions.open_requested.connect(self.open_session)
        self.sessions.new_requested.connect(self.new_session)
        self.sessions.duplicate_requested.connect(self.duplicate_session)
        self.sessions.follow_up_requested.connect(self.choose_follow_up)
        self.sessions.delete_requested.connect(self.confirm_delete)
        self.lock_page = LockPage()
        self.lock_page.close_requested.connect(self.ask_pin_to_close_station)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.sessions)
        self.pages.addWidget(self.lock_page)
        self.setCentralWidget(self.pages)
        self._build_menus()
        self.statusBar()
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)

    # --- menus ---------------------------------------------------------------------------
    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        session = self.menuBar().addMenu(self.tr("&Session"))
        self._action(session, self.tr("&New session…"), self.new_session, QKeySequence.New)
        self._action(session, self.tr("&Open a session file…"), self.choose_session_file, QKeySequence.Open)
        self._action(session, self.tr("All &sessions"), self.close_session)
        session.addSeparator()
        self.import_action = self._action(session, self.tr("&Import participants (CSV)…"), self.choose_roster)
        self.export_action = self._action(session, self.tr("&Export results (CSV)…"), self.choose_export)
        self.copy_action = self._action(session, self.tr("Save a &copy of the session…"), self.choose_copy)
        session.addSeparator()
        self._action(session, self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"))  # Windows has no standard Quit key

        station = self.menuBar().addMenu(self.tr("S&tation"))
        self.station_action = self._action(station, self.tr("&Open the station"), self.toggle_station)
        self._action(station, self.tr("&Identify screens"), lambda: identify_screens())

        settings = self.menuBar().addMenu(self.tr("Se&ttings"))
        language = settings.addMenu(self.tr("&Language"))
        current = str(QSettings().value(LANGUAGE_KEY, "") or "")
        for code, name in (("", self.tr("As the system")), ("fr", "Français"), ("en", "English")):
            action = self._action(language, name, lambda _=False, c=code: self.set_language(c))
            action.setCheckable(True)
            action.setChecked(code == current)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Équilibriste"), self.about)
        self._update_actions()

    def _update_actions(self) -> None:
        """The menus and the station button follow what is open: a session, the station."""
        is_open = self.live is not None
        for action in (self.import_action, self.export_action, self.copy_action, self.station_action):
            action.setEnabled(is_open)
        self.station_action.setText(self.tr("&Close the station") if self.station else self.tr("&Open the station"))
        if self.view is not None:
            button = self.view.station_button
            button.setText(self.tr("Close the station") if self.station else self.tr("Open the station"))
            button.setObjectName("secondary" if self.station else "primary")
            restyle(button)

    # --- messages ---------------------------------------------------------------------------
    def _show_dialog(self, dialog: QDialog) -> None:
        self.dialog = open_dialog(dialog)

    def show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Warning, "Équilibriste", message, QMessageBox.Ok, self)
        box.setTextFormat(Qt.PlainText)
        self._show_dialog(box)

    def about(self) -> None:
        box = QMessageBox(QMessageBox.NoIcon, self.tr("About Équilibriste"), "", QMessageBox.Ok, self)
        box.setTextFormat(Qt.PlainText)
        box.setText(self.tr("Équilibriste {version}\n\nThe balance map workshop for sales managers: "
                            "self-assessment at the station, the group’s map on the projector, "
                            "a personal debrief for each manager.\n\nWorks offline; one file per session.")
                    .format(version=__version__))
        self._show_dialog(box)

    def set_language(self, code: str) -> None:
        QSettings().setValue(LANGUAGE_KEY, code)
        self.statusBar().showMessage(self.tr("The new language applies the next time Équilibriste starts."), 8000)

    # --- sessions ---------------------------------------------------------------------------
    def new_session(self) -> None:
        dialog = NewSessionDialog(self)
        dialog.chosen.connect(self.create_session)
        self._show_dialog(dialog)

    def create_session(self, values: dict, pin: str) -> None:
        self.sessions_folder.mkdir(parents=True, exist_ok=True)
        path = new_session_path(self.sessions_folder, values["title"], values["date"])
        try:
            store = SessionStore.create(path, **{k: values[k] for k in
                                                 ("title", "language", "client", "place", "date", "trainer", "form")})
            store.update_settings(allow_walk_ins=values["allow_walk_ins"], logo=values["logo"],
                                  logo_name=values["logo_name"])
            if pin:
                store.set_pin(pin)
        except StoreError as exc:
            self.show_error(refusal_text(exc))
            return
        self._show_session(store)

    def choose_session_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Open a session"), str(self.sessions_folder),
                             self.tr("Équilibriste sessions (*.sqlite)"))
        dialog.setFileMode(QFileDialog.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.open_session(Path(name)))
        self._show_dialog(dialog)

    def open_session(self, path: Path) -> None:
        if self.live is not None and self.live.store.path == Path(path):
            return
        try:
            store = SessionStore.open(path)
        except StoreError as exc:
            self.show_error(refusal_text(exc))
            return
        self._show_session(store)

    def _show_session(self, store: SessionStore) -> None:
        if not self.close_session():
            store.close()
            return
        self.live = LiveSession(store, self)
        self.view = SessionView(self.live, self)
        self.view.station_button.clicked.connect(self.toggle_station)
        self.view.export_button.clicked.connect(self.choose_export)
        self.view.participants.import_requested.connect(self.choose_roster)
        self.view.participants.error.connect(self.show_error)
        self.view.settings.save_requested.connect(self.save_settings)
        self.pages.addWidget(self.view)
        self.pages.setCurrentWidget(self.view)
        self.setWindowTitle("{title} — Équilibriste".format(title=store.settings.title))
        self._update_actions()
        self.session_opened.emit(self.live)

    def close_session(self) -> bool:
        """Back to the sessions list; refused while the station is open (it needs the PIN)."""
        if self.station is not None:
            self.show_error(self.tr("Close the station first (with the trainer PIN)."))
            return False
        if self.live is None:
            return True
        self.view.participants.save_note()
        self.view.debriefs.stop()
        self.session_closed.emit()
        self.pages.removeWidget(self.view)
        self.view.deleteLater()
        self.live.close()
        self.live.deleteLater()
        self.live = self.view = None
        self.setWindowTitle("Équilibriste")
        self.sessions.refresh()
        self.pages.setCurrentWidget(self.sessions)
        self._update_actions()
        return True

    def duplicate_session(self, path: Path) -> None:
        try:
            with SessionStore.open(path, read_only=True) as source:
                title = self.tr("{title} (copy)").format(title=source.settings.title)
                target = unique_path(self.sessions_folder, slug(title))
                source.copy_as_template(target, title=title).close()
        except StoreError as exc:
            self.show_error(refusal_text(exc))
            return
        self.sessions.refresh()
        self.statusBar().showMessage(self.tr("Copied as {file}: same settings and participants, no answers.")
                                     .format(file=target.name), 8000)

    def choose_follow_up(self, path: Path) -> None:
        """Ask the date and who is invited again, then make the follow-up."""
        try:
            with SessionStore.open(path, read_only=True) as source:
                title, names = source.settings.title, [p.name for p in source.participants()]
        except StoreError as exc:
            self.show_error(str(exc))
            return
        dialog = FollowUpDialog(title, names, self)
        dialog.submitted.connect(lambda when, left_out: self.create_follow_up(path, when, left_out))
        self._show_dialog(dialog)

    def create_follow_up(self, path: Path, when: str, left_out: list[str]) -> None:
        try:
            with SessionStore.open(path, read_only=True) as source:
                target = unique_path(self.sessions_folder, new_session_stem(source.settings.title, when))
                source.follow_up(target, date=when, leave_out=left_out).close()
        except StoreError as exc:
            self.show_error(str(exc))
            return
        self.sessions.refresh()
        self.statusBar().showMessage(self.tr("Follow-up session created as {file}: same settings and people, "
                                             "no answers.").format(file=target.name), 8000)

    def confirm_delete(self, path: Path) -> None:
        self.dialog = confirm_destructive(
            self, self.tr("Delete a session"),
            self.tr("Delete the session file {file} and every answer in it?").format(file=path.name),
            self.tr("Delete"), lambda: self.delete_session(path))

    def delete_session(self, path: Path) -> None:
        try:
            delete_session(path)
        except StoreError as exc:
            self.show_error(refusal_text(exc))
        self.sessions.refresh()

    def save_settings(self, values: dict, pin: str) -> None:
        """A new PIN replaces the current one only once the current one is given; nothing is
        changed while the console is locked behind the station."""
        if self.pages.currentWidget() is self.lock_page:
            return
        try:
            self.live.update_settings(**values)
        except StoreError as exc:
            self.show_error(refusal_text(exc))
            return
        self.statusBar().showMessage(self.tr("Settings saved."), 4000)
        if pin and self.live.store.has_pin:
            dialog = PinDialog(self.live.store.check_pin, self.tr("Type the current PIN to change it."), self,
                               guard=PinGuard.of(self.live.store))
            dialog.accepted.connect(lambda: self._set_pin(pin))
            self._show_dialog(dialog)
        elif pin:
            self._set_pin(pin)

    def _set_pin(self, pin: str) -> None:
        try:
            self.live.set_pin(pin)
        except StoreError as exc:
            self.show_error(refusal_text(exc))
            return
        self.statusBar().showMessage(self.tr("PIN changed."), 4000)

    # --- participants in and results out ----------------------------------------------------------
    def choose_roster(self) -> None:
        dialog = QFileDialog(self, self.tr("Import participants"), "", self.tr("Participant lists (*.csv *.txt *.xlsx *.xls *.ods)"))
        dialog.setFileMode(QFileDialog.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.preview_roster(Path(name)))
        self._show_dialog(dialog)

    def preview_roster(self, path: Path) -> RosterImportDialog:
        dialog = RosterImportDialog(self.live, path, self)
        dialog.imported.connect(lambda n: self.statusBar().showMessage(
            self.tr("%n participants imported.", None, n), 6000))
        self._show_dialog(dialog)
        return dialog

    def choose_export(self) -> None:
        name = "{stem}.csv".format(stem=self.live.store.path.stem)
        dialog = QFileDialog(self, self.tr("Export results"), str(Path.home() / name), self.tr("CSV files (*.csv)"))
        dialog.setAcceptMode(QFileDialog.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda chosen: self.export(Path(chosen)))
        self._show_dialog(dialog)

    def export(self, path: Path) -> None:
        try:
            count = export_csv(self.live.store, path)
        except (StoreError, OSError) as exc:
            self.show_error(refusal_text(exc))
            return
        self.statusBar().showMessage(self.tr("%n participants exported to {file}.", None, count)
                                     .format(file=path.name), 8000)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def choose_copy(self) -> None:
        name = "{stem}-copy.sqlite".format(stem=self.live.store.path.stem)
        dialog = QFileDialog(self, self.tr("Save a copy of the session"), str(Path.home() / name),
                             self.tr("Équilibriste sessions (*.sqlite)"))
        dialog.setAcceptMode(QFileDialog.AcceptSave)
        dialog.setDefaultSuffix("sqlite")
        dialog.fileSelected.connect(lambda chosen: self.save_copy(Path(chosen)))
        self._show_dialog(dialog)

    def save_copy(self, path: Path) -> None:
        try:
            self.live.store.save_copy(path)
        except StoreError as exc:
            self.show_error(refusal_text(exc))
            return
        self.statusBar().showMessage(self.tr("The whole session is copied to {file}.").format(file=path.name), 8000)

    # --- the station -------------------------------------------------------------------------------
    def toggle_station(self) -> None:
        if self.station is not None:
            self.ask_pin_to_close_station()
        else:
            self.open_station()

    def open_station(self) -> StationWindow | None:
        if self.live is None:
            return None
        if not self.live.store.has_pin:
            self.view.tabs.setCurrentWidget(self.view.settings)
            self.view.settings.form.pin.setFocus()
            self.show_error(self.tr("Choose a trainer PIN in the settings first: it is needed to close the station."))
            return None
        self.station = StationWindow(self.live)
        self.station.left.connect(self._station_closed)
        self.station.write_failed.connect(self._station_write_failed)
        self.station.session_gone.connect(self._station_file_gone)
        screen = self.view.screen_picker.selected_screen() or self.screen()
        keeper = ScreenKeeper(self.station, "station", screen)
        keeper.gone.connect(lambda: self.statusBar().showMessage(self.tr(
            "The station's screen is unplugged: the station is hidden until its screen is back "
            "(what was on it is kept).")))
        keeper.back.connect(lambda name: self.statusBar().showMessage(self.tr(
            "Screens changed: the station is back on {screen}.").format(screen=name), 8000))
        self.view.screen_picker.screen_chosen.connect(keeper.show_on)
        occupy("station", self.station, screen)
        self.station.show_full_screen(screen)  # full screen even alone on one screen, and kept on show
        self._update_actions()
        if self.covered_by(screen):  # the console waits for the PIN
            self._lock(True)
        return self.station

    def covered_by(self, screen: QScreen) -> bool:
        """A full-screen window on `screen` covers the console: it is the only screen, or its own."""
        return len(screens()) == 1 or screen is self.screen()

    def _lock(self, locked: bool) -> None:
        """Locked, the console shows only how to close the station: no menu, no shortcut, no tab."""
        if locked and self.dialog is not None and self.dialog.isVisible():
            self.dialog.close()
        self.menuBar().setEnabled(not locked)
        for action in self.findChildren(QAction):
            action.setEnabled(not locked)
        self.pages.setCurrentWidget(self.lock_page if locked else self.view or self.sessions)
        if not locked:
            self._update_actions()

    def ask_pin_to_close_station(self) -> None:
        dialog = PinDialog(self.live.store.check_pin, self.tr("Type the trainer PIN to close the station."), self,
                           guard=PinGuard.of(self.live.store))
        dialog.accepted.connect(lambda: self.station and self.station.release())
        self._show_dialog(dialog)

    def _station_write_failed(self, cause: str) -> None:
        self.show_error(self.tr("An answer could not be saved at the station: {cause}\n"
                                "The participant was asked to call you. Every answer saved before is kept.")
                        .format(cause=cause))

    def _station_file_gone(self) -> None:
        self.show_error(self.tr("The session file {file} was deleted, moved or replaced on the disk: the station "
                                "stopped recording. Answers saved before are in the file that was there. "
                                "Close the station with the PIN.").format(file=self.live.store.path.name))

    def _station_closed(self) -> None:
        self.station.deleteLater()
        self.station = None
        if self.pages.currentWidget() is self.lock_page:
            self._lock(False)
        self._update_actions()

    # --- the projector's place -----------------------------------------------------------------------
    def add_panel(self, widget: QWidget, title: str) -> None:
        """Add a tab to the open session's view (before Settings); it lives as long as the session."""
        if self.view is not None:
            self.view.tabs.insertTab(self.view.tabs.count() - 1, widget, title)

    # --- Qt events -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_session():
            event.ignore()
            return
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        event.accept()

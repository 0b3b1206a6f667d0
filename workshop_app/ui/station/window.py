"""The station window: runs one participant at a time through the steps, writing every answer
through the live session the moment it is given, and keeps the room out without the PIN.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from workshop_app.model.territories import BY_CODE, CODES
from workshop_app.store import StoreError
from workshop_app.ui.live_session import LiveSession
from workshop_app.ui.pin_dialog import PinDialog
from workshop_app.ui.station import flow
from workshop_app.ui.station.pages import (
    AllocationPage, CommitmentsPage, NamesPage, NameTile, StatementPage, TensionsPage, ThanksPage,
    WalkInPage, WelcomePage,
)
from workshop_app.ui.station.style import STATION_STYLE
from workshop_app.ui.translation import StationText
from workshop_app.ui.widgets import open_dialog

IDLE_MS = 120_000  # an idle participant screen returns to welcome (nothing given is lost)
THANKS_MS = 6_000
_ACTIVITY = {QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.TouchBegin, QEvent.Wheel}


class StationWindow(QWidget):
    """Kiosk: welcome → name → steps → thank you → welcome. Leaving needs the trainer's PIN."""

    left = Signal()  # closed with the PIN

    def __init__(self, live: LiveSession, *, idle_ms: int = IDLE_MS, thanks_ms: int = THANKS_MS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.instrument = live.store.instrument
        settings = live.store.settings
        self.language = settings.language
        self.text = StationText(self.language)
        self.setObjectName("station")
        self.setWindowTitle(self.text.translate("Station", "Participant station"))
        self.setAttribute(Qt.WA_StyledBackground)
        self.setStyleSheet(STATION_STYLE)

        self.participant_id: int | None = None
        self.sequence = flow.steps(self.instrument, settings.form)
        self.index = 0
        self._released = False
        self.pin_dialog: PinDialog | None = None

        self._build_pages()
        self.idle_timer = QTimer(self, singleShot=True, interval=idle_ms, timeout=self.show_welcome)
        self.thanks_timer = QTimer(self, singleShot=True, interval=thanks_ms, timeout=self.show_welcome)
        QApplication.instance().installEventFilter(self)
        live.settings_changed.connect(self._show_session)
        live.roster_changed.connect(self._roster_changed)
        self._show_session()
        self.show_welcome()

    # --- building -------------------------------------------------------------------------
    def _build_pages(self) -> None:
        lang = self.language
        ins = self.instrument
        territories = [(c, ins.territory_name(c, lang), BY_CODE[c].colour) for c in CODES]
        self.welcome = WelcomePage(self.text)
        self.names = NamesPage(self.text)
        self.walk_in = WalkInPage(self.text)
        self.statement = StatementPage(self.text, [(p.value, p.label[lang]) for p in ins.scale])
        self.allocation = AllocationPage(self.text, territories)
        self.tensions = TensionsPage(
            self.text, [(t.id, t.left[lang], t.right[lang]) for t in ins.tensions], ins.tension_steps)
        self.commitments = CommitmentsPage(
            self.text, territories, ins.territory_prompt[lang], ins.actions_prompt[lang], ins.max_actions)
        self.thanks = ThanksPage(self.text)

        self.pages = QStackedWidget()
        for page in (self.welcome, self.names, self.walk_in, self.statement, self.allocation,
                     self.tensions, self.commitments, self.thanks):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(72, 48, 72, 48)
        layout.addWidget(self.pages)

        self.welcome.start.connect(self._show_names)
        self.names.picked.connect(self._pick)
        self.names.walk_in.connect(self._show_walk_in)
        self.names.back.connect(self.show_welcome)
        self.walk_in.back.connect(self._show_names)
        self.walk_in.entered.connect(self._add_walk_in)
        self.statement.answered.connect(self._answer)
        self.tensions.chosen.connect(self._tension)
        for page in (self.statement, self.allocation, self.tensions, self.commitments):
            page.back.connect(self._back)
            page.next.connect(self._next)

    def _show_session(self) -> None:
        s = self.live.store.settings
        details = " · ".join(part for part in (s.client, s.place, s.date) if part)
        self.welcome.set_session(self.instrument.title[self.language], s.title, details, s.logo)

    # --- navigation ----------------------------------------------------------------------
    def current_page(self) -> QWidget:
        return self.pages.currentWidget()

    def _show(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        page.focus_first()
        if page not in (self.welcome, self.thanks):
            self.idle_timer.start()

    def show_welcome(self) -> None:
        """Back to the welcome screen: forget who was answering (their answers are stored)."""
        if self.current_page() is self.commitments and self.participant_id is not None:
            self._save_commitments()
        self.idle_timer.stop()
        self.thanks_timer.stop()
        if self.pin_dialog is not None:
            self.pin_dialog.reject()
        self.participant_id = None
        self._show(self.welcome)

    def _show_names(self) -> None:
        finished = {r.participant_id for r in self.live.results().participants if r.finished}
        tiles = [NameTile(p.id, p.name, p.id in finished) for p in self.live.store.participants()]
        self.names.set_names(tiles, self.live.store.settings.allow_walk_ins)
        self._show(self.names)

    def _roster_changed(self) -> None:
        if self.current_page() is self.names:
            self._show_names()

    def _show_walk_in(self) -> None:
        self.walk_in.reset()
        self._show(self.walk_in)

    def _add_walk_in(self, name: str) -> None:
        try:
            participant_id = self.live.add_participant(name)
        except StoreError:
            self.walk_in.refuse()
            return
        self._begin(participant_id)

    def _pick(self, participant_id: int) -> None:
        if self.live.results().participant(participant_id).finished:
            message = self.text.translate(
                "Station", "These answers are complete. Only the trainer can reopen them.")
            self._ask_pin(message, lambda: self._begin(participant_id))
        else:
            self._begin(participant_id)

    def _begin(self, participant_id: int) -> None:
        self.participant_id = participant_id
        responses = self.live.store.responses(participant_id)
        self._go(flow.resume_index(self.sequence, responses, self.instrument))

    def _go(self, index: int) -> None:
        self.index = index
        step = self.sequence[index]
        responses = self.live.store.responses(self.participant_id)
        lang = self.language
        position = self.text.translate("Station", "{current} / {total}")
        if step.kind == "statement":
            items = self.instrument.item_ids
            number = items.index(step.key) + 1
            self.statement.set_progress(self.text.translate("Station", "Your practices"),
                                        position.format(current=number, total=len(items)), index, len(self.sequence))
            self.statement.set_statement(self.instrument.item(step.key).text[lang], responses.answers.get(step.key))
            page = self.statement
        elif step.kind == "allocation":
            phase_number = 1 if step.key == "today" else 2
            points = responses.allocations.get(step.key) or responses.allocations.get("today") or {}
            self.allocation.set_progress(self.text.translate("Station", "Your time"),
                                         position.format(current=phase_number, total=2), index, len(self.sequence))
            self.allocation.set_points(self.instrument.allocation_prompts[step.key][lang], dict(points))
            page = self.allocation
        elif step.kind == "tensions":
            self.tensions.set_progress(self.text.translate("Station", "Your trade-offs"), "", index, len(self.sequence))
            self.tensions.set_values(dict(responses.tensions))
            page = self.tensions
        else:
            self.commitments.set_progress(self.text.translate("Station", "Your commitments"), "", index,
                                          len(self.sequence))
            self.commitments.set_commitments(responses.commitment_territory, tuple(responses.commitment_actions))
            page = self.commitments
        self._show(page)

    def _back(self) -> None:
        if self.current_page() is self.commitments:
            self._save_commitments()
        if self.index == 0:
            self._show_names()
        else:
            self._go(self.index - 1)

    def _next(self) -> None:
        page = self.current_page()
        step = self.sequence[self.index]
        if page is self.allocation:
            if not self._write(self.live.set_allocation, self.participant_id, step.key, self.allocation.points()):
                return
        elif page is self.commitments:
            self._save_commitments()
            self._finish()
            return
        self._go(self.index + 1)

    def _finish(self) -> None:
        self.thanks.set_name(self.live.store.participant(self.participant_id).name)
        self.participant_id = None
        self._show(self.thanks)
        self.thanks_timer.start()

    # --- writing -------------------------------------------------------------------------
    def _write(self, method: Callable[..., object], *args: object) -> bool:
        """Write through the live session; a refused write (the trainer removed this
        participant meanwhile) sends the station back to welcome rather than crash."""
        try:
            method(*args)
        except StoreError:
            self.participant_id = None
            self.show_welcome()
            return False
        return True

    def _answer(self, value: int) -> None:
        step = self.sequence[self.index]
        if self._write(self.live.record_answer, self.participant_id, step.key, value):
            self._go(self.index + 1)

    def _tension(self, tension_id: str, value: int) -> None:
        self._write(self.live.set_tension, self.participant_id, tension_id, value)

    def _save_commitments(self) -> None:
        territory, actions = self.commitments.commitments()
        before = self.live.store.responses(self.participant_id)
        if territory or any(actions) or before.commitment_territory or any(before.commitment_actions):
            self._write(self.live.set_commitments, self.participant_id, territory, actions)

    # --- the PIN ---------------------------------------------------------------------------
    def _ask_pin(self, message: str, on_success: Callable[[], object]) -> None:
        if self.pin_dialog is not None:
            return
        dialog = PinDialog(self.live.store.check_pin, message, self, self.text.translate)
        dialog.accepted.connect(on_success)
        dialog.finished.connect(self._pin_closed)
        self.pin_dialog = open_dialog(dialog)

    def _pin_closed(self) -> None:
        self.pin_dialog = None

    def request_leave(self) -> None:
        message = self.text.translate("Station", "Only the trainer can close the station.")
        self._ask_pin(message, self.release)

    def release(self) -> None:
        """Close for good (the PIN was given here or in the console)."""
        self._released = True
        self.close()

    # --- Qt events ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key_Escape:
            self.request_leave()
        elif not self.current_page().handle_key(event):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._released:
            event.ignore()
            self.request_leave()
            return
        QApplication.instance().removeEventFilter(self)
        self.idle_timer.stop()
        self.thanks_timer.stop()
        event.accept()
        self.left.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any touch, click or key in the station restarts the idle countdown."""
        if (event.type() in _ACTIVITY and self.idle_timer.isActive()
                and isinstance(watched, QWidget) and watched.window() is self):
            self.idle_timer.start()
        return False

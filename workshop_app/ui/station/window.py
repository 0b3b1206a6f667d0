"""The station window: runs one participant at a time through the steps, writing every answer
through the live session the moment it is given, and keeps the room out without the PIN.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from workshop_app.answering import AnswerRun, NotSaved, Refused, Step
from workshop_app.answering.pin_guard import PinGuard
from workshop_app.model.dates import format_date
from workshop_app.model.territories import BY_CODE, CODES
from workshop_app.ui.live_session import LiveSession
from workshop_app.ui.pin_dialog import PinDialog
from workshop_app.ui.refusals import refusal_text
from workshop_app.ui.station.pages import (
    AllocationPage, CommitmentsPage, ConfirmPage, NamesPage, NameTile, NotSavedPage, StatementPage, TensionsPage,
    ThanksPage, WalkInPage, WelcomePage,
)
from workshop_app.ui.station.style import STATION_STYLE
from workshop_app.ui.translation import StationText
from workshop_app.ui.widgets import open_dialog

IDLE_MS = 120_000  # an idle participant screen returns to welcome (nothing given is lost)
THANKS_MS = 6_000
MARK_MS = 350  # the answer chosen stays marked this long before the next statement appears
SETTLE_MARGIN_MS = 150  # a new page ignores input for the double-click interval plus this
KEEP_MS = 250  # how often the station checks it is still on show: back within a second
MAP_GRACE_MS = 300  # shown again and still not on show after this long: its native window is gone
_ACTIVITY = {QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.TouchBegin, QEvent.Wheel}
# What a settling page ignores: the second half of a double-click, a double tap, a repeated Enter.
_INPUT = {QEvent.KeyPress, QEvent.KeyRelease, QEvent.MouseButtonPress, QEvent.MouseButtonRelease,
          QEvent.MouseButtonDblClick, QEvent.TouchBegin, QEvent.TouchUpdate, QEvent.TouchEnd, QEvent.Wheel}


def settle_ms() -> int:
    """Longer than the platform's double-click interval, so one gesture never acts on two pages."""
    return QGuiApplication.styleHints().mouseDoubleClickInterval() + SETTLE_MARGIN_MS


class StationWindow(QWidget):
    """Kiosk: welcome → name → steps → thank you → welcome. Leaving needs the trainer's PIN.

    The rules of the run (who may answer, which step comes next, what is written) are the
    `AnswerRun`'s; this window renders its pages and keeps the kiosk behaviour."""

    left = Signal()  # closed with the PIN
    write_failed = Signal(str)  # an answer could not be saved: the cause, for the trainer
    session_gone = Signal()  # the session's file was deleted or replaced: the station stopped recording

    def __init__(self, live: LiveSession, *, idle_ms: int = IDLE_MS, thanks_ms: int = THANKS_MS,
                 settle: int | None = None, mark_ms: int | None = None, parent: QWidget | None = None) -> None:
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

        self.run = AnswerRun(live, "station", may_reopen=True)
        self._released = False
        self.stopped = False  # the session's file is gone: nothing more is recorded, nobody starts
        self.pin_dialog: PinDialog | None = None

        self._build_pages()
        self.idle_timer = QTimer(self, singleShot=True, interval=idle_ms, timeout=self.show_welcome)
        self.thanks_timer = QTimer(self, singleShot=True, interval=thanks_ms, timeout=self.show_welcome)
        # Input is held while an answer is shown marked, then while the next page settles.
        self.settle_timer = QTimer(self, singleShot=True, interval=settle_ms() if settle is None else settle)
        self.mark_timer = QTimer(self, singleShot=True, interval=MARK_MS if mark_ms is None else mark_ms,
                                 timeout=self._show_pending)
        self._pending: Step | None = None
        # Kept on show: minimised, hidden by the window manager or its window destroyed, it comes back.
        self.home: QScreen | None = None
        self.keeper = QTimer(self, interval=KEEP_MS, timeout=self._keep_on_show)
        self._seen = False  # on show since it was last shown: only then is "not on show" a change
        self._shown = QElapsedTimer()
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
        self.confirm = ConfirmPage(self.text)
        self.not_saved = NotSavedPage(self.text)

        self.pages = QStackedWidget()
        for page in (self.welcome, self.names, self.walk_in, self.confirm, self.statement, self.allocation,
                     self.tensions, self.commitments, self.thanks, self.not_saved):
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
        self.confirm.yes.connect(self._begin)
        self.confirm.no.connect(self._not_me)
        self.not_saved.done.connect(self.show_welcome)
        self.allocation.same_as_today.connect(self._same_as_today)
        self.commitments.asking.connect(self.hold_input)
        for page in (self.statement, self.allocation, self.tensions, self.commitments):
            page.back.connect(self._back)
            page.next.connect(self._next)

    def _show_session(self) -> None:
        s = self.live.store.settings
        details = " · ".join(part for part in (s.client, s.place, format_date(s.date, self.language)) if part)
        self.welcome.set_session(self.instrument.title[self.language], s.title, details, s.logo)

    # --- navigation ----------------------------------------------------------------------
    def current_page(self) -> QWidget:
        return self.pages.currentWidget()

    def accepting_input(self) -> bool:
        """False while an answer is shown marked or a new page settles: input is then ignored."""
        return not (self.settle_timer.isActive() or self.mark_timer.isActive())

    def hold_input(self) -> None:
        """Ignore input for the settle time (a page changed, or a question appeared on it)."""
        if self.settle_timer.interval() > 0:
            self.settle_timer.start()

    def _show(self, page: QWidget) -> None:
        self.mark_timer.stop()
        if page is not self.current_page():
            self.pages.setCurrentWidget(page)
        self.hold_input()  # the same widget showing a new statement is a new page too
        page.focus_first()
        if page not in (self.welcome, self.thanks):
            self.idle_timer.start()

    def show_welcome(self) -> None:
        """Back to the welcome screen: forget who was answering (their answers are stored)."""
        on_commitments = self.current_page() is self.commitments and self.run.confirmed
        self._write(self.run.leave, self.commitments.commitments() if on_commitments else None)
        self.idle_timer.stop()
        self.thanks_timer.stop()
        if self.pin_dialog is not None:
            self.pin_dialog.reject()
        self._show(self.not_saved if self.stopped else self.welcome)

    def _show_names(self) -> None:
        tiles = [NameTile(c.participant_id, c.name, c.state) for c in self.run.names()]
        self.names.set_names(tiles, self.run.walk_ins_allowed)
        self._show(self.names)

    def _roster_changed(self) -> None:
        if self.current_page() is self.names:
            self._show_names()

    def _show_walk_in(self) -> None:
        self.walk_in.reset()
        self._show(self.walk_in)

    def _add_walk_in(self, name: str) -> None:
        try:
            participant_id = self.run.add_walk_in(name)
        except Refused:
            self.walk_in.refuse()
            return
        self._pick(participant_id)

    def _pick(self, participant_id: int) -> None:
        try:
            self.run.pick(participant_id)
        except Refused as refused:
            if refused.code == "finished":
                message = self.text.translate(
                    "Station", "These answers are complete. Only the trainer can reopen them.")
                self._ask_pin(message, lambda: self._reopen(participant_id), self._reopen_check(participant_id))
            else:  # busy elsewhere, or removed meanwhile: the list says so
                self._show_names()
            return
        self._ask_who(self.run.name)

    def _ask_who(self, name: str) -> None:
        self.confirm.set_name(name)
        self._show(self.confirm)

    def _not_me(self) -> None:
        self.run.leave()
        self._show_names()

    def _reopen_check(self, participant_id: int) -> Callable[[str], bool]:
        def check(pin: str) -> bool:
            try:
                self.run.pick(participant_id, pin)
            except Refused:
                return False
            return True
        return check

    def _reopen(self, participant_id: int) -> None:
        if self.run.participant_id == participant_id:
            self._ask_who(self.run.name)

    def _begin(self) -> None:
        self._render(self.run.confirm())

    def _render(self, step: Step | None) -> None:
        """Show the run's current step (None: the run has ended)."""
        if step is None or not self.run.confirmed:
            self.show_welcome()
            return
        index = self.run.index
        total = len(self.run.sequence)
        responses = self.run.shown()
        lang = self.language
        position = self.text.translate("Station", "{current} / {total}")
        if step.kind == "statement":
            items = self.instrument.item_ids
            number = items.index(step.key) + 1
            self.statement.set_progress(self.text.translate("Station", "Your practices"),
                                        position.format(current=number, total=len(items)), index, total)
            self.statement.set_statement(self.instrument.item(step.key).text[lang], responses.answers.get(step.key))
            page = self.statement
        elif step.kind == "allocation":
            phase_number = 1 if step.key == "today" else 2
            points = responses.allocations.get(step.key)
            today = responses.allocations.get("today") if step.key == "ideal" and points is None else None
            self.allocation.set_progress(self.text.translate("Station", "Your time"),
                                         position.format(current=phase_number, total=2), index, total)
            self.allocation.set_points(self.instrument.allocation_prompts[step.key][lang], dict(points or {}),
                                       dict(today) if today else None)
            page = self.allocation
        elif step.kind == "tensions":
            self.tensions.set_progress(self.text.translate("Station", "Your trade-offs"), "", index, total)
            self.tensions.set_values(dict(responses.tensions))
            page = self.tensions
        else:
            self.commitments.set_progress(self.text.translate("Station", "Your commitments"), "", index, total)
            self.commitments.set_commitments(responses.commitment_territory, tuple(responses.commitment_actions))
            page = self.commitments
        self._show(page)

    def _back(self) -> None:
        on_commitments = self.current_page() is self.commitments
        moved = self._write(self.run.back, self.commitments.commitments() if on_commitments else None)
        if moved is False:
            return
        if moved is None:
            self._write(self.run.leave)
            self._show_names()
        else:
            self._render(moved)

    def _next(self) -> None:
        page = self.current_page()
        if page is self.allocation:
            self._advance(self.run.give_allocation, self.allocation.points())
        elif page is self.commitments:
            self._finish()
        else:
            self._advance(self.run.next)

    def _finish(self) -> None:
        name = self._write(self.run.finish, *self.commitments.commitments())
        if name is False:
            return
        self.thanks.set_name(name)
        self._show(self.thanks)
        self.thanks_timer.start()

    # --- writing -------------------------------------------------------------------------
    def _write(self, method: Callable[..., object], *args: object) -> object:
        """Drive the run; a refused or failed write ends the participant's run (it says why to
        the trainer) and returns False."""
        try:
            return method(*args)
        except NotSaved as failure:
            if failure.reason == "session_file_gone":
                self._stop()
            else:
                # For the trainer, in the console's language: the store's refusal it carries.
                self.write_failed.emit(refusal_text(failure.__cause__) if failure.__cause__ else failure.cause)
            self._show(self.not_saved)
        except Refused:
            self.show_welcome()
        return False

    def _stop(self) -> None:
        """The session's file is gone: this station records nothing more, and says so once."""
        if not self.stopped:
            self.stopped = True
            self.not_saved.set_stopped(True)
            self.session_gone.emit()

    def _advance(self, method: Callable[..., Step | None], *args: object) -> None:
        step = self._write(method, *args)
        if step is not False:
            self._render(step)

    def _same_as_today(self) -> None:
        today = self.run.shown().allocations.get("today")
        if today:
            self._advance(self.run.give_allocation, dict(today))

    def _answer(self, value: int) -> None:
        """Written at once; the choice stays marked a moment, input held, then the next step."""
        step = self._write(self.run.answer, value)
        if step is False:
            return
        self.statement.mark(value)
        self._pending = step
        if self.mark_timer.interval() > 0:
            self.mark_timer.start()
        else:
            self._show_pending()

    def _show_pending(self) -> None:
        step, self._pending = self._pending, None
        self._render(step)

    def _tension(self, tension_id: str, value: int) -> None:
        self._write(self.run.set_tension, tension_id, value)

    # --- the PIN ---------------------------------------------------------------------------
    def _ask_pin(self, message: str, on_success: Callable[[], object],
                 check: Callable[[str], bool] | None = None) -> None:
        if self.pin_dialog is not None:
            return
        dialog = PinDialog(check or self.live.store.check_pin, message, self, self.text.translate,
                           PinGuard.of(self.live.store))
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

    # --- on show ----------------------------------------------------------------------------
    def show_full_screen(self, screen: QScreen) -> None:
        """Full screen on `screen`, and kept there until it is closed with the PIN."""
        self.home = screen
        self.setGeometry(screen.geometry())
        self.winId()  # the native window exists, so its screen can be set before showing
        self.windowHandle().setScreen(screen)
        self.setWindowState(Qt.WindowNoState)  # from a minimised state, full screen alone would not show it
        self.showFullScreen()
        self.activateWindow()  # asks the window manager to raise it and give it the keyboard
        self._seen = False
        self._shown.start()
        self.keeper.start()

    def on_show(self) -> bool:
        """Shown by the window manager: mapped, not minimised."""
        handle = self.windowHandle()
        return not self.isMinimized() and handle is not None and handle.isExposed()

    def _keep_on_show(self) -> None:
        """Minimised, hidden (show desktop) or destroyed by the window manager: shown again.
        Hidden by the app itself (its screen unplugged), it is left so."""
        if self._released or self.isHidden():
            return
        if self.on_show():
            self._seen = True
            self.home = self.screen()  # where it is shown now (the trainer may have moved it)
            return
        if not self._seen and self._shown.elapsed() < MAP_GRACE_MS:
            return  # shown a moment ago: the window manager may still be mapping it
        if self._seen:
            self.hide()  # seen, now away: unmapped, then mapped anew, the window manager shows it again
        else:
            self.destroy(True, True)  # mapped anew and still not shown: its window was destroyed
        home = self.home if self.home in QGuiApplication.screens() else self.screen()
        self.show_full_screen(home)

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
        self.keeper.stop()
        on_commitments = self.current_page() is self.commitments and self.run.confirmed
        self._write(self.run.leave, self.commitments.commitments() if on_commitments else None)
        self.idle_timer.stop()
        self.thanks_timer.stop()
        event.accept()
        self.left.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any touch, click or key in the station restarts the idle countdown; while a page
        settles, the station's input is swallowed."""
        if not (isinstance(watched, QWidget) and watched.window() is self):
            return False
        if event.type() in _INPUT and not self.accepting_input():
            return True
        if event.type() in _ACTIVITY and self.idle_timer.isActive():
            self.idle_timer.start()
        return False

"""LiveSession: the one session object the windows share.

Every write goes through the store; the windows hear of it through these signals, so a new
input channel (phones over the local network, say) can be added without touching them.

Scoring is incremental: each participant's result is kept, an answer re-scores only the one
who answered, and the group's figures are recomputed from the kept results. So an answer costs
one participant's scoring whatever the size of the room.

The windows that follow the results (projector, console) listen to `results_changed`, sent on
the event loop's next turn and at most once a frame, for any number of changes: a burst of
answers is one scoring and one repaint, and the station that wrote the answer paints its next
page before any of them runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from workshop_app.model.scoring import ParticipantResult, Results, score_group, score_participant
from workshop_app.store import SessionStore

FRAME_MS = 16  # the followers repaint at most this often (60 Hz)


class LiveSession(QObject):
    changed = Signal(int)  # a participant's answers changed: their id
    roster_changed = Signal()  # participants added, removed, renamed, reordered, noted
    settings_changed = Signal()
    results_changed = Signal()  # after any changes, once for all of them, at most once a frame

    def __init__(self, store: SessionStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._form = store.form
        self._scored: dict[int, ParticipantResult] = {}  # kept between changes, by id
        self._order: tuple[int, ...] | None = None  # the participants' order; None: read the roster again
        self._stale: set[int] = set()  # answered since their kept result
        self._results: Results | None = None
        self._announce = QTimer(self, singleShot=True, timeout=self._announce_results)
        self._announced = QElapsedTimer()  # since the last `results_changed`
        # Connected before any window's slot, so every window that hears a change reads fresh results.
        self.changed.connect(self._answers_changed)
        self.roster_changed.connect(self._roster_changed)
        self.settings_changed.connect(self._settings_changed)

    def results(self) -> Results:
        """The session scored; computed once per change, from one participant's scoring."""
        if self._results is None:
            self._results = self._score()
        return self._results

    def _score(self) -> Results:
        if self._order is None:
            self._read_roster()
        instrument = self.store.instrument
        for pid in self._stale & self._scored.keys():
            self._scored[pid] = score_participant(self.store.responses(pid), instrument, self._form)
        self._stale.clear()
        participants = tuple(self._scored[pid] for pid in self._order or ())
        return Results(participants, score_group(participants, instrument))

    def _read_roster(self) -> None:
        """The roster in its order: newcomers (and those answered meanwhile) scored, in one read;
        a new name or team carried into the kept result (the scoring does not depend on them)."""
        people = self.store.participants()
        kept = self._scored
        unscored = [p for p in people if p.id not in kept or p.id in self._stale]
        fresh = {r.participant_id: score_participant(r, self.store.instrument, self._form)
                 for r in self.store.responses_of(unscored)} if unscored else {}
        self._stale -= fresh.keys()
        scored: dict[int, ParticipantResult] = {}
        for p in people:
            result = fresh.get(p.id) or kept[p.id]
            if (result.name, result.team) != (p.name, p.team):
                result = replace(result, name=p.name, team=p.team)
            scored[p.id] = result
        self._scored = scored
        self._order = tuple(scored)

    def _answers_changed(self, participant_id: int) -> None:
        self._stale.add(participant_id)
        self._results = None
        self._schedule()

    def _roster_changed(self) -> None:
        self._order = None
        self._results = None
        self._schedule()

    def _settings_changed(self) -> None:
        """Only the form changes a result (what "finished" needs): then everyone is scored again."""
        form = self.store.form
        if form != self._form:
            self._form = form
            self._scored.clear()
            self._order = None
            self._results = None
        self._schedule()  # the title, the logo...: the projector shows them too

    def _schedule(self) -> None:
        """`results_changed` on the next turn of the event loop, or a frame after the last one."""
        if self._announce.isActive():
            return
        since = self._announced.elapsed() if self._announced.isValid() else FRAME_MS
        self._announce.start(max(0, FRAME_MS - since))

    def _announce_results(self) -> None:
        self._announced.start()
        self.results_changed.emit()

    # -- answers ------------------------------------------------------------------------

    def record_answer(self, participant_id: int, item_id: str, value: int) -> None:
        self.store.record_answer(participant_id, item_id, value)
        self.changed.emit(participant_id)

    def set_allocation(self, participant_id: int, phase: str, points: Mapping[str, int]) -> None:
        self.store.set_allocation(participant_id, phase, points)
        self.changed.emit(participant_id)

    def set_tension(self, participant_id: int, tension_id: str, value: int) -> None:
        self.store.set_tension(participant_id, tension_id, value)
        self.changed.emit(participant_id)

    def set_tensions(self, participant_id: int, values: Mapping[str, int]) -> None:
        """A step's tensions at once: one write, one change."""
        self.store.set_tensions(participant_id, values)
        self.changed.emit(participant_id)

    def set_commitments(self, participant_id: int, territory: str | None, actions: Sequence[str]) -> None:
        self.store.set_commitments(participant_id, territory, actions)
        self.changed.emit(participant_id)

    # -- participants -------------------------------------------------------------------

    def add_participant(self, name: str, email: str | None = None, team: str | None = None) -> int:
        pid = self.store.add_participant(name, email, team)
        self.roster_changed.emit()
        return pid

    def import_participants(self, rows: Iterable[Sequence[str | None]]) -> list[int]:
        ids = self.store.import_participants(rows)
        self.roster_changed.emit()
        return ids

    def rename_participant(self, participant_id: int, name: str) -> None:
        self.store.rename_participant(participant_id, name)
        self.roster_changed.emit()

    def update_participant(self, participant_id: int, **changes: str | None) -> None:
        self.store.update_participant(participant_id, **changes)
        self.roster_changed.emit()

    def move_participant(self, participant_id: int, new_index: int) -> None:
        self.store.move_participant(participant_id, new_index)
        self.roster_changed.emit()

    def set_note(self, participant_id: int, text: str | None) -> None:
        self.store.set_note(participant_id, text)
        self.roster_changed.emit()

    def remove_participant(self, participant_id: int) -> None:
        """Erase the participant, and the debriefs already written for them (their print-pack
        pages too): a removed participant leaves no document behind."""
        name = self.store.participant(participant_id).name
        self.store.remove_participant(participant_id)
        from workshop_app.report.batch import default_folder, forget_participant  # reportlab: only now

        forget_participant(default_folder(self.store.path), name, self.store.settings.title)
        self.roster_changed.emit()

    # -- settings -----------------------------------------------------------------------

    def update_settings(self, **changes: Any) -> None:
        self.store.update_settings(**changes)
        self.settings_changed.emit()

    def set_pin(self, pin: str) -> None:
        self.store.set_pin(pin)
        self.settings_changed.emit()

    def close(self) -> None:
        self.store.close()

"""LiveSession: the one session object the windows share.

Every write goes through the store; the windows hear of it through these signals, so a new
input channel (phones over the local network, say) can be added without touching them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from workshop_app.model.scoring import Results
from workshop_app.store import SessionStore


class LiveSession(QObject):
    changed = Signal(int)  # a participant's answers changed: their id
    roster_changed = Signal()  # participants added, removed, renamed, reordered, noted
    settings_changed = Signal()

    def __init__(self, store: SessionStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._results: Results | None = None
        # Connected before any window's slot, so every window that hears a change reads fresh results.
        for signal in (self.changed, self.roster_changed, self.settings_changed):
            signal.connect(self._forget_results)

    def results(self) -> Results:
        """The session scored; computed once per change."""
        if self._results is None:
            self._results = self.store.results()
        return self._results

    def _forget_results(self, *_: object) -> None:
        self._results = None

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
        self.store.remove_participant(participant_id)
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

"""AnswerRun: every rule of one participant's run, for any channel that drives it.

The station window and the phone server both drive an `AnswerRun` and only render what it
says; no answering rule lives in a window or a request handler. A run goes:

    names() → pick(id) [PIN if finished] → confirm() → answer / give_allocation /
    set_tension(s) / next / back ... → finish(commitments)      (or leave() at any time)

Rules held here:
- walk-ins only when the session allows them (`add_walk_in`);
- a finished participant is reopened only with the trainer's PIN, and only on a channel
  that may reopen (the station; never a phone);
- one participant is answered in one place at a time (`Claims`): the claim is taken on
  `pick`, released on `finish`, `leave`, a failed write, or by the trainer;
- after "it's me" the run resumes at the first unanswered step, and answers from an earlier
  sitting are not shown (going back shows those steps unanswered; answering again replaces
  the stored answer, the store keeps the history). A finished participant reopened with the
  PIN gets their commitments page alone, as it was left: nothing else of theirs is shown;
- which step comes next, and that no required step is passed unanswered;
- commitments are written only when they changed;
- a write the session refuses or cannot make ends the run and raises `NotSaved` with the
  cause (for the trainer); nothing is acknowledged that is not on disk.

Refusals are `Refused` exceptions with a `code` a channel turns into its reader's language.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from workshop_app.answering.claims import Claims
from workshop_app.answering.steps import Step, resume_index, steps
from workshop_app.model.instrument import Instrument
from workshop_app.model.scoring import Responses, Results
from workshop_app.model.territories import CODES
from workshop_app.store import Participant, SessionSettings, StoreError

NameState = Literal["open", "finished", "busy"]

# What a refusal is about; the channel words it.
RefusalCode = Literal[
    "walk_ins_closed",  # the session takes no walk-ins
    "name_refused",  # the walk-in name cannot be added (taken, empty...); `cause` says why
    "busy",  # this participant is being answered elsewhere
    "finished",  # finished: only the trainer reopens, with the PIN, at the station
    "wrong_pin",
    "unknown",  # no such participant (removed meanwhile)
    "no_run",  # nobody picked or confirmed on this channel
    "wrong_step",  # the action does not belong to the current step
    "invalid",  # a value off the scale, points not adding up to 100...
    "not_answered",  # next() on a required step still unanswered
    "released",  # the trainer released this name meanwhile
    "not_saved",  # the write failed; `cause` says why
]


class Refused(Exception):
    """A refusal; nothing was changed."""

    def __init__(self, code: RefusalCode, cause: str = "") -> None:
        super().__init__(f"{code}: {cause}" if cause else code)
        self.code = code
        self.cause = cause


class NotSaved(Refused):
    """The answer could not be written: the run has ended, the participant must call the trainer.

    `reason` is the store's code for it when it has one (`session_file_gone`: nothing more can
    be recorded in this session; `disk_full`, `read_only`, `io_error`), else ""."""

    def __init__(self, cause: str, reason: str = "") -> None:
        super().__init__("not_saved", cause)
        self.reason = reason


class SessionReader(Protocol):
    """What a run reads from the session (a `SessionStore` is one)."""

    @property
    def instrument(self) -> Instrument: ...
    @property
    def settings(self) -> SessionSettings: ...
    def participants(self) -> list[Participant]: ...
    def participant(self, participant_id: int) -> Participant: ...
    def responses(self, participant_id: int) -> Responses: ...
    def check_pin(self, pin: str) -> bool: ...


class AnswerWriter(Protocol):
    """Where a run writes (the `LiveSession`, so every window hears of the change)."""

    @property
    def store(self) -> SessionReader: ...
    def results(self) -> Results: ...
    def record_answer(self, participant_id: int, item_id: str, value: int) -> None: ...
    def set_allocation(self, participant_id: int, phase: str, points: Mapping[str, int]) -> None: ...
    def set_tension(self, participant_id: int, tension_id: str, value: int) -> None: ...
    def set_tensions(self, participant_id: int, values: Mapping[str, int]) -> None: ...
    def set_commitments(self, participant_id: int, territory: str | None, actions: Sequence[str]) -> None: ...
    def add_participant(self, name: str, email: str | None = None, team: str | None = None) -> int: ...


@dataclass(frozen=True)
class NameChoice:
    participant_id: int
    name: str
    state: NameState


# What a failed write can raise: a store refusal, SQLite itself (disk full, I/O), the OS.
_WRITE_FAILURES = (StoreError, sqlite3.Error, OSError)


class AnswerRun:
    """One channel's run through the questionnaire, one participant at a time."""

    def __init__(self, writer: AnswerWriter, channel: str, *, may_reopen: bool = False,
                 claims: Claims | None = None) -> None:
        self.writer = writer
        self.channel = channel
        self.may_reopen = may_reopen
        self.claims = claims if claims is not None else Claims.of(writer)
        self.participant_id: int | None = None
        self.confirmed = False
        self.reopened = False  # reopened with the PIN: the trainer is there, the commitments alone are shown
        self.sequence: tuple[Step, ...] = ()
        self.index = 0
        self._given: set[tuple[str, str]] = set()  # what was answered in this sitting

    # --- reading ------------------------------------------------------------------------
    @property
    def instrument(self) -> Instrument:
        return self.writer.store.instrument

    @property
    def walk_ins_allowed(self) -> bool:
        return self.writer.store.settings.allow_walk_ins

    @property
    def step(self) -> Step:
        self._need_run()
        return self.sequence[self.index]

    @property
    def name(self) -> str:
        self._need_pick()
        return self.writer.store.participant(self.participant_id).name

    def finished(self, participant_id: int) -> bool:
        return self.writer.results().participant(participant_id).finished

    def names(self) -> list[NameChoice]:
        """Everyone on the list, each open, finished, or busy on another channel."""
        done = {r.participant_id for r in self.writer.results().participants if r.finished}
        return [NameChoice(p.id, p.name, "busy" if self.claims.busy_elsewhere(p.id, self.channel)
                           else "finished" if p.id in done else "open")
                for p in self.writer.store.participants()]

    def shown(self) -> Responses:
        """The answers this run may show: this sitting's only (the stored commitments too when
        reopened with the PIN)."""
        self._need_run()
        stored = self.writer.store.responses(self.participant_id)
        given = self._given | ({("commitments", "")} if self.reopened else set())
        allocations = {phase: points for phase, points in stored.allocations.items()
                       if ("allocation", phase) in given}
        commitments = ("commitments", "") in given
        return Responses(
            stored.participant_id, stored.name, stored.team,
            answers={k: v for k, v in stored.answers.items() if ("statement", k) in given},
            allocations=allocations,
            tensions={k: v for k, v in stored.tensions.items() if ("tension", k) in given},
            commitment_territory=stored.commitment_territory if commitments else None,
            commitment_actions=stored.commitment_actions if commitments else (),
        )

    # --- who is answering ------------------------------------------------------------------
    def add_walk_in(self, name: str) -> int:
        """A participant not on the list, if the session takes walk-ins; then `pick` them."""
        if not self.walk_ins_allowed:
            raise Refused("walk_ins_closed")
        try:
            return self.writer.add_participant(name)
        except StoreError as error:
            raise Refused("name_refused", str(error)) from error

    def pick(self, participant_id: int, pin: str | None = None) -> str:
        """Take a name from the list and claim it; returns the name to confirm ("Vous êtes … ?").
        A finished participant needs the trainer's PIN, on a channel that may reopen."""
        if participant_id not in {p.id for p in self.writer.store.participants()}:
            raise Refused("unknown")
        if self.claims.busy_elsewhere(participant_id, self.channel):
            raise Refused("busy")
        reopened = False
        if self.finished(participant_id):
            if not self.may_reopen or pin is None:
                raise Refused("finished")
            if not self.writer.store.check_pin(pin):
                raise Refused("wrong_pin")
            reopened = True
        self.leave()
        self.claims.claim(participant_id, self.channel)
        self.participant_id = participant_id
        self.reopened = reopened
        return self.name

    def confirm(self) -> Step:
        """"It's me": the sitting starts at the first unanswered step; reopened with the PIN, it is
        the commitments page alone."""
        self._need_pick()
        self._need_claim()
        if self.reopened:
            self.sequence, self.index = (Step("commitments"),), 0
        else:
            self.sequence = steps(self.instrument, self.writer.store.settings.form)
            self.index = resume_index(self.sequence, self.writer.store.responses(self.participant_id),
                                      self.instrument)
        self._given = set()
        self.confirmed = True
        return self.step

    def leave(self, commitments: tuple[str | None, Sequence[str]] | None = None) -> None:
        """Stop (idle, "not me", back to the names): commitments on screen are kept; the claim is released."""
        if commitments is not None and self.confirmed and self.step.kind == "commitments":
            self.save_commitments(*commitments)
        self._end()

    # --- answering ----------------------------------------------------------------------------
    def answer(self, value: int) -> Step | None:
        """A statement's answer: written, then the next step (None past the last)."""
        step = self._at("statement")
        if isinstance(value, bool) or value not in {p.value for p in self.instrument.scale}:
            raise Refused("invalid")
        self._write(self.writer.record_answer, self.participant_id, step.key, value)
        self._given.add(("statement", step.key))
        return self._advance()

    def give_allocation(self, points: Mapping[str, int]) -> Step | None:
        """The 100 points of the current allocation step: written, then the next step."""
        step = self._at("allocation")
        clean = {code: points[code] for code in CODES if code in points}
        if (set(points) != set(CODES) or any(not isinstance(v, int) or isinstance(v, bool) or v < 0
                                            for v in clean.values()) or sum(clean.values()) != 100):
            raise Refused("invalid")
        self._write(self.writer.set_allocation, self.participant_id, step.key, clean)
        self._given.add(("allocation", step.key))
        return self._advance()

    def set_tension(self, tension_id: str, value: int) -> None:
        """One tension as it is moved (the station writes each change at once)."""
        self._at("tensions")
        self._check_tension(tension_id, value)
        self._write(self.writer.set_tension, self.participant_id, tension_id, value)
        self._given.add(("tension", tension_id))

    def give_tensions(self, values: Mapping[str, int]) -> Step | None:
        """Every tension of the step at once (a phone's one tap): all or none, in one write, then
        the next step."""
        self._at("tensions")
        if not isinstance(values, Mapping) or set(values) != set(self.instrument.tension_ids):
            raise Refused("invalid")
        for tension_id, value in values.items():
            self._check_tension(tension_id, value)
        self._write(self.writer.set_tensions, self.participant_id, dict(values))
        self._given |= {("tension", tension_id) for tension_id in values}
        return self._advance()

    def _check_tension(self, tension_id: object, value: object) -> None:
        if (tension_id not in self.instrument.tension_ids or isinstance(value, bool) or not isinstance(value, int)
                or not 1 <= value <= self.instrument.tension_steps):
            raise Refused("invalid")

    def can_next(self) -> bool:
        """A required step is passed only once it has an answer on disk; the commitments finish instead."""
        step = self.step
        if step.kind == "commitments":
            return False
        stored = self.writer.store.responses(self.participant_id)
        if step.kind == "tensions":
            return all(t in stored.tensions for t in self.instrument.tension_ids)
        return step.key in (stored.answers if step.kind == "statement" else stored.allocations)

    def next(self) -> Step | None:
        self._need_claim()
        if not self.can_next():
            raise Refused("not_answered")
        return self._advance()

    def back(self, commitments: tuple[str | None, Sequence[str]] | None = None) -> Step | None:
        """The previous step (None from the first: the channel goes back to the names, and
        should `leave`). Commitments on screen are kept."""
        if commitments is not None and self.step.kind == "commitments":
            self.save_commitments(*commitments)
        if self.index == 0:
            return None
        self.index -= 1
        return self.step

    def save_commitments(self, territory: str | None, actions: Sequence[str]) -> None:
        """Written only when they differ from what is stored (no empty history rows). Left empty
        by a sitting that was not shown the earlier ones, they keep the earlier ones."""
        self._at("commitments")
        actions = [a.strip() for a in actions]
        if territory is not None and territory not in CODES:
            raise Refused("invalid")
        if territory is None and not any(actions) and not self.reopened and ("commitments", "") not in self._given:
            return
        stored = self.writer.store.responses(self.participant_id)
        stored_actions = [a for a in stored.commitment_actions if a.strip()]
        if territory != stored.commitment_territory or [a for a in actions if a] != stored_actions:
            self._write(self.writer.set_commitments, self.participant_id, territory, actions)
        self._given.add(("commitments", ""))

    def finish(self, territory: str | None, actions: Sequence[str]) -> str:
        """The deliberate end, from the commitments: saved, the claim released; returns the name to thank."""
        self.save_commitments(territory, actions)
        name = self.name
        self._end()
        return name

    # --- inside ---------------------------------------------------------------------------------
    def _advance(self) -> Step | None:
        if self.index + 1 >= len(self.sequence):
            return None
        self.index += 1
        return self.step

    def _write(self, method, *args: object) -> None:  # type: ignore[no-untyped-def]
        self._need_claim()
        try:
            method(*args)
        except _WRITE_FAILURES as error:
            self._end()
            reason = getattr(error, "code", "") if isinstance(error, StoreError) else ""
            raise NotSaved(str(error) or type(error).__name__, reason if isinstance(reason, str) else "") from error

    def _at(self, kind: str) -> Step:
        self._need_claim()
        if self.step.kind != kind:
            raise Refused("wrong_step")
        return self.step

    def _need_pick(self) -> None:
        if self.participant_id is None:
            raise Refused("no_run")

    def _need_run(self) -> None:
        self._need_pick()
        if not self.confirmed:
            raise Refused("no_run")

    def _need_claim(self) -> None:
        self._need_pick()
        if not self.claims.holds(self.participant_id, self.channel):
            self.participant_id = None
            self.confirmed = False
            raise Refused("released")

    def _end(self) -> None:
        if self.participant_id is not None and self.claims.holds(self.participant_id, self.channel):
            self.claims.release(self.channel)
        self.participant_id = None
        self.confirmed = False
        self.reopened = False
        self.sequence = ()
        self.index = 0
        self._given = set()

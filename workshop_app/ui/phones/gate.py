"""The gate: every phone request, on the GUI thread, validated and written through the live
session, so the store keeps one writer and the windows hear of phone answers as of station ones.

Each action names the step it is about (never "the next one"), so a retried request whose reply
was lost stores the same result and lands the phone on the same screen.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from workshop_app.model.territories import BY_CODE, CODES
from workshop_app.store import StoreError
from workshop_app.ui.live_session import LiveSession
from workshop_app.answering import Step, resume_index, steps

DEVICE_TOKEN_BYTES = 24  # 192 bits: a device's key to its own run, never guessed
MAX_DEVICES = 1000  # far above any room: a flood of joins cannot fill the memory


@dataclass
class Device:
    token: str
    participant_id: int | None = None
    index: int = 0
    finished: bool = False


@dataclass(frozen=True)
class Reply:
    status: int
    body: dict[str, Any] = field(default_factory=dict)


def refuse(status: int, error: str) -> Reply:
    return Reply(status, {"error": error})


class PhoneGate(QObject):
    """The phones' only way in: names to pick from, one's own run, one's own answers."""

    devices_changed = Signal()

    def __init__(self, live: LiveSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.devices: dict[str, Device] = {}
        live.roster_changed.connect(self._roster_changed)

    # -- what the console sees -------------------------------------------------------------
    def joined(self) -> list[Device]:
        return list(self.devices.values())

    def holder(self, participant_id: int) -> Device | None:
        return next((d for d in self.devices.values() if d.participant_id == participant_id), None)

    def release(self, participant_id: int) -> None:
        """The trainer frees a name held by a phone (it gave up, or died): that phone goes back
        to the names, and the name can be picked again, here or at the station."""
        device = self.holder(participant_id)
        if device is not None:
            device.participant_id = None
            device.index = 0
            self.devices_changed.emit()

    def _roster_changed(self) -> None:
        present = {p.id for p in self.live.store.participants()}
        for device in self.devices.values():
            if device.participant_id is not None and device.participant_id not in present:
                device.participant_id = None
        self.devices_changed.emit()

    # -- requests ----------------------------------------------------------------------------
    def handle(self, action: str, device_token: str | None, payload: Any) -> Reply:
        if not isinstance(payload, dict):
            return refuse(400, "invalid")
        if action == "start":
            return self._start(device_token)
        device = self.devices.get(device_token or "")
        if device is None:
            return refuse(401, "device")
        handler = {"names": self._names, "claim": self._claim, "state": self._state,
                   "answer": self._answer, "back": self._back}.get(action)
        if handler is None:
            return refuse(404, "unknown")
        try:
            return handler(device, payload)
        except (StoreError, KeyError, TypeError, ValueError):
            # The store refused (the same validation as the station's), or the payload was
            # malformed: nothing was written.
            return refuse(400, "invalid")

    def _start(self, device_token: str | None) -> Reply:
        """A new phone (no token) gets one; a known one resumes; a stale one (the phones were
        closed and opened again) is refused and starts anew."""
        if device_token:
            device = self.devices.get(device_token)
            if device is None:
                return refuse(401, "device")
        elif len(self.devices) >= MAX_DEVICES:
            return refuse(503, "full")
        else:
            device = Device(secrets.token_urlsafe(DEVICE_TOKEN_BYTES))
            self.devices[device.token] = device
            self.devices_changed.emit()
        settings = self.live.store.settings
        body: dict[str, Any] = {"device": device.token, "language": settings.language,
                                "title": settings.title, "form": self._form()}
        if device.participant_id is not None:
            body["run"] = self._view(device)
        return Reply(200, body)

    def _form(self) -> dict[str, Any]:
        """The questionnaire's words in the session's language: the same for every phone."""
        ins = self.live.store.instrument
        lang = self.live.store.settings.language
        return {
            "scale": [{"value": p.value, "label": p.label[lang]} for p in ins.scale],
            "items": {i.id: i.text[lang] for i in ins.items},
            "territories": [{"code": c, "name": ins.territory_name(c, lang), "colour": BY_CODE[c].colour}
                            for c in CODES],
            "allocation_prompts": {k: v[lang] for k, v in ins.allocation_prompts.items()},
            "tensions": [{"id": t.id, "left": t.left[lang], "right": t.right[lang]} for t in ins.tensions],
            "tension_steps": ins.tension_steps,
            "territory_prompt": ins.territory_prompt[lang],
            "actions_prompt": ins.actions_prompt[lang],
            "max_actions": ins.max_actions,
        }

    def _finished_ids(self) -> set[int]:
        return {r.participant_id for r in self.live.results().participants if r.finished}

    def _names(self, device: Device, payload: dict) -> Reply:
        finished = self._finished_ids()
        held = {d.participant_id for d in self.devices.values() if d is not device}
        names = [{"id": p.id, "name": p.name,
                  "available": p.id not in finished and p.id not in held}
                 for p in self.live.store.participants()]
        return Reply(200, {"names": names})

    def _claim(self, device: Device, payload: dict) -> Reply:
        participant_id = payload["participant"]
        if isinstance(participant_id, bool) or not isinstance(participant_id, int):
            return refuse(400, "invalid")
        if device.participant_id == participant_id:
            return Reply(200, {"run": self._view(device)})  # a retried confirmation
        if device.participant_id is not None:
            return refuse(403, "bound")
        self.live.store.participant(participant_id)  # an unknown one is refused here
        if participant_id in self._finished_ids():
            return refuse(409, "finished")
        if self.holder(participant_id) is not None:
            return refuse(409, "busy")
        device.participant_id = participant_id
        device.finished = False
        sequence = self._sequence()
        device.index = resume_index(sequence, self.live.store.responses(participant_id),
                                         self.live.store.instrument)
        self.devices_changed.emit()
        return Reply(200, {"run": self._view(device)})

    def _own(self, device: Device) -> Reply | None:
        if device.participant_id is None:
            return refuse(403, "released")
        return None

    def _state(self, device: Device, payload: dict) -> Reply:
        return self._own(device) or Reply(200, {"run": self._view(device)})

    def _sequence(self) -> tuple[Step, ...]:
        return steps(self.live.store.instrument, self.live.store.settings.form)

    def _step_at(self, payload: dict) -> tuple[int, Step]:
        sequence = self._sequence()
        index = payload["step"]
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(sequence):
            raise ValueError("no such step")
        return index, sequence[index]

    def _answer(self, device: Device, payload: dict) -> Reply:
        refused = self._own(device)
        if refused:
            return refused
        index, step = self._step_at(payload)
        pid = device.participant_id
        assert pid is not None
        before = self.live.store.responses(pid)
        if step.kind == "statement":
            value = payload["value"]
            if type(value) is not int or before.answers.get(step.key) != value:
                self.live.record_answer(pid, step.key, value)
        elif step.kind == "allocation":
            points = payload["points"]
            if not isinstance(points, dict) or any(type(v) is not int for v in points.values()):
                raise ValueError("points")
            if before.allocations.get(step.key) != points:
                self.live.set_allocation(pid, step.key, points)
        elif step.kind == "tensions":
            values = payload["values"]
            ins = self.live.store.instrument
            if not isinstance(values, dict) or set(values) != set(ins.tension_ids):
                raise ValueError("tensions")
            self._check_tensions(values)
            for tension_id in ins.tension_ids:
                if before.tensions.get(tension_id) != values[tension_id]:
                    self.live.set_tension(pid, tension_id, values[tension_id])
        else:
            territory, actions = payload["territory"], payload["actions"]
            if not isinstance(actions, list):
                raise ValueError("actions")
            given = list(actions)
            while given and given[-1] == "":  # the empty fields left at the end are no action
                given.pop()
            # Saved only when changed, as at the station: a retry or a plain "finish" adds nothing.
            if (territory, tuple(given)) != (before.commitment_territory, before.commitment_actions):
                self.live.set_commitments(pid, territory, actions)
            return self._finish(device)
        device.index = index + 1
        self.devices_changed.emit()
        return Reply(200, {"run": self._view(device)})

    def _check_tensions(self, values: dict) -> None:
        """All or none: a bad value among good ones writes none of them."""
        steps = self.live.store.instrument.tension_steps
        for value in values.values():
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= steps:
                raise ValueError("tension")

    def _finish(self, device: Device) -> Reply:
        """Thanks: the name is complete and the phone free for the next person."""
        device.participant_id = None
        device.index = 0
        device.finished = True
        self.devices_changed.emit()
        return Reply(200, {"done": True})

    def _back(self, device: Device, payload: dict) -> Reply:
        refused = self._own(device)
        if refused:
            return refused
        index, _ = self._step_at(payload)
        device.index = max(0, index - 1)
        self.devices_changed.emit()
        return Reply(200, {"run": self._view(device)})

    def _view(self, device: Device) -> dict[str, Any]:
        """Where this phone is and what it already gave there: its own run, nothing else."""
        pid = device.participant_id
        assert pid is not None
        sequence = self._sequence()
        step = sequence[device.index]
        r = self.live.store.responses(pid)
        view: dict[str, Any] = {"name": self.live.store.participant(pid).name, "step": device.index,
                                "total": len(sequence), "kind": step.kind, "key": step.key,
                                "statements": sum(1 for s in sequence if s.kind == "statement")}
        if step.kind == "statement":
            view["value"] = r.answers.get(step.key)
            view["number"] = self.live.store.instrument.item_ids.index(step.key) + 1
        elif step.kind == "allocation":
            view["points"] = dict(r.allocations.get(step.key) or r.allocations.get("today") or {})
        elif step.kind == "tensions":
            view["values"] = dict(r.tensions)
        else:
            view["territory"] = r.commitment_territory
            view["actions"] = list(r.commitment_actions)
        return view

    def progress(self, device: Device) -> tuple[int, int]:
        return device.index, len(self._sequence())

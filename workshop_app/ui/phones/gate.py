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
from workshop_app.ui.live_session import LiveSession
from workshop_app.answering import AnswerRun, Claims, NotSaved, Refused

DEVICE_TOKEN_BYTES = 24  # 192 bits: a device's key to its own run, never guessed
MAX_DEVICES = 1000  # far above any room: a flood of joins cannot fill the memory


@dataclass
class Device:
    """One phone: its token, and its own run through the shared answering rules."""

    token: str
    run: AnswerRun
    thanked: str | None = None  # the name last thanked here: a retried "finish" is thanked again
    walked_in: tuple[str, int] | None = None  # the one name this phone added (typed, id): a retry finds it

    @property
    def participant_id(self) -> int | None:
        return self.run.participant_id if self.run.confirmed else None


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
        self.claims = Claims.of(live)  # the station's book too: one participant, one place
        self.devices: dict[str, Device] = {}
        live.roster_changed.connect(self.devices_changed)

    # -- what the console sees -------------------------------------------------------------
    def joined(self) -> list[Device]:
        return list(self.devices.values())

    def holder(self, participant_id: int) -> Device | None:
        return next((d for d in self.devices.values() if d.participant_id == participant_id), None)

    def release(self, participant_id: int) -> None:
        """The trainer frees a name held by a phone (it gave up, or died): that phone goes back
        to the names, and the name can be picked again, here or at the station."""
        holder = self.holder(participant_id)
        self.claims.release_participant(participant_id)
        if holder is not None:
            holder.run.leave()  # its next request hears it was released
        self.devices_changed.emit()

    def progress(self, device: Device) -> tuple[int, int]:
        return device.run.index, len(device.run.sequence)

    # -- requests ----------------------------------------------------------------------------
    def handle(self, action: str, device_token: str | None, payload: Any) -> Reply:
        if not isinstance(payload, dict):
            return refuse(400, "invalid")
        if action == "start":
            return self._start(device_token)
        device = self.devices.get(device_token or "")
        if device is None:
            return refuse(401, "device")
        handler = {"names": self._names, "claim": self._claim, "walk_in": self._walk_in, "state": self._state,
                   "answer": self._answer, "back": self._back}.get(action)
        if handler is None:
            return refuse(404, "unknown")
        try:
            return handler(device, payload)
        except NotSaved:
            self.devices_changed.emit()
            return refuse(409, "not_saved")
        except Refused as refusal:
            status = {"released": 403, "no_run": 403, "busy": 409, "finished": 409}.get(refusal.code, 400)
            return refuse(status, refusal.code if status != 400 else "invalid")
        except (KeyError, TypeError, ValueError):
            return refuse(400, "invalid")  # a malformed payload: nothing was written

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
            token = secrets.token_urlsafe(DEVICE_TOKEN_BYTES)
            device = Device(token, AnswerRun(self.live, f"phone {len(self.devices) + 1}", claims=self.claims))
            self.devices[token] = device
            self.devices_changed.emit()
        settings = self.live.store.settings
        body: dict[str, Any] = {"device": device.token, "language": settings.language,
                                "title": settings.title, "form": self._form()}
        if self._holding(device):
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

    def _holding(self, device: Device) -> bool:
        """Still this phone's participant (the trainer may have released the name meanwhile)."""
        run = device.run
        if run.participant_id is not None and not self.claims.holds(run.participant_id, run.channel):
            run.leave()
        return device.participant_id is not None

    def _names(self, device: Device, payload: dict) -> Reply:
        names = [{"id": n.participant_id, "name": n.name, "available": n.state == "open"}
                 for n in device.run.names()]
        return Reply(200, {"names": names, "walk_ins": device.run.walk_ins_allowed})

    def _walk_in(self, device: Device, payload: dict) -> Reply:
        """A manager not on the list, when the session takes walk-ins: added once they confirmed
        the name they typed, then answering for it. One name a phone: a retry whose reply was
        lost finds the same participant, and a phone cannot fill the list."""
        name = payload["name"]
        if not isinstance(name, str):
            return refuse(400, "invalid")
        if not device.run.walk_ins_allowed:
            return refuse(403, "walk_ins_closed")
        if device.walked_in is not None:
            typed, participant_id = device.walked_in
            if typed != name:
                return refuse(409, "walked_in")
            if self._holding(device):
                return Reply(200, {"run": self._view(device)})
            return self._claim(device, {"participant": participant_id})
        if self._holding(device):
            return refuse(403, "bound")
        try:
            participant_id = device.run.add_walk_in(name)
        except Refused as refusal:
            return refuse(400, "name_refused" if refusal.code == "name_refused" else "invalid")
        device.walked_in = (name, participant_id)
        return self._claim(device, {"participant": participant_id})

    def _claim(self, device: Device, payload: dict) -> Reply:
        participant_id = payload["participant"]
        if isinstance(participant_id, bool) or not isinstance(participant_id, int):
            return refuse(400, "invalid")
        if self._holding(device):
            if device.participant_id == participant_id:
                return Reply(200, {"run": self._view(device)})  # a retried confirmation
            return refuse(403, "bound")
        try:
            device.run.pick(participant_id)
        except Refused as refusal:
            if refusal.code == "unknown":
                return refuse(400, "invalid")
            raise
        device.run.confirm()
        device.thanked = None
        self.devices_changed.emit()
        return Reply(200, {"run": self._view(device)})

    def _state(self, device: Device, payload: dict) -> Reply:
        if not self._holding(device):
            return refuse(403, "released")
        return Reply(200, {"run": self._view(device)})

    def _step(self, payload: dict) -> int:
        index = payload["step"]
        if isinstance(index, bool) or not isinstance(index, int):
            raise ValueError("step")
        return index

    def _answer(self, device: Device, payload: dict) -> Reply:
        index = self._step(payload)
        if not self._holding(device):
            if device.thanked is not None and "actions" in payload:
                return Reply(200, {"done": True, "name": device.thanked})  # a retried "finish"
            return refuse(403, "released")
        run = device.run
        if index == run.index - 1 and self._already_given(device, index, payload):
            return Reply(200, {"run": self._view(device)})  # a retry whose reply was lost
        if index != run.index:
            raise Refused("wrong_step")
        kind = run.step.kind
        if kind == "statement":
            run.answer(payload["value"])
        elif kind == "allocation":
            points = payload["points"]
            if not isinstance(points, dict):
                raise ValueError("points")
            run.give_allocation(points)
        elif kind == "tensions":
            run.give_tensions(payload["values"])
        else:
            actions = payload["actions"]
            if not isinstance(actions, list) or not all(isinstance(a, str) for a in actions):
                raise ValueError("actions")
            device.thanked = run.finish(payload["territory"], actions)
            self.devices_changed.emit()
            return Reply(200, {"done": True, "name": device.thanked})
        self.devices_changed.emit()
        return Reply(200, {"run": self._view(device)})

    def _already_given(self, device: Device, index: int, payload: dict) -> bool:
        """The previous step's answer is on disk exactly as this request gives it."""
        step = device.run.sequence[index]
        stored = self.live.store.responses(device.run.participant_id)
        if step.kind == "statement":
            return stored.answers.get(step.key) == payload.get("value")
        if step.kind == "allocation":
            return stored.allocations.get(step.key) == payload.get("points")
        if step.kind == "tensions":
            return stored.tensions == payload.get("values")
        return False

    def _back(self, device: Device, payload: dict) -> Reply:
        index = self._step(payload)
        if not self._holding(device):
            return refuse(403, "released")
        run = device.run
        if index == run.index and index > 0:
            run.back()
        elif index != run.index + 1:  # not a retry of the same "back" either
            raise Refused("wrong_step")
        self.devices_changed.emit()
        return Reply(200, {"run": self._view(device)})

    def _view(self, device: Device) -> dict[str, Any]:
        """Where this phone is and what this sitting gave there: its own run, nothing else."""
        run = device.run
        step = run.step
        r = run.shown()
        view: dict[str, Any] = {"name": run.name, "step": run.index, "total": len(run.sequence),
                                "kind": step.kind, "key": step.key,
                                "statements": sum(1 for s in run.sequence if s.kind == "statement")}
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

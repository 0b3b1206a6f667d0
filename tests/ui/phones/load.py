"""Simulated phones: each joins from its own address, picks its own name and answers the whole
form at a human's pace (compressed), noting every answer the laptop acknowledged, and how long
each took. Used by the load test and by `make bench`."""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from workshop_app.model.territories import CODES


@dataclass
class Acknowledged:
    """What a phone was told was saved, to be found in the session file."""

    answers: dict[str, int] = field(default_factory=dict)
    allocations: dict[str, dict[str, int]] = field(default_factory=dict)
    tensions: dict[str, int] = field(default_factory=dict)
    commitments: tuple[str, list[str]] | None = None


@dataclass
class Phone:
    number: int
    participant: int
    latencies: list[float] = field(default_factory=list)  # seconds, one per answer
    saved: Acknowledged = field(default_factory=Acknowledged)
    error: str = ""


def split(seed: int) -> dict[str, int]:
    """A hundred points in four parts, different for each phone and phase."""
    rng = random.Random(seed)
    cuts = sorted(rng.sample(range(1, 100), 3))
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, 100])]
    return dict(zip(CODES, parts))


def payload_for(run: dict[str, Any], phone: Phone, form: dict[str, Any]) -> dict[str, Any]:
    """The answer a person would give at this step (varied, reproducible)."""
    step, kind = run["step"], run["kind"]
    if kind == "statement":
        return {"step": step, "value": 1 + (phone.number + step) % 5}
    if kind == "allocation":
        return {"step": step, "points": split(phone.number * 10 + step)}
    if kind == "tensions":
        return {"step": step, "values": {t["id"]: 1 + (phone.number + i) % form["tension_steps"]
                                         for i, t in enumerate(form["tensions"])}}
    return {"step": step, "territory": CODES[phone.number % 4], "actions": [f"Action {phone.number}"]}


def remember(phone: Phone, run: dict[str, Any], payload: dict[str, Any]) -> None:
    kind, saved = run["kind"], phone.saved
    if kind == "statement":
        saved.answers[run["key"]] = payload["value"]
    elif kind == "allocation":
        saved.allocations[run["key"]] = payload["points"]
    elif kind == "tensions":
        saved.tensions.update(payload["values"])
    else:
        saved.commitments = (payload["territory"], payload["actions"])


async def play(phone: Phone, url: str, pace: tuple[float, float], deadline: float) -> None:
    host = url.split("/")[2]
    base = url.rstrip("/")
    # Its own loopback address, as each phone in a room has its own: limits apply per address.
    connector = aiohttp.TCPConnector(local_addr=(f"127.0.1.{phone.number + 1}", 0), limit=2)
    headers = {"Origin": "http://" + host, "Host": host}
    rng = random.Random(phone.number)
    async with aiohttp.ClientSession(connector=connector, headers=headers,
                                     timeout=aiohttp.ClientTimeout(total=15)) as http:
        async def api(action: str, body: dict, device: str | None = None) -> tuple[int, dict]:
            extra = {"X-Device": device} if device else {}
            async with http.post(f"{base}/api/{action}", json=body, headers=extra) as reply:
                return reply.status, await reply.json()

        async with http.get(base + "/") as page:
            await page.read()
        status, body = await api("start", {})
        device, form = body["device"], body["form"]
        status, body = await api("claim", {"participant": phone.participant}, device)
        if status != 200:
            phone.error = f"claim {status} {body}"
            return
        run = body["run"]
        while time.monotonic() < deadline:
            await asyncio.sleep(rng.uniform(*pace))  # reading the statement, thinking, tapping
            payload = payload_for(run, phone, form)
            started = time.perf_counter()
            status, body = await api("answer", payload, device)
            phone.latencies.append(time.perf_counter() - started)
            if status != 200:
                phone.error = f"answer {status} {body}"
                return
            remember(phone, run, payload)
            if body.get("done"):
                return
            run = body["run"]
        phone.error = "deadline"


async def room(url: str, participants: list[int], pace: tuple[float, float], limit_s: float,
               phones: list[Phone] | None = None) -> list[Phone]:
    """Every phone at once, each answering for its participant; ends by itself at `limit_s`.
    `phones`, when given, is filled at once, so the caller can follow them during the run."""
    deadline = time.monotonic() + limit_s
    phones = phones if phones is not None else []
    phones[:] = [Phone(n, pid) for n, pid in enumerate(participants)]

    async def guarded(phone: Phone) -> None:
        try:
            await play(phone, url, pace, deadline)
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            phone.error = f"{type(exc).__name__}: {exc}"

    await asyncio.wait_for(asyncio.gather(*(guarded(p) for p in phones)), limit_s + 20)
    return phones


def missing(phones: list[Phone], store) -> list[str]:
    """Every acknowledged answer not found as acknowledged in the session file."""
    lost = []
    for phone in phones:
        stored, saved = store.responses(phone.participant), phone.saved
        lost += [f"{phone.participant} {k}" for k, v in saved.answers.items() if stored.answers.get(k) != v]
        lost += [f"{phone.participant} {k}" for k, v in saved.allocations.items() if stored.allocations.get(k) != v]
        lost += [f"{phone.participant} {k}" for k, v in saved.tensions.items() if stored.tensions.get(k) != v]
        if saved.commitments and (stored.commitment_territory, list(stored.commitment_actions)) != saved.commitments:
            lost.append(f"{phone.participant} commitments")
    return lost

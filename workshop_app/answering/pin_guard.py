"""The trainer PIN's wrong tries: after five, a wait that doubles from 30 s (no Qt).

One guard per session, shared by every place that asks for the PIN (`PinGuard.of(store)`), so
moving from the station to the console does not start the count again.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Literal
from weakref import WeakKeyDictionary

FREE_TRIES = 5
FIRST_WAIT_S = 30.0

Attempt = Literal["right", "wrong", "wait"]

_GUARDS: WeakKeyDictionary[object, PinGuard] = WeakKeyDictionary()


class PinGuard:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.wrong = 0  # wrong tries in a row
        self._until = 0.0

    @classmethod
    def of(cls, owner: object) -> PinGuard:
        """The one guard of a session (keyed by its store)."""
        guard = _GUARDS.get(owner)
        if guard is None:
            guard = _GUARDS[owner] = cls()
        return guard

    def wait_left(self) -> int:
        """Whole seconds before the next try is heard (0: now)."""
        return max(0, math.ceil(self._until - self.clock()))

    def attempt(self, pin: str, check: Callable[[str], bool]) -> Attempt:
        """Try a PIN; while waiting it is not even checked."""
        if self.wait_left() > 0:
            return "wait"
        if check(pin):
            self.wrong = 0
            return "right"
        self.wrong += 1
        if self.wrong >= FREE_TRIES:
            self._until = self.clock() + FIRST_WAIT_S * 2 ** (self.wrong - FREE_TRIES)
        return "wrong"

"""Rate limits and connection caps for the phones' server: plain Python, used on its thread."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class _Bucket:
    tokens: float
    at: float


class RateLimit:
    """A token bucket per key: `burst` requests at once, then `per_second` on average."""

    def __init__(self, per_second: float, burst: int, clock: Callable[[], float] = time.monotonic,
                 max_keys: int = 4096) -> None:
        self.per_second = per_second
        self.burst = burst
        self.clock = clock
        self.max_keys = max_keys
        self._buckets: dict[str, _Bucket] = {}

    def allow(self, key: str) -> bool:
        now = self.clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= self.max_keys:
                self._forget_full(now)
            bucket = self._buckets[key] = _Bucket(float(self.burst), now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.at) * self.per_second)
        bucket.at = now
        if bucket.tokens < 1:
            return False
        bucket.tokens -= 1
        return True

    def _forget_full(self, now: float) -> None:
        """Keys whose bucket has refilled hold no information: dropped, so memory stays bounded."""
        full = [k for k, b in self._buckets.items() if b.tokens + (now - b.at) * self.per_second >= self.burst]
        for key in full or list(self._buckets)[: self.max_keys // 2]:
            del self._buckets[key]


class ConnectionCap:
    """At most `limit` open connections from one address."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.open: dict[str, int] = {}

    def acquire(self, address: str) -> bool:
        if self.open.get(address, 0) >= self.limit:
            return False
        self.open[address] = self.open.get(address, 0) + 1
        return True

    def release(self, address: str) -> None:
        left = self.open.get(address, 0) - 1
        if left > 0:
            self.open[address] = left
        else:
            self.open.pop(address, None)

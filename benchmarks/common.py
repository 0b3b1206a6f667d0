"""Helpers shared by the benchmark modules."""

from __future__ import annotations

import time
from collections.abc import Callable
from statistics import median

Figure = tuple[str, float, str]


def median_ms(action: Callable[[], object], repeat: int = 50, warmup: int = 3) -> float:
    """Median wall time of `action`, in milliseconds."""
    for _ in range(warmup):
        action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return median(times)

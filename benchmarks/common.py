"""Helpers shared by the benchmark modules."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from statistics import median

Figure = tuple[str, float, str]


def console_script() -> list[str]:
    """The command `workshop-app`: the venv's script beside this interpreter, else `python -m`."""
    name = "workshop-app.exe" if os.name == "nt" else "workshop-app"
    script = Path(sys.executable).parent / name
    return [str(script)] if script.exists() else [sys.executable, "-m", "workshop_app"]


def launch_env(**extra: str) -> dict[str, str]:
    """The environment of a user's own launch: Python keeps the bytecode it compiles, so from
    the second launch no module is compiled again (a shell that sets PYTHONDONTWRITEBYTECODE
    would have every measured start compile the whole application)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, **extra}


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

"""version_s: wall time of `workshop-app --version` as a new process, median. Keeps the CLI's imports lazy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from common import Figure, median_ms


def console_script() -> Path:
    """The venv's `workshop-app`, next to the running interpreter."""
    name = "workshop-app.exe" if os.name == "nt" else "workshop-app"
    return Path(sys.executable).parent / name


def measure() -> list[Figure]:
    command = [str(console_script()), "--version"]
    ms = median_ms(lambda: subprocess.run(command, check=True, capture_output=True), repeat=15, warmup=2)
    return [("version_s", ms / 1000, "s")]

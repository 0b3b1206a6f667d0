"""version_s: wall time of `workshop-app --version` as a new process, median. Keeps the CLI's imports lazy."""

from __future__ import annotations

import subprocess

from common import Figure, console_script, launch_env, median_ms


def measure() -> list[Figure]:
    command = [*console_script(), "--version"]
    ms = median_ms(lambda: subprocess.run(command, check=True, capture_output=True, env=launch_env()), repeat=15, warmup=2)
    return [("version_s", ms / 1000, "s")]

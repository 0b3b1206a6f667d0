"""Reads QR codes back from pictures with zbar's `zbarimg`, as a phone's camera would."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ZBARIMG = shutil.which("zbarimg")
needs_zbar = pytest.mark.skipif(ZBARIMG is None, reason="QR codes not read back: zbarimg (zbar-tools) is not installed")


def read_qr_codes(picture: Path) -> list[str]:
    """Every QR code's text found in the picture, in zbar's order."""
    done = subprocess.run([ZBARIMG, "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(picture)],
                          capture_output=True, text=True, timeout=60)
    return [line for line in done.stdout.splitlines() if line]

"""Compile the UI's Qt translation sources (.ts) into .qm files, when they changed."""

from __future__ import annotations

import shutil
import os
import subprocess
import sys
from pathlib import Path

I18N = Path(__file__).resolve().parents[1] / "workshop_app" / "ui" / "i18n"


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    return found or "pyside6-lrelease"


def main() -> int:
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        # Written aside then moved into place: a running app maps the .qm it loaded, and
        # rewriting that file in place would crash it (SIGBUS).
        partial = qm.with_suffix(".qm.partial")
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(partial)], check=True)
        os.replace(partial, qm)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

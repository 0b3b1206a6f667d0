"""Where session files live, and safe file names for them.

The sessions folder is, first found wins: `--sessions-dir`, then `WORKSHOP_SESSIONS_DIR`, then
the checkout's `sessions/` folder (beside `workshop_app/`) when running from a checkout, else
the platform's app-data folder.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections.abc import Mapping
from datetime import date
from pathlib import Path

APP_NAME = "Equilibriste"
ENV_VAR = "WORKSHOP_SESSIONS_DIR"
SESSION_SUFFIX = ".sqlite"
CHECKOUT_SESSIONS = Path(__file__).resolve().parents[1] / "sessions"

# Letters NFKD does not decompose into ASCII.
_FOLD = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ø": "o", "Ø": "O",
                       "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i"})
# Names Windows refuses for a file, whatever the extension.
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                     *(f"lpt{i}" for i in range(1, 10))}
SLUG_MAX = 60


def sessions_dir(
    override: str | Path | None = None,
    *,
    environ: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    home: Path | None = None,
    checkout_sessions: Path = CHECKOUT_SESSIONS,
) -> Path:
    """The folder that holds session files (not created here; see `ensure_sessions_dir`)."""
    if override:
        return Path(override).expanduser()
    if environ.get(ENV_VAR):
        return Path(environ[ENV_VAR]).expanduser()
    if checkout_sessions.is_dir():
        return checkout_sessions
    return app_data_dir(environ=environ, platform=platform, home=home) / "sessions"


def app_data_dir(
    *, environ: Mapping[str, str] = os.environ, platform: str = sys.platform, home: Path | None = None
) -> Path:
    """The platform's per-user folder for the app's data."""
    home = home or Path.home()
    if platform == "win32":
        base = Path(environ["APPDATA"]) if environ.get("APPDATA") else home / "AppData" / "Roaming"
        return base / APP_NAME
    if platform == "darwin":
        return home / "Library" / "Application Support" / APP_NAME
    base = Path(environ["XDG_DATA_HOME"]) if environ.get("XDG_DATA_HOME") else home / ".local" / "share"
    return base / APP_NAME.lower()


def ensure_sessions_dir(override: str | Path | None = None) -> Path:
    folder = sessions_dir(override)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def slug(name: str, fallback: str = "session") -> str:
    """A file-name part safe everywhere: ASCII lower case, accents folded, words joined by '-'."""
    folded = unicodedata.normalize("NFKD", name.translate(_FOLD).lower())
    bare = "".join(ch for ch in folded if not unicodedata.combining(ch))
    text = re.sub(r"[^a-z0-9]+", "-", bare).strip("-")
    text = text[:SLUG_MAX].rstrip("-")
    if not text:
        return fallback
    return f"{text}-" if text in _WINDOWS_RESERVED else text


def unique_path(folder: Path, stem: str, suffix: str = SESSION_SUFFIX) -> Path:
    """`folder/stem.suffix`, or `stem-2`, `stem-3`... so an existing file is never overwritten."""
    candidate = folder / f"{stem}{suffix}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}{suffix}"
        n += 1
    return candidate


def new_session_stem(title: str, session_date: str = "", today: date | None = None) -> str:
    """A new session's file name without its suffix: the date (ISO, else today's) and the title."""
    day = session_date.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        day = (today or date.today()).isoformat()
    return f"{day}-{slug(title)}"


def new_session_path(folder: Path, title: str, session_date: str = "", today: date | None = None) -> Path:
    """A fresh file name from the session's date (ISO, else today's) and its title."""
    return unique_path(folder, new_session_stem(title, session_date, today))

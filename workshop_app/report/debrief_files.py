"""The debriefs already in a folder: which are this app's, whose they are, and tidying them.

A debrief is known by its file name (`NN-<name>.pdf`) and its PDF's metadata: made by
Équilibriste, titled with the participant's name. Nothing else in the folder is ever removed:
a trainer's own PDFs, even named like a debrief, stay. A debriefs folder belongs to one
session: a debrief of someone not in that session is removed.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path

from workshop_app.store.session import name_key

CREATOR = "Équilibriste"
_DEBRIEF_NAME = re.compile(r"(\d{2,})-.+\.pdf")
_TEMPORARY_NAME = re.compile(r"\.\d{2,}-.+\.pdf\.(\d+)\.tmp|\.(?:print-pack|group-synthesis)\.pdf\.(\d+)\.tmp")


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """The hidden `.NN-name.pdf.PID.tmp` files of a run that was killed (they hold a person's
    debrief): removed, unless their process still runs."""
    removed = []
    for path in folder.glob(".*.tmp"):
        found = _TEMPORARY_NAME.fullmatch(path.name)
        if not found or _process_alive(int(found.group(1) or found.group(2))) or not _regular(path):
            continue
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass  # held open by another program (Windows): the next run tries again
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return False  # os.kill would end it; a file still open there cannot be removed anyway
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, as another user's process
    return True


def _regular(path: Path) -> bool:
    """A plain file, not a link, a FIFO (whose read would hang) or a folder."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def debriefs_in(folder: Path, besides: Collection[str] = ()) -> dict[Path, str]:
    """This app's debriefs in `folder`, in their numbers' order, with whose each one is;
    the files named in `besides` are left out unread."""
    found = {}
    for path in folder.glob("*.pdf"):
        if path.name in besides:
            continue
        number = _DEBRIEF_NAME.fullmatch(path.name)
        owner = _owner(path) if number and _regular(path) else None
        if owner is not None:
            found[path] = owner
    return dict(sorted(found.items(), key=lambda item: (int(_DEBRIEF_NAME.fullmatch(item[0].name)[1]),
                                                        item[0].name)))


def _owner(path: Path) -> str | None:
    """The participant a debrief is for, from its metadata; None if this app did not write it."""
    from pypdf import PdfReader  # here: a run that writes its debriefs reads none of them

    try:
        metadata = PdfReader(path).metadata
    except Exception:  # noqa: BLE001 - whatever pypdf cannot read is not a debrief of ours
        return None
    if not metadata or metadata.get("/Creator") != CREATOR or not metadata.get("/Title"):
        return None
    return str(metadata["/Title"])


def remove_stale_debriefs(folder: Path, in_session: Iterable[str],
                          written: Mapping[str, str]) -> tuple[list[Path], bool]:
    """Remove the debriefs of people no longer in the session, and every copy of a person but the
    one just written (`written`: file name -> name; a number changes when someone above leaves).
    The files removed, and whether one was of someone who left."""
    present = {name_key(n) for n in in_session}
    fresh = {name_key(n) for n in written.values()}
    removed, left = [], False
    for path, owner in debriefs_in(folder, besides=written).items():  # what was just written stays
        key = name_key(owner)
        if key in present and key not in fresh:
            continue
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
        left = left or key not in present
    return removed, left

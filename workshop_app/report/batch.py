"""Generate every document of a session: one debrief per finished participant, the print pack
and the group synthesis, into one folder.

The session is read once (read-only, so it works while the console has it open), then the
documents are rendered, in parallel where that is safe, and the print pack is merged from the
debriefs. Each file is written beside its final name and moved into place,
so a reader never sees half a PDF; a file that cannot be replaced (on Windows, a PDF open in a
viewer) is reported, never silently skipped.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import sys
import tempfile
import threading
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from workshop_app.model.instrument import PHASES, Instrument
from workshop_app.model.progress import cohort_movement
from workshop_app.model.scoring import Completion, GroupResult, ParticipantResult, score_group
from workshop_app.model.territories import LANGUAGES, Language
from workshop_app.report import fonts
from workshop_app.report.debrief import DebriefData, render_debrief
from workshop_app.report.debrief_files import debriefs_in, remove_stale_debriefs, remove_stale_temporaries
from workshop_app.report.layout import SessionInfo
from workshop_app.report.print_pack import merge_for_print
from workshop_app.history.norms import HISTORY_NAME, Norms, norms_for
from workshop_app.report.since_last_time import EarlierSession
from workshop_app.report.synthesis import SynthesisData, render_synthesis
from workshop_app.report.texts import text
from workshop_app.store import SessionStore, StoreError
from workshop_app.store.files import find_session
from workshop_app.store.session import name_key

PRINT_PACK = "print-pack.pdf"
SYNTHESIS = "group-synthesis.pdf"
Progress = Callable[[int, int], None]  # (documents rendered, documents to render)
SLUG_BYTES = 100
PARALLEL_FROM = 6  # fewer debriefs than this are faster to render than to hand to other processes


class BatchError(Exception):
    """The batch cannot run (bad session, unknown participant, unwritable folder); one line."""


@dataclass(frozen=True)
class Unfinished:
    name: str
    completion: Completion
    form: str

    def reason(self, language: Language) -> str:
        """What is missing, in the reader's language (the console's, not always the session's)."""
        return unfinished_reason(self.completion, self.form, language)


@dataclass
class BatchReport:
    folder: Path
    written: list[Path] = field(default_factory=list)
    unfinished: list[Unfinished] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)  # path, why it was not written
    removed: list[Path] = field(default_factory=list)  # debriefs of people gone, older copies

    def as_json(self) -> dict[str, object]:
        """Plain data, for another process (the console reads the command line's report)."""
        return {"folder": str(self.folder), "written": [str(p) for p in self.written],
                "unfinished": [{"name": u.name, "form": u.form, "completion": asdict(u.completion)}
                               for u in self.unfinished],
                "failed": [[str(p), why] for p, why in self.failed]}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> BatchReport:
        return cls(Path(data["folder"]), [Path(p) for p in data["written"]],
                   [Unfinished(u["name"], _completion(u["completion"]), u["form"]) for u in data["unfinished"]],
                   [(Path(p), why) for p, why in data["failed"]])


def _completion(data: Mapping[str, Any]) -> Completion:
    return Completion(**{**data, "allocation_phases": tuple(data["allocation_phases"])})


@dataclass(frozen=True)
class _Job:
    name: str  # the file name
    render: Callable[..., bytes]
    args: tuple[object, ...]


def default_folder(session_path: Path) -> Path:
    """Beside the session file: `<session>-debriefs/`."""
    return session_path.with_name(session_path.stem + "-debriefs")


def generate_documents(
    session_path: str | Path,
    out_dir: str | Path | None = None,
    *,
    participants: Sequence[str] = (),
    language: Language | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> BatchReport:
    """Write `NN-<name>.pdf` per finished participant, `print-pack.pdf` and `group-synthesis.pdf`.

    `participants` restricts the run to these names: only their debriefs are written, and the
    print pack and the synthesis already in the folder stay as they were (a pack of one person
    must not replace the group's). `workers` caps the processes used; 1 renders in this process.
    `progress` hears of each document rendered.
    """
    session_path = Path(session_path)
    if language is not None and language not in LANGUAGES:
        raise BatchError(f"unknown language {language!r} (expected {' or '.join(LANGUAGES)})")
    session = read_session(session_path, language)
    chosen = _choose(session.results, participants)
    folder = Path(out_dir) if out_dir is not None else default_folder(session_path)
    _prepare_folder(folder)
    remove_stale_temporaries(folder)

    report = BatchReport(folder)
    group = session.group
    debriefs: list[tuple[str, DebriefData]] = []
    for position, r in chosen:
        if not r.finished:
            report.unfinished.append(Unfinished(r.name, r.completion, session.form))
            continue
        debriefs.append((debrief_file_name(position, r.name), session.debrief(r, group)))

    whole_group = not participants
    jobs = [_Job(name, render_debrief, (d,)) for name, d in debriefs]
    if whole_group:
        jobs.append(_Job(SYNTHESIS, render_synthesis, (session.synthesis(),)))
    files = _render(jobs, workers, progress or _unheard)
    if debriefs and whole_group:
        pack = merge_for_print([pdf for _, pdf in files[:len(debriefs)]], session.info.title,
                               [d.result.name for _, d in debriefs])
        files.append((PRINT_PACK, pack))
    for name, pdf in files:
        path = folder / name
        problem = write_replacing(path, pdf)
        if problem:
            report.failed.append((path, problem))
        else:
            report.written.append(path)
    done = {path.name for path in report.written}
    report.removed = _tidy(folder, session, {name: d.result.name for name, d in debriefs if name in done},
                           whole_group)
    report.written.sort(key=lambda p: (p.name in (PRINT_PACK, SYNTHESIS), p.name))
    return report


def _tidy(folder: Path, session: SessionSnapshot, written: dict[str, str], whole_group: bool) -> list[Path]:
    """After a run: no debrief left of someone no longer in the session, no second copy of anyone;
    a pack a partial run did not rewrite loses the pages of whoever left."""
    removed, left = remove_stale_debriefs(folder, [r.name for r in session.results], written)
    if left and not whole_group:
        rebuild_print_pack(folder, session.info.title)
    return removed


def rebuild_print_pack(folder: Path, title: str) -> None:
    """Merge the pack again from the debriefs in the folder (someone's pages must go); no pack
    when no debrief is left."""
    pack = folder / PRINT_PACK
    if not pack.exists():
        return
    debriefs = debriefs_in(folder)
    if not debriefs:
        pack.unlink(missing_ok=True)
        return
    write_replacing(pack, merge_for_print([p.read_bytes() for p in debriefs], title, list(debriefs.values())))


def forget_participant(folder: Path, name: str, title: str) -> list[Path]:
    """On erasure: the person's debriefs in `folder` removed, and their pages from the print pack."""
    if not folder.is_dir():
        return []
    key = name_key(name)
    removed = []
    for path, owner in debriefs_in(folder).items():
        if name_key(owner) == key:
            try:
                path.unlink(missing_ok=True)
            except OSError:
                continue  # open in a viewer (Windows): the next debrief run removes it
            removed.append(path)
    if removed:
        rebuild_print_pack(folder, title)
    return removed


@dataclass(frozen=True)
class SessionSnapshot:
    """A session as the documents need it, read once: plain data that can go to other processes."""

    info: SessionInfo
    instrument: Instrument
    results: tuple[ParticipantResult, ...]  # in participant order
    notes: dict[int, str]  # the trainer's private note, by participant id
    form: str
    earlier: dict[int, EarlierSession] = field(default_factory=dict)  # a follow-up's people last time, by id
    norms: Norms | None = None  # the client's managers in the history, when the session asks for them

    @property
    def group(self) -> GroupResult:
        """The group the debriefs compare with: the participants who finished."""
        return score_group([r for r in self.results if r.finished], self.instrument)

    def debrief(self, result: ParticipantResult, group: GroupResult | None = None) -> DebriefData:
        indices = tuple(r.balance_index for r in self.results if r.finished and r.balance_index is not None)
        return DebriefData(self.info, self.instrument, result, group or self.group,
                           self.notes.get(result.participant_id), indices, self.earlier.get(result.participant_id),
                           self.norms)

    def synthesis(self) -> SynthesisData:
        data = SynthesisData.from_results(self.info, self.instrument, self.results)
        if not self.earlier:
            return data
        pairs = [(self.earlier[r.participant_id].result, r) for r in self.results
                 if r.finished and r.participant_id in self.earlier]
        return replace(data, follow_up=True, cohort=cohort_movement(pairs))


def snapshot(store: SessionStore, language: Language | None = None) -> SessionSnapshot:
    """What `store` holds now; `language` overrides the session's."""
    settings = store.settings
    notes = {p.id: p.note for p in store.participants() if p.note}
    return SessionSnapshot(SessionInfo.from_settings(settings, language), store.instrument,
                           store.results().participants, notes, settings.form, earlier_results(store),
                           norms_for(store.path.parent / HISTORY_NAME, settings.client, store.session_uid)
                           if settings.show_norms else None)


def earlier_results(store: SessionStore) -> dict[int, EarlierSession]:
    """For a follow-up session: each participant's finished result in the session it follows,
    found beside it by its session uid; empty when that session is not there."""
    follows = store.follows_session_uid
    earlier = find_session(store.path.parent, follows) if follows else None
    if earlier is None:
        return {}
    try:
        with SessionStore.open(earlier, read_only=True) as old:
            by_person = {p.person_uid: r for p, r in zip(old.participants(), old.results().participants) if r.finished}
            when = old.settings.date
    except StoreError:
        return {}
    return {p.id: EarlierSession(when, by_person[p.person_uid])
            for p in store.participants() if p.person_uid in by_person}


def read_session(path: Path, language: Language | None = None) -> SessionSnapshot:
    """Open the session file read-only (it may be open in the console) and take its snapshot."""
    if not path.is_file():
        raise BatchError(f"{path}: no such session file")
    try:
        with SessionStore.open(path, read_only=True) as store:
            return snapshot(store, language)
    except StoreError as exc:
        raise BatchError(str(exc)) from None


def _choose(results: Sequence[ParticipantResult], names: Sequence[str]) -> list[tuple[int, ParticipantResult]]:
    """(position in the roster from 1, result) of the participants asked for, all by default."""
    numbered = list(enumerate(results, 1))
    if not names:
        return numbered
    wanted = {name_key(n) for n in names}
    known = {name_key(r.name) for r in results}
    unknown = [n for n in names if name_key(n) not in known]
    if unknown:
        raise BatchError(f"unknown participant: {unknown[0]}")
    return [(i, r) for i, r in numbered if name_key(r.name) in wanted]


def _prepare_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise BatchError(f"cannot write to {folder}: {exc.strerror or exc}") from None


def _unheard(done: int, total: int) -> None:
    pass


def _render(jobs: list[_Job], workers: int | None, progress: Progress = _unheard) -> list[tuple[str, bytes]]:
    """Render every job, in parallel when it pays and is safe; results in the jobs' order.

    Parallel only by fork, on Linux, from a single-threaded process (the command line): the
    workers inherit the loaded modules and fonts, and nothing is re-imported. A spawned worker
    would re-run the app's entry point, forking a threaded process (the console) can deadlock
    and macOS does not support fork without exec, so there the documents are rendered one
    after the other (about 0.7 s for 30).
    """
    workers = min(workers or os.cpu_count() or 1, len(jobs))
    can_fork = sys.platform.startswith("linux") and threading.active_count() == 1
    if workers <= 1 or len(jobs) < PARALLEL_FROM or not can_fork:
        files = []
        for job in jobs:
            files.append((job.name, job.render(*job.args)))
            progress(len(files), len(jobs))
        return files
    fonts.register_fonts()  # once here: the workers inherit the parsed fonts
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        return _gather(pool, jobs, progress)


def _gather(pool: Executor, jobs: list[_Job], progress: Progress = _unheard) -> list[tuple[str, bytes]]:
    futures = [pool.submit(job.render, *job.args) for job in jobs]
    files = []
    for job, future in zip(jobs, futures):
        files.append((job.name, future.result()))
        progress(len(files), len(jobs))
    return files


def write_replacing(path: Path, data: bytes) -> str | None:
    """Write `data` to `path` through a temporary file and an atomic move; None, or why not."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        # os.open, not tempfile: the file gets the usual permissions (umask), not owner-only.
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o666),
                       "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        return None
    except PermissionError:
        return "the file is open in another program: close it and run again"
    except OSError as exc:
        return exc.strerror or str(exc)
    finally:
        if tmp.exists():
            tmp.unlink()


def unfinished_reason(c: Completion, form: str, language: Language) -> str:
    """What is missing, in a few words: "practices: 18 of 24 answered; tensions: 1 of 3 answered"."""
    if not c.started():
        return text(language, "not_started")
    parts = []
    if form == "full" and c.practices != "done":
        parts.append(text(language, "practices_missing", answered=c.practices_answered, total=c.practices_total))
    if c.allocation != "done":
        missing = [text(language, "phase_" + p) for p in PHASES if p not in c.allocation_phases]
        parts.append(text(language, "allocation_missing", phases=text(language, "and").join(missing)))
    if c.tensions != "done":
        parts.append(text(language, "tensions_missing", answered=c.tensions_answered, total=c.tensions_total))
    return text(language, "list_separator").join(parts)


def debrief_file_name(position: int, name: str) -> str:
    """A debrief's file: its place in the roster (from 1), then the name, so the folder sorts as the list."""
    return f"{position:02d}-{name_slug(name)}.pdf"


def outdated_debriefs(store: SessionStore, folder: Path) -> list[str]:
    """The participants whose debrief in `folder` was written before their answers last changed:
    it no longer says what they answered."""
    changed = store.answers_changed_at()
    outdated = []
    for position, person in enumerate(store.participants(), 1):
        try:
            written = (folder / debrief_file_name(position, person.name)).stat().st_mtime
        except OSError:  # no debrief (yet): nothing out of date
            continue
        if person.id in changed and changed[person.id].timestamp() > written:
            outdated.append(person.name)
    return outdated


def name_slug(name: str) -> str:
    """A file-name-safe form of a name: "Zoë O'Brien" -> "zoe-o-brien"; other scripts kept."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    slug = re.sub(r"[\W_]+", "-", plain).strip("-")[:60]
    # Bounded in bytes, not letters: `.NN-<slug>.pdf.<pid>.tmp` must fit the 255 bytes of a file name.
    slug = slug.encode("utf-8")[:SLUG_BYTES].decode("utf-8", "ignore").strip("-")
    return slug or "participant"

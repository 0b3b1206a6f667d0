"""`workshop-app`: the app's operations without a window, and the way into the window.

`workshop-app` alone opens the console; `--open-demo` opens it on a demo session. A subcommand
is one `run_<name>(args) -> int` function plus its lines in `build_parser`. Heavy modules
(the store, Qt, reportlab) are imported inside the functions, so `--version` and `--help`
stay fast.

A refusal prints one line per problem on stderr, `workshop-app: error: ...`, exits with status
2 and changes nothing. `debrief` exits with 1 when a document could not be replaced.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from workshop_app import __version__
from workshop_app.paths import SESSION_SUFFIX, ensure_sessions_dir, new_session_stem, sessions_dir

if TYPE_CHECKING:
    from workshop_app.store import SessionStore

PROG = "workshop-app"
ERROR_STATUS = 2


class CliError(Exception):
    """A refusal to show the trainer: each line of `lines` is printed as one error line."""

    def __init__(self, *lines: str) -> None:
        super().__init__(lines[0] if lines else "")
        self.lines = lines


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """A usage mistake is one line too, with where to find help."""
        self.exit(ERROR_STATUS, f"{PROG}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Équilibriste: the balance map workshop for sales managers. "
                     "Without a command, opens the console window.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--sessions-dir", metavar="DIR", help="folder of session files (default: "
                        "WORKSHOP_SESSIONS_DIR, else sessions/ in a checkout, else the app-data folder)")
    parser.add_argument("--open-demo", action="store_true", help="open the console on a demo session "
                        "(the newest one in the sessions folder, else a new one)")
    parser.add_argument("--open", type=Path, metavar="SESSION", dest="open_session",
                        help="open the console on this session file")
    parser.set_defaults(run=run_gui)
    # Given after the command, --sessions-dir must not reset the one given before it.
    folder = _Parser(add_help=False)
    folder.add_argument("--sessions-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="folder of session files")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    p = commands.add_parser("demo", parents=[folder], help="write a demo session and print its path")
    p.add_argument("--participants", type=_count(1, 500), default=12, metavar="N", help="1 to 500 (default 12)")
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help="session language (default fr)")
    p.add_argument("--seed", type=int, default=None, metavar="S", help="same seed, same data")
    p.add_argument("--follow-up", action="store_true", help="also its follow-up three months later, answered "
                   "(debriefs with 'Since last time'); prints both paths")
    p.set_defaults(run=run_demo)

    p = commands.add_parser("new", parents=[folder], help="create a session and print its path")
    p.add_argument("--title", required=True)
    p.add_argument("--client", default="")
    p.add_argument("--place", default="")
    p.add_argument("--date", type=_iso_date, default=None, metavar="YYYY-MM-DD")
    p.add_argument("--trainer", default="")
    p.add_argument("--lang", choices=("fr", "en"), default="fr", help="session language (default fr)")
    p.add_argument("--form", choices=("full", "short"), default="full",
                   help="full (practices too, ~8 min) or short (~2 min); default full")
    p.add_argument("--instrument", type=Path, metavar="FILE", help="your own instrument file (JSON)")
    p.set_defaults(run=run_new)

    p = commands.add_parser("participants", help="manage a session's participants")
    actions = p.add_subparsers(title="actions", metavar="ACTION", required=True, parser_class=_Parser)
    a = actions.add_parser("import", parents=[folder], help="add participants from a CSV file or a workbook "
                           "(all or none)")
    a.add_argument("session", metavar="SESSION", help="session file (or its name in the sessions folder)")
    a.add_argument("csv", type=Path, metavar="FILE", help="a CSV file (';' or ',' separated; UTF-8 or "
                   "Windows-1252) or a workbook (.xlsx, .xls, .ods: its first sheet); columns name (or nom), "
                   "optional email and team (or équipe)")
    a.set_defaults(run=run_participants_import)

    p = commands.add_parser("export", parents=[folder], help="export results, one row a participant")
    p.add_argument("session", metavar="SESSION", help="session file (or its name in the sessions folder)")
    p.add_argument("--csv", type=Path, required=True, metavar="OUT", help="CSV file to write")
    p.add_argument("--sep", choices=(";", ","), default=";", metavar="SEP",
                   help="';' (default: French Excel, decimal comma) or ',' (decimal point)")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(run=run_export)

    p = commands.add_parser("debrief", parents=[folder], help="write the PDF debriefs, the print pack and "
                            "the group synthesis")
    p.add_argument("session", metavar="SESSION", help="session file (or its name in the sessions folder)")
    p.add_argument("--out", type=Path, metavar="DIR", help="folder to write to (default: beside the session)")
    p.add_argument("--participant", action="append", default=[], metavar="NAME",
                   help="only this participant's debrief (repeat for several); the print pack and the "
                   "synthesis are left as they were")
    p.add_argument("--lang", choices=("fr", "en"), default=None, help="language (default: the session's)")
    p.add_argument("--json", action="store_true", help="for another program: one JSON object a line, "
                   '{"rendered": N, "of": TOTAL} as the documents are rendered, then the report')
    p.add_argument("--background", action="store_true", help="at a lower priority than the windows, so a live "
                   "room never waits for the batch (the console's way)")
    p.set_defaults(run=run_debrief)

    p = commands.add_parser("evaluation", parents=[folder], help="write the evaluation sheet (PDF and CSV) for the "
                            "training organisation's file: initial positioning, commitments, follow-up changes")
    p.add_argument("session", metavar="SESSION", help="session file, best the follow-up (or its name in the sessions folder)")
    p.add_argument("--out", type=Path, metavar="DIR", help="folder to write to (default: beside the debriefs)")
    p.add_argument("--lang", choices=("fr", "en"), default=None, help="language (default: the session's)")
    p.set_defaults(run=run_evaluation)

    p = commands.add_parser("copy", parents=[folder], help="save a copy of the whole session (answers and "
                            "history included) into a new file")
    p.add_argument("session", metavar="SESSION", help="session file (or its name in the sessions folder)")
    p.add_argument("out", type=Path, metavar="OUT.sqlite", help="the new file (never an existing one)")
    p.set_defaults(run=run_copy)

    p = commands.add_parser("follow-up", parents=[folder], help="make the follow-up session: same settings and "
                            "people, no answers, linked to the earlier session; print its path")
    p.add_argument("session", metavar="SESSION", help="session file (or its name in the sessions folder)")
    p.add_argument("--date", type=_iso_date, required=True, help="the follow-up's date, YYYY-MM-DD")
    p.add_argument("--out", type=Path, required=True, metavar="OUT.sqlite", help="the new file (never an existing one)")
    p.add_argument("--leave-out", action="append", default=[], metavar="NAME",
                   help="a participant not invited again (repeat for several); add newcomers afterwards "
                   "with 'participants import'")
    p.set_defaults(run=run_follow_up)

    p = commands.add_parser("match", parents=[folder], help="propose who in LATER is who in EARLIER (by client "
                            "id, then email, then name) for a session not made as a follow-up; --link links them")
    p.add_argument("earlier", metavar="EARLIER", help="the earlier session file")
    p.add_argument("later", metavar="LATER", help="the later session file, which becomes its follow-up")
    p.add_argument("--link", action="store_true", help="link the people proposed (after reading the proposal)")
    p.set_defaults(run=run_match)

    p = commands.add_parser("history", help="gather session files into one history database (opens in Datasette)")
    actions = p.add_subparsers(title="actions", metavar="ACTION", required=True, parser_class=_Parser)
    a = actions.add_parser("build", help="read every session file under the folders (never changing them) into "
                           "the history; run it again to add new sessions and update changed ones")
    a.add_argument("folders", nargs="+", type=Path, metavar="DIR", help="folders to search for session files")
    a.add_argument("--out", type=Path, required=True, metavar="HISTORY.sqlite", help="the history database")
    a.add_argument("--anonymise", action="store_true", help="names, emails and client ids replaced by stable "
                   "pseudonyms (choose it when the history is first built)")
    a.set_defaults(run=run_history_build)
    a = actions.add_parser("forget", help="erase a person from the history, for good (right to erasure)")
    a.add_argument("person", metavar="PERSON", help="their name, email, client id or person uid")
    a.add_argument("--history", type=Path, required=True, metavar="HISTORY.sqlite", help="the history database")
    a.set_defaults(run=run_history_forget)

    p = commands.add_parser("info", parents=[folder], help="show a session and its participants' progress")
    p.add_argument("session", metavar="SESSION", help="session file (or its name in the sessions folder)")
    p.set_defaults(run=run_info)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from workshop_app.model.instrument import InstrumentError
    from workshop_app.store import StoreError

    try:
        return args.run(args)
    except CliError as exc:
        return _fail(*exc.lines)
    except StoreError as exc:
        return _fail(str(exc))
    except InstrumentError as exc:
        return _fail(*(f"{exc.source}: {problem}" for problem in exc.problems))
    except BrokenPipeError:  # `workshop-app info ... | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        return 0
    except OSError as exc:  # a folder or file the system refuses (permissions, full disk...)
        return _fail(f"{exc.filename}: {exc.strerror}" if exc.filename and exc.strerror else str(exc))
    except KeyboardInterrupt:
        return 130


def _fail(*lines: str) -> int:
    for line in lines:
        print(f"{PROG}: error: {line}", file=sys.stderr)
    return ERROR_STATUS


# -- the window ------------------------------------------------------------------------------

def run_gui(args: argparse.Namespace) -> int:
    folder = _sessions_folder(args.sessions_dir)
    session = args.open_session or (_demo_to_open(folder) if args.open_demo else None)
    try:
        from workshop_app.ui.app import main as open_window
    except ImportError as exc:  # Qt missing or broken on this machine
        raise CliError(f"cannot open the window: {exc}") from None
    return open_window(session, folder)


def _demo_to_open(folder: Path) -> Path:
    from workshop_app.store.demo import create_demo_session, newest_demo_session

    return newest_demo_session(folder) or create_demo_session(folder)


# -- sessions --------------------------------------------------------------------------------

def run_demo(args: argparse.Namespace) -> int:
    from workshop_app.store.demo import DEFAULT_SEED, create_demo_follow_up, create_demo_session

    seed = DEFAULT_SEED if args.seed is None else args.seed
    folder = _sessions_folder(args.sessions_dir)
    if args.follow_up:
        for path in create_demo_follow_up(folder, args.participants, args.lang, seed):
            print(path.resolve())
        return 0
    path = create_demo_session(folder, args.participants, args.lang, seed)
    print(path.resolve())
    return 0


def run_new(args: argparse.Namespace) -> int:
    from workshop_app.model.instrument import load_instrument
    from workshop_app.store import SessionStore

    instrument = load_instrument(args.instrument) if args.instrument else None
    folder = _sessions_folder(args.sessions_dir)
    from workshop_app.store.session import create_with_free_name

    def create(path: Path) -> None:
        SessionStore.create(path, title=args.title, language=args.lang, instrument=instrument,
                            client=args.client, place=args.place, date=args.date or "",
                            trainer=args.trainer, form=args.form).close()

    path = create_with_free_name(folder, new_session_stem(args.title, args.date or ""), create)
    print(path.resolve())
    return 0


def run_participants_import(args: argparse.Namespace) -> int:
    from workshop_app.store import SessionStore
    from workshop_app.store.roster_csv import import_roster, parse_roster

    with SessionStore.open(_session_file(args.session, args.sessions_dir)) as store:
        preview = parse_roster(args.csv, existing_names=[p.name for p in store.participants()])
        for warning in preview.warnings:
            print(f"{PROG}: warning: {args.csv.name}: {warning}", file=sys.stderr)
        if not preview.ok:
            raise CliError(*(f"{args.csv.name}: {p}" for p in preview.errors), f"{args.csv.name}: nothing imported")
        ids = import_roster(store, preview)
        print(f"{len(ids)} participant{'s' if len(ids) != 1 else ''} imported into {store.path.name}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from workshop_app.store import SessionStore
    from workshop_app.store.export_csv import export_csv

    out: Path = args.csv
    if out.exists() and not args.force:
        raise CliError(f"{out} already exists (add --force to replace it)")
    if not out.parent.is_dir():
        raise CliError(f"{out.parent} is not a folder")
    with SessionStore.open(_session_file(args.session, args.sessions_dir), read_only=True) as store:
        try:
            count = export_csv(store, out, sep=args.sep)
        except OSError as exc:
            raise CliError(f"cannot write {out} ({exc.strerror or exc})") from None
    print(f"{count} participant{'s' if count != 1 else ''} exported to {out}")
    return 0


def run_copy(args: argparse.Namespace) -> int:
    from workshop_app.store import SessionStore

    with SessionStore.open(_session_file(args.session, args.sessions_dir), read_only=True) as store:
        print(store.save_copy(args.out).resolve())
    return 0


def run_follow_up(args: argparse.Namespace) -> int:
    from workshop_app.store import SessionStore

    with SessionStore.open(_session_file(args.session, args.sessions_dir), read_only=True) as store:
        store.follow_up(args.out, date=args.date, leave_out=args.leave_out).close()
    print(args.out.resolve())
    return 0


MATCHED_BY = {"external_id": "same client id", "email": "same email", "name": "same name"}


def run_match(args: argparse.Namespace) -> int:
    """Print the proposal; write nothing unless --link is given."""
    from workshop_app.store import SessionStore
    from workshop_app.store.matching import propose_matches

    with SessionStore.open(_session_file(args.earlier, args.sessions_dir), read_only=True) as earlier:
        people, earlier_uid = earlier.participants(), earlier.session_uid
    with SessionStore.open(_session_file(args.later, args.sessions_dir), read_only=not args.link) as later:
        matches = propose_matches(people, later.participants())
        for m in matches:
            print(f"{m.later.name}  =  {m.earlier.name}  ({MATCHED_BY[m.by]})")
        matched = {m.later.id for m in matches}
        for p in later.participants():
            if p.id not in matched and p.person_uid not in {q.person_uid for q in people}:
                print(f"{p.name}: no match, stays a new person")
        if not args.link:
            print(f"nothing linked yet: check the list, then run again with --link to link "
                  f"{len(matches)} {'person' if len(matches) == 1 else 'people'}")
            return 0
        later.link_to_earlier(earlier_uid, {m.later.id: m.earlier.person_uid for m in matches})
        print(f"{len(matches)} linked: {later.path.name} now follows {args.earlier}")
    return 0


def run_history_build(args: argparse.Namespace) -> int:
    from workshop_app.history import HistoryError, build_history
    from workshop_app.history.metadata import metadata_path

    try:
        report = build_history(args.folders, args.out, anonymise=args.anonymise)
    except HistoryError as exc:
        raise CliError(str(exc)) from None
    for path, why in report.skipped:
        print(f"{PROG}: warning: {path} skipped: {why}", file=sys.stderr)
    updated = len(report.updated)
    print(f"{report.sessions} session{'s' if report.sessions != 1 else ''} in {args.out}"
          f" ({updated} added or updated, {len(report.read)} file{'s' if len(report.read) != 1 else ''} read); "
          f"Datasette: datasette {args.out} --metadata {metadata_path(args.out)}")
    return 0


def run_history_forget(args: argparse.Namespace) -> int:
    from workshop_app.history import HistoryError, forget

    try:
        names = forget(args.history, args.person)
    except HistoryError as exc:
        raise CliError(str(exc)) from None
    print(f"erased from {args.history}: {', '.join(names)}")
    return 0


def run_info(args: argparse.Namespace) -> int:
    from workshop_app.store import SessionStore

    with SessionStore.open(_session_file(args.session, args.sessions_dir), read_only=True) as store:
        print(_session_card(store))
    return 0


def run_debrief(args: argparse.Namespace) -> int:
    """Print each file written, then who got no debrief and why; status 1 if a file could not be replaced."""
    from workshop_app.report.batch import BatchError, generate_documents

    if args.background:
        lower_priority()
    progress = _json_progress if args.json else None
    try:
        report = generate_documents(_session_file(args.session, args.sessions_dir), args.out,
                                    participants=args.participant, language=args.lang, progress=progress)
    except BatchError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False), flush=True)
        return 1 if report.failed else 0
    for path in report.written:
        print(path)
    for person in report.unfinished:
        print(f"no debrief for {person.name}: {person.reason('en')}")  # the command line speaks English
    for path, problem in report.failed:
        print(f"{PROG}: {path} not written: {problem}", file=sys.stderr)
    return 1 if report.failed else 0


BACKGROUND_NICE = 10  # on Unix; on Windows, the "below normal" class


def lower_priority() -> None:
    """This process, and the workers it forks, yield the processor to the windows."""
    if hasattr(os, "nice"):
        os.nice(BACKGROUND_NICE)
    elif sys.platform == "win32":
        import ctypes

        below_normal = 0x4000
        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel.SetPriorityClass(kernel.GetCurrentProcess(), below_normal)


def _json_progress(done: int, total: int) -> None:
    print(json.dumps({"rendered": done, "of": total}), flush=True)


def run_evaluation(args: argparse.Namespace) -> int:
    from workshop_app.report.batch import BatchError
    from workshop_app.report.evaluation import write_evaluation_sheet

    try:
        written = write_evaluation_sheet(_session_file(args.session, args.sessions_dir), args.out, args.lang)
    except BatchError as exc:
        raise CliError(str(exc)) from None
    for path in written:
        print(path)
    return 0


def _session_card(store: SessionStore) -> str:
    """The session's settings, then a table of every participant's progress per part."""
    s, instrument = store.settings, store.instrument
    results = store.results()
    group = results.group
    lines = [s.title, ""]
    facts = [("client", s.client), ("place", s.place), ("date", s.date), ("trainer", s.trainer),
             ("language", s.language), ("form", s.form),
             ("instrument", f"{instrument.id} (version {instrument.version})"), ("file", str(store.path.resolve()))]
    lines += [f"  {label:<12}{value}" for label, value in facts if value]
    lines += ["", f"Participants: {group.n_invited}, started {group.n_started}, finished {group.n_finished}"]
    if not results.participants:
        return "\n".join(lines)
    table = [("#", "name", "team", "practices", "allocation", "tensions", "commitments", "status")]
    for number, r in enumerate(results.participants, start=1):
        c = r.completion
        status = "finished" if r.finished else ("in progress" if c.started() else "not started")
        table.append((str(number), _clip(r.name, 32), _clip(r.team or "", 20),
                      f"{c.practices_answered}/{c.practices_total}",
                      f"{len(c.allocation_phases)}/2",
                      f"{c.tensions_answered}/{c.tensions_total}",
                      "yes" if c.has_commitments else "-", status))
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        lines.append("  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
    return "\n".join(lines)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# -- arguments -------------------------------------------------------------------------------

def _sessions_folder(option: str | None) -> Path:
    try:
        return ensure_sessions_dir(option)
    except OSError as exc:
        raise CliError(f"cannot use the sessions folder {sessions_dir(option)} ({exc.strerror or exc})") from None


def _session_file(name: str, folder_option: str | None) -> Path:
    """A session given by its path, or by its file name (with or without .sqlite) in the sessions folder."""
    given = Path(name)
    if given.exists():
        return given
    if given.parent == Path("."):  # a bare name: look in the sessions folder
        folder = sessions_dir(folder_option)
        for candidate in (folder / name, folder / f"{name}{SESSION_SUFFIX}"):
            if candidate.is_file():
                return candidate
    raise CliError(f"{name}: no such session file")


def _count(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be from {low} to {high}, not {value}")
        return value
    return parse


def _iso_date(text: str) -> str:
    from datetime import date

    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)")

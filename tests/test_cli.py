"""`workshop-app`: every subcommand in-process, the lazy imports and the module run as a real process."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

from workshop_app import __version__
from workshop_app.cli import main
from workshop_app.resources import INSTRUMENTS_DIR
from workshop_app.store import SessionStore

ROOT = Path(__file__).resolve().parents[1]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as exc:  # argparse: --version, --help, usage errors
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def only_error(err: str) -> str:
    """The one error line, without its prefix."""
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("workshop-app: error: "), err
    return lines[0].removeprefix("workshop-app: error: ")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty sessions folder, named by the environment."""
    sessions = tmp_path / "sessions"
    monkeypatch.setenv("WORKSHOP_SESSIONS_DIR", str(sessions))
    return sessions


@pytest.fixture
def demo(capsys: pytest.CaptureFixture[str], folder: Path) -> Path:
    status, out, _ = run(capsys, "demo", "--participants", "4", "--seed", "5")
    assert status == 0
    return Path(out.strip())


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"workshop-app {__version__}\n", "")


def test_demo_prints_the_path_of_a_new_file_in_the_sessions_folder(demo: Path, folder: Path) -> None:
    assert demo == folder / "demo-fr.sqlite" and demo.is_absolute()
    with SessionStore.open(demo, read_only=True) as store:
        assert len(store.participants()) == 4 and store.results().group.n_finished == 4


def test_the_sessions_folder_option_wins_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    for argv in (["--sessions-dir", str(tmp_path / "a"), "demo"], ["demo", "--sessions-dir", str(tmp_path / "b")],
                 ["--sessions-dir", str(tmp_path / "c"), "demo", "--lang", "en"]):
        status, out, _ = run(capsys, *argv)
        assert status == 0 and Path(out.strip()).parent == Path(argv[argv.index("--sessions-dir") + 1])
    assert not folder.exists()


def test_info_shows_the_session_and_each_participants_progress(
    capsys: pytest.CaptureFixture[str], demo: Path
) -> None:
    with SessionStore.open(demo) as store:
        late = store.add_participant("Zoé <b>Retard</b> & Cie")
        store.record_answer(late, "p01", 3)
        names = [p.name for p in store.participants()]
        first_team = store.participants()[0].team
    status, out, err = run(capsys, "info", "demo-fr")  # a name in the sessions folder will do
    assert (status, err) == (0, "")
    assert out.startswith("Manager l’équilibre — Promo Ouest 2026\n")
    for line in ("  client      Atlantique Distribution", "  language    fr", "  form        full",
                 "  instrument  equilibre-v1 (version 1)", "Participants: 5, started 5, finished 4"):
        assert line in out.splitlines()
    cells = [re.split(r"\s{2,}", line.strip()) for line in out.splitlines() if "/24" in line]
    rows = {row[1]: row for row in cells}
    assert list(rows) == names
    assert rows[names[0]][:3] == ["1", names[0], first_team]
    assert rows[names[0]][-5:] == ["24/24", "2/2", "3/3", rows[names[0]][-2], "finished"]
    assert rows["Zoé <b>Retard</b> & Cie"] == ["5", "Zoé <b>Retard</b> & Cie", "1/24", "0/2", "0/3", "-", "in progress"]


def test_new_names_the_file_from_date_and_title_and_never_overwrites(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    argv = ["new", "--title", "Séminaire Ventes : Île-de-France", "--client", "Dupont & Fils", "--place", "Lyon",
            "--date", "2026-06-18", "--trainer", "Anne Roux", "--lang", "en", "--form", "short"]
    first, second = (Path(run(capsys, *argv)[1].strip()) for _ in range(2))
    assert first == folder / "2026-06-18-seminaire-ventes-ile-de-france.sqlite"
    assert second == folder / "2026-06-18-seminaire-ventes-ile-de-france-2.sqlite"
    with SessionStore.open(first, read_only=True) as store:
        s = store.settings
        assert (s.title, s.client, s.place, s.date, s.trainer, s.language, s.form) == (
            "Séminaire Ventes : Île-de-France", "Dupont & Fils", "Lyon", "2026-06-18", "Anne Roux", "en", "short")


def test_new_takes_a_trainers_own_instrument(capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path) -> None:
    data = json.loads((INSTRUMENTS_DIR / "equilibre-v1.json").read_text(encoding="utf-8"))
    data["id"], data["version"] = "maison", 3
    own = tmp_path / "maison.json"
    own.write_text(json.dumps(data), encoding="utf-8")
    status, out, _ = run(capsys, "new", "--title", "Maison", "--instrument", str(own))
    assert status == 0
    with SessionStore.open(out.strip(), read_only=True) as store:
        assert (store.instrument.id, store.instrument.version) == ("maison", 3)


def test_a_bad_instrument_prints_every_problem_and_creates_nothing(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    data = json.loads((INSTRUMENTS_DIR / "equilibre-v1.json").read_text(encoding="utf-8"))
    data["items"][1]["id"] = data["items"][0]["id"]
    del data["items"][2]["text"]["en"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    status, out, err = run(capsys, "new", "--title", "X", "--instrument", str(bad))
    assert (status, out) == (2, "")
    assert err.splitlines() == ["workshop-app: error: bad.json: item p01: duplicate id",
                                "workshop-app: error: bad.json: item p03.text: missing translation 'en'"]
    assert not folder.exists() or list(folder.iterdir()) == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["new", "--title", "  "], "the session title cannot be empty"),
        (["new", "--title", "X", "--date", "12 mars"], "argument --date: not a date: '12 mars' (use YYYY-MM-DD)"),
        (["new", "--title", "X", "--lang", "de"], "argument --lang: invalid choice: 'de'"),
        (["demo", "--participants", "0"], "argument --participants: must be from 1 to 500, not 0"),
        (["info", "absent.sqlite"], "absent.sqlite: no such session file"),
        (["participants"], "the following arguments are required: ACTION"),
        (["frobnicate"], "argument COMMAND: invalid choice: 'frobnicate'"),
    ],
)
def test_every_error_is_one_line_and_status_2(
    capsys: pytest.CaptureFixture[str], folder: Path, argv: list[str], message: str
) -> None:
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert only_error(err).startswith(message)
    assert not folder.exists() or list(folder.iterdir()) == []


def test_a_file_that_is_not_a_session_is_refused_untouched(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_bytes(b"not a database at all" * 10)
    for argv in (["info", str(notes)], ["export", str(notes), "--csv", str(tmp_path / "o.csv")],
                 ["participants", "import", str(notes), str(tmp_path / "p.csv")]):
        status, _, err = run(capsys, *argv)
        assert status == 2 and only_error(err) == "notes.sqlite is not an Équilibriste session file"
    assert notes.read_bytes() == b"not a database at all" * 10
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_import_adds_a_french_excel_file(capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path) -> None:
    roster = tmp_path / "équipe.csv"
    roster.write_bytes("Nom;E-mail;Équipe;Téléphone\r\nHélène Dupré;helene@acme.fr;Région Ouest;0102\r\n"
                       "Seán O’Brien;;Grands comptes;\r\n".encode("windows-1252"))
    status, out, err = run(capsys, "participants", "import", str(demo), str(roster))
    assert (status, out) == (0, "2 participants imported into demo-fr.sqlite\n")
    assert err == "workshop-app: warning: équipe.csv: line 1: column « Téléphone » ignored\n"
    with SessionStore.open(demo, read_only=True) as store:
        assert [(p.name, p.email, p.team) for p in store.participants()[-2:]] == [
            ("Hélène Dupré", "helene@acme.fr", "Région Ouest"), ("Seán O’Brien", None, "Grands comptes")]


def test_import_with_a_bad_row_lists_every_problem_and_imports_nothing(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    with SessionStore.open(demo, read_only=True) as store:
        before = store.participants()
        taken = before[0].name
    roster = tmp_path / "p.csv"
    roster.write_text(f"name,email\nAnne,anne@acme.fr\n{taken},\n,x@y.fr\n", encoding="utf-8")
    status, out, err = run(capsys, "participants", "import", str(demo), str(roster))
    assert (status, out) == (2, "")
    assert err.splitlines() == [f"workshop-app: error: p.csv: line 3: « {taken} » is already in the session",
                                "workshop-app: error: p.csv: line 4: empty name",
                                "workshop-app: error: p.csv: nothing imported"]
    with SessionStore.open(demo, read_only=True) as store:
        assert store.participants() == before


def test_a_session_open_elsewhere_refuses_a_second_writer_but_not_an_export(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    roster = tmp_path / "p.csv"
    roster.write_text("nom\nAnne\n", encoding="utf-8")
    with SessionStore.open(demo):
        status, _, err = run(capsys, "participants", "import", str(demo), str(roster))
        assert status == 2 and "open" in only_error(err)
        status, out, _ = run(capsys, "export", str(demo), "--csv", str(tmp_path / "out.csv"))
        assert (status, out) == (0, f"4 participants exported to {tmp_path / 'out.csv'}\n")


def test_export_writes_french_excel_by_default_and_commas_on_request(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    semicolon, comma = tmp_path / "fr.csv", tmp_path / "en.csv"
    assert run(capsys, "export", str(demo), "--csv", str(semicolon))[0] == 0
    assert run(capsys, "export", str(demo), "--csv", str(comma), "--sep", ",")[0] == 0
    with SessionStore.open(demo, read_only=True) as store:
        first = store.results().participants[0]
    for path, sep, decimal in ((semicolon, ";", ","), (comma, ",", ".")):
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines(), delimiter=sep))
        assert len(rows) == 4 and rows[0]["name"] == first.name
        assert rows[0]["score_faire"] == f"{first.scores['faire']:.1f}".replace(".", decimal)


def test_export_never_replaces_a_file_unless_forced(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.csv"
    out.write_text("keep me", encoding="utf-8")
    status, _, err = run(capsys, "export", str(demo), "--csv", str(out))
    assert status == 2 and only_error(err) == f"{out} already exists (add --force to replace it)"
    assert out.read_text(encoding="utf-8") == "keep me"
    assert run(capsys, "export", str(demo), "--csv", str(out), "--force")[0] == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfname;")


class FakeWindow:
    """Stands in for workshop_app.ui.app: records the session it was asked to open."""

    def __init__(self) -> None:
        self.opened: list[Path | None] = []
        self.folders: list[Path] = []

    def module(self) -> types.ModuleType:
        module = types.ModuleType("workshop_app.ui.app")
        module.main = self.main  # type: ignore[attr-defined]
        return module

    def main(self, session: Path | None, sessions_folder: Path) -> int:
        self.opened.append(session)
        self.folders.append(sessions_folder)
        return 0


def test_no_command_opens_the_window(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    window = FakeWindow()
    monkeypatch.setitem(sys.modules, "workshop_app.ui.app", window.module())
    assert run(capsys,)[0] == 0
    assert window.opened == [None]


def test_open_demo_reuses_the_newest_demo(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    window = FakeWindow()
    monkeypatch.setitem(sys.modules, "workshop_app.ui.app", window.module())
    run(capsys, "--open-demo")
    run(capsys, "--open-demo")
    assert window.opened == [folder / "demo-fr.sqlite"] * 2
    assert [p.name for p in folder.glob("*.sqlite")] == ["demo-fr.sqlite"]


def test_the_window_opens_on_the_sessions_folder_given(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = FakeWindow()
    monkeypatch.setitem(sys.modules, "workshop_app.ui.app", window.module())
    run(capsys, "--sessions-dir", str(tmp_path / "mine"))
    assert window.folders == [tmp_path / "mine"]


def test_without_qt_a_clear_message_and_status_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "workshop_app.ui.app", None)  # as if Qt could not be loaded
    status, out, err = run(capsys, )
    assert (status, out) == (2, "")
    assert err.startswith("workshop-app: error: cannot open the window") and err.count("\n") == 1


def python(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=60,
                          encoding="utf-8")


@pytest.mark.slow
def test_a_real_process_demo_then_info_then_export(tmp_path: Path) -> None:
    version = python("-m", "workshop_app", "--version")
    assert (version.returncode, version.stdout) == (0, f"workshop-app {__version__}\n")
    demo = python("-m", "workshop_app", "demo", "--sessions-dir", str(tmp_path), "--lang", "en")
    assert demo.returncode == 0, demo.stderr
    path = demo.stdout.strip()
    info = python("-m", "workshop_app", "info", path)
    assert info.returncode == 0 and info.stdout.startswith("Managing the balance — West Cohort 2026\n")
    export = python("-m", "workshop_app", "export", path, "--csv", str(tmp_path / "out.csv"))
    assert export.stdout == f"12 participants exported to {tmp_path / 'out.csv'}\n"
    missing = python("-m", "workshop_app", "info", str(tmp_path / "none.sqlite"))
    assert (missing.returncode, missing.stdout) == (2, "")
    assert missing.stderr == "workshop-app: error: " + str(tmp_path / "none.sqlite") + ": no such session file\n"


@pytest.mark.slow
def test_a_reader_that_stops_early_is_no_error(demo: Path) -> None:
    """`workshop-app info SESSION | head -2`: the pipe closes early; no error, no traceback."""
    child = subprocess.Popen([sys.executable, "-m", "workshop_app", "info", str(demo)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    child.stdout.close()  # as `head` does once it has its lines (here: before the first one comes)
    assert child.wait(timeout=60) == 0
    assert child.stderr.read() == ""


@pytest.mark.slow
def test_the_command_line_never_loads_qt_or_reportlab(demo: Path) -> None:
    probe = ("import sys; from workshop_app.cli import main; main(['--sessions-dir', sys.argv[1], 'info', "
             "sys.argv[2]]); print(sorted(m for m in ('PySide6', 'reportlab') if m in sys.modules))")
    result = python("-c", probe, str(demo.parent), str(demo))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


def test_a_csv_file_that_cannot_be_read_is_one_line(capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path) -> None:
    status, _, err = run(capsys, "participants", "import", str(demo), str(tmp_path))  # a folder, not a file
    assert status == 2
    problem, summary = err.splitlines()
    assert problem.startswith(f"workshop-app: error: {tmp_path.name}: cannot read the file (")
    assert summary == f"workshop-app: error: {tmp_path.name}: nothing imported"


def test_copy_saves_the_whole_session_once(capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "copie.sqlite"
    status, printed, _ = run(capsys, "copy", str(demo), str(out))
    assert (status, printed) == (0, f"{out.resolve()}\n")
    assert out.read_bytes().startswith(b"SQLite format 3\x00")
    status, _, err = run(capsys, "info", str(out))
    assert status == 0
    status, _, err = run(capsys, "copy", str(demo), str(out))
    assert status == 2 and only_error(err) == "copie.sqlite already exists; choose another name"


def test_follow_up_makes_a_linked_session_with_the_same_people(capsys: pytest.CaptureFixture[str], demo: Path,
                                                                 tmp_path: Path) -> None:
    out = tmp_path / "suivi.sqlite"
    status, printed, _ = run(capsys, "follow-up", str(demo), "--date", "2027-03-01", "--out", str(out))
    assert (status, printed) == (0, f"{out.resolve()}\n")
    with SessionStore.open(demo, read_only=True) as first, SessionStore.open(out, read_only=True) as second:
        assert second.follows_session_uid == first.session_uid and second.settings.date == "2027-03-01"
        assert [p.person_uid for p in second.participants()] == [p.person_uid for p in first.participants()]

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from workshop_app.paths import CHECKOUT_SESSIONS, new_session_path, sessions_dir, slug, unique_path

HOME = Path("/home/claire")


def test_the_option_wins_over_everything(tmp_path: Path) -> None:
    folder = sessions_dir(tmp_path / "opt", environ={"WORKSHOP_SESSIONS_DIR": "/env"},
                          checkout_sessions=tmp_path)
    assert folder == tmp_path / "opt"


def test_the_environment_wins_over_the_checkout(tmp_path: Path) -> None:
    assert sessions_dir(environ={"WORKSHOP_SESSIONS_DIR": "/env/s"}, checkout_sessions=tmp_path) == Path("/env/s")


def test_an_empty_environment_variable_is_ignored(tmp_path: Path) -> None:
    assert sessions_dir(environ={"WORKSHOP_SESSIONS_DIR": ""}, checkout_sessions=tmp_path) == tmp_path


def test_a_checkout_uses_its_sessions_folder() -> None:
    assert CHECKOUT_SESSIONS.name == "sessions"
    assert (CHECKOUT_SESSIONS.parent / "workshop_app").is_dir()
    assert sessions_dir(environ={}) == CHECKOUT_SESSIONS


@pytest.mark.parametrize(
    ("platform", "environ", "expected"),
    [
        ("win32", {"APPDATA": r"C:\Users\claire\AppData\Roaming"},
         Path(r"C:\Users\claire\AppData\Roaming") / "Equilibriste" / "sessions"),
        ("darwin", {}, HOME / "Library" / "Application Support" / "Equilibriste" / "sessions"),
        ("linux", {}, HOME / ".local" / "share" / "equilibriste" / "sessions"),
        ("linux", {"XDG_DATA_HOME": "/data"}, Path("/data/equilibriste/sessions")),
    ],
)
def test_an_installed_app_uses_the_platform_app_data_folder(
    tmp_path: Path, platform: str, environ: dict[str, str], expected: Path
) -> None:
    no_checkout = tmp_path / "absent"
    folder = sessions_dir(environ=environ, platform=platform, home=HOME, checkout_sessions=no_checkout)
    assert folder == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Manager l’équilibre — Promo Ouest 2026", "manager-l-equilibre-promo-ouest-2026"),
        ("Cœur de cible : Île-de-France", "coeur-de-cible-ile-de-france"),
        ("Straße/Süd\\Nord?*<>|\"", "strasse-sud-nord"),
        ("CON", "con-"),
        ("  ", "session"),
        ("日本語", "session"),
        ("a" * 80, "a" * 60),
    ],
)
def test_slug_is_a_safe_ascii_file_name(name: str, expected: str) -> None:
    assert slug(name) == expected


def test_unique_path_never_reuses_an_existing_file(tmp_path: Path) -> None:
    (tmp_path / "demo.sqlite").touch()
    (tmp_path / "demo-2.sqlite").touch()
    assert unique_path(tmp_path, "demo") == tmp_path / "demo-3.sqlite"


def test_new_session_path_starts_with_the_iso_date_else_today(tmp_path: Path) -> None:
    assert new_session_path(tmp_path, "Promo Ouest", "2026-03-12") == tmp_path / "2026-03-12-promo-ouest.sqlite"
    assert new_session_path(tmp_path, "Promo Ouest", "12 mars", today=date(2026, 1, 5)) == (
        tmp_path / "2026-01-05-promo-ouest.sqlite"
    )

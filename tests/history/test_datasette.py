"""The history opens in Datasette as it is, with its descriptions and canned queries (run when
Datasette is installed, as the test extra does)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from workshop_app.history import build_history
from workshop_app.history.metadata import metadata_path
from workshop_app.store.demo import create_demo_session

datasette_app = pytest.importorskip("datasette.app", reason="Datasette is not installed: history not opened in it")


def _get(history: Path, *paths: str) -> list[tuple[int, str]]:
    ds = datasette_app.Datasette([str(history)], metadata=json.loads(metadata_path(history).read_text("utf-8")))

    async def fetch() -> list[tuple[int, str]]:
        out = []
        for path in paths:
            response = await ds.client.get(path)
            out.append((response.status_code, response.text))
        return out

    return asyncio.run(fetch())


def test_datasette_shows_the_descriptions_and_runs_the_canned_queries(tmp_path):
    sessions = tmp_path / "sessions"
    create_demo_session(sessions, 15)
    history = tmp_path / "history.sqlite"
    build_history([sessions], history)
    (status, page), (s2, people), (s3, majors), (s4, commitments), (s5, cohorts) = _get(
        history, "/history", "/history/people", "/history/majors_by_client.json?client=Atlantique&_shape=array",
        "/history/commitments_by_territory.json?_shape=array",
        "/history/cohorts_over_time.json?programme=Promo&_shape=array")
    assert (status, s2, s3, s4, s5) == (200, 200, 200, 200, 200)
    assert "Une ligne par personne, toutes sessions confondues · One row per person, across sessions" in people
    assert "Les engagements par territoire" in page
    # The demo's 15 managers, each once (a tie is one row, "faire,commando").
    assert sum(row["managers"] for row in json.loads(majors)) == 15
    assert {row["territory"] for row in json.loads(commitments)} <= {"faire", "analyser", "commando", "developper"}
    assert [row["participants"] for row in json.loads(cohorts)] == [15]

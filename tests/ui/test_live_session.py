"""LiveSession: writes go to the store, the windows hear of them by signals."""

from __future__ import annotations

import pytest

from workshop_app.store import InvalidInput, SessionStore
from workshop_app.ui.live_session import LiveSession


@pytest.fixture
def live(tmp_path, qapp):
    """A LiveSession over a new session."""
    session = LiveSession(SessionStore.create(tmp_path / "s.sqlite", title="Live"))
    yield session
    session.close()


def test_an_answer_is_stored_then_announced(live, qtbot):
    pid = live.add_participant("Anne")
    with qtbot.wait_signal(live.changed) as blocker:
        live.record_answer(pid, "p01", 4)
    assert blocker.args == [pid]
    assert live.store.responses(pid).answers == {"p01": 4}


def test_results_are_computed_once_then_again_after_a_change(live):
    pid = live.add_participant("Anne")
    assert live.results() is live.results()  # every window shares one scoring
    assert live.results().participants[0].completion.practices_answered == 0
    live.record_answer(pid, "p01", 4)
    assert live.results().participants[0].completion.practices_answered == 1


def test_roster_and_settings_signals(live, qtbot):
    with qtbot.wait_signal(live.roster_changed):
        pid = live.add_participant("Anne")
    with qtbot.wait_signal(live.roster_changed):
        live.rename_participant(pid, "Anne Martin")
    assert [p.name for p in live.results().participants] == ["Anne Martin"]
    with qtbot.wait_signal(live.settings_changed):
        live.update_settings(place="Lille")
    assert live.store.settings.place == "Lille"


def test_a_refused_write_announces_nothing(live, qtbot):
    pid = live.add_participant("Anne")
    with qtbot.assert_not_emitted(live.changed):
        with pytest.raises(InvalidInput):
            live.record_answer(pid, "p01", 9)

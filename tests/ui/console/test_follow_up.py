"""The console's New follow-up session: the date, who is invited again, the file made beside."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.console.test_window import console  # noqa: F401 - the console fixture
from workshop_app.store import SessionStore


def test_a_follow_up_session_from_the_sessions_list_leaves_out_who_is_unticked(console, qtbot):
    path = console.sessions.list.topLevelItem(0).data(0, Qt.UserRole)
    with SessionStore.open(path) as store:
        store.record_answer(store.participants()[0].id, "p01", 5)
        names, uid = [p.name for p in store.participants()], store.session_uid
    console.sessions.list.setCurrentItem(console.sessions.list.topLevelItem(0))
    console.sessions.follow_up_button.click()
    dialog = console.dialog
    assert [dialog.people.item(i).text() for i in range(dialog.people.count())] == names
    dialog.people.item(1).setCheckState(Qt.Unchecked)
    dialog.date.setDate(dialog.date.date().fromString("2026-06-18", "yyyy-MM-dd"))
    with qtbot.wait_signal(dialog.finished):
        dialog.create_button.click()
    made = [p for p in path.parent.glob("*.sqlite") if p != path]
    assert [p.name for p in made] == [made[0].name] and made[0].name.startswith("2026-06-18-")
    with SessionStore.open(made[0], read_only=True) as store:
        assert store.follows_session_uid == uid and store.settings.date == "2026-06-18"
        assert [p.name for p in store.participants()] == [names[0], names[2]]
        assert store.results().group.n_started == 0
    assert console.sessions.list.topLevelItemCount() == 2

"""The session setting that lets debriefs show the client's norms: off by default, saved when ticked."""

from __future__ import annotations

from tests.ui.console.test_window import console, open_first  # noqa: F401 - the console fixture


def test_the_norms_checkbox_is_off_by_default_and_saved(console):
    open_first(console)
    form = console.view.settings.form
    assert console.live.store.settings.show_norms is False and not form.norms.isChecked()
    form.norms.setChecked(True)
    console.view.settings.save_button.click()
    assert console.live.store.settings.show_norms is True

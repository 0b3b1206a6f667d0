import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from workshop_app.ui import screens
from workshop_app.ui.screens import (
    ScreenPicker, identify_screens, remember_screen, remembered_screen, screen_label,
)


def test_a_screen_is_named_with_its_number_and_resolution(qapp):
    screen = QGuiApplication.primaryScreen()
    size = screen.size()
    label = screen_label(screen)
    assert label.startswith("1. ")
    assert label.endswith("— {w} × {h}".format(w=size.width(), h=size.height()))


def test_the_chosen_screen_is_remembered_by_name(qapp):
    screen = QGuiApplication.primaryScreen()
    assert remembered_screen("station") is None
    remember_screen("station", screen)
    assert remembered_screen("station") is screen


def test_the_geometry_finds_the_screen_when_its_name_changed(qapp):
    g = QGuiApplication.primaryScreen().geometry()
    QSettings().setValue("screens/projector", ["a connector that is gone", g.x(), g.y(), g.width(), g.height()])
    assert remembered_screen("projector") is QGuiApplication.primaryScreen()


def test_an_unknown_screen_is_not_guessed(qapp):
    QSettings().setValue("screens/projector", ["gone", 5000, 0, 1, 1])
    assert remembered_screen("projector") is None


def test_the_picker_lists_every_screen_and_remembers_the_choice(qtbot):
    picker = ScreenPicker("station")
    qtbot.addWidget(picker)
    assert picker.count() == len(QGuiApplication.screens())
    assert picker.selected_screen() is QGuiApplication.primaryScreen()
    with qtbot.wait_signal(picker.screen_chosen):
        picker.activated.emit(0)
    assert remembered_screen("station") is QGuiApplication.primaryScreen()
    picker.refresh()  # a screen came or went: the choice stays
    assert picker.selected_screen() is QGuiApplication.primaryScreen()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no window stacking
def test_identify_shows_a_number_on_each_screen_for_a_moment(qtbot):
    overlays = identify_screens(duration_ms=30)
    assert [o.text() for o in overlays] == [str(i + 1) for i in range(len(QGuiApplication.screens()))]
    assert all(o.isVisible() for o in overlays)
    with qtbot.wait_signals([o.destroyed for o in overlays]):  # closed, then deleted
        pass


def test_alone_on_one_screen_the_picker_hides_with_its_companions_until_a_second_comes(qtbot, qapp,
                                                                                      monkeypatch):
    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    caption, picker, identify = QLabel("Station on"), ScreenPicker("station"), QPushButton("Identify screens")
    for widget in (caption, picker, identify):
        layout.addWidget(widget)
    picker.add_companions(caption, identify)
    row.show()
    assert len(QGuiApplication.screens()) == 1  # the offscreen platform
    assert not any(w.isVisible() for w in (caption, picker, identify))
    primary = QGuiApplication.primaryScreen()
    monkeypatch.setattr(screens, "screens", lambda: [primary, primary])  # a projector plugged in
    qapp.screenAdded.emit(primary)
    assert all(w.isVisible() for w in (caption, picker, identify))
    assert picker.count() == 2
    monkeypatch.setattr(screens, "screens", lambda: [primary])  # and unplugged
    qapp.screenRemoved.emit(primary)
    assert not any(w.isVisible() for w in (caption, picker, identify))

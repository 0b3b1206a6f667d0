"""The trainer's console: sessions, settings, participants, station, debriefs."""

from workshop_app.ui.console.window import ConsoleWindow

__all__ = ["ConsoleWindow"]

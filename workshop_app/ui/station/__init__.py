"""The participant station: a kiosk where each manager answers in turn."""

from workshop_app.ui.station.window import StationWindow

__all__ = ["StationWindow"]

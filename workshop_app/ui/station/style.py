"""The station's look: white, near-black text, one accent, large type read from two metres."""

from workshop_app.model.territories import ACCENT, INK, MUTED, RULE
from workshop_app.ui.theme import ERROR

SOFT = "#F4F4F7"  # quiet surfaces: rows, unchecked buttons

STATION_STYLE = """
QWidget#station {{ background: white; font-family: "Inter"; font-size: 24px; }}
QStackedWidget > QWidget, QScrollArea, QScrollArea > QWidget > QWidget#tiles {{ background: white; }}

QLabel#eyebrow {{ color: {accent}; font-size: 24px; font-weight: 600; letter-spacing: 1px; }}
QLabel#welcomeTitle {{ font-size: 64px; font-weight: 700; }}
QLabel#muted {{ color: {muted}; font-size: 26px; }}
QLabel#hint {{ color: {muted}; font-size: 20px; }}
QLabel#pageTitle {{ font-size: 44px; font-weight: 700; }}
QLabel#part {{ color: {accent}; font-size: 22px; font-weight: 600; }}
QLabel#counter {{ color: {muted}; font-size: 22px; }}
QLabel#statement {{ font-size: 44px; font-weight: 600; }}
QLabel#prompt {{ font-size: 32px; font-weight: 600; }}
QLabel#question {{ font-size: 26px; font-weight: 600; }}
QLabel#territory {{ font-size: 30px; font-weight: 600; }}
QLabel#pole {{ font-size: 24px; }}
QLabel#remainingValue {{ font-size: 72px; font-weight: 700; color: {ink}; }}
QLabel#remainingValue[state="done"] {{ color: {accent}; }}
QLabel#remainingValue[state="over"] {{ color: {warn}; }}
QLabel#remainingCaption {{ color: {muted}; font-size: 20px; }}
QFrame#remaining {{ background: {soft}; border-radius: 20px; }}
QLabel#pinError {{ color: {warn}; font-size: 20px; }}

QProgressBar {{ background: {soft}; border: none; border-radius: 3px; }}
QProgressBar::chunk {{ background: {accent}; border-radius: 3px; }}

QPushButton {{ border-radius: 14px; padding: 12px 28px; font-size: 24px; font-weight: 600; }}
QPushButton#primary {{ background: {accent}; color: white; border: none; }}
QPushButton#primary:disabled {{ background: {rule}; color: white; }}
QPushButton#secondary, QPushButton#stepper {{ background: white; color: {ink}; border: 2px solid {rule}; }}
QPushButton#stepper {{ font-size: 32px; padding: 0; }}
QPushButton#link {{ background: transparent; color: {accent}; border: none; text-decoration: underline; }}
QPushButton#answer {{ background: {soft}; border: 2px solid {soft}; font-size: 26px; padding: 12px; }}
QPushButton#answer:checked {{ background: {accent}; border-color: {accent}; color: white; }}
QPushButton#nameTile {{ background: {soft}; border: 2px solid {soft}; font-size: 26px; text-align: center; }}
QPushButton#nameTile:focus {{ border-color: {accent}; }}
QPushButton#finishedTile {{ background: white; border: 2px dashed {rule}; color: {muted}; font-size: 22px; }}
QPushButton#finishedTile:focus {{ border-color: {accent}; }}
QPushButton#territoryChoice {{ background: white; border: 3px solid {rule}; font-size: 24px; padding: 12px 16px; }}
QPushButton#step {{ background: white; border: 3px solid {rule}; border-radius: 32px; padding: 0; }}
QPushButton#step:checked {{ background: {accent}; border-color: {accent}; }}

QWidget#allocationRow {{ background: {soft}; border-radius: 16px; }}
QWidget#tension {{ border-radius: 16px; }}
QWidget#tension[current="true"] {{ background: {soft}; }}

QLineEdit {{ background: white; border: 2px solid {rule}; border-radius: 12px; padding: 4px 16px; font-size: 26px; }}
QLineEdit:focus {{ border-color: {accent}; }}
QLineEdit#points {{ font-size: 34px; font-weight: 700; padding: 0; }}

QDialog#pinDialog {{ background: white; }}
QDialog#pinDialog QLabel {{ font-size: 24px; }}
QDialog#pinDialog QPushButton {{ background: {soft}; border: 2px solid {rule}; min-height: 56px; min-width: 160px; }}
""".format(ink=INK, muted=MUTED, rule=RULE, accent=ACCENT, soft=SOFT, warn=ERROR)

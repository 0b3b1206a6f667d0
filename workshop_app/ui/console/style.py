"""The console's look: quiet white surfaces, near-black text, the one accent for the main action."""

from workshop_app.model.territories import ACCENT, INK, MUTED, RULE
from workshop_app.ui.console.status import SELECTED
from workshop_app.ui.theme import ERROR, SURFACE

CONSOLE_STYLE = """
QMainWindow, QStackedWidget > QWidget {{ background: white; }}
QLabel#pageTitle {{ font-size: 22pt; font-weight: 700; }}
QLabel#sessionTitle {{ font-size: 20pt; font-weight: 700; }}
QLabel#sectionTitle {{ font-size: 12pt; font-weight: 600; }}
QLabel#hint {{ color: {muted}; }}
QLabel#progress {{ color: {accent}; font-weight: 600; font-size: 12pt; }}
QLabel#error {{ color: {error}; }}
QPushButton {{ background: white; border: 1px solid {rule}; border-radius: 8px; padding: 7px 16px;
               min-height: 20px; }}
QPushButton:hover {{ border-color: {muted}; }}
QPushButton:disabled {{ color: #A0A0A0; border-color: #E6E6E6; }}
QPushButton#primary {{ background: {accent}; color: white; border: 1px solid {accent}; font-weight: 600; }}
QPushButton#primary:disabled {{ background: {rule}; border-color: {rule}; }}
QTabWidget::pane {{ border: none; border-top: 1px solid {rule}; }}
QTabBar::tab {{ padding: 10px 18px; border: none; color: {muted}; font-weight: 600; }}
QTabBar::tab:selected {{ color: {ink}; border-bottom: 3px solid {accent}; }}
QTableView, QTreeWidget, QListWidget, QPlainTextEdit {{ border: 1px solid {rule}; border-radius: 8px;
                                                      background: white; alternate-background-color: {surface}; }}
QHeaderView::section {{ background: white; border: none; border-bottom: 1px solid {rule};
                        padding: 8px 6px; color: {muted}; font-weight: 600; }}
QTreeWidget::item, QTableView::item {{ padding: 6px 4px; }}
QTreeWidget, QTableView {{ outline: 0; }}
QTreeWidget::item:selected, QTableView::item:selected {{ background: {selected}; color: {ink}; }}
QLineEdit, QComboBox, QDateEdit {{ border: 1px solid {rule}; border-radius: 6px; padding: 5px 8px;
                                   background: white; min-height: 20px; }}
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QPlainTextEdit:focus {{ border-color: {accent}; }}
QComboBox QAbstractItemView {{ border: 1px solid {rule}; background: white; color: {ink}; outline: 0;
                              selection-background-color: {selected}; selection-color: {ink}; }}
QStatusBar {{ color: {muted}; }}
""".format(ink=INK, muted=MUTED, rule=RULE, accent=ACCENT, surface=SURFACE, selected=SELECTED, error=ERROR)

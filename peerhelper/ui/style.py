"""The app's look: a calm palette, large type, generous spacing.

Sizes are computed from the user's font scale (100–200 %), so one setting
grows every text and control in the app.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from peerhelper.paths import assets_dir

BASE_POINT_SIZE = 12.0

INK = "#1d2733"
MUTED = "#52606d"
BACKGROUND = "#f6f8fb"
SURFACE = "#ffffff"
NAV = "#e6edf5"
ACCENT = "#1f5fa8"
ACCENT_DARK = "#174a84"
ACCENT_SOFT = "#d6e4f5"
BORDER = "#c5d0dc"
DANGER = "#b3261e"


def stylesheet(scale: int) -> str:
    f = scale / 100
    pt = BASE_POINT_SIZE * f

    def size(factor: float) -> str:
        return f"{pt * factor:.1f}pt"

    icons = (assets_dir() / "icons").as_posix()
    arrow = round(14 * f)
    box = f"width: {arrow}px; height: {arrow}px;"
    pad = round(10 * f)
    radius = round(6 * f)
    # The keyboard focus is always visible: a thick outline, dark on blue buttons.
    focus = max(3, round(3 * f))
    return f"""
QWidget {{ color: {INK}; font-size: {size(1)}; }}
QMainWindow, QDialog, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget {{
    background: {BACKGROUND};
}}
QListWidget#navigation {{
    background: {NAV}; border: none; padding: {pad}px; outline: none;
    font-size: {size(1.1)};
}}
QListWidget#navigation::item {{ padding: {pad}px; border-radius: {pad}px; margin: 2px 0; }}
QListWidget#navigation::item:selected {{
    background: {SURFACE}; color: {ACCENT_DARK}; font-weight: 600;
    border-left: {round(5 * f)}px solid {ACCENT};
}}
QListWidget#navigation::item:hover:!selected {{ background: {ACCENT_SOFT}; }}
QListWidget#navigation[compact="true"] {{ padding: {round(pad / 2)}px; }}
QListWidget#navigation[compact="true"]::item {{ padding: {round(pad / 3)}px; margin: 1px 0; }}
QLabel#pageTitle {{ font-size: {size(1.7)}; font-weight: 600; color: {ACCENT_DARK}; }}
QLabel#lead {{ font-size: {size(1.15)}; color: {MUTED}; }}
QLabel#hint {{ color: {MUTED}; }}
QLabel#error {{ color: {DANGER}; font-weight: 600; }}
QFrame#card {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: {pad}px; }}
QPushButton {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: {pad}px;
    padding: {pad}px {pad * 2}px; min-height: {round(28 * f)}px;
    icon-size: {round(16 * f)}px;  /* a button's icon grows with the text */
}}
QPushButton:hover {{ background: {ACCENT_SOFT}; }}
QPushButton:focus {{ border: {focus}px solid {ACCENT}; }}
QPushButton#primary, QPushButton[default="true"] {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT_DARK}; font-weight: 600;
}}
QPushButton#primary:hover, QPushButton[default="true"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton#primary:focus, QPushButton[default="true"]:focus {{
    border: {focus}px solid {INK};
}}
QPushButton#tile {{ padding: {round(4 * f)}px {round(6 * f)}px; min-height: {round(24 * f)}px; }}
QPushButton#tile:checked {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT_DARK}; font-weight: 600;
}}
QPushButton#tile:checked:hover {{ background: {ACCENT_DARK}; }}
QPushButton#tile[chip="true"]:checked {{ font-weight: normal; }}
QPushButton#tile:focus, QPushButton#tallyTile:focus, QPushButton#bigChoice:focus {{
    border: {focus}px solid {ACCENT};
}}
QPushButton#tile:checked:focus {{ border: {focus}px solid {INK}; }}
QPushButton#tallyTile {{
    font-size: {size(1.1)}; font-weight: 600; padding: {pad}px; min-height: {round(44 * f)}px;
}}
QPushButton#bigChoice {{
    font-size: {size(1.25)}; font-weight: 600; text-align: left;
    padding: {pad * 2}px; min-height: {round(48 * f)}px;
}}
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: {round(6 * f)}px;
    padding: {round(6 * f)}px;
}}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus,
QDateTimeEdit:focus, QTimeEdit:focus, QDoubleSpinBox:focus, QListWidget:focus,
QTableView:focus {{
    border: {focus}px solid {ACCENT};
}}
QCheckBox:focus, QRadioButton:focus {{
    border: {focus}px solid {ACCENT}; border-radius: {radius}px; padding: 2px;
}}
QComboBox {{ padding-right: {arrow * 2}px; }}
QComboBox::drop-down {{ border: none; width: {arrow * 2}px; }}
QComboBox::down-arrow {{ image: url({icons}/chevron-down.svg); {box} }}
QSpinBox {{ padding-right: {arrow * 2}px; }}
QSpinBox::up-button, QSpinBox::down-button {{ border: none; width: {arrow * 2}px; }}
QSpinBox::up-arrow {{ image: url({icons}/chevron-up.svg); {box} }}
QSpinBox::down-arrow {{ image: url({icons}/chevron-down.svg); {box} }}
QCheckBox::indicator, QListView::indicator {{ width: {arrow}px; height: {arrow}px; }}
QListWidget {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: {radius}px; }}
QGroupBox {{ font-weight: 600; border: 1px solid {BORDER}; border-radius: {pad}px;
    margin-top: {round(14 * f)}px; padding: {pad}px; background: {SURFACE}; }}
QGroupBox::title {{ subcontrol-origin: margin; left: {pad}px; padding: 0 4px; }}
QGroupBox#section {{ border: none; border-top: 1px solid {BORDER}; border-radius: 0;
    padding: {round(pad / 2)}px 0 0 0; background: transparent; }}
QGroupBox#section::title {{ left: 0; padding: 0 {round(pad / 2)}px 0 0; }}
"""


def apply_style(app: QApplication, scale: int) -> None:
    """Style the whole application; a no-op when nothing changes (restyling is slow)."""
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale / 100)
    if font != app.font():
        app.setFont(font)
    sheet = stylesheet(scale)
    if sheet != app.styleSheet():
        app.setStyleSheet(sheet)

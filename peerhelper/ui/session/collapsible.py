"""A section that folds away: a button with its title, and the fields under it when open.

The session form keeps its less common fields in one, so the common path
(mode, topics, outcome, save) stays short at 200 % text size.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from peerhelper.ui.icons import icon, icon_size


class Collapsible(QWidget):
    toggled = Signal(bool)  # open

    def __init__(self, title: str, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.button = QPushButton(title)
        self.button.setCheckable(True)
        self.button.setIconSize(icon_size(20))
        self.button.setAccessibleName(title)
        self.button.setStyleSheet("text-align: left;")
        frame = QFrame()
        frame.setObjectName("card")
        inner = QVBoxLayout(frame)
        inner.addWidget(content)
        self.frame = frame
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(frame)
        self.button.toggled.connect(self._show)
        self._show(False)

    def is_open(self) -> bool:
        return self.button.isChecked()

    def set_open(self, open_: bool) -> None:
        self.button.setChecked(open_)
        self._show(open_)

    def _show(self, open_: bool) -> None:
        self.frame.setVisible(open_)
        self.button.setIcon(icon("chevron-up" if open_ else "chevron-down"))
        self.toggled.emit(open_)

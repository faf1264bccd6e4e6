"""A calm notice above the library: how many guides could not be loaded, and why.

The reasons are the loader's English details (folder, step, code), shown on
request and selectable, so a volunteer can copy them to whoever maintains
the guides.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from peerhelper.guides.model import Problem


class ProblemsNotice(QFrame):
    def __init__(self, problems: Sequence[Problem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.text = QLabel()
        self.text.setObjectName("notice")
        self.text.setWordWrap(True)
        self.details_button = QPushButton(self.tr("Show &details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.details = QLabel()
        self.details.setObjectName("hint")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.hide()
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.details_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.details)
        self.set_problems(problems)

    def set_problems(self, problems: Sequence[Problem]) -> None:
        errors = [p for p in problems if p.severity == "error"]
        warnings = [p for p in problems if p.severity != "error"]
        broken = len({p.folder for p in errors})
        parts = []
        if broken:
            parts.append(self.tr("Guides that could not be loaded: %1.").replace("%1", str(broken)))
        if warnings:
            parts.append(self.tr("Warnings: %1.").replace("%1", str(len(warnings))))
        self.text.setText(" ".join(parts))
        self.details.setText("\n".join(str(p) for p in [*errors, *warnings]))
        self.setVisible(bool(problems))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide &details") if shown else self.tr("Show &details"))

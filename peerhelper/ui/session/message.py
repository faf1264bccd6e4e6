"""A line of feedback on a form (saved, cleared, what stops saving) that hides while empty."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


class Message(QLabel):
    """A line of feedback that takes no room while it has nothing to say."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")

"""Screens whose features are still to come say briefly what will be there."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from peerhelper.ui.pages.base import Page


class ComingPage(Page):
    def __init__(self, title: str, lead: str, coming: str, parent: QWidget | None = None):
        super().__init__(title, lead, parent)
        note = QLabel(coming)
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.content.addWidget(note)
        self.finish()

"""A page: a big title, a short lead text and the page's own content below."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget


class Page(QScrollArea):
    """Scrolls as a whole, so a 200 % font size never hides a control."""

    def __init__(self, title: str, lead: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        self.content = QVBoxLayout(inner)
        self.content.setContentsMargins(24, 20, 24, 20)
        self.content.setSpacing(18)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.content.addWidget(self.title_label)
        if lead:
            self.lead_label = QLabel(lead)
            self.lead_label.setObjectName("lead")
            self.lead_label.setWordWrap(True)
            self.content.addWidget(self.lead_label)
        self.setWidget(inner)

    def finish(self) -> None:
        """Push the content to the top."""
        self.content.addStretch(1)

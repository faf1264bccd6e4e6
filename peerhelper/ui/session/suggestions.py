"""Buttons opening the guides that fit the topics chosen on the session form."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from peerhelper.guides.model import Guide, Problem
from peerhelper.ui.icons import icon

WRAP = 30  # characters on a line of a suggested guide's title

Loader = Callable[[], tuple[list[Guide], list[Problem]]]


class GuideSuggestions(QWidget):
    open_guide_requested = Signal(str)  # guide id

    def __init__(
        self, language: str, parent: QWidget | None = None, *, load: Loader | None = None
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.load = load
        self._catalog: list[Guide] | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def forget_guides(self) -> None:
        """Read the guides again when next needed (local guides came or went)."""
        self._catalog = None

    def show_for(self, topics: Sequence[str]) -> None:
        from peerhelper.guides.loader import load_bundled
        from peerhelper.guides.suggest import suggest_guides

        load = self.load or load_bundled

        while self._layout.count():
            item = self._layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        self.buttons = []
        if not topics:
            self._layout.addWidget(self._hint(self.tr("Choose topics to see guides for them.")))
            return
        if self._catalog is None:  # read once, when first needed
            self._catalog, _problems = load()
        found = suggest_guides(self._catalog, topics, self.language)
        if not found:
            self._layout.addWidget(self._hint(self.tr("No guide for these topics yet.")))
        for guide in found:
            title = guide.title.get(self.language)
            # A button's text never wraps by itself: long titles break, so 200 % fits.
            lines = textwrap.wrap(title, WRAP, break_long_words=False)
            button = QPushButton(icon("guides"), "\n".join(lines))
            button.setAccessibleName(self.tr("Open the guide: %1").replace("%1", title))
            button.setStyleSheet("text-align: left;")
            button.clicked.connect(lambda _=False, g=guide.id: self.open_guide_requested.emit(g))
            self._layout.addWidget(button)
            self.buttons.append(button)

"""Rows of large tiles to pick one or several codes with a single tap.

Tiles stand in columns of equal width; ``chips=True`` lets each take only
its own width and flow on in rows, so a long list (the session's topics)
stays a few rows tall even at 200 % text size.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from peerhelper.ui.flow import FlowLayout, WrapRow
from peerhelper.ui.guides.look import text_scale
from peerhelper.ui.icons import icon_size

BREAK_ABOVE_SCALE = 1.3
BREAK_AT = 12  # characters on a line of a tile, at a large text size
# A chip keeps its name on one line unless it is long (a topic a coordinator added).
CHIP_BREAK_AT = 24


def _lines(label: str, width: int = BREAK_AT) -> list[str]:
    """A tile's name on lines of about ``width`` characters, never breaking a word."""
    return textwrap.wrap(label, width, break_long_words=False, break_on_hyphens=False)


class ChoiceTiles(QWidget):
    """Checkable tiles; ``multiple=False`` allows at most one (tap again to clear).

    ``columns`` is the most tiles in a row; fewer when the space is narrow.
    Chips ignore it: as many stand in a row as fit.
    """

    changed = Signal()

    def __init__(
        self,
        choices: Sequence[tuple[str, str]],
        *,
        multiple: bool = False,
        columns: int = 4,
        icons: dict[str, QIcon] | None = None,
        name: str = "",
        chips: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.multiple = multiple
        self.buttons: dict[str, QPushButton] = {}
        grid = WrapRow(self) if chips else FlowLayout(self, max_columns=columns)
        # A button's text never wraps by itself; at a large text size long names break
        # onto two lines, so the tiles still stand two or three to a row.
        breaks = text_scale() > BREAK_ABOVE_SCALE
        line = CHIP_BREAK_AT if chips else BREAK_AT
        for code, label in choices:
            shown = "\n".join(_lines(label, line)) if breaks else label
            button = QPushButton(shown)
            button.setObjectName("tile")
            # A chosen chip keeps its weight (see ui.style): as wide as its text either way.
            button.setProperty("chip", chips)
            button.setCheckable(True)
            stretch = QSizePolicy.Policy.Preferred if chips else QSizePolicy.Policy.Expanding
            button.setSizePolicy(stretch, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(f"{name}: {label}" if name else label)
            if icons and code in icons:
                button.setIcon(icons[code])
                button.setIconSize(icon_size(20))
            button.toggled.connect(lambda on, c=code: self._toggled(c, on))
            grid.addWidget(button)
            self.buttons[code] = button
        if self.buttons:
            # Focusing the group (Ctrl+N focuses the mode tiles) lands on its first tile.
            self.setFocusProxy(next(iter(self.buttons.values())))

    def _toggled(self, code: str, on: bool) -> None:
        if on and not self.multiple:
            for other, button in self.buttons.items():
                if other != code and button.isChecked():
                    button.blockSignals(True)
                    button.setChecked(False)
                    button.blockSignals(False)
        self.changed.emit()

    def values(self) -> list[str]:
        return [code for code, button in self.buttons.items() if button.isChecked()]

    def value(self) -> str:
        chosen = self.values()
        return chosen[0] if chosen else ""

    def set_values(self, codes: Sequence[str]) -> None:
        wanted = set(codes)
        for code, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(code in wanted)
            button.blockSignals(False)
        self.changed.emit()

    def set_value(self, code: str) -> None:
        self.set_values([code] if code else [])

"""The list of main sections on the left of the window, with its icons-only form.

At a large text size on a small screen the section names would take a third
of the width, so when they would take more than ``MOST`` of the window the
list shows only the icons; each keeps its name as a tooltip and for screen
readers. Icons grow with the text size.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QIcon
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from peerhelper.ui.guides.look import text_scale
from peerhelper.ui.icons import icon_size

# The share of the window the navigation may take with its names shown; less at a
# large text size, where every other screen needs the width more.
MOST = 0.3
MOST_LARGE_TEXT = 0.25
ICON = 32  # pixels at 100 %
COMPACT_ICON = 24  # icons only: smaller, so every section fits a netbook's height


class Navigation(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)
        self._titles: list[str] = []
        self.compact = False

    def set_sections(self, sections: list[tuple[QIcon, str]]) -> None:
        """Replace the sections (icon, name); keeps the compact form chosen."""
        self.clear()
        self._titles = [title for _icon, title in sections]
        for section_icon, title in sections:
            item = QListWidgetItem(section_icon, title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            item.setToolTip(title)
            self.addItem(item)
        self._show_form()

    def full_width(self) -> int:
        """The width with the names shown, at the current text size."""
        self.ensurePolished()
        metrics = QFontMetrics(self.font())
        longest = max((metrics.horizontalAdvance(title) for title in self._titles), default=0)
        # icon, item padding, list padding and the selection bar
        return longest + icon_size(ICON).width() + 4 * metrics.height()

    def compact_width(self) -> int:
        metrics = QFontMetrics(self.font())
        return icon_size(COMPACT_ICON).width() + 2 * metrics.height()

    def fit(self, window_width: int) -> None:
        """Names or icons only, whichever the window's width allows."""
        most = MOST_LARGE_TEXT if text_scale() >= 1.5 else MOST
        compact = self.full_width() > window_width * most
        if compact != self.compact or self.width() != self._width(compact):
            self.compact = compact
            self._show_form()

    def _width(self, compact: bool) -> int:
        return self.compact_width() if compact else self.full_width()

    def _show_form(self) -> None:
        self.setIconSize(icon_size(COMPACT_ICON if self.compact else ICON))
        for row, title in enumerate(self._titles):
            self.item(row).setText("" if self.compact else title)
        self.setProperty("compact", self.compact)  # the style sheet pads it less
        self.style().unpolish(self)
        self.style().polish(self)
        self.setFixedWidth(self._width(self.compact))

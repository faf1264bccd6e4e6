"""Choosing the guide to print: a search field over a list of titles in the UI language.

The list puts first the guides that matter now (those opened in the
session, then those on its topics) and the rest by title. Typing filters
by any word in any language of the guide; Down moves from the search into
the list and Enter picks the guide.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerhelper.guides.model import Guide
from peerhelper.ui.guides.look import text_scale
from peerhelper.ui.icons import icon
from peerhelper.ui.style import ACCENT_DARK, ACCENT_SOFT, BACKGROUND, INK

GUIDE_ID_ROLE = Qt.ItemDataRole.UserRole


def _list_style() -> str:
    # Item padding and borders in a style sheet stop long titles from wrapping, so none here.
    return f"""
QListWidget#guidePicker::item {{ color: {INK}; }}
QListWidget#guidePicker::item:hover {{ background: {BACKGROUND}; }}
QListWidget#guidePicker::item:selected {{ background: {ACCENT_SOFT}; color: {ACCENT_DARK}; }}
"""


def guide_order(
    guides: Iterable[Guide], ui_lang: str, first: Sequence[str] = (), topics: Sequence[str] = ()
) -> list[Guide]:
    """Guides named in ``first`` (in that order), then those on ``topics``, then by title."""
    rank = {guide_id: n for n, guide_id in enumerate(first)}
    wanted = set(topics)

    def key(guide: Guide) -> tuple[int, int, str]:
        if guide.id in rank:
            return (0, rank[guide.id], "")
        group = 1 if wanted.intersection(guide.topics) else 2
        return (group, 0, guide.title.get(ui_lang).casefold())

    return sorted(guides, key=key)


class _SearchField(QLineEdit):
    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class GuidePicker(QWidget):
    """Search and list; ``chosen`` on Enter or a double click, ``current_id()`` any time."""

    chosen = Signal(str)  # guide id

    def __init__(
        self,
        guides: Iterable[Guide],
        ui_lang: str,
        first: Sequence[str] = (),
        topics: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.search = _SearchField()
        self.search.setPlaceholderText(self.tr("Search in any language, e.g. Wi-Fi, Kela, bank"))
        self.search.setAccessibleName(self.tr("Search guides"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.list = QListWidget()
        self.list.setObjectName("guidePicker")
        self.list.setStyleSheet(_list_style())
        self.list.setAccessibleName(self.tr("Guides"))
        # Long titles wrap rather than scroll sideways at a large text size.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setSpacing(round(3 * text_scale()))
        self._texts: dict[str, str] = {}
        self.set_guides(guides, ui_lang, first, topics)
        self.empty = QLabel(self.tr("No guide matches."))
        self.empty.setObjectName("hint")
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.setFocusProxy(self.search)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._search_entered)
        self.search.down_pressed.connect(self._into_list)
        self.list.itemActivated.connect(lambda item: self.chosen.emit(item.data(GUIDE_ID_ROLE)))
        if self.list.count():
            self.list.setCurrentRow(0)

    def set_guides(
        self,
        guides: Iterable[Guide],
        ui_lang: str,
        first: Sequence[str] = (),
        topics: Sequence[str] = (),
    ) -> None:
        """List ``guides`` (again, after the library changed)."""
        self.list.clear()
        self._texts.clear()
        for guide in guide_order(guides, ui_lang, first, topics):
            item = QListWidgetItem(guide.title.get(ui_lang))
            item.setData(GUIDE_ID_ROLE, guide.id)
            item.setToolTip(guide.summary.get(ui_lang))
            self.list.addItem(item)
            self._texts[guide.id] = guide.search_text()

    def current_id(self) -> str:
        item = self.list.currentItem()
        return item.data(GUIDE_ID_ROLE) if item is not None and not item.isHidden() else ""

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        shown = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            hit = all(word in self._texts[item.data(GUIDE_ID_ROLE)] for word in words)
            item.setHidden(not hit)
            if hit:
                shown.append(item)
        self.empty.setVisible(not shown)
        current = self.list.currentItem()
        if shown and (current is None or current.isHidden()):
            self.list.setCurrentItem(shown[0])

    def _into_list(self) -> None:
        if self.current_id():
            self.list.setFocus()

    def _search_entered(self) -> None:
        if self.current_id():
            self.chosen.emit(self.current_id())


class GuideChooserDialog(QDialog):
    """ "Which guide?" before printing a handout from the session screen.

    ``guide_chosen`` carries the chosen guide's id once the dialog is accepted.
    """

    guide_chosen = Signal(str)

    def __init__(
        self,
        guides: Iterable[Guide],
        ui_lang: str,
        first: Sequence[str] = (),
        topics: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print a handout"))
        hint = QLabel(
            self.tr(
                "Which guide does the client take home? Guides opened in this session "
                "and guides on its topics are listed first."
            )
        )
        hint.setWordWrap(True)
        self.picker = GuidePicker(guides, ui_lang, first, topics)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.next_button = buttons.addButton(
            self.tr("&Choose languages and print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.next_button.setObjectName("primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.picker.chosen.connect(self._picked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(hint)
        layout.addWidget(self.picker, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.picker.setFocus()

    def chosen_id(self) -> str:
        return self.picker.current_id()

    def _picked(self, _guide_id: str) -> None:
        self.accept()

    def accept(self) -> None:
        guide_id = self.chosen_id()
        if guide_id:
            super().accept()
            self.guide_chosen.emit(guide_id)

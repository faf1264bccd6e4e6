"""The guide library: big thumbnails, search in any language, topic and language filters.

Choosing a guide (Enter, a double click or the Open button) replaces the
library with the guide's steps; "Show to the client" opens the full-screen
mode. The library holds the bundled guides and the organisation's own
(local, marked so); the sharing bar saves selected guides as a pack and
adds guides from one (``ui.guides.sharing``). Guides that failed their
checks are listed in a notice with the reason, never raised.
``guide_opened`` tells the rest of the app (the session screen) which guide
was opened or shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerhelper.guides.model import Guide, Problem
from peerhelper.ui.controller import AppController
from peerhelper.ui.flow import FlowLayout, labelled, wrapping_row
from peerhelper.ui.guides.guide_view import GuideView
from peerhelper.ui.guides.languages import language_name, language_order, topic_label, topic_order
from peerhelper.ui.guides.library_delegate import GuideDelegate
from peerhelper.ui.guides.library_filter import GuideFilterProxy
from peerhelper.ui.guides.library_model import GUIDE_ID_ROLE, GUIDE_ROLE, GuideLibraryModel
from peerhelper.ui.guides.look import library_stylesheet, text_scale
from peerhelper.ui.guides.problems_notice import ProblemsNotice
from peerhelper.ui.guides.sharing import SharingBar
from peerhelper.ui.guides.thumbnails import ThumbnailCache
from peerhelper.ui.icons import icon, icon_size
from peerhelper.ui.pages.base import Page

Loader = Callable[[], tuple[list[Guide], list[Problem]]]


class SearchField(QLineEdit):
    """A line edit where Down moves into the results, as in any search box with a list."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def thumbnail_size() -> QSize:
    """Big enough to recognise the picture, bigger still at a large text size."""
    width = round(220 * (0.5 + text_scale() / 2))
    return QSize(width, width * 3 // 4)


class GuidesPage(Page):
    guide_opened = Signal(str)  # guide id; emitted on opening a guide and on showing it
    print_requested = Signal(str)  # guide id; "Print…" in the guide view
    library_changed = Signal()  # local guides were added, replaced or removed

    def __init__(
        self,
        context: AppController,
        parent: QWidget | None = None,
        *,
        load: Loader | None = None,
    ) -> None:
        super().__init__(
            self.tr("Picture guides"),
            self.tr("Step-by-step picture guides to look at together with the client."),
            parent,
        )
        self.context = context
        self.ui_lang = context.language
        self.setStyleSheet(library_stylesheet())
        if load is None:
            from peerhelper.guides.library import load_all

            def load() -> tuple[list[Guide], list[Problem]]:
                return load_all(context.paths)

        self.load = load
        guides, self.problems = load()
        self.thumbnails = ThumbnailCache(thumbnail_size(), self.ui_lang, parent=self)
        self.model = GuideLibraryModel(guides, self.ui_lang, self.thumbnails, self)
        self.proxy = GuideFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.guide_view: GuideView | None = None

        self.library = QWidget()
        box = QVBoxLayout(self.library)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(14)
        box.addWidget(self._build_search())
        box.addWidget(self._build_filters())
        self.count = QLabel()
        self.count.setObjectName("hint")
        box.addWidget(self.count)
        self.notice = ProblemsNotice(self.problems)
        box.addWidget(self.notice)
        box.addWidget(self._build_list(), 1)
        self.empty = QLabel(
            self.tr("No guide matches. Try another word, or show all topics and languages.")
        )
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Show &all guides"))
        self.clear_button.clicked.connect(self.clear_filters)
        empty_row = QHBoxLayout()
        empty_row.addWidget(self.empty, 1)
        empty_row.addWidget(self.clear_button)
        box.addLayout(empty_row)
        box.addWidget(self._build_actions())
        self.sharing = SharingBar(context, self.selected_guides, self.current_guide)
        self.sharing.library_changed.connect(self.reload)
        self.sharing.library_changed.connect(self.library_changed)
        box.addWidget(self.sharing)
        self.content.addWidget(self.library, 1)

        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self._update_count()
        self._select_first()

        # The main window focuses the page itself; the search field is where to start.
        self.setFocusProxy(self.search)
        search_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        search_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        search_shortcut.activated.connect(self._focus_search)

    # -- building --------------------------------------------------------------
    def _build_search(self) -> QLineEdit:
        self.search = SearchField()
        self.search.setPlaceholderText(self.tr("Search in any language, e.g. Wi-Fi, Kela, bank"))
        self.search.setAccessibleName(self.tr("Search guides"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.returnPressed.connect(self._search_entered)
        self.search.down_pressed.connect(self._down_from_search)
        return self.search

    def _fill_filters(self) -> None:
        """The topics and languages of the guides in the library, as filter choices."""
        self.topic_filter.clear()
        self.topic_filter.addItem(self.tr("All topics"), "")
        codes = topic_order(code for guide in self.model.guides for code in guide.topics)
        for code in codes:
            self.topic_filter.addItem(topic_label(code, self.ui_lang), code)
        self.language_filter.clear()
        self.language_filter.addItem(self.tr("All languages"), "")
        codes = language_order(code for guide in self.model.guides for code in guide.language_codes)
        for code in codes:
            self.language_filter.addItem(language_name(code), code)

    def _build_filters(self) -> QWidget:
        self.topic_filter = QComboBox()
        self.topic_filter.setAccessibleName(self.tr("Topic"))
        self.language_filter = QComboBox()
        self.language_filter.setAccessibleName(self.tr("Language of the guide"))
        self._fill_filters()
        self.topic_filter.currentIndexChanged.connect(self._topic_chosen)
        self.language_filter.currentIndexChanged.connect(self._language_chosen)
        # Side by side when there is room, one above the other when narrow (200 %).
        holder = QWidget()
        row = FlowLayout(holder, max_columns=2)
        for text, box in (
            (self.tr("&Topic"), self.topic_filter),
            (self.tr("&Language"), self.language_filter),
        ):
            # Long topic names must not make the page wider than the window at 200 %,
            # but "All topics" is always shown whole.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(max(8, len(box.itemText(0)) + 1))
            row.addWidget(labelled(text, box))
        return holder

    def _build_list(self) -> QListView:
        self.view = QListView()
        self.view.setObjectName("guideLibrary")
        self.view.setAccessibleName(self.tr("Guides"))
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setUniformItemSizes(True)
        # Several guides can be chosen at once, to save them as one pack.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        size = self.thumbnails.size
        self.view.setIconSize(size)
        delegate = GuideDelegate(size, self.view)
        self.view.setItemDelegate(delegate)
        item = delegate.item_size(self.view)
        self.view.setGridSize(item + QSize(6, 12))
        self.view.setMinimumHeight(item.height() + 48)
        self.view.setModel(self.proxy)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().currentChanged.connect(self._update_actions)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        return self.view

    def _build_actions(self) -> QWidget:
        self.open_button = QPushButton(icon("guides"), self.tr("&Open the guide"))
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self.open_current)
        self.show_button = QPushButton(icon("show-client"), self.tr("&Show to the client"))
        self.show_button.setToolTip(self.tr("Full screen, one step at a time (F5)"))
        self.show_button.clicked.connect(self.show_current)
        for button in (self.open_button, self.show_button):
            button.setIconSize(icon_size())
        row = wrapping_row([self.open_button, self.show_button])
        shortcut = QShortcut(QKeySequence("F5"), self.library)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.show_current)
        return row

    # -- filtering ---------------------------------------------------------------
    def set_topic_filter(self, codes: Iterable[str]) -> None:
        """Show only guides on any of ``codes`` (e.g. the topics of a session); empty: all."""
        wanted = [code for code in dict.fromkeys(codes) if code]
        session_row = self.topic_filter.findData("+session")
        if session_row >= 0:
            self.topic_filter.removeItem(session_row)
        if not wanted:
            self.topic_filter.setCurrentIndex(0)
        elif len(wanted) == 1 and self.topic_filter.findData(wanted[0]) >= 0:
            self.topic_filter.setCurrentIndex(self.topic_filter.findData(wanted[0]))
        else:
            labels = ", ".join(topic_label(code, self.ui_lang) for code in wanted)
            self.topic_filter.insertItem(1, labels, "+session")
            self.topic_filter.setItemData(1, wanted, Qt.ItemDataRole.UserRole + 1)
            self.topic_filter.setCurrentIndex(1)
        self._topic_chosen()

    def clear_filters(self) -> None:
        self.search.clear()
        self.set_topic_filter([])
        self.language_filter.setCurrentIndex(0)

    def _topic_chosen(self) -> None:
        code = self.topic_filter.currentData() or ""
        if code == "+session":
            codes = self.topic_filter.itemData(
                self.topic_filter.currentIndex(), Qt.ItemDataRole.UserRole + 1
            )
            self.proxy.set_topics(codes or [])
        else:
            self.proxy.set_topics([code] if code else [])

    def _language_chosen(self) -> None:
        code = self.language_filter.currentData() or ""
        self.proxy.set_language(code)
        # Titles follow the chosen language, so a client can read the list too.
        self.model.set_caption_language(code or self.ui_lang)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            self.tr("Showing %1 of %2 guides").replace("%1", str(shown)).replace("%2", str(total))
        )
        filtered = bool(self.proxy.topics or self.proxy.language or self.search.text().strip())
        self.empty.setVisible(shown == 0 and total > 0)
        self.clear_button.setVisible(shown == 0 and filtered)
        if total == 0:
            self.empty.setText(self.tr("No guides are installed."))
            self.empty.show()
        if shown and not self.view.currentIndex().isValid():
            self._select_first()
        self._update_actions()

    def _select_first(self) -> None:
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _update_actions(self) -> None:
        has_current = self.view.currentIndex().isValid()
        self.open_button.setEnabled(has_current)
        self.show_button.setEnabled(has_current)
        if hasattr(self, "sharing"):
            self.sharing.update_buttons()

    # -- the library's guides ----------------------------------------------------------
    def selected_guides(self) -> list[Guide]:
        """The guides selected in the list (or the current one), in the list's order."""
        rows = sorted(self.view.selectionModel().selectedIndexes(), key=lambda i: i.row())
        guides = [index.data(GUIDE_ROLE) for index in rows]
        if not guides and self.current_guide() is not None:
            guides = [self.current_guide()]
        return [guide for guide in guides if guide is not None]

    def current_guide(self) -> Guide | None:
        row = self.model.row_of(self.current_guide_id())
        return self.model.guide_at(row) if row >= 0 else None

    def reload(self) -> None:
        """Read the guides again (after a pack was added or a local guide removed)."""
        current = self.current_guide_id()
        self.close_guide(focus=False)
        guides, self.problems = self.load()
        self.model.set_guides(guides)
        self.notice.set_problems(self.problems)
        for box in (self.topic_filter, self.language_filter):
            box.blockSignals(True)
        self._fill_filters()
        for box in (self.topic_filter, self.language_filter):
            box.blockSignals(False)
        self.search.clear()
        self._topic_chosen()
        self._language_chosen()
        index = self.proxy.mapFromSource(self.model.index(self.model.row_of(current)))
        if index.isValid():
            self.view.setCurrentIndex(index)
        else:
            self._select_first()
        self._update_count()

    def _search_entered(self) -> None:
        """Enter in the search field: open the only match, else move into the list."""
        if self.proxy.rowCount() == 1:
            self._activated(self.proxy.index(0, 0))
        elif self.proxy.rowCount():
            self._select_first()
            self.view.setFocus()

    def _down_from_search(self) -> None:
        if self.proxy.rowCount():
            self.view.setFocus()
            if not self.view.currentIndex().isValid():
                self._select_first()

    def _focus_search(self) -> None:
        if self.guide_view is None:
            self.search.setFocus()
            self.search.selectAll()

    # -- opening ---------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_guide(index.data(GUIDE_ID_ROLE))

    def current_guide_id(self) -> str:
        index = self.view.currentIndex()
        return index.data(GUIDE_ID_ROLE) if index.isValid() else ""

    def open_current(self) -> None:
        if self.current_guide_id():
            self.open_guide(self.current_guide_id())

    def show_current(self) -> None:
        if self.current_guide_id() and self.open_guide(self.current_guide_id()):
            assert self.guide_view is not None
            self.guide_view.show_to_client()

    def _guide_width(self) -> int:
        """The width a guide's steps have: the page's, less its margins."""
        margins = self.content.contentsMargins()
        return self.viewport().width() - margins.left() - margins.right()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.guide_view is not None:
            self.guide_view.fit_width(self._guide_width())

    def open_guide(self, guide_id: str) -> bool:
        """Show the guide's steps in place of the library; False if there is no such guide."""
        row = self.model.row_of(guide_id)
        if row < 0:
            return False
        self.close_guide(focus=False)
        guide = self.model.guide_at(row)
        caption = self.proxy.language or self.ui_lang
        view = GuideView(guide, self.ui_lang, caption)
        view.back_requested.connect(self.close_guide)
        view.shown_to_client.connect(self.guide_opened)
        view.print_requested.connect(self.print_requested)
        self.guide_view = view
        self.library.hide()
        self.title_label.hide()
        self.lead_label.hide()
        self.content.insertWidget(self.content.indexOf(self.library), view)
        view.show()  # a widget added to a shown layout appears only later otherwise
        self.verticalScrollBar().setValue(0)
        view.fit_width(self._guide_width())
        self.setFocusProxy(view.show_button)
        view.show_button.setFocus()
        self.guide_opened.emit(guide_id)
        return True

    def close_guide(self, focus: bool = True) -> None:
        """Back from a guide to the library, with that guide still selected."""
        if self.guide_view is None:
            return
        guide_id = self.guide_view.guide.id
        self.setFocusProxy(self.search)
        self.content.removeWidget(self.guide_view)
        self.guide_view.deleteLater()
        self.guide_view = None
        self.title_label.show()
        self.lead_label.show()
        self.library.show()
        source_row = self.model.row_of(guide_id)
        index = self.proxy.mapFromSource(self.model.index(source_row))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        if focus:
            self.view.setFocus()

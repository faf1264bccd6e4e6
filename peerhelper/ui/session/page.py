"""The Session screen: new session, quick tally, session list and paper tally in tabs."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from peerhelper.storage import sessions_repo
from peerhelper.storage.draft import DraftStore
from peerhelper.ui.controller import AppController
from peerhelper.ui.pages.base import Page
from peerhelper.ui.session.form import SessionForm
from peerhelper.ui.session.paper_tally import PaperTally
from peerhelper.ui.session.quick_tally import QuickTally
from peerhelper.ui.session.session_list import SessionList


class CurrentTabWidget(QTabWidget):
    """Tabs as tall as the tab shown, not as the tallest one, with names that fit the width.

    The page scrolls as a whole: tabs as tall as the longest would stretch a
    short form over screens of empty space. Tabs never scroll sideways: where
    the full names do not fit (200 % text on a netbook) the tabs take short
    ones, and only if even those do not fit are they cut short with "…".
    The full name is always the tab's tooltip.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: list[tuple[str, str]] = []  # full, short
        self.tabBar().setUsesScrollButtons(False)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideRight)

    def add_page(self, page: QWidget, name: str, short: str) -> None:
        index = self.addTab(page, name)
        self.setTabToolTip(index, name)
        self._names.append((name, short))
        self._fit_names()

    def short_names(self) -> bool:
        """Whether the tabs show their short names now."""
        return any(self.tabText(n) != full for n, (full, _short) in enumerate(self._names))

    def _fit_names(self) -> None:
        bar = self.tabBar()
        for pick in (0, 1):
            for index, names in enumerate(self._names):
                if self.tabText(index) != names[pick]:
                    self.setTabText(index, names[pick])
            if bar.sizeHint().width() <= self.width():
                return

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_names()

    def _page_height(self, width: int) -> int:
        page = self.currentWidget()
        if page is None:
            return 0
        if page.hasHeightForWidth():
            return page.heightForWidth(width)
        return page.sizeHint().height()

    def heightForWidth(self, width: int) -> int:
        return self.tabBar().sizeHint().height() + self._page_height(width) + 8

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(max(hint.width(), self.width())))

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        least = super().minimumSizeHint()
        if page is None:
            return least
        height = self.tabBar().sizeHint().height() + page.minimumSizeHint().height() + 8
        return QSize(least.width(), height)


class SessionPage(Page):
    open_guide_requested = Signal(str)

    def __init__(self, context: AppController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Support session"), "", parent)
        self.context = context
        self.form = SessionForm(context, DraftStore(context.paths.draft_file))
        self.quick = QuickTally(context)
        self.list = SessionList(context)
        self.paper = PaperTally(context)
        self.tabs = CurrentTabWidget()
        self.tabs.setDocumentMode(True)
        # Each tab's full name and the short one it takes where the full ones do not fit.
        self.tabs.add_page(self.form, self.tr("New session"), self.tr("New", "short tab name"))
        self.tabs.add_page(self.quick, self.tr("Quick tally"), self.tr("Tally", "short tab name"))
        self.tabs.add_page(self.list, self.tr("Session list"), self.tr("List", "short tab name"))
        self.tabs.add_page(
            self.paper, self.tr("Paper tally sheet"), self.tr("Paper", "short tab name")
        )
        self.content.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self.tabs.updateGeometry)
        self.form.saved.connect(lambda _: self.list.refresh())
        self.quick.recorded.connect(lambda _: self.list.refresh())
        self.paper.recorded.connect(self.list.refresh)
        self.list.edit_requested.connect(self.edit)
        self.form.open_guide_requested.connect(self.open_guide_requested)

    def start_new(self) -> None:
        """Ctrl+N and the Home button: show the form, ready for a new client."""
        self.tabs.setCurrentWidget(self.form)
        form = self.form
        # An untouched form may have been open for a while: the clock starts now.
        if form.editing_uuid is not None or not form.touched:
            form.new_entry(keep=form.data() if form.editing_uuid is None else None)
        self.form.mode.setFocus()

    def edit(self, uuid: str) -> None:
        data = sessions_repo.load_session(self.context.db, uuid)
        if data is not None:
            self.form.load(data)
            self.tabs.setCurrentWidget(self.form)

    def guides_changed(self) -> None:
        """Local guides came or went: suggest from the new library."""
        self.form.suggestions.forget_guides()

    def record_referral(self, entry_uuid: str) -> None:
        """A referral slip was printed: note the referral on the session being typed."""
        self.form.record_referral(entry_uuid)

    def record_guide(self, guide_id: str) -> None:
        """A guide was shown or printed: note it on the session being typed."""
        self.form.add_guide(guide_id)

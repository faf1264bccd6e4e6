"""The main window: big choices on the left, one screen at a time on the right.

Pages are built from factories, each the first time it is shown, so the
window opens quickly and a change of language or of the database (after a
restore) rebuilds them with fresh texts and data while the window stays
where it is. The window listens to the application object
(:class:`~peerhelper.ui.controller.AppController`) and rebuilds when the
language, the text size or the database changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from peerhelper.storage.site_repo import load_site_profile, save_site_profile
from peerhelper.ui import window_place
from peerhelper.ui.controller import AppController
from peerhelper.ui.fit import available_area
from peerhelper.ui.icons import app_icon, icon
from peerhelper.ui.navigation import Navigation
from peerhelper.ui.pages.home import HomePage

if TYPE_CHECKING:
    from peerhelper.storage.server_sync import SyncResult
    from peerhelper.ui.guides.library_page import GuidesPage
    from peerhelper.ui.printing.print_page import PrintPage
    from peerhelper.ui.referrals.page import ReferralsPage
    from peerhelper.ui.session.page import SessionPage

PAGE_KEYS = ("home", "session", "guides", "print", "referrals", "statistics", "settings")


@dataclass
class PageSpec:
    key: str
    title: str
    build: Callable[[], QWidget]


class MainWindow(QMainWindow):
    def __init__(self, context: AppController) -> None:
        super().__init__()
        self.context = context
        self.setWindowIcon(app_icon())
        self.resize(window_place.PREFERRED.boundedTo(available_area(self).size()))
        self.navigation = Navigation()
        self.stack = QStackedWidget()
        self.navigation.currentRowChanged.connect(self._show_row)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._actions: list[QAction] = []
        self.pages: dict[str, QWidget] = {}
        context.language_changed.connect(self.schedule_rebuild)
        context.font_scale_changed.connect(self.schedule_rebuild)
        context.database_replaced.connect(self.schedule_rebuild)
        self.rebuild()

    # -- building ---------------------------------------------------------
    def _specs(self) -> list[PageSpec]:
        profile = load_site_profile(self.context.db)
        return [
            PageSpec(
                "home",
                self.tr("Home"),
                lambda: HomePage(profile, self._home_choice, self.edit_site_profile),
            ),
            PageSpec("session", self.tr("Session"), self._build_session),
            PageSpec("guides", self.tr("Guides"), self._build_guides),
            PageSpec("print", self.tr("Print"), self._build_print),
            PageSpec("referrals", self.tr("Referrals"), self._build_referrals),
            PageSpec("statistics", self.tr("Statistics"), self._build_statistics),
            PageSpec(
                "settings",
                self.tr("Settings"),
                self._build_settings,
            ),
        ]

    # Pages other than Home are imported when first shown: each Qt widget class
    # used costs start-up time the first time Python sees it.
    def _build_settings(self) -> QWidget:
        from peerhelper.ui.pages.settings_page import SettingsPage

        page = SettingsPage(self.context, self.schedule_rebuild)
        page.server_box.synced.connect(self._synced)
        return page

    def _synced(self, result: SyncResult) -> None:
        """A sync brought topics, directory entries or guides: the pages already built show them."""
        if result.topics_added:
            # New topic tiles: every page is built again, as after editing topics.
            self.schedule_rebuild()
            return
        referrals = cast("ReferralsPage | None", self.pages.get("referrals"))
        if result.directory.received and referrals is not None:
            referrals.refresh()
        if result.guides_received:
            if "guides" in self.pages:
                self.guides_page().reload()
            self._guides_changed()

    def _build_statistics(self) -> QWidget:
        from peerhelper.ui.statistics.page import StatisticsPage

        return StatisticsPage(self.context)

    def _build_referrals(self) -> QWidget:
        from peerhelper.ui.referrals.page import ReferralsPage

        page = ReferralsPage(self.context)
        page.slip_printed.connect(self.record_referral)
        return page

    def record_referral(self, entry_uuid: str) -> None:
        """A slip was printed: note the referral on the session being typed, if any."""
        session = self.built_session_page()
        if session is not None:
            session.record_referral(entry_uuid)

    def _build_session(self) -> QWidget:
        from peerhelper.ui.session.page import SessionPage

        page = SessionPage(self.context)
        page.open_guide_requested.connect(self.open_guide)
        return page

    def open_guide(self, guide_id: str) -> None:
        """Show one guide in the Guides screen (from a suggestion on the session form)."""
        page = self.guides_page()
        self.show_page("guides")
        page.open_guide(guide_id)

    def _build_guides(self) -> QWidget:
        from peerhelper.ui.guides.library_page import GuidesPage

        page = GuidesPage(self.context)
        page.guide_opened.connect(self.record_guide)
        page.print_requested.connect(self.print_guide)
        page.library_changed.connect(self._guides_changed)
        return page

    def _guides_changed(self) -> None:
        """Local guides came or went: the print page and the session's suggestions follow."""
        if "print" in self.pages:
            self.print_page().reload_guides()
        session = self.built_session_page()
        if session is not None:
            session.guides_changed()

    def _build_print(self) -> QWidget:
        from peerhelper.ui.printing.print_page import PrintPage

        page = PrintPage(self.context)
        page.handout_printed.connect(self.record_guide)
        return page

    def print_guide(self, guide_id: str) -> None:
        """Print from the guide view, with the languages chosen there."""
        view = self.guides_page().guide_view
        if view is None:  # printing is offered from an open guide only
            return
        self.print_page().print_guide(
            guide_id, view.caption_lang, view.second_lang or None, view.service_lang
        )

    def record_guide(self, guide_id: str) -> None:
        """A guide was opened or shown: note it on the session being typed, if any."""
        session = self.built_session_page()
        if session is not None:
            session.record_guide(guide_id)

    def rebuild(self) -> None:
        """(Re)create every page, keeping the current one selected."""
        current = max(0, self.navigation.currentRow())
        self.flush_draft()
        self.setWindowTitle(self.tr("PeerHelper"))
        self.navigation.blockSignals(True)
        self.navigation.clear()
        while self.stack.count():
            old = self.stack.widget(0)
            if old is None:
                break
            self.stack.removeWidget(old)
            old.deleteLater()
        self.pages = {}
        self._specs_by_row = self._specs()
        for _spec in self._specs_by_row:
            self.stack.addWidget(QWidget())  # replaced by the page when first shown
        self.navigation.set_sections([(icon(s.key), s.title) for s in self._specs_by_row])
        self.navigation.setAccessibleName(self.tr("Main sections"))
        self.navigation.fit(self.width())
        self.navigation.blockSignals(False)
        self.navigation.setCurrentRow(current)
        self._show_row(current)
        self._build_actions()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Icons only when the section names would take too much of a narrow window.
        self.navigation.fit(event.size().width())
        super().resizeEvent(event)

    def _show_row(self, row: int) -> None:
        spec = self._specs_by_row[row]
        if spec.key not in self.pages:
            page = spec.build()
            self.pages[spec.key] = page
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
        self.stack.setCurrentIndex(row)

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built now if it has not been shown yet."""
        if key not in self.pages:
            current = self.navigation.currentRow()
            self._show_row(PAGE_KEYS.index(key))
            self.stack.setCurrentIndex(current)
        return self.pages[key]

    # Typed accessors: the page classes are imported when first shown (see below).
    def session_page(self) -> SessionPage:
        return cast("SessionPage", self.page("session"))

    def guides_page(self) -> GuidesPage:
        return cast("GuidesPage", self.page("guides"))

    def print_page(self) -> PrintPage:
        return cast("PrintPage", self.page("print"))

    def built_session_page(self) -> SessionPage | None:
        """The session page if it has been shown, without building it."""
        return cast("SessionPage | None", self.pages.get("session"))

    def schedule_rebuild(self, *_news: object) -> None:
        """Rebuild after the current signal handler has returned (whatever the news was)."""
        QTimer.singleShot(0, self.rebuild)

    def _build_actions(self) -> None:
        for action in self._actions:
            self.removeAction(action)
        self._actions = []
        for number, key in enumerate(PAGE_KEYS, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, k=key: self.show_page(k))
            self._actions.append(action)
        new_session = QAction(self.tr("Start a support session"), self)
        new_session.setShortcut(QKeySequence.StandardKey.New)
        new_session.triggered.connect(self.start_session)
        self._actions.append(new_session)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self._actions.append(quit_action)
        for action in self._actions:
            self.addAction(action)

    # -- actions ----------------------------------------------------------
    def show_page(self, key: str) -> None:
        row = PAGE_KEYS.index(key)
        self.navigation.setCurrentRow(row)
        current = self.stack.currentWidget()
        if current is not None:
            current.setFocus()

    def flush_draft(self) -> None:
        """Nothing typed in the session form is lost when pages go or the window closes."""
        session = self.built_session_page()
        if session is not None:
            session.form.flush_draft()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_draft()
        window_place.remember(self, self.context.settings)
        super().closeEvent(event)

    def show_in_place(self) -> None:
        """Show the window where it was on this screen, never larger than the screen."""
        window_place.place(self, self.context.settings)

    def _home_choice(self, key: str) -> None:
        if key == "session":
            self.start_session()
        else:
            self.show_page(key)

    def start_session(self) -> None:
        """Open the session form ready for a new client (Ctrl+N)."""
        page = self.session_page()
        self.show_page("session")
        page.start_new()

    def current_page_key(self) -> str:
        return PAGE_KEYS[self.stack.currentIndex()]

    def edit_site_profile(self) -> None:
        from peerhelper.ui.site_profile import FirstRunDialog

        dialog = FirstRunDialog(load_site_profile(self.context.db), self)
        if dialog.exec():
            save_site_profile(self.context.db, dialog.profile())
            self.schedule_rebuild()

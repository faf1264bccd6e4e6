"""The application object: what every screen shares, and the news about it.

:class:`AppController` owns the data paths, the settings, the open
database, the translations and the task runner. Screens are given the
controller and read ``controller.db`` and ``controller.language`` when they
need them; they never keep a database or a language of their own. Changes
are told through signals, so nothing is rewired after it is built:

- ``language_changed(code)``: new translators are installed;
- ``font_scale_changed(percent)``: the application was restyled;
- ``database_replaced()``: a restore put another database file in place;
  the old :class:`~peerhelper.storage.database.Database` is closed for good
  and ``controller.db`` is a new one.

The main window listens to all three and rebuilds its pages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from peerhelper.paths import DataPaths
from peerhelper.storage.database import Database, open_database
from peerhelper.storage.settings import Settings
from peerhelper.ui.i18n import Translations, choose_language
from peerhelper.ui.style import apply_style
from peerhelper.ui.tasks import TaskRunner

T = TypeVar("T")


class AppController(QObject):
    language_changed = Signal(str)
    font_scale_changed = Signal(int)
    database_replaced = Signal()

    def __init__(
        self,
        paths: DataPaths,
        settings: Settings,
        db: Database,
        translations: Translations,
        tasks: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.settings = settings
        self.translations = translations
        # Runs database and printing work off the UI thread (one per application).
        self.tasks = tasks
        self._db = db

    @property
    def db(self) -> Database:
        """The open database (a new object after a restore)."""
        return self._db

    @property
    def language(self) -> str:
        """The user-interface language in use: one of ``UI_LANGUAGES``."""
        return self.translations.language

    def set_language(self, setting: str) -> None:
        """Follow the language setting ('' follows the system): install its translators."""
        self.translations.install(choose_language(setting))
        self.language_changed.emit(self.language)

    def set_font_scale(self, scale: int) -> None:
        apply_style(QApplication.instance(), scale)  # type: ignore[arg-type]
        self.font_scale_changed.emit(scale)

    def replace_database(self, replace: Callable[[], T]) -> T:
        """Run ``replace`` (a restore) with the database closed, then open the file again.

        Running tasks finish first, so none is using the old database when it
        closes. The database is opened again whether ``replace`` succeeded or
        raised (a refused backup leaves the file as it was), and
        ``database_replaced`` is emitted either way: the old object is closed.
        """
        self.tasks.wait()
        self._db.close()
        try:
            return replace()
        finally:
            self._db = open_database(self.paths.database, self.paths.backups)
            self.database_replaced.emit()

    def close(self) -> None:
        """At the end: let the running task end, then close the database."""
        self.tasks.shutdown()
        self._db.close()

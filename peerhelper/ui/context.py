"""What the window and its pages need from the rest of the app, passed in explicitly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from peerhelper.paths import DataPaths
from peerhelper.settings import Settings
from peerhelper.storage.database import Database
from peerhelper.ui.tasks import TaskRunner


@dataclass
class AppContext:
    paths: DataPaths
    settings: Settings
    db: Database
    # Called with a UI language code; installs translators. Tests may pass a no-op.
    set_language: Callable[[str], None]
    # Called with a font scale in percent; restyles the whole application.
    set_font_scale: Callable[[int], None]
    # Closes and reopens the database file (after a restore).
    reopen_database: Callable[[], Database]
    # Runs database and printing work off the UI thread (one per application).
    tasks: TaskRunner
    # The user-interface language in use: fi, sv or en.
    language: str = "en"

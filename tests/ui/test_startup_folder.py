"""Start-up with the database missing but copies left, and with a failing backup."""

import sqlite3
import sys
import threading

from PySide6.QtWidgets import QApplication

from peerhelper import app
from peerhelper.domain.site import SiteProfileData
from peerhelper.operations import backups
from peerhelper.paths import DataPaths
from peerhelper.storage.database import open_database
from peerhelper.storage.site_repo import load_site_profile, save_site_profile
from peerhelper.ui import startup_folder
from peerhelper.ui.startup_folder import MissingChoice


def _interrupted_restore(data_paths: DataPaths) -> None:
    database = open_database(data_paths.database)
    save_site_profile(database, SiteProfileData("Org", "Set aside"))
    database.close()
    data_paths.database.rename(data_paths.root / "peerhelper.db.before-restore-20260101-100000")


def test_missing_database_is_put_back_when_the_user_agrees(
    qapp, data_paths: DataPaths, monkeypatch
) -> None:
    _interrupted_restore(data_paths)
    asked = []

    def answer(folder, found, candidate):
        asked.append(candidate.name)
        return MissingChoice.PUT_BACK

    monkeypatch.setattr(startup_folder, "ask_about_missing_database", answer)
    database = app.open_or_recover(data_paths, interactive=True)
    assert asked == ["peerhelper.db.before-restore-20260101-100000"]
    assert database is not None
    profile = load_site_profile(database)
    database.close()
    assert profile is not None and profile.site_name == "Set aside"


def test_missing_database_quit_or_start_empty(qapp, data_paths: DataPaths, monkeypatch) -> None:
    _interrupted_restore(data_paths)
    monkeypatch.setattr(startup_folder, "ask_about_missing_database", lambda *a: MissingChoice.QUIT)
    assert app.open_or_recover(data_paths, interactive=True) is None
    assert not data_paths.database.exists()
    assert app.open_or_recover(data_paths, interactive=False) is None
    monkeypatch.setattr(
        startup_folder, "ask_about_missing_database", lambda *a: MissingChoice.START_EMPTY
    )
    database = app.open_or_recover(data_paths, interactive=True)
    assert database is not None and load_site_profile(database) is None
    database.close()


def test_a_failing_start_up_backup_is_told_in_the_status_bar(
    qtbot, data_paths: DataPaths, monkeypatch
) -> None:
    shown = []

    class RecordingWindow(app.MainWindow):
        def show(self) -> None:
            super().show()
            shown.append(self)
            qtbot.addWidget(self)  # deleted after the test, so no other test finds it active

    def fail(paths):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(app, "MainWindow", RecordingWindow)
    # No event loop: once a nested exec() has run in the test process, the
    # offscreen platform stops giving focus to windows shown by later tests.
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(backups, "automatic_backup", fail)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    assert app.run_gui(data_paths, smoke=True) == 0
    message = shown[0].statusBar().currentMessage()
    assert message.startswith("The automatic backup could not be made")
    assert "Your data is safe" in message
    shown[0].close()

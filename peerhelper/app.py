"""Starting the desktop app, in one readable function.

The order of ``run_gui``:

1. read the settings (language, text size) from the data folder;
2. create the ``QApplication`` (with the guard that keeps the mouse wheel
   from changing values it merely passes over); set up logging to the data folder and the
   crash handler, so nothing after this point can fail silently;
3. install the translations (setting, else the system's language, else English);
4. take the data folder: if a window is already open there, say so, offer to
   bring it to the front and exit; otherwise hold the window lock and the
   shared database lock for as long as the window is open
   (:mod:`peerhelper.storage.folder_lock`);
5. open the database: check it, migrate it (after a backup), and on damage
   offer to restore the newest good backup, keeping the damaged file; if it
   is missing but an interrupted restore left copies, offer to put one back;
6. remove what interrupted backups left and make the daily automatic backup
   (a failure is logged and told in the status bar, never stops the start);
7. on the first start, ask for the site profile;
8. build the application object (:class:`~peerhelper.ui.controller.AppController`:
   settings, database, translations, task runner) and show the main window
   on it. With ``smoke=True`` the app quits as soon as the
   event loop is idle (used by tests, benchmarks and packaging checks).
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from peerhelper import __version__, qt_workarounds
from peerhelper.errors import (
    EXIT_FAILURE,
    EXIT_OK,
    DamagedDatabaseError,
    DataFolderError,
    DiskFullError,
    UserFacingError,
)
from peerhelper.logging_setup import configure_logging
from peerhelper.operations import backups
from peerhelper.paths import DataPaths
from peerhelper.storage.database import Database, ensure_writable_folder, open_database
from peerhelper.storage.leftovers import MissingDatabaseError
from peerhelper.storage.settings import Settings
from peerhelper.storage.site_repo import load_site_profile, save_site_profile
from peerhelper.ui import startup_folder
from peerhelper.ui.collector import GuiThreadCollector
from peerhelper.ui.controller import AppController
from peerhelper.ui.crash import CrashHandler
from peerhelper.ui.i18n import Translations, choose_language
from peerhelper.ui.icons import app_icon
from peerhelper.ui.known_errors import describe
from peerhelper.ui.mainwindow import MainWindow
from peerhelper.ui.single_instance import RaiseWatcher, bring_to_front
from peerhelper.ui.style import apply_style
from peerhelper.ui.tasks import TaskRunner
from peerhelper.ui.wheel_guard import install_wheel_guard

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    qt_workarounds.apply()  # before the first signal reaches a Python slot
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setApplicationName("PeerHelper")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("PeerHelper")
    app.setWindowIcon(app_icon())
    # Matches the installed .desktop file, so desktops show the right icon.
    app.setDesktopFileName("fi.peerhelper.PeerHelper")
    install_wheel_guard(app)
    return app


def data_folder_advice(exc: DataFolderError) -> tuple[str, str]:
    """The reason and the advice for a data folder that cannot be used, translated."""
    if exc.kind == "is_file":
        return (
            QCoreApplication.translate("Startup", "%1 is a file, not a folder.").replace(
                "%1", str(exc.blocker)
            ),
            QCoreApplication.translate(
                "Startup",
                "PeerHelper keeps its data in a folder. Move or rename that file, or "
                "choose another folder with --data-dir.",
            ),
        )
    if exc.kind == "disk_full":
        return (
            QCoreApplication.translate("Startup", "The disk is full."),
            QCoreApplication.translate(
                "Startup",
                "Free some space on the disk (for example, empty the wastebasket), "
                "then start PeerHelper again.",
            ),
        )
    reason = exc.reason
    if exc.kind == "permission":
        reason = QCoreApplication.translate("Startup", "You have no permission to write there.")
    return reason, QCoreApplication.translate(
        "Startup",
        "Choose another folder with --data-dir, or ask someone to give you "
        "permission to write there.",
    )


def show_data_folder_error(exc: DataFolderError) -> None:
    reason, advice = data_folder_advice(exc)
    QMessageBox.critical(
        None,
        QCoreApplication.translate("Startup", "PeerHelper cannot start"),
        QCoreApplication.translate(
            "Startup", "PeerHelper cannot save its data in the folder\n%1\n\nReason: %2\n\n%3"
        )
        .replace("%1", str(exc.folder))
        .replace("%2", reason)
        .replace("%3", advice),
    )


def ask_restore_after_damage(exc: DamagedDatabaseError, has_backup: bool) -> bool:
    text = QCoreApplication.translate(
        "Startup", "The PeerHelper database is damaged and cannot be opened safely."
    )
    if has_backup:
        info = QCoreApplication.translate(
            "Startup",
            "PeerHelper can restore the newest good backup. The damaged file is "
            "kept aside in the data folder; nothing is deleted.",
        )
    else:
        info = QCoreApplication.translate(
            "Startup", "No good backup was found. The damaged file is in the data folder:\n%1"
        ).replace("%1", str(exc.path))
    box = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("Startup", "Damaged database"), text
    )
    box.setInformativeText(info)
    box.setDetailedText(exc.reason)
    restore = None
    if has_backup:
        restore = box.addButton(
            QCoreApplication.translate("Startup", "&Restore the newest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.addButton(QCoreApplication.translate("Startup", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return restore is not None and box.clickedButton() is restore


def open_or_recover(paths: DataPaths, interactive: bool) -> Database | None:
    """Open the database; after damage offer the newest good backup. None means quit."""
    try:
        return open_database(paths.database, paths.backups)
    except MissingDatabaseError as exc:
        log.error("%s", exc)
        return startup_folder.recover_missing(paths, exc, interactive)
    except DamagedDatabaseError as exc:
        log.error("Damaged database: %s", exc)
        from peerhelper.storage.backup import newest_good_backup

        has_backup = newest_good_backup(paths.backups) is not None
        if not interactive or not ask_restore_after_damage(exc, has_backup):
            return None
        try:
            backups.restore_newest_good_backup(paths)
            return open_database(paths.database, paths.backups)
        except (OSError, UserFacingError) as failure:
            log.error("Restoring the newest backup failed: %s", failure)
            startup_folder.restore_failed(failure)
            return None


def run_gui(paths: DataPaths, smoke: bool = False) -> int:
    settings = Settings(paths.settings_file)
    app = create_application()
    log_file = configure_logging(paths.log_file)
    crash_handler = CrashHandler(log_file)
    crash_handler.install()
    collector = GuiThreadCollector(app)
    tasks = TaskRunner(app)
    translations = Translations(app)
    translations.install(choose_language(settings.get("ui_language")))
    apply_style(app, settings.get("font_scale"))
    log.info("PeerHelper %s starting with data in %s", __version__, paths.root)

    try:
        ensure_writable_folder(paths.root)
        refusal = startup_folder.take_the_folder(paths, smoke)
        if refusal is not None:
            return refusal
        raise_watcher = RaiseWatcher(paths.root)
        try:
            db = open_or_recover(paths, interactive=not smoke)
        except DiskFullError as full:
            raise DataFolderError(paths.root, "the disk is full", kind="disk_full") from full
    except DataFolderError as exc:
        log.error("%s", exc)
        if not smoke:
            show_data_folder_error(exc)
        else:
            print(exc, file=sys.stderr)
        return exc.exit_code
    except UserFacingError as exc:  # a full disk, a newer version, a busy folder
        startup_folder.cannot_start(exc, smoke)
        return EXIT_FAILURE
    if db is None:
        print("The database could not be opened; see the log in the data folder.", file=sys.stderr)
        return EXIT_FAILURE
    backup_failure = startup_folder.start_up_backup(paths)

    if not smoke and load_site_profile(db) is None:
        from peerhelper.ui.site_profile import FirstRunDialog

        dialog = FirstRunDialog()
        if dialog.exec():
            save_site_profile(db, dialog.profile())

    controller = AppController(paths, settings, db, translations, tasks)
    window = MainWindow(controller)
    raise_watcher.raise_requested.connect(lambda: bring_to_front(window))
    window.show_in_place()
    if backup_failure is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "Startup", "The automatic backup could not be made: %1 Your data is safe."
            ).replace("%1", describe(backup_failure))
        )
    if smoke:
        QTimer.singleShot(0, app.quit)
    else:
        offer_draft(paths, window)
    code = app.exec()
    controller.close()  # the running task ends before the database closes
    raise_watcher.close()
    collector.stop()
    return EXIT_OK if code == 0 else EXIT_FAILURE


def offer_draft(paths: DataPaths, window: MainWindow) -> None:
    """After a crash or power cut: offer back the session that was being typed."""
    from peerhelper.storage.draft import DraftStore

    draft = DraftStore(paths.draft_file)
    data = draft.load()
    if data is None or not data.has_content():
        draft.clear()  # nothing typed about the help itself: nothing to offer
        return
    question = QCoreApplication.translate(
        "Startup",
        "A support session from %1 was not saved when PeerHelper closed. Continue with it?",
    ).replace("%1", data.started_at.strftime("%d.%m.%Y %H:%M"))
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Startup", "Unsaved session"),
        question,
        parent=window,
    )
    keep = box.addButton(
        QCoreApplication.translate("Startup", "&Continue"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("Startup", "&Discard it"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.exec()
    if box.clickedButton() is keep:
        window.show_page("session")
    else:
        draft.clear()

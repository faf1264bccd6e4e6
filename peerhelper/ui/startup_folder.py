"""Start-up steps about the data folder itself, before any window exists.

``take_the_folder`` holds the window lock and the shared database lock for
the window's life; ``start_up_backup`` tidies up and makes the daily backup
without ever stopping the start. And two questions:

* PeerHelper is already open on this folder: say so, and offer to bring
  that window to the front.
* The database is missing, but an interrupted restore left copies of it:
  offer to put the newest good copy back (or the newest good backup), to
  start with empty data, or to quit. Never start empty without a word.
"""

from __future__ import annotations

import logging
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from peerhelper.errors import EXIT_FAILURE, EXIT_OK, UserFacingError
from peerhelper.operations import backups
from peerhelper.paths import DataPaths
from peerhelper.storage.database import open_database
from peerhelper.storage.folder_lock import FolderBusyError, database_lock, window_lock
from peerhelper.storage.leftovers import MissingDatabaseError
from peerhelper.ui.known_errors import describe
from peerhelper.ui.single_instance import ask_open_window_to_raise

if TYPE_CHECKING:
    from peerhelper.storage.database import Database

log = logging.getLogger(__name__)


def tell_already_open(folder: Path) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Startup", "PeerHelper is already open"),
        QCoreApplication.translate(
            "Startup", "PeerHelper is already open with the data folder\n%1"
        ).replace("%1", str(folder)),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Startup", "Only one PeerHelper window can use a data folder at a time."
        )
    )
    show = box.addButton(
        QCoreApplication.translate("Startup", "&Show the open window"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("Startup", "&Close"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(show)
    box.exec()
    if box.clickedButton() is show:
        ask_open_window_to_raise(folder)


class MissingChoice(Enum):
    PUT_BACK = "put-back"
    START_EMPTY = "start-empty"
    QUIT = "quit"


def ask_about_missing_database(
    folder: Path, found: list[Path], candidate: Path | None
) -> MissingChoice:
    """Ask what to do when the database is gone but copies of it are left."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Startup", "The data is missing"),
        QCoreApplication.translate(
            "Startup",
            "PeerHelper found no database in\n%1\nbut found copies left by a restore that "
            "was interrupted. Nothing has been deleted.",
        ).replace("%1", str(folder)),
    )
    if candidate is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "Startup",
                "PeerHelper can put back the newest good copy, %1. The copies stay as they are.",
            ).replace("%1", candidate.name)
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate(
                "Startup",
                "None of the copies can be used. Ask for help before starting with empty data.",
            )
        )
    box.setDetailedText("\n".join(path.name for path in found))
    put_back = None
    if candidate is not None:
        put_back = box.addButton(
            QCoreApplication.translate("Startup", "&Put the copy back"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setDefaultButton(put_back)
    empty = box.addButton(
        QCoreApplication.translate("Startup", "Start with &empty data"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QCoreApplication.translate("Startup", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if put_back is not None and clicked is put_back:
        return MissingChoice.PUT_BACK
    if clicked is empty:
        return MissingChoice.START_EMPTY
    return MissingChoice.QUIT


def recover_missing(
    paths: DataPaths, exc: MissingDatabaseError, interactive: bool
) -> Database | None:
    from peerhelper.storage.backup import newest_good_backup
    from peerhelper.storage.leftovers import newest_good_leftover

    if not interactive:
        return None
    candidate = newest_good_leftover(paths.database) or newest_good_backup(paths.backups)
    choice = ask_about_missing_database(paths.root, exc.found, candidate)
    if choice is MissingChoice.START_EMPTY:
        log.warning("Starting with empty data although copies were left: %s", exc.found)
        return open_database(paths.database, paths.backups, start_empty=True)
    if choice is not MissingChoice.PUT_BACK or candidate is None:
        return None
    try:
        backups.restore(paths, candidate)
        log.warning("Put back %s after the database went missing", candidate)
        return open_database(paths.database, paths.backups)
    except (OSError, UserFacingError) as failure:
        log.error("Putting back %s failed: %s", candidate, failure)
        restore_failed(failure)
        return None


def restore_failed(failure: BaseException) -> None:
    QMessageBox.critical(
        None,
        QCoreApplication.translate("Startup", "Damaged database"),
        QCoreApplication.translate(
            "Startup", "The backup could not be restored. Nothing was deleted.\n%1"
        ).replace("%1", describe(failure)),
    )


def take_the_folder(paths: DataPaths, smoke: bool) -> int | None:
    """Hold the window lock and the shared database lock; an exit code if we must not start."""
    try:
        window_lock(paths.root).acquire_exclusive(timeout=0)
    except FolderBusyError:
        log.info("PeerHelper is already open with %s", paths.root)
        if smoke:
            print(f"PeerHelper is already open with the data folder {paths.root}", file=sys.stderr)
        else:
            tell_already_open(paths.root)
        return EXIT_OK
    try:
        database_lock(paths.root).acquire_shared()
    except FolderBusyError as exc:
        cannot_start(exc, smoke)
        return EXIT_FAILURE
    return None


def cannot_start(exc: UserFacingError, smoke: bool) -> None:
    log.error("%s", exc)
    if smoke:
        print(exc, file=sys.stderr)
        return
    QMessageBox.critical(
        None, QCoreApplication.translate("Startup", "PeerHelper cannot start"), describe(exc)
    )


def start_up_backup(paths: DataPaths) -> BaseException | None:
    """Clean up after interrupted work and make the daily backup; never stop the start."""
    try:
        backups.clean_interrupted(paths)
    except OSError as exc:
        log.warning("Could not remove what an interrupted backup left: %s", exc)
    try:
        backups.automatic_backup(paths)
    except Exception as exc:  # a failed backup, even a bug in it, must not stop the work
        log.error("Automatic backup failed", exc_info=True)
        return exc
    return None

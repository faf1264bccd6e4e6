"""Backups and restores of the data folder: ``peerhelper backup``/``restore`` and Settings.

Each function is one thing a user asks for ("back up now", "restore this
file", "put back what a restore kept aside"); the command line, the start-up
and the Settings screen call the same function. Whatever replaces the
database holds the folder's exclusive database lock, and a backup the shared
one (see :mod:`peerhelper.storage.folder_lock`); the window already holds the
shared lock, which the exclusive one converts for the moment it is needed.
Every backup, by hand or daily, takes the organisation's local guides along
beside it as a guide pack (``….guides.zip``, see
:mod:`peerhelper.guides.local_store`).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from peerhelper.errors import BadInputError, DamagedDatabaseError, UserFacingError
from peerhelper.outputs import check_output_path
from peerhelper.paths import DataPaths
from peerhelper.storage import backup, leftovers
from peerhelper.storage.database import ensure_writable_folder, open_database
from peerhelper.storage.folder_lock import database_lock
from peerhelper.storage.integrity import check_database_file
from peerhelper.storage.restore import restore_file

log = logging.getLogger(__name__)


def backup_now(paths: DataPaths, out: Path | None = None, force: bool = False) -> Path:
    """Back up the database to ``out``, or into the backups folder.

    ``out`` must be a new file in a folder that exists, outside the data
    folder (see ``outputs.check_output_path``); ``force`` allows replacing a
    file there, which happens only once the new copy is complete. The local
    guides, if any, go beside it (``….guides.zip``).
    """
    from peerhelper.guides import local_store

    if out is not None:
        check_output_path(out, paths.root, force, example="peerhelper-backup.db")
        if local_store.local_guide_folders(paths.local_guides):
            check_output_path(local_store.guides_backup_beside(out), paths.root, force)
    made = _backup_database(paths, out)
    local_store.backup_local_guides(paths.local_guides, local_store.guides_backup_beside(made))
    return made


def _backup_database(paths: DataPaths, out: Path | None) -> Path:
    if not paths.database.exists():
        raise BadInputError(f"There is no database to back up in {paths.root}")
    with database_lock(paths.root).shared():
        try:
            check_database_file(paths.database)
        except DamagedDatabaseError as exc:
            raise BadInputError(f"The database cannot be backed up: {exc.reason}") from exc
        if out is None:
            ensure_writable_folder(paths.backups)
            return backup.make_backup(paths.database, paths.backups, "manual")
        if not out.exists():
            return backup.copy_database(paths.database, out)
        # Replacing: copy to a new name beside it, then rename over the old file.
        fresh = out.with_name(f".{out.name}.{os.getpid()}.new")
        try:
            backup.copy_database(paths.database, fresh)
            os.replace(fresh, out)
        finally:
            fresh.unlink(missing_ok=True)
        return out


def automatic_backup(paths: DataPaths) -> Path | None:
    """The startup backup: at most once a day, then prune old automatic ones."""
    from peerhelper.guides import local_store

    made = None
    with database_lock(paths.root).shared():
        if paths.database.exists() and backup.backup_due(paths.backups):
            ensure_writable_folder(paths.backups)
            made = backup.make_backup(paths.database, paths.backups, "daily")
        backup.prune_backups(paths.backups)
    if made is not None:
        beside = local_store.guides_backup_beside(made)
        local_store.backup_local_guides(paths.local_guides, beside)
    return made


def clean_interrupted(paths: DataPaths) -> list[Path]:
    """At start: remove what cut-short backups and restores left, if nobody else is busy."""
    lock = database_lock(paths.root)
    try:
        lock.acquire_exclusive(timeout=0)
    except UserFacingError:
        return []  # another program's backup may be writing its temporary file now
    try:
        return leftovers.clean_interrupted(paths.database, paths.backups)
    finally:
        lock.release_exclusive()


def restore(paths: DataPaths, source: Path, label: str = "before-restore") -> Path | None:
    """Restore ``source`` and bring it to the current schema; return where the old one is."""
    ensure_writable_folder(paths.root)
    with database_lock(paths.root).exclusive():
        aside = restore_file(paths.database, source, label)
        # An older backup is migrated at once; if that fails it is still whole
        # and the next start tries again.
        open_database(paths.database, paths.backups).close()
    return aside


def restore_latest_aside(paths: DataPaths) -> tuple[Path, Path | None]:
    """Put back the newest good copy an interrupted restore left; return it and the aside."""
    ensure_writable_folder(paths.root)
    with database_lock(paths.root).exclusive():
        newest = leftovers.newest_good_leftover(paths.database)
        if newest is None:
            found = leftovers.leftovers(paths.database)
            names = ", ".join(p.name for p in found) or "none"
            raise BadInputError(
                f"No copy set aside in {paths.root} can be put back (found: {names}). "
                "Restore a backup from the backups folder instead: peerhelper restore FILE"
            )
        aside = restore(paths, newest)
    return newest, aside


def restore_newest_good_backup(paths: DataPaths) -> tuple[Path, Path | None] | None:
    """After damage: put the newest healthy backup in place, keeping the damaged file."""
    newest = backup.newest_good_backup(paths.backups)
    if newest is None:
        return None
    aside = restore(paths, newest, label="damaged")
    log.warning("Restored %s; damaged database kept as %s", newest, aside)
    return newest, aside

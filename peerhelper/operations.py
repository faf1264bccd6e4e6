"""User actions on the data folder, shared by the command line and the UI.

Each function is one thing a user asks for ("back up now", "restore this
file"); the CLI and the window call the same function.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from peerhelper.errors import BadInputError, DamagedDatabaseError
from peerhelper.outputs import check_output_path
from peerhelper.paths import DataPaths
from peerhelper.storage import backup
from peerhelper.storage.database import ensure_writable_folder
from peerhelper.storage.integrity import check_database_file

log = logging.getLogger(__name__)


def backup_now(paths: DataPaths, out: Path | None = None, force: bool = False) -> Path:
    """Back up the database to ``out``, or into the backups folder.

    ``out`` must be a new file in a folder that exists, outside the data
    folder (see ``outputs.check_output_path``); ``force`` allows replacing a
    file there, which happens only once the new copy is complete.
    """
    if out is not None:
        check_output_path(out, paths.root, force, example="peerhelper-backup.db")
    if not paths.database.exists():
        raise BadInputError(f"There is no database to back up in {paths.root}")
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
    made = None
    if paths.database.exists() and backup.backup_due(paths.backups):
        ensure_writable_folder(paths.backups)
        made = backup.make_backup(paths.database, paths.backups, "daily")
    backup.prune_backups(paths.backups)
    return made


def restore(paths: DataPaths, source: Path) -> Path | None:
    """Restore ``source``; the current database is kept aside (returned)."""
    ensure_writable_folder(paths.root)
    return backup.restore_backup(paths.database, source)


def restore_newest_good_backup(paths: DataPaths) -> tuple[Path, Path | None] | None:
    """After damage: put the newest healthy backup in place, keeping the damaged file."""
    newest = backup.newest_good_backup(paths.backups)
    if newest is None:
        return None
    aside = backup.restore_backup(paths.database, newest, label="damaged")
    log.warning("Restored %s; damaged database kept as %s", newest, aside)
    return newest, aside

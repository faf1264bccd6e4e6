"""Checks that a file is a healthy SQLite database, without changing it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from peerhelper.atomic import is_disk_full
from peerhelper.errors import DamagedDatabaseError, DiskFullError

SQLITE_HEADER = b"SQLite format 3\x00"
# With less free space than this, an I/O error of SQLite is taken for a full disk.
NEARLY_FULL_BYTES = 1024 * 1024


def disk_full(error: BaseException, folder: Path) -> bool:
    """Whether a database error comes from a full disk rather than a damaged file."""
    if is_disk_full(error):
        return True
    # SQLite reports a full disk met while creating its shared-memory file
    # (every open of a WAL database needs one) as a plain I/O error.
    if "disk i/o error" in str(error).lower():
        try:
            return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
        except OSError:
            return False
    return False


def check_database_file(path: Path, *, thorough: bool = False) -> None:
    """Raise :class:`DamagedDatabaseError` unless ``path`` is a healthy database.

    A disk too full to open the database is :class:`DiskFullError` instead,
    so that a healthy log is never taken for a damaged one.

    A missing or empty file is fine: SQLite creates a new database there.
    ``thorough`` runs the full ``integrity_check`` (also checks indexes);
    otherwise the faster ``quick_check`` used at every start.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise DamagedDatabaseError(path, f"it cannot be read ({exc.strerror})") from exc
    if not header:
        return
    if header != SQLITE_HEADER:
        raise DamagedDatabaseError(path, "it is not an SQLite database")
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        connection = sqlite3.connect(path)
        try:
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if disk_full(exc, path.parent):  # a full disk is not a damaged database
            raise DiskFullError(path, "The database was not changed.") from exc
        raise DamagedDatabaseError(path, str(exc)) from exc
    if rows != [("ok",)]:
        first = rows[0][0] if rows else "no answer"
        raise DamagedDatabaseError(path, f"the integrity check failed ({first})")

"""Checks that a file is a healthy SQLite database, without changing it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peerhelper.errors import DamagedDatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"


def check_database_file(path: Path, *, thorough: bool = False) -> None:
    """Raise :class:`DamagedDatabaseError` unless ``path`` is a healthy database.

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
        raise DamagedDatabaseError(path, str(exc)) from exc
    if rows != [("ok",)]:
        first = rows[0][0] if rows else "no answer"
        raise DamagedDatabaseError(path, f"the integrity check failed ({first})")

"""Restoring a backup atomically: at every moment the old or the new database is live.

``restore_file`` works in this order, so that a kill or a full disk at any
point leaves either the old database or the new one in place, whole:

1. copy the backup with SQLite's backup API into a unique temporary
   ``.peerhelper.db.*.partial`` beside the live file (never over it);
2. check the copy: an SQLite file that passes ``PRAGMA integrity_check``,
   with the tables of a PeerHelper database and a schema revision this
   program knows (the same or older; an older one is migrated after the
   swap). Anything else is refused with :class:`BackupRefusedError` and the
   live database is not touched;
3. fold the live database's WAL into it (a checkpoint) and keep it under a
   new name, ``peerhelper.db.before-restore-<time>``, by a hard link (a copy
   where the file system has none); a WAL that could not be folded in (a
   damaged database) is kept beside it the same way;
4. remove the live ``-wal`` and ``-shm`` so that no stale WAL is ever applied
   to the restored file, and swap the copy in with one ``os.replace``.

The caller holds the folder's exclusive database lock (see
:mod:`peerhelper.storage.folder_lock`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from peerhelper.atomic import atomic_path, copy_atomic, fsync_folder, is_disk_full
from peerhelper.errors import BadInputError, DiskFullError, UserFacingError
from peerhelper.storage.integrity import SQLITE_HEADER
from peerhelper.storage.migrations import REVISION_TABLES

log = logging.getLogger(__name__)

COMPANIONS = ("-wal", "-shm")
NOT_CHANGED = "The current data was not changed."


class BackupRefusedError(BadInputError):
    """A file that must not become the live database; nothing was changed.

    ``problem`` names the reason for the window's translated message:
    ``missing``, ``in-use``, ``not-sqlite``, ``damaged``, ``not-peerhelper``
    or ``newer``; ``detail`` adds the revision, the missing tables or
    SQLite's own words.
    """

    _TEXTS: ClassVar[dict[str, str]] = {
        "missing": "{source} is not a file",
        "in-use": "{source} is the database in use",
        "not-sqlite": "{source} cannot be restored: it is not an SQLite database",
        "damaged": "{source} cannot be restored: it is damaged ({detail})",
        "not-peerhelper": "{source} is not a PeerHelper database (it has no {detail})",
        "newer": "{source} was made by a newer version of PeerHelper (database version "
        "{detail}); restore it with that version or a later one",
    }

    def __init__(self, source: Path, problem: str, detail: str = "") -> None:
        text = self._TEXTS[problem].format(source=source, detail=detail)
        super().__init__(f"{text}. {NOT_CHANGED}")
        self.source = source
        self.problem = problem
        self.detail = detail


class DatabaseInUseError(UserFacingError):
    """Another connection kept the live database's WAL from being folded in."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The database {path} is still in use, so it cannot be replaced now. "
            f"{NOT_CHANGED} Close other PeerHelper windows and try again."
        )


def verify_backup(path: Path, shown_as: Path | None = None) -> str:
    """Return the schema revision of the PeerHelper database at ``path``, or refuse it."""
    shown = shown_as or path
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise BackupRefusedError(shown, "missing") from exc
    if header != SQLITE_HEADER:
        raise BackupRefusedError(shown, "not-sqlite")
    try:
        connection = sqlite3.connect(path)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            if rows != [("ok",)]:
                first = rows[0][0] if rows else "no answer"
                raise BackupRefusedError(shown, "damaged", str(first))
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                raise BackupRefusedError(shown, "not-peerhelper", "alembic_version table")
            found = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise BackupRefusedError(shown, "damaged", str(exc)) from exc
    revision = found[0][0] if len(found) == 1 else None
    if revision not in REVISION_TABLES:
        raise BackupRefusedError(shown, "newer", str(revision))
    missing = sorted(REVISION_TABLES[revision] - tables)
    if missing:
        raise BackupRefusedError(shown, "not-peerhelper", "table " + ", ".join(missing))
    return str(revision)


def sqlite_copy(source: Path, target: Path) -> None:
    """Copy a database consistently (its WAL included) into the file ``target``."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # A copy is a single self-contained file, not a WAL pair.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def restore_file(database: Path, source: Path, label: str = "before-restore") -> Path | None:
    """Make a checked copy of ``source`` the live database; return where the old one is kept."""
    if not source.is_file():
        raise BackupRefusedError(source, "missing")
    if database.exists() and source.resolve() == database.resolve():
        raise BackupRefusedError(source, "in-use")
    verify_backup(source)  # a quick refusal before any copying
    try:
        with atomic_path(database) as partial:
            try:
                sqlite_copy(source, partial)
            except sqlite3.DatabaseError as exc:
                if is_disk_full(exc):
                    raise DiskFullError(database, NOT_CHANGED) from exc
                raise BackupRefusedError(source, "damaged", str(exc)) from exc
            verify_backup(partial, shown_as=source)
            aside = keep_aside(database, label)
            drop_companions(database)
            # atomic_path now swaps the checked copy in with one rename.
    except DiskFullError as exc:
        raise DiskFullError(database, NOT_CHANGED) from exc
    log.info("Restored %s; the previous database is kept as %s", source, aside)
    return aside


def aside_name(database: Path, label: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = database.with_name(f"{database.name}.{label}-{stamp}")
    n = 1
    while any(aside.with_name(aside.name + s).exists() for s in ("", *COMPANIONS)):
        aside = database.with_name(f"{database.name}.{label}-{stamp}-{n}")
        n += 1
    return aside


def keep_aside(database: Path, label: str) -> Path | None:
    """Keep the live database under a new name, leaving the live one in place."""
    if not database.exists():
        return None
    folded = _checkpoint(database)
    aside = aside_name(database, label)
    _link_or_copy(database, aside)
    wal = database.with_name(database.name + "-wal")
    if not folded and wal.exists() and wal.stat().st_size > 0:
        _link_or_copy(wal, aside.with_name(aside.name + "-wal"))
    fsync_folder(database.parent)
    return aside


def drop_companions(database: Path) -> None:
    """Remove the live ``-wal``/``-shm`` (already folded in or kept aside)."""
    for suffix in COMPANIONS:
        database.with_name(database.name + suffix).unlink(missing_ok=True)


def _checkpoint(database: Path) -> bool:
    """Fold the WAL into the main file; False when the file is not a healthy database."""
    try:
        connection = sqlite3.connect(database)
        try:
            busy, _, _ = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if is_disk_full(exc):
            raise DiskFullError(database, NOT_CHANGED) from exc
        log.warning("Could not fold the WAL of %s into it: %s", database, exc)
        return False
    if busy:
        raise DatabaseInUseError(database)
    return True


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError as exc:  # FAT on a USB stick has no hard links
        if is_disk_full(exc):
            raise DiskFullError(target, NOT_CHANGED) from exc
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        copy_atomic(source, target)

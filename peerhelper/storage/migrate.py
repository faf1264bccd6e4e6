"""Migrating the database: all or nothing, after a backup, one program at a time.

``migrate_database`` holds the folder's exclusive database lock, makes the
pre-migration backup, and then runs every pending Alembic migration in one
SQLite transaction. SQLite's DDL is transactional, but Python's ``sqlite3``
only opens a transaction before INSERT/UPDATE/DELETE, so a ``CREATE TABLE``
would otherwise commit on its own: the engine used here turns that off and
says ``BEGIN IMMEDIATE`` itself (SQLAlchemy's documented recipe for
pysqlite). A kill or a full disk part-way therefore leaves the database at
the revision it had, and the next start simply tries again.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from peerhelper.atomic import is_disk_full
from peerhelper.errors import DiskFullError, UserFacingError
from peerhelper.storage.folder_lock import database_lock
from peerhelper.storage.migrations import HEAD_REVISION, MIGRATIONS_DIR, REVISION_TABLES

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

NEARLY_FULL = 1024 * 1024  # bytes free below which an I/O error is taken for a full disk

NOT_UPDATED = (
    "The database was not updated and is as it was before; start again when there is space."
)


class NewerDatabaseError(UserFacingError):
    """The database was made by a newer PeerHelper; this one must not touch it."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"The database {path} was made by a newer version of PeerHelper (database "
            f"version {revision}). Start that version, or a later one; nothing was changed."
        )
        self.path = path
        self.revision = revision


class DatabaseBusyError(UserFacingError):
    """SQLite's busy timeout ran out: another program kept the database locked."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The database {path} is busy: another program kept it locked for too long. "
            "Nothing was lost; try again in a moment."
        )
        self.path = path


def known_error(exc: BaseException, path: Path, saved: str = "") -> UserFacingError | None:
    """The user's words for a full disk or a locked database; None for a bug.

    Never SQLAlchemy's own message: it quotes the statement and its
    parameters, which can hold a session's notes.
    """
    if isinstance(exc, UserFacingError):
        return exc
    if is_disk_full(exc) or (_says(exc, "disk i/o error") and _nearly_full(path.parent)):
        # SQLite reports a full disk as an I/O error when its shared-memory file can't grow.
        return DiskFullError(path, saved)
    if _says(exc, "database is locked"):
        return DatabaseBusyError(path)
    return None


def _says(exc: BaseException, words: str) -> bool:
    return words in str(getattr(exc, "orig", None) or exc).lower()


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL
    except OSError:
        return False


def transactional_engine(path: Path) -> Engine:
    """An engine whose transactions include DDL (see the module docstring)."""
    from sqlalchemy import event

    from peerhelper.storage.database import make_engine

    engine = make_engine(path)

    @event.listens_for(engine, "connect")
    def _no_implicit_transactions(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection: object) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]

    return engine


def upgrade_to_head(path: Path) -> None:
    """Run the pending migrations in one transaction."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    # Alembic's options go through configparser, which reads % as interpolation;
    # the program may live in a folder such as "100% tuki" on a USB stick.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    engine = transactional_engine(path)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()


def migrate_database(path: Path, backups_dir: Path | None) -> None:
    """Bring the database at ``path`` to the newest revision (see the module docstring)."""
    from peerhelper.storage import backup
    from peerhelper.storage.database import current_revision

    with database_lock(path.parent).exclusive():
        revision = current_revision(path)  # another program may have migrated meanwhile
        if revision == HEAD_REVISION:
            return
        if revision is not None and revision not in REVISION_TABLES:
            raise NewerDatabaseError(path, revision)
        if revision is not None and backups_dir is not None:
            try:
                backup.make_backup(path, backups_dir, "pre-migration")
            except DiskFullError as exc:
                raise DiskFullError(exc.path, NOT_UPDATED) from exc
        log.info("Migrating database from %s to %s", revision, HEAD_REVISION)
        try:
            upgrade_to_head(path)
        except Exception as exc:
            known = known_error(exc, path, NOT_UPDATED)
            if known is None:
                raise
            # SQLite's own words only: SQLAlchemy's quote the statement's parameters.
            log.error("Migration rolled back: %s", getattr(exc, "orig", None) or type(exc).__name__)
            raise known from None

"""Opening the database: checks, pragmas, migrations and the site-device id.

``open_database`` is the one way in. In order it:

1. makes sure the data folder exists and can be written;
2. refuses to start empty where an interrupted restore left copies of the
   database but no database (:mod:`peerhelper.storage.leftovers`);
3. checks an existing database file (SQLite header, ``quick_check``) and
   raises :class:`DamagedDatabaseError` if it is damaged, changing nothing;
4. migrates it if needed, under the folder's lock, after a backup, all or
   nothing (:mod:`peerhelper.storage.migrate`; Alembic is only imported then);
5. gives a new installation its random site-device id.

Every connection uses WAL, ``synchronous=FULL`` (a commit is on disk when it
returns) and foreign keys.

SQLAlchemy takes longer to import than Qt itself, so an up-to-date database
is checked and opened with the standard library's ``sqlite3`` and the ORM is
loaded on the first real query (see ``Database.engine``). The first screen
then appears without waiting for it.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from peerhelper.atomic import is_disk_full
from peerhelper.errors import DataFolderError, DiskFullError
from peerhelper.storage.integrity import check_database_file, disk_full
from peerhelper.storage.leftovers import check_not_missing
from peerhelper.storage.migrate import known_error, migrate_database
from peerhelper.storage.migrations import HEAD_REVISION

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

DEVICE_ID_KEY = "device_id"


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def database_url(path: Path) -> URL:
    """The SQLAlchemy address of the database file at ``path``.

    Built from its parts, never by formatting a string: a data folder named
    ``100% tuki``, ``Kysy?`` or ``#2`` is then a plain file name, not URL
    syntax (``%20`` decoded, ``?`` starting a query, ``#`` a fragment).
    """
    from sqlalchemy.engine import URL

    return URL.create("sqlite", database=str(path))


def make_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    # hide_parameters: an error's text never carries the values of a statement,
    # which can be a session's note.
    engine = create_engine(database_url(path), hide_parameters=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _folder_problem(folder: Path, exc: OSError) -> DataFolderError:
    """The reason ``folder`` cannot be used, in words that say what to do."""
    blocker = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if blocker is not None and not blocker.is_dir():
        reason = "it is a file, not a folder"
        if blocker != folder:
            reason = f"{blocker} is a file, not a folder"
        return DataFolderError(folder, reason, kind="is_file", blocker=blocker)
    broken = next((p for p in (folder, *folder.parents) if p.is_symlink() and not p.exists()), None)
    if broken is not None:
        return DataFolderError(folder, f"{broken} is a link that leads nowhere")
    if is_disk_full(exc):
        return DataFolderError(folder, "the disk is full", kind="disk_full")
    if isinstance(exc, PermissionError):
        return DataFolderError(folder, "there is no permission to write there", kind="permission")
    return DataFolderError(folder, exc.strerror or str(exc))


def ensure_writable_folder(folder: Path) -> None:
    """Raise :class:`DataFolderError` unless ``folder`` can hold our files."""
    if folder.exists() and not folder.is_dir():
        raise DataFolderError(folder, "it is a file, not a folder", kind="is_file")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".write-test"
        try:
            probe.write_bytes(b"ok")
        finally:
            probe.unlink(missing_ok=True)
    except OSError as exc:
        if is_disk_full(exc) and folder.is_dir():
            # Writable but full: the guides can still be shown and printed, and
            # each save says "the disk is full" until space is freed.
            log.warning("The disk holding %s is full", folder)
            return
        raise _folder_problem(folder, exc) from exc


def current_revision(path: Path) -> str | None:
    """The Alembic revision stored in the database file, read without Alembic."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    connection = sqlite3.connect(path)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version LIMIT 1").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        connection.close()
    return row[0] if row else None


def _ensure_device_id(path: Path) -> str:
    """Read the site-device id, creating a random one on the first start."""
    try:
        return _read_or_make_device_id(path)
    except sqlite3.OperationalError as exc:
        known = known_error(exc, path, "The database was not changed.")
        if known is None:
            raise
        raise known from None


def _read_or_make_device_id(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute("PRAGMA synchronous=FULL")
            connection.execute(
                "INSERT OR IGNORE INTO app_meta (key, value) VALUES (?, ?)",
                (DEVICE_ID_KEY, str(uuid.uuid4())),
            )
        row = connection.execute(
            "SELECT value FROM app_meta WHERE key = ?", (DEVICE_ID_KEY,)
        ).fetchone()
    finally:
        connection.close()
    return str(row[0])


class ClosedDatabaseError(RuntimeError):
    """A closed database was used: a bug, for whoever holds it should hold the new one."""


class Database:
    """An open database: installation facts now, the ORM on first use.

    Once closed it stays closed: using it raises :class:`ClosedDatabaseError`
    rather than quietly opening the file again (after a restore that file
    may be another database).
    """

    # A site's own file, with its site profile; the organisation server's
    # database (``storage.server.ServerDatabase``) is not.
    is_site = True

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = path
        self.closed = False
        if engine is not None:
            self.__dict__["engine"] = engine
        self.device_id = _ensure_device_id(path)

    def _check_open(self) -> None:
        if self.closed:
            raise ClosedDatabaseError(f"the database {self.path} was used after it was closed")

    @cached_property
    def engine(self) -> Engine:
        self._check_open()
        return make_engine(self.path)

    @cached_property
    def _sessions(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error.

        A full disk becomes :class:`DiskFullError`: the whole unit was rolled
        back, so nothing of it was saved.
        """
        from sqlalchemy.exc import OperationalError

        self._check_open()
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as exc:
            if disk_full(exc, self.path.parent):
                raise DiskFullError(self.path, "Nothing of this change was saved.") from exc
            raise

    def read_connection(self) -> sqlite3.Connection:
        """A plain sqlite3 connection for the few reads the first screen needs."""
        self._check_open()
        return sqlite3.connect(self.path)

    def close(self) -> None:
        self.closed = True
        if "engine" in self.__dict__:
            self.engine.dispose()
            del self.__dict__["engine"]
            self.__dict__.pop("_sessions", None)


def open_database(
    path: Path, backups_dir: Path | None = None, *, start_empty: bool = False
) -> Database:
    """Check, migrate and open the database at ``path`` (see module docstring).

    ``start_empty`` is the user's choice to begin with no data even though
    copies left by an interrupted restore are there.
    """
    ensure_writable_folder(path.parent)
    if not start_empty:
        check_not_missing(path)
    check_database_file(path)
    if current_revision(path) != HEAD_REVISION:
        migrate_database(path, backups_dir)
    return Database(path)

"""Opening the database: checks, pragmas, migrations and the site-device id.

``open_database`` is the one way in. In order it:

1. makes sure the data folder exists and can be written;
2. checks an existing database file (SQLite header, ``quick_check``) and
   raises :class:`DamagedDatabaseError` if it is damaged, changing nothing;
3. backs the database up if it is about to be migrated;
4. runs the Alembic migrations up to head (Alembic is only imported then);
5. gives a new installation its random site-device id.

Every connection uses WAL, ``synchronous=FULL`` (a commit is on disk when it
returns) and foreign keys.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from peerhelper.errors import DataFolderError
from peerhelper.storage import backup
from peerhelper.storage.integrity import check_database_file
from peerhelper.storage.migrations import HEAD_REVISION, MIGRATIONS_DIR
from peerhelper.storage.models import AppMeta

log = logging.getLogger(__name__)

DEVICE_ID_KEY = "device_id"


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


def ensure_writable_folder(folder: Path) -> None:
    """Raise :class:`DataFolderError` unless ``folder`` can hold our files."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".write-test"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise DataFolderError(folder, exc.strerror or str(exc)) from exc


def current_revision(path: Path) -> str | None:
    """The Alembic revision stored in the database file, read without Alembic."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    connection = sqlite3.connect(path)
    try:
        row = connection.execute(
            "SELECT version_num FROM alembic_version LIMIT 1"
        ).fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        connection.close()
    return row[0] if row else None


def upgrade_to_head(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class Database:
    """An open database: the engine, a session factory and installation facts."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.device_id = self._ensure_device_id()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def _ensure_device_id(self) -> str:
        with self.session() as session:
            meta = session.get(AppMeta, DEVICE_ID_KEY)
            if meta is None:
                meta = AppMeta(key=DEVICE_ID_KEY, value=str(uuid.uuid4()))
                session.add(meta)
            return meta.value

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, backups_dir: Path | None = None) -> Database:
    """Check, migrate and open the database at ``path`` (see module docstring)."""
    ensure_writable_folder(path.parent)
    check_database_file(path)
    revision = current_revision(path)
    if revision != HEAD_REVISION:
        if revision is not None and backups_dir is not None:
            backup.make_backup(path, backups_dir, "pre-migration")
        engine = make_engine(path)
        log.info("Migrating database from %s to %s", revision, HEAD_REVISION)
        upgrade_to_head(engine)
    else:
        engine = make_engine(path)
    return Database(path, engine)

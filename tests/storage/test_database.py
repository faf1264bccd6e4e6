import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from peerhelper.errors import DamagedDatabaseError, DataFolderError
from peerhelper.paths import DataPaths
from peerhelper.storage.database import Database, open_database


def test_pragmas_make_every_commit_durable(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_device_id_is_random_and_kept(data_paths: DataPaths, tmp_path: Path) -> None:
    first = open_database(data_paths.database)
    device = first.device_id
    first.close()
    again = open_database(data_paths.database)
    assert again.device_id == device
    again.close()
    other = open_database(tmp_path / "other" / "peerhelper.db")
    assert other.device_id != device
    other.close()


def test_a_file_that_is_not_sqlite_is_reported_and_left_alone(data_paths: DataPaths) -> None:
    data_paths.root.mkdir(parents=True)
    data_paths.database.write_bytes(b"this is a shopping list, not a database" * 100)
    before = data_paths.database.read_bytes()
    with pytest.raises(DamagedDatabaseError, match="not an SQLite database"):
        open_database(data_paths.database, data_paths.backups)
    assert data_paths.database.read_bytes() == before


def test_corrupted_pages_fail_the_integrity_check(data_paths: DataPaths) -> None:
    database = open_database(data_paths.database)
    with database.engine.begin() as connection:
        connection.execute(text("CREATE TABLE filler (x TEXT)"))
        for i in range(400):
            connection.execute(text("INSERT INTO filler VALUES (:x)"), {"x": f"row {i} " * 20})
    database.close()
    checkpoint = sqlite3.connect(data_paths.database)
    checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    checkpoint.execute("PRAGMA journal_mode=DELETE")
    checkpoint.close()
    raw = bytearray(data_paths.database.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(raw), page * 12), 7):
        raw[offset] = 0xA5
    data_paths.database.write_bytes(bytes(raw))
    with pytest.raises(DamagedDatabaseError):
        open_database(data_paths.database, data_paths.backups)


def test_a_data_folder_that_cannot_be_made_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(DataFolderError) as caught:
        open_database(blocker / "data" / "peerhelper.db")
    assert str(blocker / "data") in str(caught.value)


def test_a_closed_database_stays_closed(tmp_path) -> None:
    from peerhelper.storage import sessions_repo
    from peerhelper.storage.database import ClosedDatabaseError

    database = open_database(tmp_path / "peerhelper.db")
    assert sessions_repo.list_topics(database)
    database.close()
    database.close()  # closing twice is harmless
    for use in (
        lambda: sessions_repo.list_topics(database),
        lambda: database.engine,
        database.read_connection,
    ):
        with pytest.raises(ClosedDatabaseError, match="used after it was closed"):
            use()

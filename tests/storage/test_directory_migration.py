"""Migration 0004: the directory arrives on a database from before it, keeping every row."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config

from peerhelper.domain.directory_files import read_starter_entries
from peerhelper.domain.session import SessionData
from peerhelper.storage import directory_repo, sessions_repo
from peerhelper.storage.database import make_engine, open_database
from peerhelper.storage.migrations import MIGRATIONS_DIR, REVISION_TABLES

STARTER = read_starter_entries()
DIRECTORY_TABLES = {"directory_entry", "directory_topic", "session_referral"}
DIRECTORY = "0004_directory"


def _migrate(path: Path, revision: str, down: bool = False) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = make_engine(path)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)
    engine.dispose()


def _tables(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        return {row[0] for row in rows}
    finally:
        connection.close()


def _a_logged_session(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO support_session (uuid, device_id, created_at, updated_at, started_at,"
        " minutes, mode, channel, device, language, age_band, visit, outcome, independence,"
        " referred_to, note, source) VALUES ('u1', 'd', '2026-01-01', '2026-01-01',"
        " '2026-01-05 10:00:00', 20, 'local', '', '', 'ar', '', '', '', '', 'Kela', '', 'form')"
    )
    connection.execute(
        "INSERT INTO session_topic (session_id, topic, position) VALUES (1, 'kela', 0)"
    )
    connection.commit()
    connection.close()


@pytest.mark.parametrize("start", ["0002", "0003"])
def test_the_directory_arrives_with_its_starter_entries_and_old_sessions_stay(
    tmp_path: Path, start: str
) -> None:
    path = tmp_path / "peerhelper.db"
    _migrate(path, start)
    _a_logged_session(path)
    assert not _tables(path) & DIRECTORY_TABLES

    _migrate(path, DIRECTORY)
    assert _tables(path) == REVISION_TABLES[DIRECTORY]
    database = open_database(path, tmp_path / "backups")
    try:
        entries = directory_repo.list_entries(database)
        assert {e.uuid for e in entries} == {e.uuid for e in STARTER}
        assert all(e.topics for e in entries)  # their topics exist on a database of 0002 too
        old = sessions_repo.load_session(database, "u1")
        assert old is not None
        assert (old.topics, old.referred_to, old.referrals) == (["kela"], "Kela", [])
        assert sessions_repo.list_topics(database)[0].label("fi")  # names as rows (0003)
        kela = STARTER[0].uuid or ""
        sessions_repo.add_referral(database, "u1", kela)
        new = SessionData(datetime(2026, 1, 6, 9, 0), "local", ["kela"], referrals=[kela])
        uuid = sessions_repo.save_session(database, new)
        assert sessions_repo.load_session(database, uuid).referrals == [kela]  # type: ignore[union-attr]
        assert sessions_repo.load_session(database, "u1").referrals == [kela]  # type: ignore[union-attr]
    finally:
        database.close()


def test_going_back_to_0003_drops_the_directory_and_keeps_the_topic_names(tmp_path: Path) -> None:
    path = tmp_path / "peerhelper.db"
    _migrate(path, DIRECTORY)
    _a_logged_session(path)
    _migrate(path, "0003", down=True)
    assert _tables(path) == REVISION_TABLES["0003"]
    connection = sqlite3.connect(path)
    names = connection.execute("SELECT COUNT(*) FROM topic_label").fetchone()[0]
    sessions = connection.execute("SELECT uuid FROM support_session").fetchall()
    connection.close()
    assert names > 0 and sessions == [("u1",)]

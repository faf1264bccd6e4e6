"""Migration 0005: sessions keep their site; a database of 0004 keeps every row, and back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config

from peerhelper.domain.directory_files import read_starter_entries
from peerhelper.storage import sessions_repo
from peerhelper.storage.database import make_engine, open_database
from peerhelper.storage.migrations import HEAD_REVISION, MIGRATIONS_DIR, REVISION_TABLES
from peerhelper.storage.statistics import list_sites

DIRECTORY = "0004_directory"
KELA = read_starter_entries()[0].uuid


def _migrate(path: Path, revision: str, down: bool = False) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = make_engine(path)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)
    engine.dispose()


def _a_session_with_a_referral(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO support_session (uuid, device_id, created_at, updated_at, started_at,"
        " minutes, mode, channel, device, language, age_band, visit, outcome, independence,"
        " referred_to, note, source) VALUES ('u1', 'd', '2026-01-01', '2026-01-01',"
        " '2026-01-05 10:00:00', 20, 'local', '', '', 'ar', '', '', '', '', '', '', 'form')"
    )
    connection.execute(
        "INSERT INTO session_topic (session_id, topic, position) VALUES (1, 'kela', 0)"
    )
    connection.execute(
        "INSERT INTO session_referral (session_id, entry_uuid, position) VALUES (1, ?, 0)", (KELA,)
    )
    connection.commit()
    connection.close()


def _columns(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[1] for row in connection.execute("PRAGMA table_info(support_session)")}
    finally:
        connection.close()


def test_sessions_of_0004_become_this_sites_own(tmp_path: Path) -> None:
    path = tmp_path / "peerhelper.db"
    _migrate(path, DIRECTORY)
    _a_session_with_a_referral(path)
    assert "site_id" not in _columns(path)

    _migrate(path, HEAD_REVISION)
    assert {"site_id", "site_name"} <= _columns(path)
    database = open_database(path, tmp_path / "backups")
    try:
        assert list_sites(database.engine) == {"": ""}
        old = sessions_repo.load_session(database, "u1")
        assert old is not None and (old.topics, old.referrals) == (["kela"], [KELA])
    finally:
        database.close()


def test_going_back_to_0004_keeps_the_sessions_and_their_referrals(tmp_path: Path) -> None:
    path = tmp_path / "peerhelper.db"
    _migrate(path, DIRECTORY)
    _a_session_with_a_referral(path)
    _migrate(path, HEAD_REVISION)
    _migrate(path, DIRECTORY, down=True)
    assert "site_id" not in _columns(path)
    connection = sqlite3.connect(path)
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    referrals = connection.execute("SELECT entry_uuid FROM session_referral").fetchall()
    connection.close()
    assert tables == REVISION_TABLES[DIRECTORY] and referrals == [(KELA,)]

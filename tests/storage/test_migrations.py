"""Every migration keeps existing rows, and the shortcut head constant is right."""

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from peerhelper.errors import DiskFullError
from peerhelper.storage.database import make_engine, open_database
from peerhelper.storage.migrate import NewerDatabaseError
from peerhelper.storage.migrations import HEAD_REVISION, MIGRATIONS_DIR, REVISION_TABLES
from peerhelper.storage.models import Base


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _revisions_oldest_first() -> list[str]:
    script = ScriptDirectory.from_config(_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_head_constant_matches_alembic() -> None:
    assert ScriptDirectory.from_config(_config()).get_current_head() == HEAD_REVISION


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    database = open_database(tmp_path / "peerhelper.db")
    inspector = inspect(database.engine)
    for table in Base.metadata.sorted_tables:
        migrated = {c["name"] for c in inspector.get_columns(table.name)}
        assert migrated == {c.name for c in table.columns}, table.name
    database.close()


def _upgrade(path: Path, revision: str) -> None:
    engine = make_engine(path)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def test_each_step_from_the_first_revision_keeps_rows(tmp_path: Path) -> None:
    path = tmp_path / "peerhelper.db"
    revisions = _revisions_oldest_first()
    _upgrade(path, revisions[0])
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO app_meta (key, value) VALUES ('kept', 'yes')")
    connection.execute(
        "INSERT INTO site_profile (organisation, site_name, address, opening_hours, phone,"
        " languages, uuid, device_id, created_at, updated_at) VALUES ('Org', 'Site', '', '',"
        " '', 'fi', 'u-1', 'd-1', '2026-01-01 10:00:00', '2026-01-01 10:00:00')"
    )
    connection.commit()
    connection.close()
    for revision in revisions[1:]:
        _upgrade(path, revision)
    database = open_database(path, tmp_path / "backups")
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT value FROM app_meta WHERE key='kept'").scalar() == "yes"
        assert conn.exec_driver_sql("SELECT site_name FROM site_profile").scalar() == "Site"
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            HEAD_REVISION
        )
    database.close()


def test_an_old_database_is_backed_up_before_migrating(tmp_path: Path, monkeypatch) -> None:
    from peerhelper.storage import database as database_module
    from peerhelper.storage import migrate

    path = tmp_path / "peerhelper.db"
    open_database(path).close()
    upgraded = []
    # Pretend a newer release with one more migration is starting on this file.
    monkeypatch.setattr(database_module, "HEAD_REVISION", "next")
    monkeypatch.setattr(migrate, "HEAD_REVISION", "next")
    monkeypatch.setattr(migrate, "upgrade_to_head", lambda path: upgraded.append(1))
    open_database(path, tmp_path / "backups").close()
    backups = [p.name for p in (tmp_path / "backups").iterdir()]
    assert upgraded == [1]
    assert len(backups) == 1 and "pre-migration" in backups[0]


def test_an_up_to_date_database_is_not_backed_up_again(tmp_path: Path) -> None:
    path = tmp_path / "peerhelper.db"
    open_database(path).close()
    open_database(path, tmp_path / "backups").close()
    assert not (tmp_path / "backups").exists()


def test_revision_tables_match_the_migrations(tmp_path: Path) -> None:
    revisions = _revisions_oldest_first()
    assert set(REVISION_TABLES) == set(revisions)
    path = tmp_path / "peerhelper.db"
    for revision in revisions:
        _upgrade(path, revision)
        connection = sqlite3.connect(path)
        tables = {
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        connection.close()
        assert tables == REVISION_TABLES[revision], revision


def _tables(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    finally:
        connection.close()


def test_a_failed_first_migration_leaves_nothing_behind_and_is_retried(
    tmp_path: Path, monkeypatch
) -> None:
    from alembic import op

    path = tmp_path / "peerhelper.db"
    real_create_table = op.create_table

    def fail_on_sessions(name, *columns, **kw):
        if name == "support_session":
            raise OSError(28, "No space left on device")
        return real_create_table(name, *columns, **kw)

    monkeypatch.setattr(op, "create_table", fail_on_sessions)
    with pytest.raises(DiskFullError) as caught:
        open_database(path, tmp_path / "backups")
    assert "was not updated" in str(caught.value)
    # Tables made before the failure were rolled back with it: DDL is transactional.
    assert _tables(path) == set()
    monkeypatch.setattr(op, "create_table", real_create_table)
    database = open_database(path, tmp_path / "backups")
    database.close()
    assert _tables(path) == REVISION_TABLES[HEAD_REVISION]


def test_a_failed_upgrade_keeps_the_old_revision_and_its_rows(tmp_path: Path, monkeypatch) -> None:
    from alembic import op

    path = tmp_path / "peerhelper.db"
    _upgrade(path, "0001")
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO app_meta (key, value) VALUES ('kept', 'yes')")
    connection.commit()
    connection.close()
    real_create_index = op.create_index

    def fail(*args, **kw):
        raise RuntimeError("a bug in a migration")

    monkeypatch.setattr(op, "create_index", fail)
    with pytest.raises(RuntimeError):
        open_database(path, tmp_path / "backups")
    assert _tables(path) == REVISION_TABLES["0001"]
    assert len(list((tmp_path / "backups").glob("*-pre-migration.db"))) == 1
    monkeypatch.setattr(op, "create_index", real_create_index)
    open_database(path, tmp_path / "backups").close()
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT value FROM app_meta WHERE key='kept'").fetchone() == ("yes",)
    connection.close()


def test_a_database_from_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "peerhelper.db"
    open_database(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0999'")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        open_database(path, tmp_path / "backups")
    assert path.read_bytes() == before


def test_topic_names_become_rows_and_keep_every_renamed_name(tmp_path: Path) -> None:
    path = tmp_path / "peerhelper.db"
    _upgrade(path, "0002")
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute(
        "UPDATE topic SET label_fi = 'Kela-asiat', label_sv = 'FPA', label_en = '' "
        "WHERE code = 'kela'"
    )
    connection.execute(
        "INSERT INTO topic (code, label_fi, label_sv, label_en, icon, position, retired,"
        " updated_at) VALUES ('library_card', 'Kirjastokortti', 'Bibliotekskort',"
        " 'Library card', '', 99, 1, '2026-01-01 00:00:00')"
    )
    connection.execute(
        "INSERT INTO support_session (uuid, device_id, created_at, updated_at, started_at,"
        " minutes, mode, channel, device, language, age_band, visit, outcome, independence,"
        " referred_to, note, source) VALUES ('u1', 'd', '2026-01-01', '2026-01-01',"
        " '2026-01-01 10:00:00', 5, 'local', '', '', '', '', '', '', '', '', '', 'form')"
    )
    connection.execute(
        "INSERT INTO session_topic (session_id, topic, position) VALUES (1, 'kela', 0)"
    )
    connection.commit()
    before = {
        (code, language): label
        for code, fi, sv, en in connection.execute(
            "SELECT code, label_fi, label_sv, label_en FROM topic"
        )
        for language, label in (("fi", fi), ("sv", sv), ("en", en))
    }
    connection.close()

    _upgrade(path, "0003")
    connection = sqlite3.connect(path)
    after = {
        (code, language): label
        for code, language, label in connection.execute(
            "SELECT topic_code, language, label FROM topic_label"
        )
    }
    columns = {row[1] for row in connection.execute("PRAGMA table_info(topic)")}
    sessions = connection.execute("SELECT topic FROM session_topic").fetchall()
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()
    assert after == before
    assert (
        after[("kela", "fi")] == "Kela-asiat" and after[("library_card", "sv")] == "Bibliotekskort"
    )
    assert not any(column.startswith("label_") for column in columns)
    assert sessions == [("kela",)]

    from peerhelper.storage import sessions_repo

    database = open_database(path)
    topics = {t.code: t for t in sessions_repo.list_topics(database, include_retired=True)}
    database.close()
    assert topics["kela"].label("fi") == "Kela-asiat"
    assert topics["kela"].label("en") == "kela"  # an empty name falls back to the code
    assert topics["library_card"].retired and topics["library_card"].label("en") == "Library card"


def test_topic_names_go_back_to_columns_on_downgrade(tmp_path: Path) -> None:
    path = tmp_path / "peerhelper.db"
    _upgrade(path, "0003")
    connection = sqlite3.connect(path)
    connection.execute(
        "UPDATE topic_label SET label = 'Pankki' WHERE topic_code = 'banking' AND language = 'fi'"
    )
    connection.commit()
    connection.close()
    engine = make_engine(path)
    config = _config()
    with engine.begin() as live:
        config.attributes["connection"] = live
        command.downgrade(config, "0002")
    engine.dispose()
    connection = sqlite3.connect(path)
    row = connection.execute("SELECT label_fi FROM topic WHERE code = 'banking'").fetchone()
    connection.close()
    assert row == ("Pankki",)
    assert "topic_label" not in _tables(path)

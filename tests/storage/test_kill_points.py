"""SIGKILL at random moments of a restore, a backup and a migration.

After every kill the next start finds the old database or the new one,
whole: never none, never half of one.
"""

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from peerhelper.operations import backups as operations
from peerhelper.paths import DataPaths
from peerhelper.storage import backup
from peerhelper.storage.database import open_database
from peerhelper.storage.migrations import HEAD_REVISION
from peerhelper.storage.restore import verify_backup

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

KILLS = 6
CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    import alembic.command, sqlalchemy.orm  # loaded before "ready": we kill the work itself
    from peerhelper.operations import backups as operations
    from peerhelper.paths import DataPaths
    from peerhelper.storage.database import open_database

    action, paths = sys.argv[1], DataPaths(Path(sys.argv[2]))
    print("ready", flush=True)
    if action == "restore":
        operations.restore(paths, Path(sys.argv[3]))
    elif action == "backup":
        operations.backup_now(paths)
    else:
        open_database(paths.database, paths.backups).close()
    print("done", flush=True)
    """
)


def _run(action: str, data: Path, *extra: str, kill_after: float | None) -> float:
    """Run ``action`` in a child; kill it ``kill_after`` seconds into the work."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, action, str(data), *extra],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    started = time.monotonic()
    if kill_after is None:
        assert child.stdout.readline().strip() == "done"
    else:
        time.sleep(kill_after)
        os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=60)
    child.stdout.close()
    return time.monotonic() - started


def _site(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return connection.execute("SELECT site_name FROM site_profile").fetchone()[0]
    finally:
        connection.close()


def _fill(path: Path, site: str) -> None:
    """A site profile and enough rows that copying them takes a while."""
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO site_profile (organisation, site_name, address, opening_hours, phone,"
        " languages, uuid, device_id, created_at, updated_at) VALUES ('Org', ?, '', '', '',"
        " 'fi', 'u-1', 'd-1', '2026-01-01 10:00:00', '2026-01-01 10:00:00')",
        (site,),
    )
    connection.execute("CREATE TABLE filler (body BLOB)")
    connection.executemany("INSERT INTO filler VALUES (?)", [(os.urandom(2000),)] * 4000)
    connection.commit()
    connection.close()


def _kill_loop(
    template: Path, tmp_path: Path, action: str, *extra: str, check: Callable[[DataPaths], None]
) -> None:
    measure = tmp_path / "measure"
    shutil.copytree(template, measure)
    duration = _run(action, measure, *extra, kill_after=None)
    rng = random.Random(20260310)
    delays = [0.0] + [rng.uniform(0, duration * 1.2) for _ in range(KILLS - 1)]
    for n, delay in enumerate(delays):
        data = tmp_path / f"kill-{n}"
        shutil.copytree(template, data)
        _run(action, data, *extra, kill_after=delay)
        check(DataPaths(data))


def _template(tmp_path: Path, site: str, revision: str | None = None) -> DataPaths:
    paths = DataPaths(tmp_path / f"template-{site}")
    if revision is None:
        open_database(paths.database).close()
    else:
        from tests.storage.test_migrations import _upgrade

        paths.root.mkdir(parents=True)
        _upgrade(paths.database, revision)
    _fill(paths.database, site)
    return paths


def test_restore_killed_anywhere_leaves_old_or_new(tmp_path: Path) -> None:
    old = _template(tmp_path, "Old")
    new = _template(tmp_path, "New")
    source = tmp_path / "new-backup.db"
    backup.copy_database(new.database, source)

    def check(paths: DataPaths) -> None:
        assert paths.database.exists(), "the live database vanished"
        assert _site(paths.database) in {"Old", "New"}
        if _site(paths.database) == "New":  # the old one is kept, whole
            (aside,) = paths.root.glob("peerhelper.db.before-restore-*[0-9]")
            assert _site(aside) == "Old"
        open_database(paths.database, paths.backups).close()
        operations.clean_interrupted(paths)
        assert not list(paths.root.glob("*.partial*"))

    _kill_loop(old.root, tmp_path, "restore", str(source), check=check)


def test_backup_killed_anywhere_leaves_the_database_and_whole_backups(tmp_path: Path) -> None:
    template = _template(tmp_path, "Site")

    def check(paths: DataPaths) -> None:
        assert _site(paths.database) == "Site"
        for made in backup.list_backups(paths.backups):
            verify_backup(made.path)
            assert _site(made.path) == "Site"
        operations.clean_interrupted(paths)
        assert not [p for p in paths.backups.glob("*") if ".partial" in p.name]
        open_database(paths.database, paths.backups).close()

    _kill_loop(template.root, tmp_path, "backup", check=check)


def test_migration_killed_anywhere_is_retried_at_the_next_start(tmp_path: Path) -> None:
    template = _template(tmp_path, "Old", revision="0001")

    def check(paths: DataPaths) -> None:
        connection = sqlite3.connect(paths.database)
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        connection.close()
        assert revision in {"0001", HEAD_REVISION}
        assert _site(paths.database) == "Old"
        open_database(paths.database, paths.backups).close()  # the next start
        connection = sqlite3.connect(paths.database)
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,
        )
        connection.close()

    _kill_loop(template.root, tmp_path, "migrate", check=check)

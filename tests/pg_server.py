"""A real PostgreSQL server for the tests, started by the tests themselves.

Debian's ``postgresql`` package (installed by ``python3 dev.py test``) gives
``initdb`` and ``pg_ctl``. The server is made in a temporary folder, listens
on a Unix socket in that folder only (no TCP port: ``listen_addresses=''``)
and lets the test user in without a password; it is stopped and removed
when the test session ends. PostgreSQL refuses to run as root, so under
root it runs as the ``postgres`` system user.

Where the server programs are missing a test is skipped, except in CI
(``CI=true``), where that is a failure: CI must test against a real server.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from sqlalchemy import Engine

USER = "peerhelper"


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_major)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _major(path: str) -> int:
    try:
        return int(Path(path).parent.parent.name)
    except ValueError:
        return 0


class PostgresServer:
    """One throwaway server; :meth:`new_database` gives each test its own database."""

    def __init__(self, bin_dir: Path, *, durable: bool = False) -> None:
        self.bin_dir = bin_dir
        # Tests need no crash safety; a benchmark measures with it.
        self.durable = durable
        self.folder = Path(tempfile.mkdtemp(prefix="peerhelper-pg-"))
        self.data = self.folder / "data"
        self.socket_dir = self.folder
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
            self.folder.chmod(0o755)
            self._as_user = ["runuser", "-u", "postgres", "--"]
        self._numbers = itertools.count(1)

    def _run(self, program: str, *args: str) -> None:
        command = [*self._as_user, str(self.bin_dir / program), *args]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{program} failed: {result.stdout}\n{result.stderr}")

    def start(self) -> None:
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "--auth=trust",
            f"--username={USER}",
            "--encoding=UTF8",
            "--no-locale",
            "--no-sync",
        )
        options = f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}'"
        if not self.durable:
            options += " -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
        log = str(self.folder / "server.log")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", log, "-w", "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{USER}@/{database}?host={self.socket_dir}"

    def new_database(self) -> str:
        """A new, empty database; returns its URL."""
        import psycopg

        name = f"test_{os.getpid()}_{next(self._numbers)}"
        with psycopg.connect(host=str(self.socket_dir), user=USER, dbname="postgres") as admin:
            admin.autocommit = True
            admin.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    bin_dir = _binaries()
    if bin_dir is None:
        message = "PostgreSQL's server programs are not installed (Debian: postgresql)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    server = PostgresServer(bin_dir)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> str:
    """The URL of a fresh database on the test server."""
    return pg_server.new_database()


@pytest.fixture
def server(pg_url: str, tmp_path: Path) -> Iterator[Engine]:
    """An engine on a fresh organisation database, connected as PeerHelper connects."""
    from peerhelper.operations import sync
    from peerhelper.paths import DataPaths
    from peerhelper.storage.server import connect_server

    engine = connect_server(sync.server_address(DataPaths(tmp_path / "nowhere"), pg_url))
    yield engine
    engine.dispose()

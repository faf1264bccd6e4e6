"""Shared test setup: headless Qt before any Qt import, temporary data folders."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("LANG", "C.UTF-8")

from peerhelper import qt_workarounds

qt_workarounds.apply()

from collections.abc import Iterator
from pathlib import Path

import pytest

from peerhelper.paths import DataPaths
from peerhelper.storage.database import Database, open_database
from peerhelper.storage.settings import Settings

# A real PostgreSQL server for the organisation-server tests, started on first use.
from tests.pg_server import pg_server, pg_url, server  # noqa: F401
from tests.storage.sites import sites  # noqa: F401


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def db(data_paths: DataPaths) -> Iterator[Database]:
    database = open_database(data_paths.database, data_paths.backups)
    yield database
    database.close()


@pytest.fixture
def settings(data_paths: DataPaths) -> Settings:
    return Settings(data_paths.settings_file)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """PeerHelper works offline: any attempt to reach a network fails the test."""
    import socket

    real_connect = socket.socket.connect

    def refuse(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise AssertionError(f"network connection attempted to {address!r}")
        real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(
        socket, "create_connection", lambda *a, **k: refuse(socket.socket(), a[0] if a else None)
    )

"""Shared test setup: headless Qt before any Qt import, temporary data folders."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("LANG", "C.UTF-8")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from peerhelper.paths import DataPaths  # noqa: E402
from peerhelper.settings import Settings  # noqa: E402
from peerhelper.storage.database import Database, open_database  # noqa: E402


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

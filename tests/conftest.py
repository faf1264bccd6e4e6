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
from peerhelper.settings import Settings
from peerhelper.storage.database import Database, open_database


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

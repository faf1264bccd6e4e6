"""Sites for the multi-site tests: a data folder each, with a profile and sessions."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select

from peerhelper.domain.session import SessionData
from peerhelper.domain.site import SiteProfileData
from peerhelper.paths import DataPaths
from peerhelper.storage import sessions_repo as repo
from peerhelper.storage.database import Database, open_database
from peerhelper.storage.session_records import SESSIONS
from peerhelper.storage.site_repo import save_site_profile

if TYPE_CHECKING:
    from peerhelper.storage.server_sync import SyncResult


def session(day: int = 14, **changes: object) -> SessionData:
    base = SessionData(
        started_at=datetime(2026, 3, day, 10, 30),
        mode="local",
        topics=["email", "kela"],
        minutes=20,
        language="ar",
        outcome="solved",
        barriers=["no_device"],
        guides=["phone-basics"],
    )
    return base.copy(**changes)


def open_site(root: Path, name: str) -> tuple[DataPaths, Database]:
    paths = DataPaths(root / name)
    db = open_database(paths.database, paths.backups)
    save_site_profile(db, SiteProfileData(organisation="Org", site_name=name.title()))
    return paths, db


def add_sessions(db: Database, count: int, day: int = 14) -> list[str]:
    return [repo.save_session(db, session(day=day, minutes=n % 60)) for n in range(count)]


def rows(db: Database) -> dict[str, tuple]:
    """Every session (deleted ones too) by uuid: what a merge must carry over."""
    columns = [SESSIONS.c[name] for name in ("updated_at", "deleted_at", "minutes", "site_id")]
    with db.engine.connect() as connection:
        query = select(SESSIONS.c.uuid, *columns)
        return {uuid: tuple(rest) for uuid, *rest in connection.execute(query)}


def rewrite_member(bundle: Path, name: str, change) -> None:
    """Rewrite one member of a bundle with ``change(bytes) -> bytes``, keeping the others."""
    with zipfile.ZipFile(bundle) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members[name] = change(members[name])
    with zipfile.ZipFile(bundle, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)


def manifest(bundle: Path) -> dict:
    with zipfile.ZipFile(bundle) as archive:
        return json.loads(archive.read("bundle.json"))


TODAY = date(2026, 3, 31)


@pytest.fixture
def sites(tmp_path: Path) -> Iterator[list[tuple[DataPaths, Database]]]:
    """Two sites, alpha and beta, each with its data folder and open database."""
    opened = [open_site(tmp_path, name) for name in ("alpha", "beta")]
    yield opened
    for _paths, db in opened:
        db.close()


def sync_site(site: tuple[DataPaths, Database], url: str) -> SyncResult:
    """One "Sync now" of ``site`` with the organisation server at ``url``."""
    from peerhelper.operations import sync

    paths, db = site
    return sync.sync_with(db, paths, sync.server_address(paths, url))

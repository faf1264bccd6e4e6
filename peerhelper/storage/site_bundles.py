"""Site bundles in and out of the local database.

:func:`write_site_bundle` writes this site's sessions (deleted ones too, so
the deletion reaches the coordinator), its topics, the directory entries
its sessions refer to and its profile to a bundle file, whole or not at
all. :func:`merge_site_bundles` reads and checks every bundle given
before it writes anything, then merges them all in one transaction: all
or nothing per run (``storage.session_records`` says how a
session is merged; ``storage.topic_records`` how a topic is;
``storage.directory_records`` how a referred-to directory entry is).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from peerhelper.atomic import atomic_output, is_disk_full
from peerhelper.domain.site_bundle import Bundle, read_bundle, write_bundle
from peerhelper.errors import DiskFullError
from peerhelper.storage.database import Database
from peerhelper.storage.directory_records import merge_entries, read_entries, referred
from peerhelper.storage.migrations import HEAD_REVISION
from peerhelper.storage.models import utc_now
from peerhelper.storage.session_records import (
    SESSIONS,
    MergeCounts,
    Site,
    merge_records,
    read_records,
)
from peerhelper.storage.site_repo import load_site_profile
from peerhelper.storage.sync_state import lower_cursor
from peerhelper.storage.topic_records import merge_topics, read_topics

# Called with (bundles done, bundles in all, the name of the one being merged).
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class BundleWritten:
    path: Path
    sessions: int
    deleted: int


@dataclass
class BundleMerged:
    """One bundle's part of a merge."""

    path: Path
    site_name: str
    counts: MergeCounts


@dataclass
class MergeSummary:
    bundles: list[BundleMerged] = field(default_factory=list)
    topics_added: list[str] = field(default_factory=list)
    # Directory entries other sites' sessions refer to, added here retired.
    entries_added: list[str] = field(default_factory=list)

    @property
    def counts(self) -> MergeCounts:
        total = MergeCounts()
        for bundle in self.bundles:
            total += bundle.counts
        return total


def here_site(db: Database) -> Site:
    profile = load_site_profile(db)
    return Site(db.device_id, profile.site_name if profile else "")


def write_site_bundle(db: Database, out: Path, since: date | None = None) -> BundleWritten:
    """Write the sessions changed on ``since`` or later (all without it) to ``out``."""
    profile = load_site_profile(db)
    here = here_site(db)
    with db.engine.connect() as connection:
        query = select(SESSIONS.c.id).order_by(SESSIONS.c.id)
        if since is not None:
            query = query.where(SESSIONS.c.updated_at >= datetime.combine(since, time()))
        row_ids = list(connection.scalars(query))
        records = read_records(connection, row_ids, here)
        topics = read_topics(connection)
        entries = read_entries(connection, referred(records))
    manifest = {
        "schema_revision": HEAD_REVISION,
        "created": utc_now().isoformat(timespec="seconds"),
        "since": since.isoformat() if since else None,
        "site_device_id": db.device_id,
        "site": {
            "organisation": profile.organisation if profile else "",
            "site_name": here.name,
            "address": profile.address if profile else "",
            "opening_hours": profile.opening_hours if profile else "",
            "phone": profile.phone if profile else "",
            "languages": profile.languages if profile else [],
        },
    }
    with atomic_output(out, "wb") as stream:
        written = write_bundle(stream, manifest, topics, entries, records)
    counts = written["counts"]
    return BundleWritten(out, counts["sessions"], counts["deleted"])


def read_site_bundles(paths: Sequence[Path]) -> list[Bundle]:
    """Read and check every bundle; the first bad one is refused with the reason."""
    return [read_bundle(path) for path in paths]


def merge_site_bundles(
    db: Database, bundles: Sequence[Bundle], progress: Progress | None = None
) -> MergeSummary:
    """Merge checked bundles in one transaction; nothing is written if anything fails."""
    summary = MergeSummary()
    try:
        with db.engine.connect() as connection, connection.begin():
            for done, bundle in enumerate(bundles):
                if progress is not None:
                    progress(done, len(bundles), bundle.path.name)
                summary.topics_added += merge_topics(connection, bundle.topics)
                summary.entries_added += merge_entries(connection, bundle.entries)
                counts = merge_records(connection, bundle.records(), db.device_id)
                summary.bundles.append(BundleMerged(bundle.path, bundle.site_name, counts))
            lower_cursor(connection, summary.counts.earliest)
    except DBAPIError as exc:
        if is_disk_full(exc):
            raise DiskFullError(db.path, "Nothing of the bundles was merged.") from exc
        raise
    if progress is not None:
        progress(len(bundles), len(bundles), "")
    return summary

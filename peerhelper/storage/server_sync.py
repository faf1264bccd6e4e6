"""Syncing this site with the organisation server.

One sync:

1. makes sure the server's tables are of this version (``server.migrate_server``);
2. sends this site's topic list (codes unknown there are added) and takes
   the organisation's: new topics are added here and the organisation's
   later changes (labels, retirement) are followed;
3. syncs the referral directory both ways, whole entries, the later change
   winning (``storage.directory_sync``);
4. sends the sessions changed here since the cursor (``storage.sync_state``),
   oldest change first, a batch at a time. Each batch is merged on the
   server in its own transaction (the same rule as a bundle merge: by
   uuid, the later ``updated_at`` wins, a deletion is a change) together
   with the directory entries its sessions refer to
   (``storage.directory_records``, for an entry the directory sync did not
   send), and the cursor moves here only after the server has committed
   it. A sync cut short anywhere therefore resumes where it stopped: at
   worst a batch is sent again, and it then changes nothing.

The shared local guides are folders, not rows here: ``guides.server_packs``
syncs them after this, from ``operations.sync``.

The local database is only read, and written for the cursor, the topics and
the directory in short transactions, so the volunteer's work goes on meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Engine, Row, and_, or_, select, text

from peerhelper.storage.database import Database
from peerhelper.storage.directory_records import merge_entries, read_entries, referred
from peerhelper.storage.directory_sync import DirectoryCounts, sync_directory
from peerhelper.storage.session_records import SESSIONS, MergeCounts, merge_records, read_records
from peerhelper.storage.site_bundles import here_site
from peerhelper.storage.sync_state import Cursor, read_cursor, save_cursor
from peerhelper.storage.topic_records import merge_topics, read_topics

BATCH = 1000
# Taken for each batch: two PeerHelpers merging the same session never race.
_PUSH_LOCK = 0x7065_6573

# Called with (sessions sent so far, sessions to send).
SyncProgress = Callable[[int, int], None]


@dataclass
class SyncResult:
    """What one sync did; the guides' part is filled in by ``operations.sync``."""

    to_send: int = 0
    counts: MergeCounts = field(default_factory=MergeCounts)
    topics_added: list[str] = field(default_factory=list)
    directory: DirectoryCounts = field(default_factory=DirectoryCounts)
    guides_sent: list[str] = field(default_factory=list)  # "id version"
    guides_received: list[str] = field(default_factory=list)
    guides_refused: list[str] = field(default_factory=list)

    @property
    def sent(self) -> int:
        return self.counts.total

    @property
    def refused(self) -> list[str]:
        """Why each directory entry or guide was not taken or not sent (English)."""
        return self.directory.refused + self.guides_refused

    def figures(self) -> dict[str, int]:
        """The counts that Settings shows for the last sync (``sync_state.LastSync``)."""
        return {
            "sessions_sent": self.sent,
            "sessions_new": self.counts.new,
            "sessions_updated": self.counts.updated,
            "topics_added": len(self.topics_added),
            "entries_received": self.directory.received,
            "entries_sent": self.directory.sent,
            "guides_received": len(self.guides_received),
            "guides_sent": len(self.guides_sent),
            "refused": len(self.refused),
        }


def pending_sessions(db: Database) -> list[tuple[int, Cursor]]:
    """Row ids of the sessions changed since the cursor, oldest change first."""
    with db.engine.connect() as connection:
        cursor = read_cursor(connection)
        query = select(SESSIONS.c.id, SESSIONS.c.updated_at, SESSIONS.c.uuid)
        if cursor is not None:
            query = query.where(
                or_(
                    SESSIONS.c.updated_at > cursor.updated_at,
                    and_(SESSIONS.c.updated_at == cursor.updated_at, SESSIONS.c.uuid > cursor.uuid),
                )
            )
        query = query.order_by(SESSIONS.c.updated_at, SESSIONS.c.uuid)
        rows: Iterable[Row[int, datetime, str]] = connection.execute(query)
        return [(row_id, Cursor(updated, uuid)) for row_id, updated, uuid in rows]


def push_sessions(
    db: Database, server: Engine, progress: SyncProgress | None = None, batch: int = BATCH
) -> SyncResult:
    """Send the sessions changed here since the last sync (see the module docstring)."""
    here = here_site(db)
    pending = pending_sessions(db)
    result = SyncResult(to_send=len(pending))
    for start in range(0, len(pending), batch):
        part = pending[start : start + batch]
        with db.engine.connect() as local:
            records = read_records(local, [row_id for row_id, _ in part], here)
            entries = read_entries(local, referred(records))
        with server.begin() as remote:
            remote.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PUSH_LOCK})
            merge_entries(remote, entries)
            result.counts += merge_records(remote, records, here_id="")
        with db.engine.begin() as local:
            save_cursor(local, part[-1][1])
        if progress is not None:
            progress(start + len(part), len(pending))
    return result


def push_topics(db: Database, server: Engine) -> None:
    """Add this site's topic codes unknown there, so its sessions and entries can name them."""
    with db.engine.connect() as local:
        topics = read_topics(local)
    with server.begin() as remote:
        merge_topics(remote, topics)


def pull_topics(db: Database, server: Engine) -> list[str]:
    """Take the organisation's topic list; returns the codes added here."""
    with server.connect() as remote:
        topics = read_topics(remote)
    with db.engine.begin() as local:
        return merge_topics(local, topics, follow=True)


def sync(
    db: Database, server: Engine, progress: SyncProgress | None = None, batch: int = BATCH
) -> SyncResult:
    from peerhelper.storage.server import migrate_server

    migrate_server(server)
    push_topics(db, server)
    topics_added = pull_topics(db, server)
    directory = sync_directory(db, server, _PUSH_LOCK)
    result = push_sessions(db, server, progress, batch)
    result.topics_added = topics_added
    result.directory = directory
    return result

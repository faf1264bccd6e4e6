"""The referral directory over the organisation server: every entry, whole, both ways.

The directory is shared by the organisation's sites: an entry added or
changed at one site reaches the server at its next sync and every other
site at theirs, with its address, hours, notes and topics. Entries are
matched by ``uuid``; the later ``updated_at`` wins, an equal one changes
nothing; retiring an entry is a change like any other, so it is retired
everywhere. A sync never deletes an entry (sessions may refer to it).

Each sync compares the two sides by ``uuid`` and ``updated_at`` only (two
columns, a few thousand rows at most), then sends and takes the entries
that differ in batches, each in its own transaction that writes an entry
only if it is still the later one. Nothing is remembered between syncs, so
a sync cut short loses nothing: the next comparison finds what is left, and
what already went through is equal and left alone. (The sessions' cursor
would not do here: an entry taken from the server carries the ``updated_at``
of the site that changed it, which says nothing about when it reached the
server.)

An entry taken from the server is checked as if typed here
(``domain.directory.validate``, and no other entry here with the same name,
since the session form and the exports name entries); one that fails is
left out, named in the result, and tried again at the next sync.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, text, update

from peerhelper.domain.directory import DirectoryEntryData, validate
from peerhelper.storage.database import Database
from peerhelper.storage.models import DirectoryEntry, DirectoryTopic, table_of
from peerhelper.storage.topic_records import TOPICS

ENTRIES = table_of(DirectoryEntry)
ENTRY_TOPICS = table_of(DirectoryTopic)
FULL_FIELDS = (
    "uuid",
    "device_id",
    "created_at",
    "updated_at",
    "name",
    "kind",
    "languages",
    "address",
    "phone",
    "web",
    "hours",
    "accessibility",
    "paid",
    "notes",
    "checked",
    "retired",
    "source",
)
BATCH = 200
_CHUNK = 500  # uuids per statement, well under SQLite's limit on bound values

EntryRecord = dict[str, Any]
# Problems with a record taken from the server; an empty list lets it in.
Check = Callable[[EntryRecord], list[str]]


@dataclass
class DirectoryCounts:
    """What a sync did with the directory."""

    received_new: int = 0
    received_updated: int = 0
    sent_new: int = 0
    sent_updated: int = 0
    refused: list[str] = field(default_factory=list)

    @property
    def received(self) -> int:
        return self.received_new + self.received_updated

    @property
    def sent(self) -> int:
        return self.sent_new + self.sent_updated


def versions(connection: Connection) -> dict[str, datetime]:
    """Every entry's ``uuid`` and ``updated_at``."""
    return dict(connection.execute(select(ENTRIES.c.uuid, ENTRIES.c.updated_at)).all())


def read_full(connection: Connection, uuids: Collection[str]) -> list[EntryRecord]:
    """The whole records of the entries with ``uuids``, with their ``topics`` in order."""
    wanted = list(uuids)
    records: dict[int, EntryRecord] = {}
    columns = [ENTRIES.c.id, *(ENTRIES.c[name] for name in FULL_FIELDS)]
    for start in range(0, len(wanted), _CHUNK):
        query = select(*columns).where(ENTRIES.c.uuid.in_(wanted[start : start + _CHUNK]))
        for row in connection.execute(query):
            records[int(row[0])] = dict(zip(FULL_FIELDS, row[1:], strict=True)) | {"topics": []}
    ids = list(records)
    for start in range(0, len(ids), _CHUNK):
        query = (
            select(ENTRY_TOPICS.c.entry_id, ENTRY_TOPICS.c.topic)
            .where(ENTRY_TOPICS.c.entry_id.in_(ids[start : start + _CHUNK]))
            .order_by(ENTRY_TOPICS.c.entry_id, ENTRY_TOPICS.c.position)
        )
        for link in connection.execute(query):
            records[link[0]]["topics"].append(link[1])
    return sorted(records.values(), key=lambda record: record["uuid"])


def write_later(
    connection: Connection,
    records: Iterable[EntryRecord],
    counts: DirectoryCounts,
    *,
    sent: bool,
    check: Check | None = None,
) -> None:
    """Write each record whose ``updated_at`` is later than the entry's here, or that is new."""
    records = list(records)
    known = {
        record["uuid"]: record
        for record in read_full(connection, [record["uuid"] for record in records])
    }
    ids: dict[str, int] = dict(
        connection.execute(
            select(ENTRIES.c.uuid, ENTRIES.c.id).where(ENTRIES.c.uuid.in_(list(known)))
        ).all()
    )
    for record in records:
        here = known.get(record["uuid"])
        if here is not None and not record["updated_at"] > here["updated_at"]:
            continue  # changed here meanwhile, or already taken
        if here is not None and _content(here) == _content(record):
            # The same entry with another time (a starter entry, added on each site by its
            # own first start): only the time is taken, so the two sides agree from now on.
            statement = update(ENTRIES).where(ENTRIES.c.id == ids[record["uuid"]])
            connection.execute(statement.values(updated_at=record["updated_at"]))
            continue
        problems = check(record) if check is not None else []
        if problems:
            counts.refused.append(
                f"The directory entry {record['name']!r} from the organisation server was not "
                f"taken: {'; '.join(problems)}."
            )
            continue
        values = {name: record[name] for name in FULL_FIELDS}
        if here is None:
            inserted = connection.execute(insert(ENTRIES).values(**values)).inserted_primary_key
            row_id = int(inserted[0]) if inserted is not None else 0
        else:
            row_id = ids[record["uuid"]]
            connection.execute(update(ENTRIES).where(ENTRIES.c.id == row_id).values(**values))
            connection.execute(delete(ENTRY_TOPICS).where(ENTRY_TOPICS.c.entry_id == row_id))
        if record["topics"]:
            rows = [
                {"entry_id": row_id, "topic": topic, "position": n}
                for n, topic in enumerate(record["topics"])
            ]
            connection.execute(insert(ENTRY_TOPICS), rows)
        new = here is None
        if sent:
            counts.sent_new += new
            counts.sent_updated += not new
        else:
            counts.received_new += new
            counts.received_updated += not new


def _content(record: EntryRecord) -> dict[str, Any]:
    """What a volunteer sees of an entry: everything but who made it and when."""
    skipped = ("device_id", "created_at", "updated_at")
    return {name: value for name, value in record.items() if name not in skipped}


class TakenCheck:
    """What keeps an entry from the server out of this site's directory (see the docstring).

    Made for one transaction: it reads the topic codes and the entries' names
    once, and learns the names of the entries it lets in.
    """

    def __init__(self, connection: Connection) -> None:
        self.codes: set[str] = set(connection.scalars(select(TOPICS.c.code)))
        self.names: dict[str, str] = {
            str(row[0]): _folded(str(row[1]))
            for row in connection.execute(select(ENTRIES.c.uuid, ENTRIES.c.name))
        }

    def __call__(self, record: EntryRecord) -> list[str]:
        scalars = ("address", "phone", "web", "hours", "accessibility", "paid", "notes")
        data = DirectoryEntryData(
            name=record["name"],
            kind=record["kind"],
            topics=list(record["topics"]),
            languages=record["languages"].split(),
            **{name: record[name] for name in scalars},
            checked=record["checked"],
            retired=record["retired"],
            source=record["source"],
            uuid=record["uuid"],
        )
        problems = [str(problem) for problem in validate(data, self.codes)]
        folded = _folded(data.name)
        if any(name == folded and uuid != data.uuid for uuid, name in self.names.items()):
            problems.append("another entry here has the same name; rename one of them")
        if not problems:
            self.names[record["uuid"]] = folded
        return problems


def _folded(name: str) -> str:
    """The name as ``domain.directory.same_name`` compares it."""
    return " ".join(name.split()).casefold()


def sync_directory(
    db: Database, server: Engine, lock: int, batch: int | None = None
) -> DirectoryCounts:
    """Send the entries newer here, take those newer there (see the module docstring).

    The server's topics must already hold every topic code of this site's
    entries, and this site's those of the server's (``server_sync`` syncs
    the topics first).
    """
    counts = DirectoryCounts()
    batch = batch or BATCH
    with db.engine.connect() as local:
        here = versions(local)
    with server.connect() as remote:
        there = versions(remote)
    to_send = sorted(u for u, at in here.items() if u not in there or at > there[u])
    to_take = sorted(u for u, at in there.items() if u not in here or at > here[u])
    for start in range(0, len(to_send), batch):
        with db.engine.connect() as local:
            records = read_full(local, to_send[start : start + batch])
        with server.begin() as remote:
            remote.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock})
            write_later(remote, records, counts, sent=True)
    for start in range(0, len(to_take), batch):
        with server.connect() as remote:
            records = read_full(remote, to_take[start : start + batch])
        with db.engine.begin() as local:
            write_later(local, records, counts, sent=False, check=TakenCheck(local))
    return counts

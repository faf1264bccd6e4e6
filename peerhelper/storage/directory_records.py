"""The directory entries a session log refers to, as records that travel with it.

A session's referrals name directory entries by their UUIDs, and the
``session_referral`` table's foreign key needs each entry to exist. So a
site bundle and a sync carry, for every entry their sessions refer to, the
entry's ``uuid``, ``name``, ``kind``, ``retired`` and ``updated_at``: enough
to count a referral by service and by kind, and to name the service. The
rest of an entry (address, hours, notes) is the site's own directory, shared
as a directory file (``peerhelper directory export``), not with the log.

An entry unknown here is added *retired*: the sessions that refer to it keep
their meaning and it is counted and named, but it is not offered when a
client is referred here, for it is another site's service. An entry known
here is left as it is.

Such a stand-in is dated :data:`STAND_IN_TIME`, older than any real change,
so that wherever the whole entry comes later (the directory sync with the
organisation server, ``storage.directory_sync``) it wins over the stand-in.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from peerhelper.storage.models import DirectoryEntry, table_of

ENTRIES = table_of(DirectoryEntry)
ENTRY_FIELDS = ("uuid", "name", "kind", "retired", "updated_at")
_CHUNK = 500  # uuids per statement, well under SQLite's limit on bound values
STAND_IN_TIME = datetime(2000, 1, 1)

EntryRecord = dict[str, Any]


def referred(records: Iterable[dict[str, Any]]) -> list[str]:
    """The UUIDs of the entries the session ``records`` refer to, once each."""
    return list(dict.fromkeys(uuid for record in records for uuid in record["referrals"]))


def read_entries(connection: Connection, uuids: Collection[str]) -> list[EntryRecord]:
    """The records of the entries with ``uuids`` (those that exist here)."""
    wanted = list(uuids)
    columns = [ENTRIES.c[name] for name in ENTRY_FIELDS]
    found = []
    for start in range(0, len(wanted), _CHUNK):
        query = select(*columns).where(ENTRIES.c.uuid.in_(wanted[start : start + _CHUNK]))
        found += [dict(zip(ENTRY_FIELDS, row, strict=True)) for row in connection.execute(query)]
    return sorted(found, key=lambda entry: entry["uuid"])


def merge_entries(connection: Connection, entries: Iterable[EntryRecord]) -> list[str]:
    """Add the entries unknown here, retired; returns the names of those added."""
    given = {entry["uuid"]: entry for entry in entries}
    uuids = list(given)
    known: set[str] = set()
    for start in range(0, len(uuids), _CHUNK):
        query = select(ENTRIES.c.uuid).where(ENTRIES.c.uuid.in_(uuids[start : start + _CHUNK]))
        known.update(connection.scalars(query))
    new = [entry for uuid, entry in given.items() if uuid not in known]
    if new:
        rows = [
            {
                "uuid": entry["uuid"],
                "name": entry["name"],
                "kind": entry["kind"],
                "retired": True,
                "updated_at": STAND_IN_TIME,
            }
            for entry in new
        ]
        connection.execute(insert(ENTRIES), rows)
    return [entry["name"] for entry in new]

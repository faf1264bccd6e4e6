"""Sessions as whole records, read from one database and merged into another.

A *record* is a plain dict: every column of a session that means something
outside this database (its uuid, the device that made it, its site, its
times, its deletion, its fields) and each of its ``LIST_FIELDS`` (topics,
barriers, guides, referrals) as a list, kept in the tables
``storage.session_rows`` names. Site bundles carry records as JSON lines and the sync
with an organisation server sends them to PostgreSQL; both read them here
and both merge them with :func:`merge_records`, so there is one rule for
combining logs:

- a session is known by its uuid; a new one is added;
- a known one is replaced only by a record whose ``updated_at`` is later
  (a deletion is a change like any other: it travels as ``deleted_at`` with
  a later ``updated_at``, and so it is honoured);
- an equal or older record changes nothing, so merging twice is harmless.

A session's site is stored only for sessions from elsewhere; this
installation's own have an empty ``site_id`` (see ``models.SupportSession``).
Records leave with their site filled in (:class:`Site`), and a record that
comes back home is stored as this installation's own again.

Everything runs on a connection whose transaction the caller holds, with
statements that both SQLite and PostgreSQL understand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, select, update

from peerhelper.domain.session import LIST_FIELDS, SCALAR_FIELDS
from peerhelper.storage.session_rows import LIST_TABLES, SESSIONS, read_lists

Record = dict[str, Any]

TIME_FIELDS = ("created_at", "updated_at", "deleted_at", "started_at")
# Every column a record carries, in the order records are written.
RECORD_COLUMNS = (
    "uuid",
    "device_id",
    "site_id",
    "site_name",
    "created_at",
    "updated_at",
    "deleted_at",
    *SCALAR_FIELDS,
)
CHUNK = 500  # records per statement: well under SQLite's limit on bound values


@dataclass(frozen=True)
class Site:
    """A site as records name it: its site-device id and its name."""

    id: str
    name: str = ""


@dataclass
class MergeCounts:
    """What a merge did: sessions added, replaced by a later version, left as they were."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    # The earliest ``updated_at`` among the sessions written: a sync must send them.
    earliest: datetime | None = None

    def __iadd__(self, other: MergeCounts) -> MergeCounts:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        if other.earliest is not None and (self.earliest is None or other.earliest < self.earliest):
            self.earliest = other.earliest
        return self

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged


# -- reading --------------------------------------------------------------------
def read_records(connection: Connection, row_ids: Sequence[int], here: Site) -> list[Record]:
    """The records of the sessions with ``row_ids``, in that order, their sites filled in."""
    found: dict[int, Record] = {}
    columns = [SESSIONS.c.id, *(SESSIONS.c[name] for name in RECORD_COLUMNS)]
    lists: dict[str, dict[int, list[str]]] = {name: {} for name in LIST_FIELDS}
    for start in range(0, len(row_ids), CHUNK):
        chunk = list(row_ids[start : start + CHUNK])
        for row in connection.execute(select(*columns).where(SESSIONS.c.id.in_(chunk))):
            row_id, *values = row
            record = dict(zip(RECORD_COLUMNS, values, strict=True))
            if not record["site_id"]:
                record["site_id"], record["site_name"] = here.id, here.name
            found[row_id] = record
        for name, found_lists in read_lists(connection, chunk).items():
            lists[name].update(found_lists)
    records = []
    for row_id in row_ids:
        record = found[row_id]
        for name in LIST_FIELDS:
            record[name] = lists[name].get(row_id, [])
        records.append(record)
    return records


# -- merging --------------------------------------------------------------------
def merge_records(connection: Connection, records: Iterable[Record], here_id: str) -> MergeCounts:
    """Merge ``records`` into the sessions (see the module docstring).

    ``here_id`` is the site-device id of the database written to; records of
    its own site are stored as its own. The topics and directory entries the
    records name must exist already (``topic_records``, ``directory_records``).
    """
    counts = MergeCounts()
    batch: dict[str, Record] = {}
    for record in records:
        earlier = batch.get(record["uuid"])
        if earlier is not None:
            counts.unchanged += 1  # the same session twice in one go: the later one counts
            if earlier["updated_at"] >= record["updated_at"]:
                continue
        batch[record["uuid"]] = record
        if len(batch) >= CHUNK:
            counts += _merge_chunk(connection, list(batch.values()), here_id)
            batch = {}
    if batch:
        counts += _merge_chunk(connection, list(batch.values()), here_id)
    return counts


def _merge_chunk(connection: Connection, records: list[Record], here_id: str) -> MergeCounts:
    uuids = [record["uuid"] for record in records]
    query = select(SESSIONS.c.uuid, SESSIONS.c.id, SESSIONS.c.updated_at)
    existing = {
        uuid: (row_id, updated)
        for uuid, row_id, updated in connection.execute(query.where(SESSIONS.c.uuid.in_(uuids)))
    }
    new: list[Record] = []
    changed: list[tuple[int, Record]] = []
    for record in records:
        if record["site_id"] == here_id:
            record = {**record, "site_id": "", "site_name": ""}
        known = existing.get(record["uuid"])
        if known is None:
            new.append(record)
        elif record["updated_at"] > _naive(known[1]):
            changed.append((known[0], record))
    _insert(connection, new)
    _update(connection, changed)
    written = [record["updated_at"] for record in new] + [r["updated_at"] for _, r in changed]
    unchanged = len(records) - len(written)
    return MergeCounts(len(new), len(changed), unchanged, min(written, default=None))


def _naive(value: datetime) -> datetime:
    return value.replace(tzinfo=None) if value.tzinfo else value


def _insert(connection: Connection, records: list[Record]) -> None:
    if not records:
        return
    insert_rows = _Inserter(connection, SESSIONS, RECORD_COLUMNS)
    insert_rows([tuple(record[name] for name in RECORD_COLUMNS) for record in records])
    uuids = [record["uuid"] for record in records]
    query = select(SESSIONS.c.uuid, SESSIONS.c.id).where(SESSIONS.c.uuid.in_(uuids))
    row_ids = dict(connection.execute(query).all())
    _insert_children(connection, [(row_ids[record["uuid"]], record) for record in records])


def _update(connection: Connection, changes: list[tuple[int, Record]]) -> None:
    if not changes:
        return
    values = {name: bindparam(f"new_{name}") for name in RECORD_COLUMNS if name != "uuid"}
    statement = update(SESSIONS).where(SESSIONS.c.id == bindparam("row_id")).values(values)
    rows = [
        {"row_id": row_id} | {f"new_{name}": record[name] for name in RECORD_COLUMNS}
        for row_id, record in changes
    ]
    connection.execute(statement, rows)
    row_ids = [row_id for row_id, _ in changes]
    for where in LIST_TABLES.values():
        connection.execute(delete(where.table).where(where.table.c.session_id.in_(row_ids)))
    _insert_children(connection, changes)


def _insert_children(connection: Connection, sessions: list[tuple[int, Record]]) -> None:
    for name, where in LIST_TABLES.items():
        rows = [row for row_id, record in sessions for row in where.values(row_id, record[name])]
        _Inserter(connection, where.table, where.insert_columns)(rows)


class _Inserter:
    """An ``INSERT`` run with many rows of plain values, in the driver's own form.

    Core's ``insert()`` spends as long preparing each row's parameters as the
    database spends storing it; plain tuples through the driver's
    ``executemany`` are several times faster. Times go through the column
    type's own bind processor, so what is stored is what the ORM would store.
    """

    def __init__(self, connection: Connection, table: Table, columns: Sequence[str]) -> None:
        self.connection = connection
        dialect = connection.dialect
        mark = "?" if dialect.paramstyle == "qmark" else "%s"
        names = ", ".join(columns)
        marks = ", ".join(mark for _ in columns)
        self.sql = f"INSERT INTO {table.name} ({names}) VALUES ({marks})"
        self.processors: list[tuple[int, Callable[[Any], Any]]] = []
        for n, name in enumerate(columns):
            process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                self.processors.append((n, process))

    def __call__(self, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if self.processors:
            rows = [self._processed(row) for row in rows]
        for start in range(0, len(rows), 10 * CHUNK):
            self.connection.exec_driver_sql(self.sql, rows[start : start + 10 * CHUNK])

    def _processed(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        values = list(row)
        for n, process in self.processors:
            values[n] = process(values[n])
        return tuple(values)


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]

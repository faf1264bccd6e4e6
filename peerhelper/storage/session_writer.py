"""Writing many sessions at once with plain inserts: the fast path of an import.

``sessions_repo.write_sessions`` goes through the ORM, one object per session
and per topic, barrier and guide; for an import of a hundred thousand rows
that took over a minute, almost all of it in the unit of work. Here the same
rows are written with one ``executemany`` per table and batch. New rows go
to the driver as plain tuples: even Core's ``insert()`` spends as long
preparing each row's parameters as SQLite spends storing it. Their SQL is
built from the table definitions, and times pass through the column type's
own bind processor, so the stored text is exactly what the ORM would write.
The caller has validated the sessions and holds the transaction, so a
failure anywhere rolls back all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, update

from peerhelper.domain.session import SCALAR_FIELDS, SessionData
from peerhelper.storage.models import new_uuid, utc_now
from peerhelper.storage.session_rows import LIST_TABLES
from peerhelper.storage.session_rows import SESSIONS as _SESSIONS

_PLAIN_FIELDS = tuple(name for name in SCALAR_FIELDS if name != "started_at")
_plain_values = attrgetter(*_PLAIN_FIELDS)
_SESSION_COLUMNS = (
    "uuid",
    "device_id",
    "created_at",
    "updated_at",
    "deleted_at",
    "started_at",
    *_PLAIN_FIELDS,
)


def insert_sessions(
    connection: Connection, device_id: str, sessions: Sequence[SessionData]
) -> None:
    """Add ``sessions`` as new ones; a session without a uuid is given one.

    At most a few hundred at a time: their ids are looked up in one query.
    """
    if not sessions:
        return
    insert_rows = _Inserter(connection, _SESSIONS, _SESSION_COLUMNS)
    now = insert_rows.bind("created_at", utc_now())
    uuids = [data.uuid or new_uuid() for data in sessions]
    started = insert_rows.processor("started_at")
    rows = [
        (uuid, device_id, now, now, None, started(data.started_at), *_plain_values(data))
        for uuid, data in zip(uuids, sessions, strict=True)
    ]
    insert_rows(rows)
    marks = ", ".join("?" * len(uuids))
    query = f"SELECT uuid, id FROM {_SESSIONS.name} WHERE uuid IN ({marks})"
    row_ids = dict(connection.exec_driver_sql(query, tuple(uuids)).all())
    pairs = zip(uuids, sessions, strict=True)
    _insert_children(connection, [(row_ids[uuid], data) for uuid, data in pairs])


def update_sessions(connection: Connection, changes: Sequence[tuple[int, SessionData]]) -> None:
    """Replace the fields, topics, barriers and guides of existing sessions, by row id."""
    if not changes:
        return
    now = utc_now()
    values = {name: bindparam(f"new_{name}") for name in (*SCALAR_FIELDS, "updated_at")}
    statement = update(_SESSIONS).where(_SESSIONS.c.id == bindparam("row_id")).values(values)
    rows = [
        {"row_id": row_id, "new_updated_at": now}
        | {f"new_{name}": getattr(data, name) for name in SCALAR_FIELDS}
        for row_id, data in changes
    ]
    connection.execute(statement, rows)
    row_ids = [row_id for row_id, _ in changes]
    for where in LIST_TABLES.values():
        table = where.table
        connection.execute(delete(table).where(table.c.session_id.in_(row_ids)))
    _insert_children(connection, changes)


def _insert_children(connection: Connection, sessions: Sequence[tuple[int, SessionData]]) -> None:
    for name, where in LIST_TABLES.items():
        rows = [
            row for row_id, data in sessions for row in where.values(row_id, getattr(data, name))
        ]
        _Inserter(connection, where.table, where.insert_columns)(rows)


class _Inserter:
    """An ``INSERT`` of ``columns`` into ``table``, run with many rows of plain values."""

    def __init__(self, connection: Connection, table: Table, columns: Sequence[str]) -> None:
        self.connection = connection
        self.table = table
        names = ", ".join(table.c[name].name for name in columns)
        marks = ", ".join("?" for _ in columns)
        self.sql = f"INSERT INTO {table.name} ({names}) VALUES ({marks})"

    def processor(self, name: str) -> Callable[[Any], Any]:
        """How the column's type turns a value into what the driver stores."""
        dialect = self.connection.dialect
        process = self.table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        return process or (lambda value: value)

    def bind(self, name: str, value: object) -> object:
        return self.processor(name)(value)

    def __call__(self, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            self.connection.exec_driver_sql(self.sql, rows)

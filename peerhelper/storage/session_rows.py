"""The one mapping between a session (``domain.session.SessionData``) and its rows.

A session is one row of ``support_session`` with a column per name in
``SCALAR_FIELDS``, and one row per item of each list in ``LIST_FIELDS``, in
the table named here. Saving through the ORM (``sessions_repo``), the fast
import (``session_writer``), the export and the import's look-ups
(``sessions_csv``) all go through this module, so a new field is added to
the field lists, the model and a migration, and nowhere else; a test checks
that the field lists and the model's columns agree.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, select

from peerhelper.domain.session import SCALAR_FIELDS, SessionData, dedupe, session_from
from peerhelper.storage.models import (
    SessionBarrier,
    SessionGuide,
    SessionReferral,
    SessionTopic,
    SupportSession,
)

SESSIONS: Table = SupportSession.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class ListTable:
    """Where one list field of a session is kept: a table, its value column, and order."""

    model: type[SessionTopic] | type[SessionBarrier] | type[SessionGuide] | type[SessionReferral]
    column: str
    ordered: bool = False

    @property
    def table(self) -> Table:
        return self.model.__table__  # type: ignore[return-value]

    def row(self, value: str, position: int) -> Any:
        extra = {"position": position} if self.ordered else {}
        return self.model(**{self.column: value}, **extra)

    def values(self, session_id: int, items: list[str]) -> list[tuple[Any, ...]]:
        """Plain rows for an ``executemany`` insert (``insert_columns`` order)."""
        if self.ordered:
            return [(session_id, value, n) for n, value in enumerate(dedupe(items))]
        return [(session_id, value) for value in dedupe(items)]

    @property
    def insert_columns(self) -> tuple[str, ...]:
        return (
            ("session_id", self.column, "position") if self.ordered else ("session_id", self.column)
        )


# Every name in ``LIST_FIELDS`` and the relationship of ``SupportSession`` of the same name.
LIST_TABLES: dict[str, ListTable] = {
    "topics": ListTable(SessionTopic, "topic", ordered=True),
    "barriers": ListTable(SessionBarrier, "barrier"),
    "guides": ListTable(SessionGuide, "guide_id"),
    "referrals": ListTable(SessionReferral, "entry_uuid", ordered=True),
}


def scalar_columns() -> list[ColumnElement[Any]]:
    """The session table's columns for ``SCALAR_FIELDS``, in that order."""
    return [SESSIONS.c[name] for name in SCALAR_FIELDS]


def apply(row: SupportSession, data: SessionData) -> None:
    """Write every field of ``data`` onto an ORM row (its lists replace the old ones)."""
    for name in SCALAR_FIELDS:
        setattr(row, name, getattr(data, name))
    for name, where in LIST_TABLES.items():
        items = dedupe(getattr(data, name))
        setattr(row, name, [where.row(value, n) for n, value in enumerate(items)])


def to_data(row: SupportSession) -> SessionData:
    """The session an ORM row holds."""
    lists = {
        name: [getattr(item, where.column) for item in getattr(row, name)]
        for name, where in LIST_TABLES.items()
    }
    return session_from({name: getattr(row, name) for name in SCALAR_FIELDS}, lists, row.uuid)


def read_lists(connection: Connection, wanted: object) -> dict[str, dict[int, list[str]]]:
    """Every list of the sessions whose ids ``wanted`` selects, by field and session id."""
    return {name: _children(connection, where, wanted) for name, where in LIST_TABLES.items()}


def data_from_columns(
    scalars: Iterable[Any], lists: Mapping[str, Mapping[int, list[str]]], row_id: int, uuid: str
) -> SessionData:
    """A session from the values of ``scalar_columns()`` and its lists read by ``read_lists``."""
    own = {name: found.get(row_id, []) for name, found in lists.items()}
    return session_from(dict(zip(SCALAR_FIELDS, scalars, strict=True)), own, uuid)


def _children(connection: Connection, where: ListTable, wanted: object) -> dict[int, list[str]]:
    table = where.table
    query = select(table.c.session_id, table.c[where.column]).where(
        table.c.session_id.in_(wanted)  # type: ignore[arg-type]
    )
    order = [table.c.session_id, table.c.position] if where.ordered else [table.c.session_id]
    result: dict[int, list[str]] = defaultdict(list)
    for session_id, value in connection.execute(query.order_by(*order)).all():
        result[session_id].append(value)
    return result

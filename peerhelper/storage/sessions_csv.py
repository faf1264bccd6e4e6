"""Exporting support sessions to a CSV file and importing them back.

The file format is described in ``domain.sessions_csv``. What this module adds:

- **Export** writes every session that is not deleted, in the date range
  (whole days, both ends included), oldest first (the order of a ledger, and
  a later month's file simply follows an earlier one), ties by id. Quick
  tallies and paper rows are written like any other session. The file is
  written beside its target and renamed into place, so a failed export never
  leaves half a file (``atomic.atomic_output``).
- **Import** is all or nothing: the file is read and every row checked
  before the database is touched, and all rows are then written in one
  transaction. A row whose id is already here updates that session (keeping
  how it was first recorded: form, tally or paper); an identical row is left
  alone, so importing a file twice changes nothing, not even the update
  times. A row whose id belongs to a session deleted here stays deleted:
  the deletion is honoured, as it will be when sites merge their logs.
  Rows without an id become new sessions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import ColumnElement, Connection, and_, select

from peerhelper.atomic import atomic_output
from peerhelper.domain.session import SCALAR_FIELDS, Problem, SessionData
from peerhelper.domain.sessions_csv import (
    LineProblem,
    SessionImportError,
    decode_csv,
    parse_sessions_csv,
    session_cells,
    write_sessions_csv,
)
from peerhelper.storage.database import Database
from peerhelper.storage.models import (
    SessionBarrier,
    SessionGuide,
    SessionTopic,
    SupportSession,
)
from peerhelper.storage.sessions_repo import topic_codes, write_sessions

__all__ = [
    "MAX_FILE_BYTES",
    "ImportResult",
    "SessionImportError",
    "export_sessions",
    "import_sessions",
]

# About 200,000 sessions with long notes; anything bigger is not a session log.
MAX_FILE_BYTES = 64 * 1024 * 1024
_CHUNK = 500  # ids per query, well under SQLite's limit on bound values

_SESSIONS = SupportSession.__table__
_SCALAR_COLUMNS = SCALAR_FIELDS


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int = 0
    # Rows for sessions that were deleted here; they were left deleted.
    kept_deleted: int = 0


def export_sessions(
    db: Database, path: Path, first_day: date | None = None, last_day: date | None = None
) -> int:
    """Write the sessions from ``first_day`` to ``last_day`` (inclusive) to ``path``.

    Either end may be None for "no limit". Returns the number of sessions written.
    """
    conditions = [_SESSIONS.c.deleted_at.is_(None)]
    if first_day is not None:
        conditions.append(_SESSIONS.c.started_at >= datetime.combine(first_day, time()))
    if last_day is not None and last_day < date.max:  # the last possible day has no day after
        day_after = datetime.combine(last_day + timedelta(days=1), time())
        conditions.append(_SESSIONS.c.started_at < day_after)
    with (
        atomic_output(path, "w", encoding="utf-8-sig", newline="") as out,
        db.engine.connect() as connection,
    ):
        sessions = (data for data, _ in _read(connection, and_(*conditions)))
        count = write_sessions_csv(out, sessions)
    return count


def import_sessions(db: Database, path: Path) -> ImportResult:
    """Import every session in the CSV file at ``path``, or none.

    Raises :class:`SessionImportError` (a ``BadInputError``) with every
    line-numbered problem; the database is then unchanged.
    """
    rows = parse_sessions_csv(decode_csv(_read_file(path)), topic_codes(db))
    created = updated = unchanged = kept_deleted = 0
    with db.session() as s:
        ids = [row.session.uuid for row in rows if row.session.uuid]
        existing = _existing(s.connection(), ids)
        to_write = []
        for row in rows:
            data = row.session
            found = existing.get(data.uuid) if data.uuid else None
            if found is None:
                created += 1
                to_write.append(data)
                continue
            old, deleted = found
            if deleted:
                kept_deleted += 1
            elif session_cells(old) == session_cells(data):
                unchanged += 1
            else:
                updated += 1
                to_write.append(data.copy(source=old.source))
        write_sessions(s, db.device_id, to_write)
    return ImportResult(created, updated, unchanged, kept_deleted)


def _read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // (1024 * 1024)
            detail = f"the file is {size // (1024 * 1024)} MB; the limit is {limit} MB"
            raise SessionImportError([LineProblem(0, Problem("file", "too_big", detail))])
        return path.read_bytes()
    except OSError as exc:
        detail = f"cannot read {path}: {exc.strerror or exc}"
        raise SessionImportError([LineProblem(0, Problem("file", "unreadable", detail))]) from exc


def _existing(connection: Connection, ids: list[str]) -> dict[str, tuple[SessionData, bool]]:
    """The sessions already here with one of ``ids``, and whether each is deleted."""
    found: dict[str, tuple[SessionData, bool]] = {}
    for start in range(0, len(ids), _CHUNK):
        condition = _SESSIONS.c.uuid.in_(ids[start : start + _CHUNK])
        for data, deleted in _read(connection, condition):
            found[data.uuid or ""] = (data, deleted)
    return found


def _read(
    connection: Connection, condition: ColumnElement[bool]
) -> Iterator[tuple[SessionData, bool]]:
    """Sessions matching ``condition``, oldest first, each with its deleted flag.

    Four plain queries (sessions, then their topics, barriers and guides)
    rather than the ORM: an export may hold a hundred thousand sessions.
    """
    wanted = select(_SESSIONS.c.id).where(condition)
    topics = _children(connection, SessionTopic.__table__.c.topic, wanted, ordered=True)
    barriers = _children(connection, SessionBarrier.__table__.c.barrier, wanted)
    guides = _children(connection, SessionGuide.__table__.c.guide_id, wanted)
    query = (
        select(_SESSIONS.c.id, _SESSIONS.c.uuid, _SESSIONS.c.deleted_at, *_scalar_columns())
        .where(condition)
        .order_by(_SESSIONS.c.started_at, _SESSIONS.c.uuid)
    )
    for row_id, uuid, deleted_at, *scalars in connection.execute(query).all():
        data = SessionData(
            **dict(zip(_SCALAR_COLUMNS, scalars, strict=True)),
            topics=topics.get(row_id, []),
            barriers=barriers.get(row_id, []),
            guides=guides.get(row_id, []),
            uuid=uuid,
        )
        yield data, deleted_at is not None


def _scalar_columns() -> Iterable[ColumnElement[object]]:
    return [_SESSIONS.c[name] for name in _SCALAR_COLUMNS]


def _children(
    connection: Connection, column: ColumnElement[str], wanted: object, ordered: bool = False
) -> dict[int, list[str]]:
    table = column.table  # type: ignore[attr-defined]
    query = select(table.c.session_id, column).where(table.c.session_id.in_(wanted))
    order = [table.c.session_id, table.c.position] if ordered else [table.c.session_id]
    query = query.order_by(*order)
    result: dict[int, list[str]] = defaultdict(list)
    for session_id, value in connection.execute(query).all():
        result[session_id].append(value)
    return result

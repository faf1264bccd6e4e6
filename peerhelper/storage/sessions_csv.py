"""Exporting support sessions to a CSV file and importing them back.

The file format is described in ``domain.sessions_csv``. What this module adds:

- **Export** writes every session that is not deleted, in the date range
  (whole days, both ends included), oldest first (the order of a ledger, and
  a later month's file simply follows an earlier one), ties by id. Quick
  tallies and paper rows are written like any other session. The file is
  written beside its target and renamed into place, so a failed export never
  leaves half a file (``atomic.atomic_output``).
- **Import** is all or nothing, and streams: the file is read and checked
  a batch of rows at a time, and each batch is written inside one
  transaction that is committed only when the whole file has been read
  without a problem, and rolled back otherwise (a full disk included).
  Memory stays the same whatever the file's length; the file itself is
  read only if it is a regular file under the size limit
  (``domain.csv_lines``). An id that comes twice in the file is a problem.
  A row whose id is already here updates that session (keeping
  how it was first recorded: form, tally or paper); an identical row is left
  alone, so importing a file twice changes nothing, not even the update
  times. A row whose id belongs to a session deleted here stays deleted:
  the deletion is honoured, as it will be when sites merge their logs.
  Rows without an id become new sessions.
- **Referrals** are written as the directory entries' names and read back by
  name (letter case aside); a name that no entry here has is a problem. A
  file without the ``referrals`` column leaves a session's referrals as
  they are.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import ColumnElement, Connection, and_, select
from sqlalchemy.exc import DBAPIError

from peerhelper.atomic import atomic_output, is_disk_full
from peerhelper.domain import csv_lines
from peerhelper.domain.csv_lines import CsvFileProblem, CsvLines
from peerhelper.domain.import_problems import LineProblem, ProblemList, SessionImportError
from peerhelper.domain.session import Problem, SessionData
from peerhelper.domain.sessions_csv import (
    ParsedRow,
    read_sessions_csv,
    session_cells,
    unknown_referral,
    write_sessions_csv,
)
from peerhelper.errors import DiskFullError
from peerhelper.storage import session_rows
from peerhelper.storage.database import Database
from peerhelper.storage.models import DirectoryEntry
from peerhelper.storage.session_rows import SESSIONS as _SESSIONS
from peerhelper.storage.session_rows import scalar_columns
from peerhelper.storage.session_writer import insert_sessions, update_sessions
from peerhelper.storage.sessions_repo import topic_codes

__all__ = [
    "MAX_FILE_BYTES",
    "ImportResult",
    "SessionImportError",
    "export_sessions",
    "import_sessions",
]

MAX_FILE_BYTES = csv_lines.MAX_FILE_BYTES
_CHUNK = 500  # rows per batch and ids per query, well under SQLite's limit on bound values
# SQLite's page cache while importing, in KB. The default 2 MB is soon too small
# for the index of random session ids, and every new row then reads pages back.
_CACHE_KB = 64 * 1024


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int = 0
    # Rows for sessions that were deleted here; they were left deleted.
    kept_deleted: int = 0


def sessions_between(
    db: Database,
    first_day: date | None = None,
    last_day: date | None = None,
    sites: Collection[str] = (),
) -> Iterator[SessionData]:
    """The sessions from ``first_day`` to ``last_day`` (inclusive), oldest first.

    Either end may be None for "no limit"; deleted sessions are left out.
    ``db`` is this site's database or the organisation server's
    (``storage.server.ServerDatabase``); ``sites`` limits the sessions to
    those sites (ids as stored), all without it.
    """
    conditions = [_SESSIONS.c.deleted_at.is_(None)]
    if sites:
        conditions.append(_SESSIONS.c.site_id.in_(list(sites)))
    if first_day is not None:
        conditions.append(_SESSIONS.c.started_at >= datetime.combine(first_day, time()))
    if last_day is not None and last_day < date.max:  # the last possible day has no day after
        day_after = datetime.combine(last_day + timedelta(days=1), time())
        conditions.append(_SESSIONS.c.started_at < day_after)
    with db.engine.connect() as connection:
        for _, data, _ in _read(connection, and_(*conditions)):
            yield data


def export_sessions(
    db: Database,
    path: Path,
    first_day: date | None = None,
    last_day: date | None = None,
    sites: Collection[str] = (),
) -> int:
    """Write the sessions from ``first_day`` to ``last_day`` (inclusive) to ``path``.

    Either end may be None for "no limit"; ``sites`` as in :func:`sessions_between`.
    Returns the number of sessions written.
    """
    names = entry_names(db)
    with atomic_output(path, "w", encoding="utf-8-sig", newline="") as out:
        return write_sessions_csv(out, sessions_between(db, first_day, last_day, sites), names)


def entry_names(db: Database) -> dict[str, str]:
    """Each directory entry's name by its UUID, retired ones included."""
    table = DirectoryEntry.__table__
    with db.engine.connect() as connection:
        return dict(connection.execute(select(table.c.uuid, table.c.name)).all())


def import_sessions(db: Database, path: Path) -> ImportResult:
    """Import every session in the CSV file at ``path``, or none.

    Raises :class:`SessionImportError` (a ``BadInputError``) with the first
    line-numbered problems and their count, or :class:`DiskFullError`; the
    database is then unchanged.
    """
    codes = topic_codes(db)
    problems = ProblemList()
    try:
        lines = CsvLines(path, MAX_FILE_BYTES)
    except CsvFileProblem as exc:
        problem = LineProblem(exc.line, Problem(exc.field, exc.code, exc.detail))
        raise SessionImportError([problem]) from None
    try:
        with lines, db.engine.connect() as connection:
            importer = _Importer(connection, db.device_id, problems, entry_names(db))
            try:
                with connection.begin():
                    for batch in _batches(read_sessions_csv(lines, codes, problems)):
                        importer.add(batch)
                    if problems:
                        raise problems.error()  # rolls the transaction back
            finally:
                importer.close()
    except DBAPIError as exc:
        if is_disk_full(exc):  # the engine hides statement values: the cause holds no note
            raise DiskFullError(db.path, f"Nothing from {path.name} was imported.") from exc
        raise
    return importer.result()


def _batches(rows: Iterator[ParsedRow]) -> Iterator[list[ParsedRow]]:
    batch: list[ParsedRow] = []
    for row in rows:
        batch.append(row)
        if len(batch) == _CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


class _Importer:
    """Writes the rows of one import batch by batch, inside the caller's transaction.

    Ids seen earlier in the file are kept in a temporary table rather than in
    memory, so that a repeated id is found however long the file is. Once a
    problem is known nothing more is written (the transaction will be rolled
    back), but every row is still checked so that all problems are reported.
    """

    def __init__(
        self,
        connection: Connection,
        device_id: str,
        problems: ProblemList,
        names: dict[str, str] | None = None,
    ) -> None:
        self.names = names or {}
        self.by_name = {" ".join(n.split()).casefold(): u for u, n in self.names.items()}
        self.connection = connection
        self.device_id = device_id
        self.problems = problems
        self.counts = {"created": 0, "updated": 0, "unchanged": 0, "kept_deleted": 0}
        connection.exec_driver_sql(
            "CREATE TEMP TABLE IF NOT EXISTS import_ids "
            "(uuid TEXT PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID"
        )
        connection.exec_driver_sql("DELETE FROM temp.import_ids")
        connection.exec_driver_sql(f"PRAGMA cache_size = -{_CACHE_KB}")
        connection.commit()

    def close(self) -> None:
        # Never in the way of the error that ended the import; a table left
        # behind is emptied by the next import on this connection.
        with contextlib.suppress(DBAPIError):
            self.connection.exec_driver_sql("DROP TABLE IF EXISTS temp.import_ids")
            self.connection.exec_driver_sql("PRAGMA cache_size = -2000")  # SQLite's default
            self.connection.commit()

    def result(self) -> ImportResult:
        return ImportResult(**self.counts)

    def add(self, batch: list[ParsedRow]) -> None:
        self._find_repeated_ids(batch)
        for row in batch:
            self._resolve_referrals(row)
        if not self.problems:
            self._write(batch)

    def _find_repeated_ids(self, batch: list[ParsedRow]) -> None:
        first_lines: dict[str, int] = {}
        for row in batch:
            uuid = row.session.uuid
            if uuid and uuid in first_lines:
                self._repeated(row.line, first_lines[uuid])
            elif uuid:
                first_lines[uuid] = row.line
        if not first_lines:
            return
        # An id seen in an earlier batch keeps its first line; one statement
        # does both the lookup and the note, and only a clash costs a query.
        added = self.connection.exec_driver_sql(
            "INSERT INTO temp.import_ids (uuid, line) VALUES (?, ?) ON CONFLICT DO NOTHING",
            list(first_lines.items()),
        ).rowcount
        if added == len(first_lines):
            return
        query = f"SELECT uuid, line FROM temp.import_ids WHERE uuid IN ({_marks(first_lines)})"
        for uuid, first_line in self.connection.exec_driver_sql(query, tuple(first_lines)):
            if first_line != first_lines[uuid]:
                self._repeated(first_lines[uuid], first_line)

    def _resolve_referrals(self, row: ParsedRow) -> None:
        """The row's referral names as the UUIDs of the entries here that have them."""
        found = []
        for name in row.referral_names or []:
            entry = self.by_name.get(" ".join(name.split()).casefold())
            if entry is None:
                self.problems.add(LineProblem(row.line, unknown_referral(name)))
            else:
                found.append(entry)
        row.session.referrals = found

    def _repeated(self, line: int, first_line: int) -> None:
        problem = Problem("id", "duplicate_id", f"the same id as line {first_line}")
        self.problems.add(LineProblem(line, problem))

    def _write(self, batch: list[ParsedRow]) -> None:
        ids = [row.session.uuid for row in batch if row.session.uuid]
        existing = _existing(self.connection, ids)
        new: list[SessionData] = []
        changed: list[tuple[int, SessionData]] = []
        for row in batch:
            data = row.session
            found = existing.get(data.uuid) if data.uuid else None
            if found is not None and row.referral_names is None:
                data = data.copy(referrals=found[1].referrals)  # no column: kept as they are
            if found is None:
                self.counts["created"] += 1
                new.append(data)
                continue
            row_id, old, deleted = found
            if deleted:
                self.counts["kept_deleted"] += 1
            elif session_cells(old, self.names) == session_cells(data, self.names):
                self.counts["unchanged"] += 1
            else:
                self.counts["updated"] += 1
                changed.append((row_id, data.copy(source=old.source)))
        insert_sessions(self.connection, self.device_id, new)
        update_sessions(self.connection, changed)


def _existing(connection: Connection, ids: list[str]) -> dict[str, tuple[int, SessionData, bool]]:
    """The sessions already here with one of ``ids`` (at most a batch): row id, data, deleted."""
    if not ids:
        return {}
    # Most imports bring new sessions: ask first whether any is here at all.
    query = f"SELECT 1 FROM {_SESSIONS.name} WHERE uuid IN ({_marks(ids)}) LIMIT 1"
    if connection.exec_driver_sql(query, tuple(ids)).first() is None:
        return {}
    found = _read(connection, _SESSIONS.c.uuid.in_(ids))
    return {data.uuid or "": (row_id, data, deleted) for row_id, data, deleted in found}


def _marks(values: Collection[object]) -> str:
    """Placeholders for the values of an ``IN (…)``; at most a batch of them."""
    return ", ".join("?" * len(values))


def _read(
    connection: Connection, condition: ColumnElement[bool]
) -> Iterator[tuple[int, SessionData, bool]]:
    """Sessions matching ``condition``, oldest first, each with its row id and deleted flag.

    Plain queries (the sessions, then each of their lists) rather than the
    ORM: an export may hold a hundred thousand sessions.
    """
    wanted = select(_SESSIONS.c.id).where(condition)
    lists = session_rows.read_lists(connection, wanted)
    query = (
        select(_SESSIONS.c.id, _SESSIONS.c.uuid, _SESSIONS.c.deleted_at, *scalar_columns())
        .where(condition)
        .order_by(_SESSIONS.c.started_at, _SESSIONS.c.uuid)
    )
    for row_id, uuid, deleted_at, *scalars in connection.execute(query).all():
        data = session_rows.data_from_columns(scalars, lists, row_id, uuid)
        yield row_id, data, deleted_at is not None

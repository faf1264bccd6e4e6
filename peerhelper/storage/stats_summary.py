"""The per-day statistics summary: counts kept ready, so the dashboard answers at once.

A year of a busy network is a hundred thousand sessions; adding them up
again for every look at the dashboard takes most of a second. The summary
table ``stats_day`` holds, for every day and site, how many sessions had each
code of each breakdown (``dim``, ``code``), and for ``dim = "all"`` the
sessions and volunteer minutes of the day. A year is then a few tens of
thousands of small rows to add up.

Keeping it current does not depend on every writer remembering to: database
triggers (made by migration 0006, the statements are here) mark the day of
every session that is added, changed or deleted, and of every session whose
topics, barriers, guides or referrals change, in ``stats_dirty``. Before the
summary is read, :func:`refresh` claims the marked days and counts them again
from the sessions, with the same rules as ``storage.statistics``. The form,
imports, merges, restores and sync all go through the same tables, so none
of them can leave the summary behind.

The summary holds no filter but the site: a view filtered by topic, mode or
language is counted from the sessions directly (``storage.statistics``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Select,
    and_,
    delete,
    func,
    insert,
    literal,
    literal_column,
    select,
)
from sqlalchemy.exc import DBAPIError

from peerhelper.domain.session import SCALAR_FIELDS
from peerhelper.domain.statistics import BREAKDOWNS
from peerhelper.storage.models import (
    DirectoryEntry,
    SessionBarrier,
    SessionGuide,
    SessionReferral,
    SessionTopic,
    StatsDay,
    StatsDirty,
    SupportSession,
    table_of,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)

SESSIONS = SupportSession.__table__
DAYS = table_of(StatsDay)
DIRTY = table_of(StatsDirty)

ALL = "all"  # the day's sessions and minutes
EITHER = "no_device|no_connection"  # sessions with either barrier, each once
# Breakdowns read from one column of the session (its name is the breakdown's):
# every value is kept, the reader picks the codes it knows.
COLUMN_DIMS = tuple(name for name in BREAKDOWNS if name in SCALAR_FIELDS)
# Breakdowns read from a list table: (table, code column).
_LIST_DIMS = {
    "topic": (SessionTopic.__table__, SessionTopic.__table__.c.topic),
    "barrier": (SessionBarrier.__table__, SessionBarrier.__table__.c.barrier),
    "guide": (SessionGuide.__table__, SessionGuide.__table__.c.guide_id),
    "referral_service": (SessionReferral.__table__, SessionReferral.__table__.c.entry_uuid),
}
_LIST_TABLES = ("session_topic", "session_barrier", "session_guide", "session_referral")
# Above this many marked days the counting reads the whole range between the
# first and the last of them instead of naming each day.
_MAX_NAMED_DAYS = 400


def day_of(dialect: str, started: Any) -> ColumnElement[str]:
    """The calendar day of a session's local start time, as ``YYYY-MM-DD``."""
    if dialect == "postgresql":
        return func.to_char(started, literal_column("'YYYY-MM-DD'"))
    return func.date(started)


# --- the triggers (made by migration 0006) -----------------------------------


def _sqlite_triggers() -> list[str]:
    mark = "INSERT OR IGNORE INTO stats_dirty (day) "
    statements = [
        f"""CREATE TRIGGER stats_support_session_insert AFTER INSERT ON support_session
        BEGIN {mark}VALUES (date(NEW.started_at)); END""",
        f"""CREATE TRIGGER stats_support_session_update AFTER UPDATE ON support_session
        BEGIN {mark}VALUES (date(OLD.started_at)); {mark}VALUES (date(NEW.started_at)); END""",
        f"""CREATE TRIGGER stats_support_session_delete AFTER DELETE ON support_session
        BEGIN {mark}VALUES (date(OLD.started_at)); END""",
        # Referrals are also counted by the kind of place they point at.
        f"""CREATE TRIGGER stats_entry_kind AFTER UPDATE OF kind ON directory_entry
        BEGIN {mark}SELECT DISTINCT date(s.started_at) FROM session_referral AS r
        JOIN support_session AS s ON s.id = r.session_id WHERE r.entry_uuid = NEW.uuid; END""",
    ]
    day = "SELECT date(started_at) FROM support_session WHERE id = {row}.session_id"
    for table in _LIST_TABLES:
        for event, rows in (("INSERT", ("NEW",)), ("DELETE", ("OLD",)), ("UPDATE", ("OLD", "NEW"))):
            body = " ".join(f"{mark}{day.format(row=row)};" for row in rows)
            statements.append(
                f"CREATE TRIGGER stats_{table}_{event.lower()} AFTER {event} ON {table} "
                f"BEGIN {body} END"
            )
    return statements


def _postgresql_triggers() -> list[str]:
    """Statement-level triggers with transition tables: a sync batch of
    thousands of rows marks its days in one statement, not row by row."""
    statements = [
        """CREATE FUNCTION stats_mark_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN
            INSERT INTO stats_dirty (day)
              SELECT DISTINCT to_char(started_at, 'YYYY-MM-DD') FROM old_rows
              ON CONFLICT DO NOTHING;
          END IF;
          IF TG_OP IN ('UPDATE', 'INSERT') THEN
            INSERT INTO stats_dirty (day)
              SELECT DISTINCT to_char(started_at, 'YYYY-MM-DD') FROM new_rows
              ON CONFLICT DO NOTHING;
          END IF;
          RETURN NULL;
        END $$""",
        """CREATE FUNCTION stats_mark_lists() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN
            INSERT INTO stats_dirty (day)
              SELECT DISTINCT to_char(s.started_at, 'YYYY-MM-DD')
              FROM old_rows AS r JOIN support_session AS s ON s.id = r.session_id
              ON CONFLICT DO NOTHING;
          END IF;
          IF TG_OP IN ('UPDATE', 'INSERT') THEN
            INSERT INTO stats_dirty (day)
              SELECT DISTINCT to_char(s.started_at, 'YYYY-MM-DD')
              FROM new_rows AS r JOIN support_session AS s ON s.id = r.session_id
              ON CONFLICT DO NOTHING;
          END IF;
          RETURN NULL;
        END $$""",
        """CREATE FUNCTION stats_mark_entries() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO stats_dirty (day)
            SELECT DISTINCT to_char(s.started_at, 'YYYY-MM-DD')
            FROM new_rows AS e JOIN session_referral AS r ON r.entry_uuid = e.uuid
            JOIN support_session AS s ON s.id = r.session_id
            ON CONFLICT DO NOTHING;
          RETURN NULL;
        END $$""",
        """CREATE TRIGGER stats_entry_kind AFTER UPDATE ON directory_entry
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION stats_mark_entries()""",
    ]
    for table, function in (
        ("support_session", "stats_mark_sessions"),
        *((table, "stats_mark_lists") for table in _LIST_TABLES),
    ):
        for event, tables in (
            ("INSERT", "NEW TABLE AS new_rows"),
            ("DELETE", "OLD TABLE AS old_rows"),
            ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
        ):
            statements.append(
                f"CREATE TRIGGER stats_{table}_{event.lower()} AFTER {event} ON {table} "
                f"REFERENCING {tables} FOR EACH STATEMENT EXECUTE FUNCTION {function}()"
            )
    return statements


def trigger_statements(dialect: str) -> list[str]:
    """The statements that make the triggers marking changed days."""
    return _postgresql_triggers() if dialect == "postgresql" else _sqlite_triggers()


def _trigger_names() -> list[tuple[str, str]]:
    """Every trigger :func:`trigger_statements` makes, with its table."""
    names = [("stats_entry_kind", "directory_entry")]
    for table in ("support_session", *_LIST_TABLES):
        names += [(f"stats_{table}_{event}", table) for event in ("insert", "delete", "update")]
    return names


def drop_trigger_statements(dialect: str) -> list[str]:
    """The statements that remove what :func:`trigger_statements` made."""
    if dialect == "postgresql":
        functions = ("stats_mark_sessions", "stats_mark_lists", "stats_mark_entries")
        return [f"DROP TRIGGER IF EXISTS {name} ON {table}" for name, table in _trigger_names()] + [
            f"DROP FUNCTION IF EXISTS {name}()" for name in functions
        ]
    return [f"DROP TRIGGER IF EXISTS {name}" for name, _ in _trigger_names()]


def mark_every_day_statement(dialect: str) -> str:
    """Mark every day that has sessions: the summary is counted from scratch."""
    day = day_of(dialect, SESSIONS.c.started_at)
    # SQLite needs the WHERE to read ON CONFLICT as part of the INSERT.
    query = select(day).distinct().where(literal_column("1") == literal_column("1"))
    compiled = query.compile(dialect=_dialect(dialect), compile_kwargs={"literal_binds": True})
    return f"INSERT INTO stats_dirty (day) {compiled} ON CONFLICT DO NOTHING"


def _dialect(name: str) -> Any:
    if name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.dialect()
    from sqlalchemy.dialects import sqlite

    return sqlite.dialect()


# --- counting the marked days again ------------------------------------------


def started_column(connection: Connection, start: datetime, end: datetime) -> Any:
    """``started_at`` as a condition on sessions from ``start`` to ``end`` should read it.

    On SQLite, when the range holds most of the log, reading the table in
    order is several times faster than hopping between the ``started_at``
    index and the table; a ``+`` in front of the column keeps the index out.
    PostgreSQL's planner knows the value distribution and decides itself.
    """
    if connection.dialect.name != "sqlite":
        return SESSIONS.c.started_at
    in_range = connection.scalar(
        select(func.count())
        .select_from(SESSIONS)
        .where(and_(SESSIONS.c.started_at >= start, SESSIONS.c.started_at < end))
    )
    # The largest rowid approximates the table's size without counting it.
    size = connection.scalar(select(func.max(SESSIONS.c.id))) or 0
    if size and (in_range or 0) * 4 > size:
        return literal_column("+support_session.started_at", DateTime)
    return SESSIONS.c.started_at


def _counting_queries(dialect: str, where: ColumnElement[bool]) -> list[Select]:
    """The queries giving every row of ``stats_day`` for the sessions ``where`` selects."""
    day = day_of(dialect, SESSIONS.c.started_at).label("day")
    site = SESSIONS.c.site_id
    parts: list[Select] = [
        select(day, site, literal(ALL), literal(""), func.count(), func.sum(SESSIONS.c.minutes))
        .where(where)
        .group_by(day, site)
    ]
    for name in COLUMN_DIMS:
        column = SESSIONS.c[name]
        parts.append(
            select(day, site, literal(name), column, func.count(), literal(0))
            .where(where)
            .group_by(day, site, column)
        )
    referred = SESSIONS.c.referred_to
    parts.append(
        select(day, site, literal("referral"), referred, func.count(), literal(0))
        .where(and_(where, referred != ""))
        .group_by(day, site, referred)
    )
    for name, (table, column) in _LIST_DIMS.items():
        joined = table.join(SESSIONS, SESSIONS.c.id == table.c.session_id)
        parts.append(
            select(day, site, literal(name), column, func.count(), literal(0))
            .select_from(joined)
            .where(where)
            .group_by(day, site, column)
        )
    referrals = SessionReferral.__table__
    entries = DirectoryEntry.__table__
    kinds = referrals.join(SESSIONS, SESSIONS.c.id == referrals.c.session_id).join(
        entries, entries.c.uuid == referrals.c.entry_uuid
    )
    parts.append(
        select(
            day,
            site,
            literal("referral_kind"),
            entries.c.kind,
            func.count(func.distinct(referrals.c.session_id)),
            literal(0),
        )
        .select_from(kinds)
        .where(where)
        .group_by(day, site, entries.c.kind)
    )
    barriers = SessionBarrier.__table__
    either = barriers.c.barrier.in_(("no_device", "no_connection"))
    parts.append(
        select(
            day,
            site,
            literal("evidence"),
            literal(EITHER),
            func.count(func.distinct(barriers.c.session_id)),
            literal(0),
        )
        .select_from(barriers.join(SESSIONS, SESSIONS.c.id == barriers.c.session_id))
        .where(and_(where, either))
        .group_by(day, site)
    )
    return parts


def _claim(connection: Connection) -> list[str]:
    """The marked days, unmarked in this transaction.

    On PostgreSQL the ``DELETE`` locks the rows, so two readers refreshing at
    once never count a day twice; a day marked again by a writer meanwhile
    stays marked for the next refresh.
    """
    if connection.dialect.name == "postgresql":
        claimed: Sequence[str] = connection.scalars(delete(DIRTY).returning(DIRTY.c.day)).all()
        return sorted(claimed)
    days: list[str] = sorted(connection.scalars(select(DIRTY.c.day)))
    if days:
        connection.execute(delete(DIRTY))
    return days


def _recount(connection: Connection, days: Sequence[str]) -> None:
    dialect = connection.dialect.name
    first, last = days[0], days[-1]
    day = day_of(dialect, SESSIONS.c.started_at)
    # The range lets the database use the started_at index; the day list
    # then picks the marked days out of it.
    start = datetime.fromisoformat(first)
    end = datetime.fromisoformat(last) + timedelta(days=1)
    started = started_column(connection, start, end)
    conditions: list[ColumnElement[bool]] = [
        SESSIONS.c.deleted_at.is_(None),
        started >= start,
        started < end,
    ]
    stored: ColumnElement[bool]
    if len(days) <= _MAX_NAMED_DAYS:
        conditions.append(day.in_(days))
        stored = DAYS.c.day.in_(days)
    else:
        stored = and_(DAYS.c.day >= first, DAYS.c.day <= last)
    connection.execute(delete(DAYS).where(stored))
    columns = ["day", "site_id", "dim", "code", "sessions", "minutes"]
    for query in _counting_queries(dialect, and_(*conditions)):
        connection.execute(insert(DAYS).from_select(columns, query))


def refresh_with(connection: Connection) -> int:
    """Count the marked days again inside ``connection``'s transaction; how many."""
    days = _claim(connection)
    if days:
        _recount(connection, days)
    return len(days)


def refresh(engine: Engine) -> bool:
    """Bring the summary up to date; False where it cannot be written now.

    A database another program holds for writing, or a server account that
    may only read, leaves the summary as it is: the caller then counts from
    the sessions, which is slower but as right.
    """
    try:
        with engine.begin() as connection:
            refresh_with(connection)
    except DBAPIError as error:
        # Expected now and then (a busy database, a read-only account); logged
        # so that a fault of the summary itself does not hide as slowness.
        log.warning("The statistics summary was not brought up to date: %s", error.orig)
        return False
    return True

"""The session list: filtered, newest first, fetched a page at a time.

Written in SQLAlchemy Core rather than the ORM because the list may hold a
hundred thousand sessions and must answer at once; the list model asks for
one page of rows when it needs them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, and_, exists, func, or_, select

from peerhelper.storage.database import Database
from peerhelper.storage.models import SessionTopic, SupportSession


@dataclass(frozen=True)
class SessionFilter:
    first_day: date | None = None
    last_day: date | None = None
    topic: str = ""
    outcome: str = ""
    text: str = ""


@dataclass(frozen=True)
class SessionRow:
    """One line of the session list: the fields it shows, read by these names."""

    uuid: str
    started_at: datetime
    minutes: int
    mode: str
    topics: tuple[str, ...]
    outcome: str
    language: str
    note: str
    source: str


def _where(query: Select, wanted: SessionFilter) -> Select:
    table = SupportSession.__table__
    conditions = [table.c.deleted_at.is_(None)]
    if wanted.first_day:
        conditions.append(table.c.started_at >= datetime.combine(wanted.first_day, time()))
    if wanted.last_day and wanted.last_day < date.max:  # the last possible day has no day after
        day_after = datetime.combine(wanted.last_day + timedelta(days=1), time())
        conditions.append(table.c.started_at < day_after)
    if wanted.topic:
        topics = SessionTopic.__table__
        conditions.append(
            exists().where(and_(topics.c.session_id == table.c.id, topics.c.topic == wanted.topic))
        )
    if wanted.outcome:
        conditions.append(table.c.outcome == wanted.outcome)
    if wanted.text.strip():
        pattern = f"%{wanted.text.strip()}%"
        conditions.append(or_(table.c.note.ilike(pattern), table.c.referred_to.ilike(pattern)))
    return query.where(and_(*conditions))


def count_sessions(db: Database, wanted: SessionFilter) -> int:
    table = SupportSession.__table__
    with db.engine.connect() as connection:
        return connection.scalar(_where(select(func.count()).select_from(table), wanted)) or 0


def fetch_sessions(
    db: Database, wanted: SessionFilter, offset: int, limit: int
) -> list[SessionRow]:
    table = SupportSession.__table__
    topics = SessionTopic.__table__
    topic_list = (
        select(func.group_concat(topics.c.topic, "|"))
        .where(topics.c.session_id == table.c.id)
        .scalar_subquery()
    )
    # The list's columns by the names of ``SessionRow``'s fields; topics come joined.
    columns = [
        topic_list.label(field.name) if field.name == "topics" else table.c[field.name]
        for field in fields(SessionRow)
    ]
    query = (
        _where(select(*columns), wanted)
        .order_by(table.c.started_at.desc(), table.c.id.desc())
        .offset(offset)
        .limit(limit)
    )
    with db.engine.connect() as connection:
        return [
            SessionRow(
                **(row._asdict() | {"topics": tuple(row.topics.split("|")) if row.topics else ()})
            )
            for row in connection.execute(query)
        ]

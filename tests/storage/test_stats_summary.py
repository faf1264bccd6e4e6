"""The per-day summary gives the same figures as counting the sessions, after any change."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import create_engine, func, select, text, update

from peerhelper.domain.statistics import Figures, Period, StatsFilter
from peerhelper.storage import sessions_repo as repo
from peerhelper.storage import statistics as stats
from peerhelper.storage import stats_summary as summary
from peerhelper.storage.database import Database
from peerhelper.storage.models import (
    SessionBarrier,
    SessionTopic,
    StatsDay,
    StatsDirty,
    SupportSession,
)

from .test_statistics import _random_sessions

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
FILTERS = [
    StatsFilter(YEAR),
    StatsFilter(Period(date(2026, 3, 1), date(2026, 3, 31))),
    StatsFilter(Period(date(2025, 12, 1), date(2027, 1, 31))),
    StatsFilter(Period(date(2026, 2, 14), date(2026, 2, 14))),
    StatsFilter(YEAR, sites=("",)),
    StatsFilter(YEAR, sites=("other-site",)),
]


def _same(db: Database) -> None:
    for wanted in FILTERS:
        read: Figures = stats.compute(db.engine, wanted)
        counted: Figures = stats.compute(db.engine, wanted, use_summary=False)
        assert read == counted, wanted


def _dirty(db: Database) -> set[str]:
    with db.engine.connect() as connection:
        return set(connection.scalars(select(StatsDirty.day)))


@pytest.fixture
def logged(db: Database) -> list[str]:
    sessions = _random_sessions(300, seed=11)
    with db.session() as s:
        return repo.write_sessions(s, db.device_id, sessions)


def test_the_summary_reads_what_counting_gives(db: Database, logged: list[str]) -> None:
    _same(db)
    assert _dirty(db) == set()
    with db.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(StatsDay)) > 0


def test_every_kind_of_change_marks_its_day_and_is_counted(db: Database, logged: list[str]) -> None:
    rng = random.Random(3)
    stats.compute(db.engine, StatsFilter(YEAR))
    # The form edits a session: new topics, barriers, another day.
    uuid = rng.choice(logged)
    data = repo.load_session(db, uuid)
    assert data is not None
    moved = data.copy(started_at=datetime(2026, 2, 14, 11), topics=["kela"], barriers=["no_device"])
    repo.save_session(db, moved)
    assert {"2026-02-14", data.started_at.date().isoformat()} <= _dirty(db)
    _same(db)
    # A deletion, its undo, a guide shown, a new session.
    repo.set_deleted(db, rng.choice(logged), True)
    _same(db)
    gone = rng.choice(logged)
    repo.set_deleted(db, gone, True)
    repo.set_deleted(db, gone, False)
    repo.add_guide(db, rng.choice(logged), "wifi-connect")
    repo.quick_tally(db, "kela", "local", datetime(2026, 2, 14, 15))
    _same(db)
    # Writers below the models: a bare statement on a list table, a merged
    # session from another site, and a hard delete.
    with db.engine.begin() as connection:
        first = connection.scalar(select(SupportSession.id).order_by(SupportSession.id))
        connection.execute(
            SessionBarrier.__table__.insert().values(session_id=first, barrier="no_connection")
        )
        connection.execute(
            update(SupportSession)
            .where(SupportSession.id != first)
            .values(site_id="other-site")
            .where(SupportSession.id % 3 == 0)
        )
        connection.execute(SessionTopic.__table__.delete().where(SessionTopic.session_id % 5 == 0))
        connection.execute(text("DELETE FROM support_session WHERE id % 7 = 0"))
    _same(db)
    assert _dirty(db) == set()


def test_a_filtered_view_counts_the_sessions(db: Database, logged: list[str]) -> None:
    with db.engine.begin() as connection:
        connection.execute(StatsDay.__table__.delete())  # a summary that would be wrong
    wanted = StatsFilter(YEAR, topic="kela")
    assert stats.compute(db.engine, wanted) == stats.compute(db.engine, wanted, use_summary=False)
    assert stats.compute(db.engine, wanted).sessions > 0


def test_a_locked_database_falls_back_to_counting(
    db: Database, logged: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    repo.quick_tally(db, "kela", "local", datetime(2026, 4, 1, 10))
    impatient = create_engine(db.engine.url, connect_args={"timeout": 0.05})
    with db.engine.connect() as holder:
        holder.exec_driver_sql("BEGIN IMMEDIATE")  # another program is writing
        figures = stats.compute(impatient, StatsFilter(YEAR))
        holder.exec_driver_sql("ROLLBACK")
    impatient.dispose()
    assert _dirty(db)  # still to count: nothing was written
    assert "summary was not brought up to date: database is locked" in caplog.text
    assert figures == stats.compute(db.engine, StatsFilter(YEAR), use_summary=False)


def test_many_marked_days_are_counted_as_one_range(
    db: Database, logged: list[str], monkeypatch
) -> None:
    monkeypatch.setattr(summary, "_MAX_NAMED_DAYS", 3)
    with db.engine.begin() as connection:
        connection.execute(StatsDay.__table__.delete())
        connection.exec_driver_sql(summary.mark_every_day_statement("sqlite"))
    _same(db)


def test_the_migration_marks_every_day_with_sessions(db: Database, logged: list[str]) -> None:
    with db.engine.begin() as connection:
        connection.execute(StatsDay.__table__.delete())
        connection.execute(StatsDirty.__table__.delete())
        connection.exec_driver_sql(summary.mark_every_day_statement("sqlite"))
        days = {
            (row.started_at.date()).isoformat()
            for row in connection.execute(select(SupportSession.started_at))
        }
    assert _dirty(db) == days
    first = min(days)
    assert date.fromisoformat(first) >= date(2025, 12, 20) - timedelta(days=1)
    _same(db)

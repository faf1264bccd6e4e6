#!/usr/bin/env python3
"""The Statistics dashboard over a year of a busy network, against plain SQL.

A fresh database is filled with 100,000 sessions spread over one year (the
same realistic sessions as ``benchmarks/sessions.py``). The script then
measures, as medians over several runs:

- **first count**: bringing the per-day summary (``storage.stats_summary``)
  up to date after the fill marked every day: what the first look at the
  statistics after a large import, a merge or the upgrade costs, once;
- **dashboard**: ``storage.statistics.compute`` for the whole year, i.e.
  everything the Statistics section shows (sessions and hours over time,
  every breakdown, the barrier evidence month by month), with the summary
  current;
- **after a new session**: the same right after a session was saved, so
  one day is counted again first (the everyday case);
- **raw SQL**: the dashboard's own statements on the summary, compiled once,
  run through the standard library's ``sqlite3`` module on the same file:
  the floor for this plan, so the ratio is what SQLAlchemy and the Python
  around it cost;
- for comparison, counting the sessions directly (a view filtered by topic,
  mode or language still does this), through SQLAlchemy and as plain SQL,
  and the naive way: one hand-written ``GROUP BY`` query per breakdown.

It also times building the year's PDF report from those figures (goal
≤ 3 s). Goals: dashboard ≤ 150 ms and ratio ≤ 1.5. The last line is
``dashboard_ms=<n> raw_sql_ms=<n> ratio=<n>``.

    python benchmarks/statistics.py [--sessions N] [--runs N]
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file's name hides the standard library's ``statistics`` while its own
# folder leads sys.path; take the folder out before anything imports it.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import random  # noqa: E402
import sqlite3  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import date, datetime, timedelta  # noqa: E402

_spec = importlib.util.spec_from_file_location("session_bench", HERE / "sessions.py")
assert _spec and _spec.loader
session_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(session_bench)  # the sibling benchmark's realistic sessions

from peerhelper.domain.statistics import Period, StatsFilter  # noqa: E402
from peerhelper.storage import sessions_repo as repo  # noqa: E402
from peerhelper.storage import statistics as stats  # noqa: E402
from peerhelper.storage import stats_summary as summary  # noqa: E402
from peerhelper.storage.database import open_database  # noqa: E402

DASHBOARD_GOAL_MS = 150.0
RATIO_GOAL = 1.5
REPORT_GOAL_S = 3.0
YEAR = Period(date(2025, 1, 1), date(2025, 12, 31))

_WHERE = "deleted_at IS NULL AND started_at >= ? AND started_at < ?"
_COLUMNS = summary.COLUMN_DIMS
_LISTS = (("session_topic", "topic"), ("session_barrier", "barrier"), ("session_guide", "guide_id"))


def raw_sql(connection: sqlite3.Connection, first: str, end: str) -> None:
    """The dashboard's aggregates, hand-written, through sqlite3."""
    args = (first, end)
    connection.execute(
        f"SELECT strftime('%Y-%m-01', started_at) m, count(*), sum(minutes) "
        f"FROM support_session WHERE {_WHERE} GROUP BY m ORDER BY m",
        args,
    ).fetchall()
    for column in _COLUMNS:
        connection.execute(
            f"SELECT {column}, count(*), sum(minutes) FROM support_session "
            f"WHERE {_WHERE} GROUP BY {column}",
            args,
        ).fetchall()
    connection.execute(
        f"SELECT referred_to, count(*), sum(minutes) FROM support_session "
        f"WHERE {_WHERE} AND referred_to != '' GROUP BY referred_to",
        args,
    ).fetchall()
    for table, column in _LISTS:
        connection.execute(
            f"SELECT l.{column}, count(*), sum(s.minutes) FROM support_session s "
            f"JOIN {table} l ON l.session_id = s.id WHERE s.{_WHERE} GROUP BY l.{column}",
            args,
        ).fetchall()
    has = "sum(EXISTS (SELECT 1 FROM session_barrier b WHERE b.session_id = s.id AND b.barrier {}))"
    flags = ", ".join(
        has.format(test)
        for test in (
            "= 'no_device'",
            "= 'no_connection'",
            "= 'no_bank_id'",
            "IN ('no_device', 'no_connection')",
        )
    )
    connection.execute(
        f"SELECT strftime('%Y-%m-01', s.started_at) m, count(*), {flags} "
        f"FROM support_session s WHERE s.{_WHERE} GROUP BY m ORDER BY m",
        args,
    ).fetchall()


def _sql(engine: object, statements: list[object]) -> list[str]:
    dialect = engine.dialect  # type: ignore[attr-defined]
    return [str(s.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))  # type: ignore[attr-defined]
            for s in statements]  # fmt: skip


def summary_statements(engine: object, wanted: StatsFilter) -> list[str]:
    """The dashboard's statements on the summary as SQL text, to run without SQLAlchemy."""
    return _sql(engine, list(stats._summary_queries(wanted)))


def counting_statements(engine: object, wanted: StatsFilter) -> list[str]:
    """The statements that count the sessions directly, as SQL text."""
    with engine.connect() as connection:  # type: ignore[attr-defined]
        scan = stats._should_scan(connection, wanted)
    query, _counted = stats._scan_query(wanted, "sqlite", scan)
    statements = [query, stats._lists_query(wanted, "sqlite", scan),
                  stats._referral_query(wanted, scan)]  # fmt: skip
    return _sql(engine, statements)


def run_all(connection: sqlite3.Connection, statements: list[str]) -> None:
    for statement in statements:
        connection.execute(statement).fetchall()


def time_report(figures: object) -> float:
    """Seconds to build the year's PDF report (charts and all) from its figures."""
    from peerhelper.domain.statistics_charts import vocabulary_labeller
    from peerhelper.printing.report import ReportOptions, build_report

    start = time.perf_counter()
    build_report(figures, vocabulary_labeller("fi"), ReportOptions("fi"))  # type: ignore[arg-type]
    return time.perf_counter() - start


def paired_medians_ms(
    first: Callable[[], object], second: Callable[[], object], runs: int
) -> tuple[float, float]:
    """The medians of two actions run in turns."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for action, found in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            action()
            found.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[0]), statistics.median(times[1])


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    session_bench.FIRST_DAY = YEAR.first_day
    session_bench.DAYS = YEAR.days
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "peerhelper.db")
        start = time.perf_counter()
        session_bench.fill(db, args.sessions, random.Random(2026))
        print(f"filled {args.sessions:,} sessions in {time.perf_counter() - start:.1f} s")
        wanted = StatsFilter(YEAR)
        start = time.perf_counter()
        assert summary.refresh(db.engine)
        first_count = time.perf_counter() - start
        figures = stats.compute(db.engine, wanted)  # warm the caches, as a second view would
        rng = random.Random(7)

        def after_new_session() -> float:
            when = datetime.combine(YEAR.first_day, datetime.min.time())
            when += timedelta(days=rng.randrange(YEAR.days), hours=10)
            repo.save_session(db, session_bench.random_session(rng, when))
            start = time.perf_counter()
            stats.compute(db.engine, wanted)
            return (time.perf_counter() - start) * 1000

        after_new = statistics.median(after_new_session() for _ in range(args.runs))
        counting = median_ms(
            lambda: stats.compute(db.engine, wanted, use_summary=False), max(args.runs // 3, 1)
        )
        report_s = time_report(figures)
        on_summary = summary_statements(db.engine, wanted)
        on_sessions = counting_statements(db.engine, wanted)
        with sqlite3.connect(db.path) as connection:
            run_all(connection, on_summary)
            # Taken in turns, so a busy moment on a shared machine hits both alike.
            dashboard, raw = paired_medians_ms(
                lambda: stats.compute(db.engine, wanted),
                lambda: run_all(connection, on_summary),
                args.runs,
            )
            raw_counting = median_ms(
                lambda: run_all(connection, on_sessions), max(args.runs // 3, 1)
            )
            bounds = (f"{YEAR.first_day} 00:00:00.000000", "2026-01-01 00:00:00.000000")
            naive = median_ms(lambda: raw_sql(connection, *bounds), max(args.runs // 3, 1))
        db.close()
    ratio = dashboard / raw
    print(f"sessions counted        : {figures.sessions:,} ({figures.hours:,.0f} hours)")
    print(
        f"dashboard, one year     : median {dashboard:7.1f} ms over {args.runs} runs"
        f"  (goal <= {DASHBOARD_GOAL_MS:.0f} ms: "
        f"{'met' if dashboard <= DASHBOARD_GOAL_MS else 'MISSED'})"
    )
    print(f"  after a new session   : median {after_new:7.1f} ms  (one day counted again first)")
    print(
        f"first count of the year : {first_count:7.2f} s  (once, after the fill marked every day)"
    )
    print(f"raw SQL through sqlite3 : median {raw:7.1f} ms  (the same statements, no SQLAlchemy)")
    print(f"counting the sessions   : median {counting:7.1f} ms  (a filtered view; plain SQL "
          f"{raw_counting:.1f} ms)")  # fmt: skip
    print(f"naive SQL, one query per breakdown: median {naive:7.1f} ms  (for comparison)")
    print(
        f"ratio                   : {ratio:.2f}"
        f"  (goal <= {RATIO_GOAL}: {'met' if ratio <= RATIO_GOAL else 'MISSED'})"
    )
    print(
        f"report, one year        : {report_s:7.2f} s"
        f"  (goal <= {REPORT_GOAL_S:.0f} s: {'met' if report_s <= REPORT_GOAL_S else 'MISSED'})"
    )
    print(f"dashboard_ms={dashboard:.1f} raw_sql_ms={raw:.1f} ratio={ratio:.2f}")


if __name__ == "__main__":
    main()

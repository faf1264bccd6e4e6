#!/usr/bin/env python3
"""Combining sites: merging bundles, syncing to PostgreSQL, the dashboard on PostgreSQL.

- **merge**: 50 site bundles of 2,000 realistic sessions each (100,000 in
  all) are written, then ``operations.sync.merge_bundles`` reads, checks and
  merges them into a fresh coordinator database. Goal: ≤ 10 s.
- **sync**: a laptop with 10,000 new sessions syncs them to an empty
  organisation database (``operations.sync.sync_with``), the server's migration
  included. Goal: ≤ 5 s.
- **dashboard**: ``storage.statistics.compute`` for a whole year over
  1,000,000 sessions on PostgreSQL (made by the server itself with
  ``generate_series``), median of three runs. Goal: ≤ 1 s.

PostgreSQL runs as the tests run it (``tests/pg_server.py``: a throwaway
server on a Unix socket, no TCP), here with its durability settings left on.
Needs Debian's ``postgresql`` package and psycopg (``dev.py`` installs both).
The last line is

    merge_s=<s> sync_s=<s> dashboard_s=<s> merge_ratio=<r> sync_ratio=<r> dashboard_ratio=<r>

where each ratio is the time over its goal (≤ 1 meets it).

    python benchmarks/multisite.py [--bundles N] [--per-bundle N] [--sync N] [--dashboard N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))
sys.path.append(str(HERE))

from sessions import fill, random_session  # noqa: E402  benchmarks/sessions.py

from peerhelper.domain.session import LIST_FIELDS, SCALAR_FIELDS  # noqa: E402
from peerhelper.domain.site_bundle import write_bundle  # noqa: E402
from peerhelper.domain.statistics import Period, StatsFilter  # noqa: E402
from peerhelper.operations import sync  # noqa: E402
from peerhelper.paths import DataPaths  # noqa: E402
from peerhelper.storage import statistics, stats_summary  # noqa: E402
from peerhelper.storage.database import open_database  # noqa: E402
from peerhelper.storage.migrations import HEAD_REVISION  # noqa: E402
from peerhelper.storage.server import connect_server, migrate_server  # noqa: E402
from peerhelper.storage.topic_records import read_topics  # noqa: E402
from tests.pg_server import PostgresServer, _binaries  # noqa: E402

GOALS = {"merge": 10.0, "sync": 5.0, "dashboard": 1.0}
YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


def write_bundles(folder: Path, count: int, per_bundle: int, rng: random.Random) -> list[Path]:
    db = open_database(folder / "topics" / "peerhelper.db")
    with db.engine.connect() as connection:
        topics = read_topics(connection)
    db.close()
    made = []
    now = datetime(2026, 12, 31, 12)
    for n in range(count):
        site = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        records = []
        for _ in range(per_bundle):
            when = datetime(2026, 1, 1, 8) + timedelta(days=rng.randrange(365))
            data = random_session(rng, when)
            record = {name: getattr(data, name) for name in SCALAR_FIELDS}
            record |= {
                "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "device_id": site,
                "site_id": site,
                "site_name": f"Site {n + 1}",
                "created_at": now,
                "updated_at": now,
                "deleted_at": None,
            }
            record |= {
                name: [] if name == "referrals" else getattr(data, name) for name in LIST_FIELDS
            }
            records.append(record)
        path = folder / f"site-{n + 1:02d}.zip"
        manifest = {"schema_revision": HEAD_REVISION, "site_device_id": site, "site": {}}
        with path.open("wb") as out:
            write_bundle(out, manifest, topics, [], records)
        made.append(path)
    return made


def measure_merge(folder: Path, bundles: int, per_bundle: int, rng: random.Random) -> float:
    files = write_bundles(folder, bundles, per_bundle, rng)
    paths = DataPaths(folder / "coordinator")
    open_database(paths.database).close()
    start = time.perf_counter()
    summary = sync.merge_bundles(paths, files)
    seconds = time.perf_counter() - start
    assert summary.counts.new == bundles * per_bundle, summary.counts
    print(f"merge: {bundles} bundles, {summary.counts.new} sessions in {seconds:.2f} s")
    return seconds


def measure_sync(folder: Path, server: PostgresServer, count: int, rng: random.Random) -> float:
    paths = DataPaths(folder / "laptop")
    db = open_database(paths.database)
    fill(db, count, rng)
    url = server.new_database()
    start = time.perf_counter()
    result = sync.sync_with(db, paths, sync.server_address(paths, url))
    seconds = time.perf_counter() - start
    db.close()
    assert result.counts.new == count, result.counts
    print(f"sync: {count} new sessions in {seconds:.2f} s")
    return seconds


FILL_SQL = """
INSERT INTO support_session (uuid, device_id, site_id, site_name, created_at, updated_at,
    started_at, minutes, mode, channel, device, language, age_band, visit, outcome,
    independence, referred_to, note, source)
SELECT md5(n::text), s, s, 'Site ' || s, now(), now(),
    timestamp '2026-01-01 08:00' + (random() * 364) * interval '1 day',
    (5 + random() * 85)::int,
    (ARRAY['local','local','local','remote','training'])[1 + (random() * 4)::int],
    '', '', (ARRAY['fi','fi','fi','sv','en','ru','ar','so','uk'])[1 + (random() * 8)::int],
    '', '', (ARRAY['solved','partly','referred','not_solved'])[1 + (random() * 3)::int],
    '', '', '', 'form'
FROM (SELECT n, (n % 40)::text AS s FROM generate_series(1, :count) AS n) AS numbers
"""
TOPICS_SQL = """
INSERT INTO session_topic (session_id, topic, position)
SELECT id, (SELECT array_agg(code) FROM topic)[1 + (id % 17)], 0 FROM support_session
"""
BARRIERS_SQL = """
INSERT INTO session_barrier (session_id, barrier)
SELECT id, (ARRAY['no_device','no_connection','no_bank_id','language'])[1 + (id % 4)]
FROM support_session WHERE id % 3 = 0
"""


def measure_dashboard(server: PostgresServer, count: int, runs: int = 3) -> float:
    from sqlalchemy import text

    url = server.new_database()
    engine = connect_server(sync.server_address(DataPaths(Path("/nonexistent")), url))
    migrate_server(engine)
    with engine.begin() as connection:
        for sql in (FILL_SQL, TOPICS_SQL, BARRIERS_SQL):
            connection.execute(text(sql), {"count": count})
    with engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
    start = time.perf_counter()
    assert stats_summary.refresh(engine)
    first_count = time.perf_counter() - start
    times, after_sync = [], []
    for run in range(runs):
        start = time.perf_counter()
        figures = statistics.compute(engine, StatsFilter(YEAR))
        times.append(time.perf_counter() - start)
        # A site's sync lands: a hundred new sessions on one day.
        with engine.begin() as connection:
            one_day = (FILL_SQL.replace("2026-01-01 08:00", f"2026-06-{run + 1:02d} 10:00")
                       .replace("random() * 364", "0")
                       .replace("md5(n::text)", f"md5('run{run}-' || n::text)"))  # fmt: skip
            connection.execute(text(one_day), {"count": 100})
        start = time.perf_counter()
        statistics.compute(engine, StatsFilter(YEAR))
        after_sync.append(time.perf_counter() - start)
    engine.dispose()
    assert figures.sessions >= count, figures.sessions
    seconds = sorted(times)[len(times) // 2]
    print(
        f"dashboard: {figures.sessions} sessions, {len(figures.breakdown('site'))} sites, "
        f"median {seconds:.2f} s; after a sync of 100 sessions "
        f"{sorted(after_sync)[len(after_sync) // 2]:.2f} s; "
        f"first count of the summary (once, after the fill) {first_count:.1f} s"
    )
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundles", type=int, default=50)
    parser.add_argument("--per-bundle", type=int, default=2_000)
    parser.add_argument("--sync", type=int, default=10_000)
    parser.add_argument("--dashboard", type=int, default=1_000_000)
    args = parser.parse_args()
    bin_dir = _binaries()
    if bin_dir is None:
        sys.exit("PostgreSQL's server programs are missing (Debian: postgresql)")
    rng = random.Random(16)
    server = PostgresServer(bin_dir, durable=True)
    server.start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            merge = measure_merge(Path(folder), args.bundles, args.per_bundle, rng)
            sync = measure_sync(Path(folder), server, args.sync, rng)
        dashboard = measure_dashboard(server, args.dashboard)
    finally:
        server.stop()
    results = {"merge": merge, "sync": sync, "dashboard": dashboard}
    for name, seconds in results.items():
        ratio = seconds / GOALS[name]
        verdict = "met" if ratio <= 1 else "MISSED"
        print(f"{name}: {seconds:.2f} s, goal ≤ {GOALS[name]:.0f} s, ratio {ratio:.2f} ({verdict})")
    print(
        " ".join(f"{name}_s={seconds:.2f}" for name, seconds in results.items())
        + " "
        + " ".join(f"{name}_ratio={seconds / GOALS[name]:.2f}" for name, seconds in results.items())
    )


if __name__ == "__main__":
    main()

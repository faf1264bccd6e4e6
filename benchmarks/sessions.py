#!/usr/bin/env python3
"""Saving a session and opening a month's session list, with 100,000 sessions in the log.

A fresh database in a temporary folder is filled with realistic sessions
(every field set the way volunteers set them, one to three topics, some
barriers and guides, spread over three years) through plain bulk inserts,
then the script measures:

- **save**: the median time of ``sessions_repo.save_session`` for one new
  session, validation and a durable commit included. Goal: ≤ 10 ms.
- **list**: the median time to open the session list filtered to one month,
  as the list model does it: ``count_sessions`` plus the first page of
  ``fetch_sessions(…, 0, 100)``. Goal: ≤ 100 ms.

and, for information, the same list with a topic or a text filter, and a
CSV export of the whole log and an import of 10,000 of its rows.

    python benchmarks/sessions.py [--sessions N] [--save-runs N] [--list-runs N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from peerhelper.domain.session import SCALAR_FIELDS, SessionData
from peerhelper.domain.vocabulary import TOPIC_CODES, codes_of
from peerhelper.storage import sessions_repo
from peerhelper.storage.database import Database, open_database
from peerhelper.storage.models import (
    SessionBarrier,
    SessionGuide,
    SessionTopic,
    SupportSession,
)
from peerhelper.storage.session_query import (
    SessionFilter,
    count_sessions,
    fetch_sessions,
)
from peerhelper.storage.sessions_csv import export_sessions, import_sessions

FIRST_DAY = date(2024, 1, 1)
DAYS = 3 * 365
BATCH = 5_000
SAVE_GOAL_MS = 10.0
LIST_GOAL_MS = 100.0
NOTES = (
    "",
    "",
    "",
    "Showed where the attachment button is.",
    "Practised logging in with the bank ID; went well.",
    "Needs a new phone; the old one no longer gets updates.",
    "Came back with the same question about the tax card.",
)
GUIDES = ("email-attachment", "mobile-certificate", "suomi-fi-messages", "video-call-link")


def random_session(rng: random.Random, when: datetime) -> SessionData:
    """A session filled in the way the form fills it."""
    barriers = rng.sample(codes_of("barriers"), rng.choice((0, 0, 1, 2)))
    outcome = rng.choice(codes_of("outcome"))
    return SessionData(
        started_at=when,
        mode=rng.choice(("local", "local", "local", "remote", "training")),
        topics=rng.sample(TOPIC_CODES, rng.choice((1, 1, 2, 3))),
        minutes=rng.randrange(5, 90),
        channel=rng.choice(codes_of("channel")),
        device=rng.choice(codes_of("device")),
        language=rng.choice(("fi", "fi", "fi", "sv", "en", "ru", "ar", "so", "uk")),
        age_band=rng.choice(codes_of("age_band")),
        visit=rng.choice(codes_of("visit")),
        outcome=outcome,
        independence=rng.choice(codes_of("independence")),
        barriers=barriers,
        referred_to="Kela service point" if outcome == "referred" else "",
        guides=rng.sample(GUIDES, rng.choice((0, 0, 1))),
        note=rng.choice(NOTES),
    )


def fill(db: Database, count: int, rng: random.Random) -> None:
    """Insert ``count`` sessions with their topics, barriers and guides in big batches."""
    tables = [m.__table__ for m in (SupportSession, SessionTopic, SessionBarrier, SessionGuide)]
    sessions, topics, barriers, guides = tables
    now = datetime.now()
    next_id = 1
    with db.engine.begin() as connection:
        for start in range(0, count, BATCH):
            rows, topic_rows, barrier_rows, guide_rows = [], [], [], []
            for _ in range(min(BATCH, count - start)):
                when = datetime.combine(FIRST_DAY, datetime.min.time()) + timedelta(
                    days=rng.randrange(DAYS), minutes=rng.randrange(8 * 60, 18 * 60)
                )
                data = random_session(rng, when)
                row = {n: getattr(data, n) for n in SCALAR_FIELDS}
                rows.append(
                    row
                    | {
                        "id": next_id,
                        "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                        "device_id": db.device_id,
                        "created_at": now,
                        "updated_at": now,
                        "source": "form",
                        "deleted_at": None,
                    }
                )
                topic_rows += [
                    {"session_id": next_id, "topic": t, "position": n}
                    for n, t in enumerate(data.topics)
                ]
                barrier_rows += [{"session_id": next_id, "barrier": b} for b in data.barriers]
                guide_rows += [{"session_id": next_id, "guide_id": g} for g in data.guides]
                next_id += 1
            connection.execute(sessions.insert(), rows)
            connection.execute(topics.insert(), topic_rows)
            if barrier_rows:
                connection.execute(barriers.insert(), barrier_rows)
            if guide_rows:
                connection.execute(guides.insert(), guide_rows)
        connection.exec_driver_sql("ANALYZE")


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def open_list(db: Database, wanted: SessionFilter) -> None:
    count_sessions(db, wanted)
    fetch_sessions(db, wanted, 0, 100)


def verdict(value: float, goal: float) -> str:
    return "met" if value <= goal else "MISSED"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--save-runs", type=int, default=60)
    parser.add_argument("--list-runs", type=int, default=25)
    args = parser.parse_args()
    rng = random.Random(2026)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "peerhelper.db")
        start = time.perf_counter()
        fill(db, args.sessions, rng)
        print(f"filled {args.sessions:,} sessions in {time.perf_counter() - start:.1f} s")

        today = datetime.combine(FIRST_DAY + timedelta(days=DAYS - 1), datetime.min.time())
        save = median_ms(
            lambda: sessions_repo.save_session(db, random_session(rng, today)), args.save_runs
        )
        month = SessionFilter(first_day=date(2025, 6, 1), last_day=date(2025, 6, 30))
        in_month = count_sessions(db, month)
        listing = median_ms(lambda: open_list(db, month), args.list_runs)
        by_topic = median_ms(
            lambda: open_list(db, SessionFilter(month.first_day, month.last_day, topic="kela")),
            args.list_runs,
        )
        by_text = median_ms(
            lambda: open_list(db, SessionFilter(month.first_day, month.last_day, text="bank")),
            args.list_runs,
        )
        whole = median_ms(lambda: open_list(db, SessionFilter()), args.list_runs)

        export_file = Path(folder) / "all.csv"
        start = time.perf_counter()
        exported = export_sessions(db, export_file)
        export_s = time.perf_counter() - start
        part_file = Path(folder) / "part.csv"
        lines = export_file.read_text("utf-8-sig").splitlines(keepends=True)
        part_file.write_text("".join(lines[:10_001]), "utf-8-sig")
        other = open_database(Path(folder) / "other" / "peerhelper.db")
        start = time.perf_counter()
        imported = import_sessions(other, part_file).created
        import_s = time.perf_counter() - start
        other.close()
        db.close()

    print(f"save one session        : median {save:7.2f} ms over {args.save_runs} runs"
          f"  (goal <= {SAVE_GOAL_MS:.0f} ms: {verdict(save, SAVE_GOAL_MS)})")  # fmt: skip
    print(f"list, one month ({in_month:,}) : median {listing:7.2f} ms over {args.list_runs} runs"
          f"  (goal <= {LIST_GOAL_MS:.0f} ms: {verdict(listing, LIST_GOAL_MS)})")  # fmt: skip
    print(f"  month + topic         : median {by_topic:7.2f} ms")
    print(f"  month + text          : median {by_text:7.2f} ms")
    print(f"  everything            : median {whole:7.2f} ms")
    print(f"export {exported:,} to CSV  : {export_s:.1f} s")
    print(f"import {imported:,} from CSV: {import_s:.1f} s")


if __name__ == "__main__":
    main()

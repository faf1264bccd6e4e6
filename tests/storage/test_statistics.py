"""The dashboard's aggregates, checked against answers computed by hand."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime, timedelta

import pytest

from peerhelper.domain.session import SessionData
from peerhelper.domain.statistics import Granularity, Period, StatsFilter
from peerhelper.domain.vocabulary import TOPIC_CODES, codes_of
from peerhelper.storage import sessions_repo as repo
from peerhelper.storage import statistics as stats
from peerhelper.storage.database import Database

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


def _random_sessions(count: int, seed: int = 7) -> list[SessionData]:
    rng = random.Random(seed)
    found = []
    for _ in range(count):
        when = datetime(2025, 12, 20, 9) + timedelta(
            days=rng.randrange(400), hours=rng.randrange(9)
        )
        outcome = rng.choice(codes_of("outcome"))
        found.append(
            SessionData(
                started_at=when,
                mode=rng.choice(codes_of("mode")),
                topics=rng.sample(TOPIC_CODES, rng.choice((1, 2, 3))),
                minutes=rng.randrange(0, 90),
                channel=rng.choice((*codes_of("channel"), "")),
                device=rng.choice((*codes_of("device"), "")),
                language=rng.choice(("fi", "sv", "ar", "so", "")),
                age_band=rng.choice(codes_of("age_band")),
                visit=rng.choice(codes_of("visit")),
                outcome=outcome,
                independence=rng.choice((*codes_of("independence"), "")),
                barriers=rng.sample(codes_of("barriers"), rng.choice((0, 0, 1, 2, 3))),
                referred_to=rng.choice(("Kela", "Library")) if outcome == "referred" else "",
                guides=rng.sample(
                    ("phone-basics", "wifi-connect", "email-attachment"), rng.choice((0, 1, 2))
                ),
                source=rng.choice(("form", "form", "tally", "paper")),
            )
        )
    return found


def _in(session: SessionData, wanted: StatsFilter) -> bool:
    day = session.started_at.date()
    return (
        wanted.period.first_day <= day <= wanted.period.last_day
        and (not wanted.topic or wanted.topic in session.topics)
        and (not wanted.mode or session.mode == wanted.mode)
        and (not wanted.language or session.language == wanted.language)
    )


def _expected(sessions: list[SessionData], wanted: StatsFilter) -> dict[str, Counter[str]]:
    chosen = [s for s in sessions if _in(s, wanted)]
    found: dict[str, Counter[str]] = {}
    for name in ("mode", "channel", "device", "language", "age_band", "visit", "outcome",
                 "independence", "source"):  # fmt: skip
        found[name] = Counter(getattr(s, name) for s in chosen)
    found["topic"] = Counter(t for s in chosen for t in s.topics)
    found["barrier"] = Counter(b for s in chosen for b in s.barriers)
    found["guide"] = Counter(g for s in chosen for g in s.guides)
    found["referral"] = Counter(s.referred_to for s in chosen if s.referred_to)
    return found


@pytest.fixture
def logged(db: Database) -> list[SessionData]:
    sessions = _random_sessions(400)
    codes = repo.topic_codes(db)
    for session in sessions:
        repo.check(db, session, codes)
    with db.session() as s:
        repo.write_sessions(s, db.device_id, sessions)
    return sessions


@pytest.mark.parametrize("scan", [False, True], ids=["index", "table-scan"])
@pytest.mark.parametrize(
    "wanted",
    [
        StatsFilter(YEAR),
        StatsFilter(Period(date(2026, 3, 1), date(2026, 3, 31))),
        StatsFilter(YEAR, topic="kela"),
        StatsFilter(YEAR, mode="remote"),
        StatsFilter(YEAR, language="ar"),
        StatsFilter(Period(date(2026, 2, 10), date(2026, 4, 20)), mode="local", language="fi"),
    ],
)
def test_breakdowns_match_hand_counts(
    db: Database, logged: list[SessionData], wanted: StatsFilter, scan: bool, monkeypatch
) -> None:
    monkeypatch.setattr(stats, "_should_scan", lambda _connection, _wanted: scan)
    figures = stats.compute(db.engine, wanted)
    # A plain view reads the per-day summary; counting the sessions must agree.
    assert figures == stats.compute(db.engine, wanted, use_summary=False)
    chosen = [s for s in logged if _in(s, wanted)]
    assert figures.sessions == len(chosen) > 0
    assert figures.minutes == sum(s.minutes for s in chosen)
    for name, expected in _expected(logged, wanted).items():
        got = {c.code: c.sessions for c in figures.breakdown(name)}
        assert got == {code: n for code, n in expected.items() if n}, name
        counts = [c.sessions for c in figures.breakdown(name)]
        assert counts == sorted(counts, reverse=True), f"{name} not largest first"


def test_over_time_by_month_for_a_year(db: Database, logged: list[SessionData]) -> None:
    figures = stats.compute(db.engine, StatsFilter(YEAR))
    assert figures.granularity is Granularity.MONTH
    assert [b.start for b in figures.over_time] == [date(2026, m, 1) for m in range(1, 13)]
    for bucket in figures.over_time:
        month = [s for s in logged if s.started_at.date().replace(day=1) == bucket.start]
        month = [s for s in month if s.started_at.year == 2026]
        assert (bucket.sessions, bucket.minutes) == (len(month), sum(s.minutes for s in month))


def test_over_time_by_week_for_a_month(db: Database, logged: list[SessionData]) -> None:
    march = Period(date(2026, 3, 1), date(2026, 3, 31))
    figures = stats.compute(db.engine, StatsFilter(march))
    assert figures.granularity is Granularity.WEEK
    starts = [b.start for b in figures.over_time]
    assert starts[0] == date(2026, 2, 23) and all(d.weekday() == 0 for d in starts)
    for bucket in figures.over_time:
        week = [
            s
            for s in logged
            if march.first_day <= s.started_at.date() <= march.last_day
            and bucket.start <= s.started_at.date() < bucket.start + timedelta(days=7)
        ]
        assert bucket.sessions == len(week)
    assert sum(b.sessions for b in figures.over_time) == figures.sessions


def test_barrier_evidence_month_by_month(db: Database, logged: list[SessionData]) -> None:
    figures = stats.compute(db.engine, StatsFilter(YEAR))
    assert [m.month for m in figures.evidence] == [date(2026, m, 1) for m in range(1, 13)]
    for month in figures.evidence:
        chosen = [
            s
            for s in logged
            if s.started_at.date().replace(day=1) == month.month and s.started_at.year == 2026
        ]
        assert month.sessions == len(chosen)
        assert month.no_device == sum("no_device" in s.barriers for s in chosen)
        assert month.no_connection == sum("no_connection" in s.barriers for s in chosen)
        assert month.no_bank_id == sum("no_bank_id" in s.barriers for s in chosen)
        assert month.no_device_or_connection == sum(
            bool({"no_device", "no_connection"} & set(s.barriers)) for s in chosen
        )
    total = figures.evidence_total()
    assert total.sessions == figures.sessions
    assert total.share(total.no_device) == pytest.approx(total.no_device / total.sessions)


def test_deleted_sessions_never_count(db: Database) -> None:
    kept = _random_sessions(3, seed=1)
    uuids = [repo.save_session(db, s.copy(started_at=datetime(2026, 5, 5, 10))) for s in kept]
    repo.set_deleted(db, uuids[0], True)
    figures = stats.compute(db.engine, StatsFilter(YEAR))
    assert figures.sessions == 2
    assert sum(c.sessions for c in figures.breakdown("topic")) == sum(
        len(s.topics) for s in kept[1:]
    )
    assert figures.evidence[4].sessions == 2


def test_an_empty_log_gives_zeros(db: Database) -> None:
    figures = stats.compute(db.engine, StatsFilter(YEAR))
    assert figures.sessions == 0 and figures.minutes == 0
    assert len(figures.over_time) == 12 and all(b.sessions == 0 for b in figures.over_time)
    assert all(m.sessions == 0 and m.share(0) is None for m in figures.evidence)
    assert figures.breakdown("topic") == []

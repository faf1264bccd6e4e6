"""Aggregating the session log for the dashboard, the report and exports.

Every figure is computed by the database (``GROUP BY`` over the sessions in
the period, using the ``started_at`` index), never by looping over rows in
Python: a year of a busy network is a hundred thousand sessions, and the
dashboard must answer at once. Deleted sessions never count. Sessions keep
their site (``site_id``, empty for this installation's own): a filter can
take some sites, and the ``site`` breakdown compares them when there are two
or more.

The same statements run on SQLite and on PostgreSQL; the only dialect
difference, the start of a session's week or month, is in :func:`_bucket`.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Select,
    and_,
    case,
    exists,
    func,
    literal,
    literal_column,
    select,
    union_all,
)

from peerhelper.domain.statistics import (
    Bucket,
    Count,
    EvidenceMonth,
    Figures,
    Granularity,
    StatsFilter,
)
from peerhelper.domain.vocabulary import codes_of
from peerhelper.storage.models import (
    DirectoryEntry,
    SessionBarrier,
    SessionGuide,
    SessionReferral,
    SessionTopic,
    SupportSession,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

SESSIONS = SupportSession.__table__
TOPICS = SessionTopic.__table__
BARRIERS = SessionBarrier.__table__
GUIDES = SessionGuide.__table__
REFERRALS = SessionReferral.__table__
ENTRIES = DirectoryEntry.__table__

# Session sources: the form, a one-tap tally, a paper tally sheet, a CSV import.
SOURCES = ("form", "tally", "paper", "import")
# Breakdowns with a fixed list of codes, read from one column of the session.
_FIXED_COLUMNS = {
    "mode": (SESSIONS.c.mode, codes_of("mode")),
    "channel": (SESSIONS.c.channel, codes_of("channel")),
    "device": (SESSIONS.c.device, codes_of("device")),
    "age_band": (SESSIONS.c.age_band, codes_of("age_band")),
    "visit": (SESSIONS.c.visit, codes_of("visit")),
    "outcome": (SESSIONS.c.outcome, codes_of("outcome")),
    "independence": (SESSIONS.c.independence, codes_of("independence")),
    "source": (SESSIONS.c.source, SOURCES),
}
# Breakdowns read from a list table: (table, code column).
_LIST_BREAKDOWNS = {
    "topic": (TOPICS, TOPICS.c.topic),
    "barrier": (BARRIERS, BARRIERS.c.barrier),
    "guide": (GUIDES, GUIDES.c.guide_id),
    # Referrals to directory entries, by entry (its UUID).
    "referral_service": (REFERRALS, REFERRALS.c.entry_uuid),
}
_EVIDENCE_EITHER = "no_device|no_connection"


def _bounds(wanted: StatsFilter) -> tuple[datetime, datetime]:
    period = wanted.period
    start = datetime.combine(period.first_day, time())
    return start, datetime.combine(period.last_day + timedelta(days=1), time())


def _conditions(wanted: StatsFilter, *, scan: bool = False) -> ColumnElement[bool]:
    """The sessions ``wanted`` counts.

    With ``scan`` (SQLite only) the ``started_at`` index is not used: when the
    period holds most of the log, reading the table in order is several
    times faster than hopping between index and table.
    """
    start, end = _bounds(wanted)
    started: Any = (
        literal_column("+support_session.started_at", DateTime) if scan else SESSIONS.c.started_at
    )
    conditions: list[ColumnElement[bool]] = [
        SESSIONS.c.deleted_at.is_(None),
        started >= start,
        started < end,
    ]
    if wanted.topic:
        conditions.append(
            exists().where(
                and_(TOPICS.c.session_id == SESSIONS.c.id, TOPICS.c.topic == wanted.topic)
            )
        )
    if wanted.mode:
        conditions.append(SESSIONS.c.mode == wanted.mode)
    if wanted.language:
        conditions.append(SESSIONS.c.language == wanted.language)
    if wanted.sites:
        conditions.append(SESSIONS.c.site_id.in_(wanted.sites))
    return and_(*conditions)


def _should_scan(connection: Connection, wanted: StatsFilter) -> bool:
    """Whether the period holds so much of the log that a table scan is cheaper."""
    if connection.dialect.name != "sqlite":
        return False  # PostgreSQL's planner knows the value distribution
    start, end = _bounds(wanted)
    in_period = connection.scalar(
        select(func.count())
        .select_from(SESSIONS)
        .where(and_(SESSIONS.c.started_at >= start, SESSIONS.c.started_at < end))
    )
    # The largest rowid approximates the table's size without counting it.
    size = connection.scalar(select(func.max(SESSIONS.c.id))) or 0
    return bool(size) and (in_period or 0) * 4 > size


def _bucket(dialect: str, granularity: Granularity, started: Any) -> ColumnElement[str]:
    """The first day of the session's week (Monday) or month, as ``YYYY-MM-DD``.

    On PostgreSQL the unit and the format are written into the statement, not
    bound: the same expression in ``SELECT`` and ``GROUP BY`` must read the same.
    """
    if dialect == "postgresql":
        unit = "'week'" if granularity is Granularity.WEEK else "'month'"
        truncated = func.date_trunc(literal_column(unit), started)
        return func.to_char(truncated, literal_column("'YYYY-MM-DD'"))
    if granularity is Granularity.WEEK:
        return func.date(started, "-6 days", "weekday 1")
    return func.strftime("%Y-%m-01", started)


def _scan_query(
    wanted: StatsFilter, dialect: str, scan: bool = False
) -> tuple[Select, list[tuple[str, str]]]:
    """One pass over the sessions, grouped by month, week, language and site.

    Every fixed-vocabulary breakdown is a conditional count in the same pass,
    so the database reads each session once; the groups are few (months ×
    weeks × languages) and are added up in Python.
    """
    granularity = wanted.period.granularity()
    month = _bucket(dialect, Granularity.MONTH, SESSIONS.c.started_at)
    week = (
        _bucket(dialect, Granularity.WEEK, SESSIONS.c.started_at)
        if granularity is Granularity.WEEK
        else literal("")
    )
    counted: list[tuple[str, str]] = []
    columns: list[Any] = [
        month.label("month"),
        week.label("week"),
        SESSIONS.c.language,
        SESSIONS.c.site_id,
        func.count(),
        func.coalesce(func.sum(SESSIONS.c.minutes), 0),
    ]
    for name, (column, codes) in _FIXED_COLUMNS.items():
        for code in (*codes, ""):
            counted.append((name, code))
            columns.append(func.count(case((column == code, 1))))
    counted.append(("referral", "*"))
    columns.append(func.count(case((SESSIONS.c.referred_to != "", 1))))
    query = (
        select(*columns)
        .where(_conditions(wanted, scan=scan))
        .group_by(month.label("month"), week.label("week"), SESSIONS.c.language, SESSIONS.c.site_id)
    )
    return query, counted


def _lists_query(wanted: StatsFilter, dialect: str, scan: bool = False) -> Select:
    """Topics, barriers and guides counted, with the barrier evidence per month."""
    month = _bucket(dialect, Granularity.MONTH, SESSIONS.c.started_at)
    counted = select(SESSIONS.c.id).where(_conditions(wanted, scan=scan))
    parts: list[Select] = []
    for name, (table, column) in _LIST_BREAKDOWNS.items():
        if name == "barrier":
            continue  # below, by month: the evidence is month by month
        parts.append(
            select(literal(name), literal(""), column, func.count())
            .where(table.c.session_id.in_(counted))
            .group_by(column)
        )
    # Referrals by the kind of place: sessions, each counted once per kind.
    parts.append(
        select(
            literal("referral_kind"),
            literal(""),
            ENTRIES.c.kind,
            func.count(func.distinct(REFERRALS.c.session_id)),
        )
        .select_from(REFERRALS.join(ENTRIES, ENTRIES.c.uuid == REFERRALS.c.entry_uuid))
        .where(REFERRALS.c.session_id.in_(counted))
        .group_by(ENTRIES.c.kind)
    )
    # Barriers need the month of their session: read the list table in order
    # and look each session up by its key.
    joined = BARRIERS.join(SESSIONS, SESSIONS.c.id == BARRIERS.c.session_id)
    parts.append(
        select(literal("barrier"), month, BARRIERS.c.barrier, func.count())
        .select_from(joined)
        .where(_conditions(wanted, scan=scan))
        .group_by(month, BARRIERS.c.barrier)
    )
    either = BARRIERS.c.barrier.in_(("no_device", "no_connection"))
    parts.append(
        select(
            literal("evidence"),
            month,
            literal(_EVIDENCE_EITHER),
            func.count(func.distinct(BARRIERS.c.session_id)),
        )
        .select_from(joined)
        .where(and_(_conditions(wanted, scan=scan), either))
        .group_by(month)
    )
    return union_all(*parts)  # type: ignore[return-value]


def _referral_query(wanted: StatsFilter, scan: bool = False) -> Select:
    column = SESSIONS.c.referred_to
    where = and_(_conditions(wanted, scan=scan), column != "")
    return select(column, func.count()).where(where).group_by(column)


def _day(text: str | date) -> date:
    return text if isinstance(text, date) else date.fromisoformat(str(text)[:10])


def _sorted(counts: Counter[str]) -> list[Count]:
    return [Count(code, n) for code, n in sorted(counts.items(), key=lambda i: (-i[1], i[0]))]


def compute_with(connection: Connection, wanted: StatsFilter) -> Figures:
    """All the figures for ``wanted`` over an open connection."""
    dialect = connection.dialect.name
    period = wanted.period
    granularity = period.granularity()
    figures = Figures(filter=wanted, granularity=granularity)

    buckets: dict[date, list[int]] = {day: [0, 0] for day in period.buckets()}
    month_sessions: Counter[date] = Counter()
    breakdowns: dict[str, Counter[str]] = {}
    scan = _should_scan(connection, wanted)
    query, counted = _scan_query(wanted, dialect, scan)
    rows: Any  # untyped statements: every value is checked by int() or _day()
    rows = connection.execute(query)
    for month, week, language, site, sessions, minutes, *counts in rows:
        month_day = _day(month)
        bucket = buckets.setdefault(
            _day(week) if granularity is Granularity.WEEK else month_day, [0, 0]
        )
        bucket[0] += int(sessions)
        bucket[1] += int(minutes)
        month_sessions[month_day] += int(sessions)
        breakdowns.setdefault("language", Counter())[language or ""] += int(sessions)
        breakdowns.setdefault("site", Counter())[site or ""] += int(sessions)
        for (name, code), count in zip(counted, counts, strict=True):
            if count:
                breakdowns.setdefault(name, Counter())[code] += int(count)
    figures.over_time = [Bucket(day, s, m) for day, (s, m) in sorted(buckets.items())]
    figures.sessions = sum(s for s, _ in buckets.values())
    figures.minutes = sum(m for _, m in buckets.values())
    referred = breakdowns.pop("referral", Counter())["*"]

    evidence: dict[date, Counter[str]] = {}
    rows = connection.execute(_lists_query(wanted, dialect, scan))
    for name, month, code, count in rows:
        if name in ("barrier", "evidence") and month:
            evidence.setdefault(_day(month), Counter())[code] += int(count)
        if name != "evidence":
            breakdowns.setdefault(name, Counter())[code] += int(count)
    if referred:
        rows = connection.execute(_referral_query(wanted, scan))
        breakdowns["referral"] = Counter({str(code): int(n) for code, n in rows})
    if len(breakdowns.get("site", ())) < 2:
        breakdowns.pop("site", None)  # one site: nothing to compare
    figures.breakdowns = {name: _sorted(counts) for name, counts in breakdowns.items()}
    figures.evidence = [
        EvidenceMonth(
            month,
            month_sessions[month],
            evidence.get(month, Counter())["no_device"],
            evidence.get(month, Counter())["no_connection"],
            evidence.get(month, Counter())["no_bank_id"],
            evidence.get(month, Counter())[_EVIDENCE_EITHER],
        )
        for month in period.months()
    ]
    return figures


def list_sites(engine: Engine) -> dict[str, str]:
    """Every site with sessions here: its id as stored (``""`` for this one) → its name.

    A site renamed over time is named by its newest session.
    """
    latest = func.max(SESSIONS.c.updated_at)
    query = select(SESSIONS.c.site_id, SESSIONS.c.site_name, latest).group_by(
        SESSIONS.c.site_id, SESSIONS.c.site_name
    )
    names: dict[str, tuple[Any, str]] = {}
    with engine.connect() as connection:
        for site_id, name, updated in connection.execute(query):
            if site_id not in names or updated > names[site_id][0]:
                names[site_id] = (updated, name)
    return {site_id: name for site_id, (_, name) in names.items()}


def compute(engine: Engine, wanted: StatsFilter) -> Figures:
    """All the figures the dashboard, the report and the summary sheet show."""
    with engine.connect() as connection:
        return compute_with(connection, wanted)

"""Aggregating the session log for the dashboard, the report and exports.

Every figure is computed by the database, never by looping over rows in
Python: a year of a busy network is a hundred thousand sessions, and the
dashboard must answer at once. A view of a period (and sites) reads the
per-day summary that ``storage.stats_summary`` keeps; a view filtered by
topic, mode or language counts the sessions themselves (``GROUP BY`` over
the period, using the ``started_at`` index). Both give the same figures, and
the tests hold them to that. Deleted sessions never count. Sessions keep
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
from peerhelper.storage import stats_summary as summary
from peerhelper.storage.models import (
    DirectoryEntry,
    SessionBarrier,
    SessionGuide,
    SessionReferral,
    SessionTopic,
    StatsDay,
    SupportSession,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sqlalchemy import Connection, Engine, Row

SESSIONS = SupportSession.__table__
TOPICS = SessionTopic.__table__
BARRIERS = SessionBarrier.__table__
GUIDES = SessionGuide.__table__
REFERRALS = SessionReferral.__table__
ENTRIES = DirectoryEntry.__table__
DAYS = StatsDay.__table__

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
    started = summary.started_column(connection, *_bounds(wanted))
    return started is not SESSIONS.c.started_at


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


class _Tally:
    """The counts either path gathers, before they become :class:`Figures`."""

    def __init__(self, wanted: StatsFilter) -> None:
        self.wanted = wanted
        self.granularity = wanted.period.granularity()
        self.buckets: dict[date, list[int]] = {day: [0, 0] for day in wanted.period.buckets()}
        self.month_sessions: Counter[date] = Counter()
        self.breakdowns: dict[str, Counter[str]] = {}
        self.evidence: dict[date, Counter[str]] = {}

    def add_time(self, month: date, week: date | None, sessions: int, minutes: int) -> None:
        key = week if self.granularity is Granularity.WEEK and week is not None else month
        bucket = self.buckets.setdefault(key, [0, 0])
        bucket[0] += sessions
        bucket[1] += minutes
        self.month_sessions[month] += sessions

    def add(self, name: str, code: str, count: int) -> None:
        self.breakdowns.setdefault(name, Counter())[code] += count

    def figures(self) -> Figures:
        wanted = self.wanted
        figures = Figures(filter=wanted, granularity=self.granularity)
        buckets = self.buckets
        figures.over_time = [Bucket(day, s, m) for day, (s, m) in sorted(buckets.items())]
        figures.sessions = sum(s for s, _ in buckets.values())
        figures.minutes = sum(m for _, m in buckets.values())
        breakdowns = {name: counts for name, counts in self.breakdowns.items() if +counts}
        if len(breakdowns.get("site", ())) < 2:
            breakdowns.pop("site", None)  # one site: nothing to compare
        figures.breakdowns = {name: _sorted(counts) for name, counts in breakdowns.items()}
        figures.evidence = [
            EvidenceMonth(
                month,
                self.month_sessions[month],
                self.evidence.get(month, Counter())["no_device"],
                self.evidence.get(month, Counter())["no_connection"],
                self.evidence.get(month, Counter())["no_bank_id"],
                self.evidence.get(month, Counter())[_EVIDENCE_EITHER],
            )
            for month in wanted.period.months()
        ]
        return figures


def compute_with(connection: Connection, wanted: StatsFilter) -> Figures:
    """All the figures for ``wanted``, counted from the sessions over an open connection."""
    dialect = connection.dialect.name
    tally = _Tally(wanted)
    scan = _should_scan(connection, wanted)
    query, counted = _scan_query(wanted, dialect, scan)
    rows: Any  # untyped statements: every value is checked by int() or _day()
    rows = connection.execute(query)
    for month, week, language, site, sessions, minutes, *counts in rows:
        tally.add_time(_day(month), _day(week) if week else None, int(sessions), int(minutes))
        tally.add("language", language or "", int(sessions))
        tally.add("site", site or "", int(sessions))
        for (name, code), count in zip(counted, counts, strict=True):
            if count:
                tally.add(name, code, int(count))
    referred = tally.breakdowns.pop("referral", Counter())["*"]

    rows = connection.execute(_lists_query(wanted, dialect, scan))
    for name, month, code, count in rows:
        if name in ("barrier", "evidence") and month:
            tally.evidence.setdefault(_day(month), Counter())[code] += int(count)
        if name != "evidence":
            tally.add(name, code, int(count))
    if referred:
        rows = connection.execute(_referral_query(wanted, scan))
        for code, count in rows:
            tally.add("referral", str(code), int(count))
    return tally.figures()


def _summary_queries(wanted: StatsFilter) -> tuple[Select, Select, Select]:
    """The breakdowns, the days, and the barriers by month, from the summary."""
    period = wanted.period
    conditions = [
        DAYS.c.day >= period.first_day.isoformat(),
        DAYS.c.day <= period.last_day.isoformat(),
    ]
    if wanted.sites:
        conditions.append(DAYS.c.site_id.in_(wanted.sites))
    breakdowns = (
        select(DAYS.c.dim, DAYS.c.code, func.sum(DAYS.c.sessions))
        .where(and_(*conditions, DAYS.c.dim.not_in((summary.ALL, "evidence"))))
        .group_by(DAYS.c.dim, DAYS.c.code)
    )
    days = (
        select(DAYS.c.day, DAYS.c.site_id, func.sum(DAYS.c.sessions), func.sum(DAYS.c.minutes))
        .where(and_(*conditions, DAYS.c.dim == summary.ALL))
        .group_by(DAYS.c.day, DAYS.c.site_id)
    )
    month = func.substr(DAYS.c.day, 1, 7)
    barriers = (
        select(month, DAYS.c.code, func.sum(DAYS.c.sessions))
        .where(and_(*conditions, DAYS.c.dim.in_(("barrier", "evidence"))))
        .group_by(month, DAYS.c.code)
    )
    return breakdowns, days, barriers


def _summary_figures(connection: Connection, wanted: StatsFilter) -> Figures:
    """All the figures for ``wanted`` (a period and sites only), read from the summary."""
    tally = _Tally(wanted)
    known = {name: {*codes, ""} for name, (_, codes) in _FIXED_COLUMNS.items()}
    breakdowns, days, barriers = _summary_queries(wanted)
    rows: Any  # untyped statements: every value is checked by int() or fromisoformat()
    rows = connection.execute(breakdowns).all()  # one fetch: the rows are few and small
    for name, code, count in rows:
        if name not in known or code in known[name]:
            tally.add(name, code, int(count))
    rows = connection.execute(days).all()
    for text, site, sessions, minutes in rows:
        day = date.fromisoformat(text)
        week = day - timedelta(days=day.weekday())
        tally.add_time(day.replace(day=1), week, int(sessions), int(minutes))
        tally.add("site", site, int(sessions))
    rows = connection.execute(barriers).all()
    for text, code, count in rows:
        tally.evidence.setdefault(date.fromisoformat(f"{text}-01"), Counter())[code] += int(count)
    return tally.figures()


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
        rows: Iterable[Row[str, str, datetime]] = connection.execute(query)
        for site_id, name, updated in rows:
            if site_id not in names or updated > names[site_id][0]:
                names[site_id] = (updated, name)
    return {site_id: name for site_id, (_, name) in names.items()}


def compute(engine: Engine, wanted: StatsFilter, *, use_summary: bool = True) -> Figures:
    """All the figures the dashboard, the report and the summary sheet show.

    A view of a period and sites reads the per-day summary
    (``storage.stats_summary``), brought up to date first; a view filtered by
    topic, mode or language, or one where the summary cannot be written just
    now, is counted from the sessions.
    """
    plain = not (wanted.topic or wanted.mode or wanted.language)
    if use_summary and plain and summary.refresh(engine):
        with engine.connect() as connection:
            return _summary_figures(connection, wanted)
    with engine.connect() as connection:
        return compute_with(connection, wanted)

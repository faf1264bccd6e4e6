"""What the statistics are about: periods, filters, the figures, and small-count rules.

Plain data only. ``storage.statistics`` fills a :class:`Figures` from the
database; the Statistics screen, the PDF report and the spreadsheet export
all read the same object, so a number means the same thing everywhere.

Small counts are hidden in everything meant to leave the site: a count from
1 to :data:`SMALL_COUNT_LIMIT` − 1 is shown as ``"<5"`` and a share is not
shown where it, together with the total, would reveal such a count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

SMALL_COUNT_LIMIT = 5
HIDDEN = "<5"

# The barriers that count as evidence that a device or a connection is a basic need.
EVIDENCE_BARRIERS = ("no_device", "no_connection", "no_bank_id")

# Every breakdown the dashboard shows, in the order it shows them; each is a
# session field (or list) whose codes are counted.
BREAKDOWNS = (
    # Shown only where the sessions come from more than one site.
    "site",
    "topic",
    "mode",
    "channel",
    "device",
    "language",
    "age_band",
    "visit",
    "outcome",
    "independence",
    "barrier",
    "referral",
    "referral_service",
    "referral_kind",
    "guide",
    "source",
)


class PeriodKind(StrEnum):
    THIS_WEEK = "this_week"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_YEAR = "this_year"
    CUSTOM = "custom"


class Granularity(StrEnum):
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class Period:
    """From ``first_day`` to ``last_day``, both included."""

    first_day: date
    last_day: date

    def __post_init__(self) -> None:
        if self.last_day < self.first_day:
            raise ValueError("a period cannot end before it starts")

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    def granularity(self) -> Granularity:
        """Weeks for up to about three months, months beyond."""
        return Granularity.WEEK if self.days <= 93 else Granularity.MONTH

    def months(self) -> list[date]:
        """The first day of each month the period touches."""
        first = self.first_day.replace(day=1)
        found = []
        while first <= self.last_day:
            found.append(first)
            first = _next_month(first)
        return found

    def weeks(self) -> list[date]:
        """The Monday of each ISO week the period touches."""
        monday = self.first_day - timedelta(days=self.first_day.weekday())
        found = []
        while monday <= self.last_day:
            found.append(monday)
            monday += timedelta(days=7)
        return found

    def buckets(self, granularity: Granularity | None = None) -> list[date]:
        wanted = granularity or self.granularity()
        return self.weeks() if wanted is Granularity.WEEK else self.months()


def _next_month(first: date) -> date:
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


def period_of(kind: PeriodKind, today: date) -> Period:
    """The named period around ``today`` (``CUSTOM`` is chosen by the user, not here)."""
    if kind is PeriodKind.THIS_WEEK:
        monday = today - timedelta(days=today.weekday())
        return Period(monday, monday + timedelta(days=6))
    if kind is PeriodKind.THIS_MONTH:
        first = today.replace(day=1)
        return Period(first, _next_month(first) - timedelta(days=1))
    if kind is PeriodKind.LAST_MONTH:
        first_this = today.replace(day=1)
        last = first_this - timedelta(days=1)
        return Period(last.replace(day=1), last)
    if kind is PeriodKind.THIS_YEAR:
        return Period(date(today.year, 1, 1), date(today.year, 12, 31))
    raise ValueError("a custom period has no default")


@dataclass(frozen=True)
class StatsFilter:
    """Which sessions count: a period, and optionally one topic, mode or language.

    ``sites`` limits the count to those sites (their site-device ids as stored:
    ``""`` for this installation's own sessions); empty means every site.
    """

    period: Period
    topic: str = ""
    mode: str = ""
    language: str = ""
    sites: tuple[str, ...] = ()


@dataclass(frozen=True)
class Count:
    """How many sessions had ``code``, and the volunteer minutes they took."""

    code: str
    sessions: int
    minutes: int = 0


@dataclass(frozen=True)
class Bucket:
    """Sessions and minutes in one week or month starting on ``start``."""

    start: date
    sessions: int
    minutes: int


@dataclass(frozen=True)
class EvidenceMonth:
    """One month of the barrier evidence: the counts behind each share."""

    month: date
    sessions: int
    no_device: int
    no_connection: int
    no_bank_id: int
    # No device or no connection (or both): the basic-need argument.
    no_device_or_connection: int

    def share(self, count: int) -> float | None:
        return count / self.sessions if self.sessions else None


@dataclass
class Figures:
    """Everything the dashboard, the report and the summary sheet show for one filter."""

    filter: StatsFilter
    sessions: int = 0
    minutes: int = 0
    granularity: Granularity = Granularity.MONTH
    over_time: list[Bucket] = field(default_factory=list)
    # breakdown name → counts, largest first
    breakdowns: dict[str, list[Count]] = field(default_factory=dict)
    evidence: list[EvidenceMonth] = field(default_factory=list)

    @property
    def hours(self) -> float:
        return self.minutes / 60

    def breakdown(self, name: str) -> list[Count]:
        return self.breakdowns.get(name, [])

    def evidence_total(self) -> EvidenceMonth:
        """The whole period's evidence as one row."""
        first = self.filter.period.first_day.replace(day=1)
        return EvidenceMonth(
            first,
            sum(m.sessions for m in self.evidence),
            sum(m.no_device for m in self.evidence),
            sum(m.no_connection for m in self.evidence),
            sum(m.no_bank_id for m in self.evidence),
            sum(m.no_device_or_connection for m in self.evidence),
        )


def is_small(count: int) -> bool:
    """A count that could point at a person: 1 to 4."""
    return 0 < count < SMALL_COUNT_LIMIT


def shown_count(count: int, *, protect: bool) -> str:
    """``count`` as printed; ``"<5"`` for a small count when ``protect`` is on."""
    if protect and is_small(count):
        return HIDDEN
    return str(count)


def shown_share(count: int, total: int, *, protect: bool) -> float | None:
    """The share ``count / total``, or None where it must not be shown.

    With ``protect`` a share is withheld when the count is small, and also when
    the rest (``total − count``) is small, since the total is printed too.
    """
    if total <= 0:
        return None
    if protect and (is_small(count) or is_small(total - count)):
        return None
    return count / total

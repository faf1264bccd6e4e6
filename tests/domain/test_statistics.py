"""Periods and the small-count rule."""

from __future__ import annotations

from datetime import date

import pytest

from peerhelper.domain.statistics import (
    HIDDEN,
    Granularity,
    Period,
    PeriodKind,
    is_small,
    period_of,
    shown_count,
    shown_share,
)

TODAY = date(2026, 12, 1)  # a Tuesday


@pytest.mark.parametrize(
    ("kind", "first", "last"),
    [
        (PeriodKind.THIS_WEEK, date(2026, 11, 30), date(2026, 12, 6)),
        (PeriodKind.THIS_MONTH, date(2026, 12, 1), date(2026, 12, 31)),
        (PeriodKind.LAST_MONTH, date(2026, 11, 1), date(2026, 11, 30)),
        (PeriodKind.THIS_YEAR, date(2026, 1, 1), date(2026, 12, 31)),
    ],
)
def test_named_periods(kind: PeriodKind, first: date, last: date) -> None:
    assert period_of(kind, TODAY) == Period(first, last)


def test_last_month_in_january_is_december() -> None:
    assert period_of(PeriodKind.LAST_MONTH, date(2027, 1, 15)) == Period(
        date(2026, 12, 1), date(2026, 12, 31)
    )


def test_a_period_cannot_run_backwards() -> None:
    with pytest.raises(ValueError):
        Period(date(2026, 2, 1), date(2026, 1, 1))


def test_buckets() -> None:
    year = Period(date(2026, 1, 1), date(2026, 12, 31))
    assert year.granularity() is Granularity.MONTH and len(year.buckets()) == 12
    month = Period(date(2026, 12, 1), date(2026, 12, 31))
    assert month.granularity() is Granularity.WEEK
    assert month.buckets() == [date(2026, 11, 30), date(2026, 12, 7), date(2026, 12, 14),
                               date(2026, 12, 21), date(2026, 12, 28)]  # fmt: skip
    across = Period(date(2025, 11, 15), date(2026, 2, 3))
    assert across.months() == [date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1),
                               date(2026, 2, 1)]  # fmt: skip


@pytest.mark.parametrize(
    ("count", "shown"), [(0, "0"), (1, HIDDEN), (4, HIDDEN), (5, "5"), (120, "120")]
)
def test_small_counts_hidden_when_leaving_the_site(count: int, shown: str) -> None:
    assert shown_count(count, protect=True) == shown
    assert shown_count(count, protect=False) == str(count)
    assert is_small(count) is (shown == HIDDEN)


@pytest.mark.parametrize(
    ("count", "total", "share"),
    [
        (0, 20, 0.0),
        (1, 20, None),  # the count itself is small
        (4, 20, None),
        (5, 20, 0.25),
        (16, 20, None),  # the rest (4) would be revealed by the printed total
        (15, 20, 0.75),
        (20, 20, 1.0),
        (0, 0, None),
    ],
)
def test_shares_that_would_reveal_a_small_count_are_withheld(
    count: int, total: int, share: float | None
) -> None:
    assert shown_share(count, total, protect=True) == share
    if total:
        assert shown_share(count, total, protect=False) == count / total

"""Single cells of a session CSV file: times, lists, and the spreadsheet-formula guard.

Each pair here is a round trip: what ``format_*`` writes, ``parse_*`` reads back
unchanged, so an exported file imported again gives the same sessions.

**Formula guard.** A spreadsheet treats a cell that starts with ``=``, ``+``,
``-`` or ``@`` (and, in some programs, a tab or carriage return) as a formula,
so a note such as ``=HYPERLINK(…)`` in an exported file could run when a
coordinator opens it. :func:`guard_cell` puts an apostrophe in front of such a
cell; spreadsheets show it as plain text. To keep the guard reversible, a cell
whose text only *starts* with apostrophes before such a character gets one
more, and :func:`unguard_cell` takes exactly one away. A cell written by hand
as ``=2+2`` is read as the text ``=2+2``; one written as ``'=2+2`` is read as
``=2+2``; ``'quoted'`` stays ``'quoted'``.
"""

from __future__ import annotations

import re
from datetime import datetime

LIST_SEPARATOR = "|"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_GUARD = "'"
_RISKY_FIRST = frozenset((_GUARD, *FORMULA_STARTS))

_ISO_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6})\d*)?)?"
)
# What Finnish Excel shows, and writes back when the file is saved again.
_FINNISH_TIME = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}) (\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?")
_TIME_ZONE = re.compile(r"Z|[+-]\d{2}(:?\d{2})?")


def _needs_guard(value: str) -> bool:
    if value[:1] not in _RISKY_FIRST:  # the usual case, answered at once
        return False
    return value.lstrip(_GUARD).startswith(FORMULA_STARTS)


def guard_cell(value: str) -> str:
    """``value`` made safe to open in a spreadsheet (see the module docstring)."""
    return _GUARD + value if _needs_guard(value) else value


def unguard_cell(value: str) -> str:
    """The text :func:`guard_cell` was given for ``value``."""
    if value.startswith(_GUARD) and _needs_guard(value[1:]):
        return value[1:]
    return value


def format_started_at(moment: datetime) -> str:
    """ISO 8601 local time to the minute, with seconds only when there are some."""
    # Not strftime: its %Y drops the leading zeros of years before 1000 on some platforms.
    text = f"{moment.year:04d}-{moment:%m-%d %H:%M}"
    return f"{text}:{moment:%S}" if moment.second else text


def parse_started_at(text: str) -> datetime:
    """Read ``2026-03-14 10:30``, ``2026-03-14T10:30:15`` or Finnish ``14.3.2026 10:30``.

    Raises ValueError with a message for the user.
    """
    text = text.strip()
    prefix = _ISO_TIME.match(text)
    if prefix and _TIME_ZONE.fullmatch(text[prefix.end() :]):
        raise ValueError("give local time without a time zone")
    iso = _ISO_TIME.fullmatch(text)
    finnish = _FINNISH_TIME.fullmatch(text)
    if iso:
        year, month, day, hour, minute, second, fraction = iso.groups()
    elif finnish:
        day, month, year, hour, minute, second = finnish.groups()
        fraction = None
    else:
        raise ValueError("not a date and time such as 2026-03-14 10:30")
    try:
        return datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            int(second or 0),
            int((fraction or "0").ljust(6, "0")),
        )
    except ValueError:
        raise ValueError("no such date or time") from None


def format_list(values: list[str]) -> str:
    return LIST_SEPARATOR.join(values)


def parse_list(text: str, lower: bool = True) -> list[str]:
    """Split a ``|``-separated cell; blanks are dropped, codes lower-cased."""
    values = (v.strip() for v in text.split(LIST_SEPARATOR))
    return [v.lower() if lower else v for v in values if v]

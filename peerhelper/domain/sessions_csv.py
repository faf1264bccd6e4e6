"""Support sessions as CSV text: the columns, writing rows, and reading them with every problem.

The file format (import and export):

- UTF-8, with or without a byte-order mark. Exports carry the mark, because
  Excel reads a file without it in the Windows code page and garbles ä and ö.
- Delimiter ``;`` or ``,``, detected from the header row. Exports use ``;``:
  Finnish Excel uses the decimal comma, so ``;`` is the separator it opens into
  columns on a double-click. A first line ``sep=;`` (written by some tools) is
  honoured and skipped.
- A header row naming every column of :data:`COLUMNS` once, in any order, in
  any letter case. A missing column is an error rather than "leave unchanged",
  so that an import can never blank a field by accident.
- One session per row. Lists (topics, barriers, guides) are separated by ``|``.
  Codes are read case-insensitively. ``started_at`` is ISO 8601 local time
  (``2026-03-14 10:30``, ``2026-03-14T10:30``, seconds optional); the Finnish
  form ``14.3.2026 10:30``, which Excel writes back, is accepted too.
  ``minutes`` is a whole number 0–600 (empty means 0). ``started_at``,
  ``mode`` and ``topics`` are required; other cells may be empty. Rows whose
  cells are all empty are skipped.
- A guide id has the shape of a guide folder's (``a-z``, ``0-9`` and ``-``),
  the language that of a language code (``fi``, ``ckb``, ``pt-BR``). Every
  text cell, these included, goes through the personal-data guard.
- ``id`` is the session's UUID; empty means "a new session".
- ``referrals`` names the referral directory's entries the client was sent
  to (``|`` between names, matched regardless of letter case). It may be
  left out of a file: an update then keeps the session's referrals, and a
  new session has none. ``referred_to`` stays free text.
- Cells that a spreadsheet would run as a formula are guarded (``csv_cells``).

- A row may end with one more separator than the columns need, the header
  too: Excel writes one at the end of every line of some files.

:func:`read_sessions_csv` reads the rows one at a time from a
:class:`~peerhelper.domain.csv_lines.CsvLines` (which bounds the file's and
each row's size) and checks each; problems go to a
:class:`~peerhelper.domain.import_problems.ProblemList` with their line
numbers, and the caller imports nothing if there are any. A message never
repeats personal data: a value that contains some is named by its kind only.
"""

from __future__ import annotations

import csv
import uuid as uuid_module
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import IO

from peerhelper.domain.csv_cells import (
    format_list,
    format_started_at,
    guard_cell,
    parse_list,
    parse_started_at,
    unguard_cell,
)
from peerhelper.domain.csv_lines import CsvLines
from peerhelper.domain.csv_table import quoted_problem, read_table
from peerhelper.domain.import_problems import LineProblem, ProblemList
from peerhelper.domain.privacy import find_personal_data, kinds_found
from peerhelper.domain.session import Problem, SessionData, dedupe, validate

COLUMNS = (
    "id",
    "started_at",
    "minutes",
    "mode",
    "channel",
    "topics",
    "device",
    "language",
    "age_band",
    "visit",
    "outcome",
    "independence",
    "barriers",
    "referred_to",
    "referrals",
    "guides",
    "note",
)
# Columns a file may leave out (written by versions before them).
OPTIONAL_COLUMNS = ("referrals",)
_CODE_COLUMNS = ("mode", "channel", "device", "age_band", "visit", "outcome", "independence")
EXPORT_DELIMITER = ";"


@dataclass(frozen=True)
class ParsedRow:
    line: int
    session: SessionData
    # The directory entries named in the row, to be looked up by the caller;
    # None when the file has no ``referrals`` column.
    referral_names: list[str] | None = None


def session_cells(data: SessionData, entry_names: Mapping[str, str] | None = None) -> list[str]:
    """One CSV row for ``data``, in :data:`COLUMNS` order, guarded for spreadsheets.

    Lists are written in a canonical form (topics in their order, barriers and
    guides sorted), so two sessions that mean the same give the same row.
    ``entry_names`` names the directory entries of ``data.referrals`` by UUID.
    """
    entry_names = entry_names or {}
    values = {
        "id": data.uuid or "",
        "started_at": format_started_at(data.started_at),
        "minutes": str(data.minutes),
        "topics": format_list(dedupe(data.topics)),
        "language": data.language,
        "barriers": format_list(sorted(dedupe(data.barriers))),
        "referred_to": data.referred_to,
        "referrals": format_list([entry_names.get(u, u) for u in dedupe(data.referrals)]),
        "guides": format_list(sorted(dedupe(data.guides))),
        "note": data.note,
        **{name: getattr(data, name) for name in _CODE_COLUMNS},
    }
    return [guard_cell(values[name]) for name in COLUMNS]


def write_sessions_csv(
    out: IO[str],
    sessions: Iterable[SessionData],
    entry_names: Mapping[str, str] | None = None,
) -> int:
    """Write the header and one row per session to ``out``; returns the row count."""
    writer = csv.writer(out, delimiter=EXPORT_DELIMITER, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for data in sessions:
        writer.writerow(session_cells(data, entry_names))
        count += 1
    return count


def read_sessions_csv(
    lines: CsvLines, topic_codes: set[str] | frozenset[str], problems: ProblemList
) -> Iterator[ParsedRow]:
    """Each session row of the file in turn, checked; what is wrong goes to ``problems``.

    Rows with problems are handed out too, so that the caller can still look
    for repeated ids; it imports nothing once ``problems`` holds any. Reading
    stops at a problem that makes the rest meaningless: a bad header, broken
    quoting, a row too long, or a file that is not UTF-8 text. Ids repeated
    within the file are the caller's to find: it sees every row and can keep
    them out of memory.
    """
    required = [name for name in COLUMNS if name not in OPTIONAL_COLUMNS]
    for line, named in read_table(lines, required, problems, optional=OPTIONAL_COLUMNS):
        session, row_problems = _parse_row(named, topic_codes)
        for problem in row_problems:
            problems.add(LineProblem(line, _without_personal_data(problem)))
        referrals = None
        if "referrals" in named:
            referrals = parse_list(unguard_cell(named["referrals"]), lower=False)
        yield ParsedRow(line, session, referrals)


def _code(raw: dict[str, str], name: str) -> str:
    return raw[name].strip().lower()


def _parse_row(
    cells: dict[str, str], topic_codes: set[str] | frozenset[str]
) -> tuple[SessionData, list[Problem]]:
    """The session a row describes, and what is wrong with it.

    Cells that cannot be read are replaced by harmless stand-ins so that the
    rest of the row is still checked and every problem is reported at once.
    """
    raw = {name: unguard_cell(value) for name, value in cells.items() if name != "referrals"}
    problems: list[Problem] = []
    session_id = None
    if raw["id"].strip():
        try:
            session_id = str(uuid_module.UUID(raw["id"].strip()))
        except ValueError:
            problems.append(quoted_problem("id", "bad_id", "not a UUID", raw["id"]))
    started_at = None
    if not raw["started_at"].strip():
        problems.append(Problem("started_at", "required", "a start time is required"))
    else:
        try:
            started_at = parse_started_at(raw["started_at"])
        except ValueError as exc:
            problems.append(quoted_problem("started_at", "bad_date", str(exc), raw["started_at"]))
    minutes = 0
    if raw["minutes"].strip():
        try:
            minutes = int(raw["minutes"].strip())
        except ValueError:
            what = "not a whole number of minutes"
            problems.append(quoted_problem("minutes", "bad_number", what, raw["minutes"]))
    # Guide ids and the language are checked by shape, and for personal data
    # like every text cell, in ``validate`` below.
    guides = parse_list(raw["guides"], lower=False)
    session = SessionData(
        started_at=started_at or _PLACEHOLDER_TIME,
        mode=raw["mode"].strip().lower(),
        topics=parse_list(raw["topics"]),
        minutes=minutes,
        language=raw["language"].strip(),
        barriers=parse_list(raw["barriers"]),
        referred_to=raw["referred_to"],
        guides=guides,
        note=raw["note"],
        source="import",
        uuid=session_id,
        # Spelled out, not unpacked from _CODE_COLUMNS, so each field is type-checked.
        channel=_code(raw, "channel"),
        device=_code(raw, "device"),
        age_band=_code(raw, "age_band"),
        visit=_code(raw, "visit"),
        outcome=_code(raw, "outcome"),
        independence=_code(raw, "independence"),
    )
    problems.extend(validate(session, topic_codes))
    return session, problems


def unknown_referral(name: str) -> Problem:
    """The problem of a ``referrals`` cell naming no entry of the directory here."""
    return quoted_problem("referrals", "unknown_referral", "no such service in the directory", name)


def _without_personal_data(problem: Problem) -> Problem:
    """``problem``, or a version naming only the kind if its text would repeat personal data."""
    findings = find_personal_data(problem.detail)
    if not findings or problem.code == "personal_data":
        return problem
    kinds = tuple(kinds_found(findings))
    return Problem(problem.field, "personal_data", "personal data found", kinds)


# Stands in for an unreadable start time while the rest of the row is checked.
_PLACEHOLDER_TIME = parse_started_at("2000-01-01 00:00")

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

import _csv
import csv
import io
import itertools
import uuid as uuid_module
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from peerhelper.domain.csv_cells import (
    format_list,
    format_started_at,
    guard_cell,
    parse_list,
    parse_started_at,
    unguard_cell,
)
from peerhelper.domain.csv_lines import CsvFileProblem, CsvLines, RowTooLong
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
_SHOWN_VALUE = 60  # longer values are cut in messages


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
    out: io.TextIOBase,
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
    source = iter(lines)
    try:
        first, pending = _first_line(source)
        delimiter, skip_sep_line = _delimiter(first)
        reader = csv.reader(itertools.chain(pending, source), delimiter=delimiter, strict=True)
        yield from _rows(lines, reader, topic_codes, problems, skip_sep_line)
    except CsvFileProblem as exc:
        problems.add(LineProblem(exc.line, Problem(exc.field, exc.code, exc.detail)))


def _first_line(source: Iterator[str]) -> tuple[str, list[str]]:
    """The first line that is not blank, and the lines read to find it."""
    pending = []
    for text in source:
        pending.append(text)
        if text.strip():
            return text, pending
    return "", pending


def _rows(
    lines: CsvLines,
    reader: _csv.Reader,
    topic_codes: set[str] | frozenset[str],
    problems: ProblemList,
    skip_sep_line: bool,
) -> Iterator[ParsedRow]:
    header: list[str] | None = None
    trailing_separator = False
    while True:
        line = reader.line_num + 1  # where the row starts
        try:
            cells = next(reader)
        except StopIteration:
            break
        except RowTooLong as exc:
            problems.add(LineProblem(line, _too_long_cell(exc, header, reader)))
            return
        except csv.Error as exc:
            problems.add(LineProblem(line, Problem("file", "bad_csv", f"broken CSV: {exc}")))
            return
        lines.row_done()
        if not any(c.strip() for c in cells):
            continue
        if skip_sep_line:
            skip_sep_line = False
            continue
        if header is None:
            # Excel may end every line, the header too, with a separator.
            trailing_separator = len(cells) > 1 and not cells[-1].strip()
            names = [c.strip().lower() for c in (cells[:-1] if trailing_separator else cells)]
            header_problems = _header_problems(names)
            for problem in header_problems:
                problems.add(LineProblem(line, problem))
            if header_problems:
                return  # the rows mean nothing without their header
            header = names
            continue
        if trailing_separator and len(cells) == len(header) + 1 and not cells[-1].strip():
            cells.pop()
        if len(cells) != len(header):
            detail = f"{len(cells)} cells where the header has {len(header)}"
            problems.add(LineProblem(line, Problem("row", "column_count", detail)))
            continue
        named = dict(zip(header, cells, strict=True))
        session, row_problems = _parse_row(named, topic_codes)
        for problem in row_problems:
            problems.add(LineProblem(line, _without_personal_data(problem)))
        referrals = None
        if "referrals" in named:
            referrals = parse_list(unguard_cell(named["referrals"]), lower=False)
        yield ParsedRow(line, session, referrals)
    if header is None and not problems:
        empty = "the file is empty; a header row is required"
        problems.add(LineProblem(1, Problem("header", "header", empty)))


def _too_long_cell(exc: RowTooLong, header: list[str] | None, reader: _csv.Reader) -> Problem:
    """The problem of a row cut at the limit, naming the cell the limit fell in."""
    text = io.StringIO(exc.text, newline="")
    records = list(csv.reader(text, delimiter=reader.dialect.delimiter))
    column = len(records[-1]) - 1 if records else 0
    field = header[column] if header is not None and 0 <= column < len(header) else "row"
    return Problem(field, exc.code, exc.detail)


def _delimiter(first: str) -> tuple[str, bool]:
    """The delimiter, from a ``sep=`` line or else the header; and whether that line is there."""
    first = first.strip().lower()
    if len(first) == 5 and first.startswith("sep=") and first[4] in ",;":
        return first[4], True
    return (";" if first.count(";") > first.count(",") else ","), False


def _header_problems(names: list[str]) -> list[Problem]:
    problems = []
    counts = Counter(names)
    for name, count in counts.items():
        if name not in COLUMNS:
            problems.append(_bad("header", "unknown_column", "unknown column", name))
        elif count > 1:
            problems.append(Problem("header", "duplicate_column", f"column {name!r} twice"))
    missing = [name for name in COLUMNS if name not in names and name not in OPTIONAL_COLUMNS]
    if missing:
        problems.append(Problem("header", "missing_column", "missing " + ", ".join(missing)))
    return problems


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
            problems.append(_bad("id", "bad_id", "not a UUID", raw["id"]))
    started_at = None
    if not raw["started_at"].strip():
        problems.append(Problem("started_at", "required", "a start time is required"))
    else:
        try:
            started_at = parse_started_at(raw["started_at"])
        except ValueError as exc:
            problems.append(_bad("started_at", "bad_date", str(exc), raw["started_at"]))
    minutes = 0
    if raw["minutes"].strip():
        try:
            minutes = int(raw["minutes"].strip())
        except ValueError:
            what = "not a whole number of minutes"
            problems.append(_bad("minutes", "bad_number", what, raw["minutes"]))
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
        **{name: raw[name].strip().lower() for name in _CODE_COLUMNS if name != "mode"},
    )
    problems.extend(validate(session, topic_codes))
    return session, problems


def _bad(field: str, code: str, what: str, value: str) -> Problem:
    """A problem quoting ``value``, unless the value holds personal data: then only its kind."""
    findings = find_personal_data(value)
    if findings:
        return Problem(field, "personal_data", "personal data found", tuple(kinds_found(findings)))
    value = value.strip()
    if len(value) > _SHOWN_VALUE:
        value = value[:_SHOWN_VALUE] + "…"
    return Problem(field, code, f"{what}: {value!r}")


def unknown_referral(name: str) -> Problem:
    """The problem of a ``referrals`` cell naming no entry of the directory here."""
    return _bad("referrals", "unknown_referral", "no such service in the directory", name)


def _without_personal_data(problem: Problem) -> Problem:
    """``problem``, or a version naming only the kind if its text would repeat personal data."""
    findings = find_personal_data(problem.detail)
    if not findings or problem.code == "personal_data":
        return problem
    kinds = tuple(kinds_found(findings))
    return Problem(problem.field, "personal_data", "personal data found", kinds)


# Stands in for an unreadable start time while the rest of the row is checked.
_PLACEHOLDER_TIME = parse_started_at("2000-01-01 00:00")

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
- Cells that a spreadsheet would run as a formula are guarded (``csv_cells``).

Reading is all or nothing: :func:`parse_sessions_csv` checks every row and
raises :class:`SessionImportError` listing every problem with its line number.
A message never repeats personal data: a value that contains some is named
by its kind only.
"""

from __future__ import annotations

import codecs
import csv
import io
import uuid as uuid_module
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NoReturn

from peerhelper.domain.csv_cells import (
    format_list,
    format_started_at,
    guard_cell,
    parse_list,
    parse_started_at,
    unguard_cell,
)
from peerhelper.domain.privacy import find_personal_data, kinds_found
from peerhelper.domain.session import Problem, SessionData, dedupe, validate
from peerhelper.errors import BadInputError

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
    "guides",
    "note",
)
_CODE_COLUMNS = ("mode", "channel", "device", "age_band", "visit", "outcome", "independence")
EXPORT_DELIMITER = ";"
_SHOWN_VALUE = 60  # longer values are cut in messages


@dataclass(frozen=True)
class LineProblem:
    """A problem found on a line of the file; line 0 means the file as a whole."""

    line: int
    problem: Problem

    def __str__(self) -> str:
        return f"line {self.line}: {self.problem}" if self.line else str(self.problem)


class SessionImportError(BadInputError):
    """The file was not imported and nothing was changed; ``problems`` says why."""

    def __init__(self, problems: list[LineProblem]) -> None:
        count = len(problems)
        heading = (
            f"The file was not imported; nothing was changed. "
            f"{count} problem{'s' if count != 1 else ''}:"
        )
        super().__init__("\n".join([heading, *(f"  {p}" for p in problems)]))
        self.problems = problems


@dataclass(frozen=True)
class ParsedRow:
    line: int
    session: SessionData


def session_cells(data: SessionData) -> list[str]:
    """One CSV row for ``data``, in :data:`COLUMNS` order, guarded for spreadsheets.

    Lists are written in a canonical form (topics in their order, barriers and
    guides sorted), so two sessions that mean the same give the same row.
    """
    values = {
        "id": data.uuid or "",
        "started_at": format_started_at(data.started_at),
        "minutes": str(data.minutes),
        "topics": format_list(dedupe(data.topics)),
        "language": data.language,
        "barriers": format_list(sorted(dedupe(data.barriers))),
        "referred_to": data.referred_to,
        "guides": format_list(sorted(dedupe(data.guides))),
        "note": data.note,
        **{name: getattr(data, name) for name in _CODE_COLUMNS},
    }
    return [guard_cell(values[name]) for name in COLUMNS]


def write_sessions_csv(out: io.TextIOBase, sessions: Iterable[SessionData]) -> int:
    """Write the header and one row per session to ``out``; returns the row count."""
    writer = csv.writer(out, delimiter=EXPORT_DELIMITER, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for data in sessions:
        writer.writerow(session_cells(data))
        count += 1
    return count


def decode_csv(raw: bytes) -> str:
    """The text of a CSV file, or :class:`SessionImportError` naming the line that is not."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        _fail(0, "encoding", "the file is UTF-16 text; save it as CSV UTF-8")
    raw = raw.removeprefix(codecs.BOM_UTF8)
    if b"\0" in raw:  # no text file holds a NUL byte; pictures and documents do
        line = raw.count(b"\n", 0, raw.index(b"\0")) + 1
        _fail(line, "encoding", "binary data; this is not a CSV file")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        _fail(line, "encoding", "not UTF-8 text; save the file as CSV UTF-8")


def parse_sessions_csv(text: str, topic_codes: set[str] | frozenset[str]) -> list[ParsedRow]:
    """Every session in ``text``, or :class:`SessionImportError` with every problem."""
    delimiter, skip_sep_line = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    problems: list[LineProblem] = []
    header: list[str] | None = None
    rows: list[ParsedRow] = []
    seen_ids: dict[str, int] = {}
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(LineProblem(line, Problem("file", "bad_csv", f"broken CSV: {exc}")))
            break
        if not any(c.strip() for c in cells):
            continue
        if skip_sep_line:
            skip_sep_line = False
            continue
        if header is None:
            header = _check_header(line, cells)  # raises: rows mean nothing without it
            continue
        if len(cells) != len(header):
            detail = f"{len(cells)} cells where the header has {len(header)}"
            problems.append(LineProblem(line, Problem("row", "column_count", detail)))
            continue
        session, row_problems = _parse_row(dict(zip(header, cells, strict=True)), topic_codes)
        if session.uuid in seen_ids:
            detail = f"the same id as line {seen_ids[session.uuid]}"
            row_problems.append(Problem("id", "duplicate_id", detail))
        elif session.uuid:
            seen_ids[session.uuid] = line
        problems.extend(LineProblem(line, _without_personal_data(p)) for p in row_problems)
        rows.append(ParsedRow(line, session))
    if header is None and not problems:
        _fail(1, "header", "the file is empty; a header row is required")
    if problems:
        raise SessionImportError(problems)
    return rows


def _delimiter(text: str) -> tuple[str, bool]:
    """The delimiter, from a ``sep=`` line or else the header; and whether that line is there."""
    first = next((line.strip().lower() for line in text.splitlines() if line.strip()), "")
    if len(first) == 5 and first.startswith("sep=") and first[4] in ",;":
        return first[4], True
    return (";" if first.count(";") > first.count(",") else ","), False


def _fail(line: int, field: str, detail: str) -> NoReturn:
    raise SessionImportError([LineProblem(line, Problem(field, field, detail))])


def _check_header(line: int, cells: list[str]) -> list[str]:
    names = [c.strip().lower() for c in cells]
    problems = []
    for name in dict.fromkeys(names):
        if name not in COLUMNS:
            problems.append(_bad("header", "unknown_column", "unknown column", name))
        elif names.count(name) > 1:
            problems.append(Problem("header", "duplicate_column", f"column {name!r} twice"))
    missing = [name for name in COLUMNS if name not in names]
    if missing:
        problems.append(Problem("header", "missing_column", "missing " + ", ".join(missing)))
    if problems:
        raise SessionImportError([LineProblem(line, p) for p in problems])
    return names


def _parse_row(
    cells: dict[str, str], topic_codes: set[str] | frozenset[str]
) -> tuple[SessionData, list[Problem]]:
    """The session a row describes, and what is wrong with it.

    Cells that cannot be read are replaced by harmless stand-ins so that the
    rest of the row is still checked and every problem is reported at once.
    """
    raw = {name: unguard_cell(value) for name, value in cells.items()}
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


def _without_personal_data(problem: Problem) -> Problem:
    """``problem``, or a version naming only the kind if its text would repeat personal data."""
    findings = find_personal_data(problem.detail)
    if not findings or problem.code == "personal_data":
        return problem
    kinds = tuple(kinds_found(findings))
    return Problem(problem.field, "personal_data", "personal data found", kinds)


# Stands in for an unreadable start time while the rest of the row is checked.
_PLACEHOLDER_TIME = parse_started_at("2000-01-01 00:00")

"""Exporting the referral directory to CSV or JSON, and importing such a file back.

Export writes every entry, retired ones too, by name, to a file written
beside its target and renamed into place (``atomic.atomic_output``).

Import is all or nothing: the whole file is read and checked first (it is
read only if it is a regular file under the size limit, see
``domain.csv_lines``), and written in one transaction only if nothing is
wrong. A row whose id is here updates that entry (keeping whether it is
retired); an identical row is left alone, so importing a file twice changes
nothing; an empty id adds a new entry. An id or a name that comes twice in
the file, or a new name that another entry here already has, is a problem.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select

from peerhelper.atomic import atomic_output
from peerhelper.domain import csv_lines
from peerhelper.domain.csv_lines import CsvFileProblem, CsvLines
from peerhelper.domain.directory import same_name
from peerhelper.domain.directory_files import (
    ParsedEntry,
    entry_record,
    read_csv,
    read_json,
    write_csv,
    write_json,
)
from peerhelper.domain.import_problems import LineProblem, ProblemList, SessionImportError
from peerhelper.domain.session import Problem
from peerhelper.errors import BadInputError
from peerhelper.storage.database import Database
from peerhelper.storage.directory_repo import (
    SaveResult,
    list_entries,
    name_problems,
    to_data,
    topic_codes,
    write_entry,
)
from peerhelper.storage.models import DirectoryEntry

FORMATS = ("csv", "json")


def export_directory(db: Database, path: Path, file_format: str = "csv") -> int:
    """Write every entry to ``path`` as ``csv`` or ``json``; returns the number written."""
    if file_format not in FORMATS:
        raise BadInputError(f"Format {file_format!r}: use csv or json.")
    entries = list_entries(db)
    if file_format == "json":
        with atomic_output(path, "w", encoding="utf-8") as out:
            return write_json(out, entries)
    with atomic_output(path, "w", encoding="utf-8-sig", newline="") as out:
        return write_csv(out, entries)


def _is_json(path: Path) -> bool:
    """A JSON list rather than CSV: by the name, else by the first character."""
    if path.suffix.lower() == ".json":
        return True
    if path.suffix.lower() == ".csv":
        return False
    try:
        with path.open("rb") as file:
            head = file.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return False
    return head.startswith(b"[")


def read_file(db: Database, path: Path, problems: ProblemList) -> list[ParsedEntry]:
    """Every entry in the file at ``path``, checked; what is wrong goes to ``problems``."""
    with db.session() as s:
        codes = topic_codes(s)
    try:
        lines = CsvLines(path, csv_lines.MAX_FILE_BYTES)
    except CsvFileProblem as exc:
        problems.add(LineProblem(exc.line, Problem(exc.field, exc.code, exc.detail)))
        return []
    with lines:
        if _is_json(path):
            try:
                text = "".join(lines)
            except CsvFileProblem as exc:
                problems.add(LineProblem(exc.line, Problem(exc.field, exc.code, exc.detail)))
                return []
            return read_json(text, codes, problems)
        return list(read_csv(lines, codes, problems))


def _file_problems(parsed: Iterable[ParsedEntry], problems: ProblemList, json: bool) -> None:
    """Ids and names that come twice in the file."""
    ids: dict[str, int] = {}
    names: list[tuple[str, int]] = []
    for row in parsed:
        where = row.line
        entry = row.entry
        if entry.uuid and entry.uuid in ids:
            _add(
                problems,
                where,
                "id",
                "duplicate_id",
                f"the same id as {_at(ids[entry.uuid], json)}",
                json,
            )
        elif entry.uuid:
            ids[entry.uuid] = where
        for name, first in names:
            if entry.name and same_name(name, entry.name):
                detail = f"the same name as {_at(first, json)}"
                _add(problems, where, "name", "duplicate_name", detail, json)
                break
        names.append((entry.name, where))


def _at(where: int, json: bool) -> str:
    return f"entry {where}" if json else f"line {where}"


def _add(problems: ProblemList, where: int, field: str, code: str, detail: str, json: bool) -> None:
    if json:
        problems.add(LineProblem(0, Problem(f"entry {where}, {field}", code, detail)))
    else:
        problems.add(LineProblem(where, Problem(field, code, detail)))


def import_directory(db: Database, path: Path) -> SaveResult:
    """Import every entry in the CSV or JSON file at ``path``, or none.

    Raises :class:`SessionImportError` (a ``BadInputError``, exit code 2)
    with the first line-numbered problems and their count; the database is
    then unchanged.
    """
    problems = ProblemList()
    parsed = read_file(db, path, problems)
    json = _is_json(path)
    _file_problems(parsed, problems, json)
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    with db.session() as s:
        in_file = {row.entry.uuid for row in parsed if row.entry.uuid}
        for row in parsed:
            # A name may move between entries of the file; others here must not have it.
            clash = [
                p
                for p in name_problems(s, [row.entry])
                if not _renamed_in_file(s, row.entry.name, in_file)
            ]
            for problem in clash:
                _add(problems, row.line, problem.field, problem.code, problem.detail, json)
        if problems:
            raise problems.error()
        for row in parsed:
            entry = row.entry
            existing = None
            if entry.uuid:
                existing = s.scalar(select(DirectoryEntry).where(DirectoryEntry.uuid == entry.uuid))
            if existing is not None:
                old = to_data(existing)
                if entry_record(old) == entry_record(entry):
                    counts["unchanged"] += 1
                    continue
                entry = entry.copy(retired=old.retired, source=old.source)
            write_entry(s, db.device_id, entry)
            counts["created" if existing is None else "updated"] += 1
    return SaveResult(**counts)


def _renamed_in_file(s: object, name: str, in_file: set[str]) -> bool:
    """Whether every entry here with ``name`` is itself in the file (and may be renamed there)."""
    holders = [
        uuid
        for uuid, other in s.execute(select(DirectoryEntry.uuid, DirectoryEntry.name))  # type: ignore[attr-defined]
        if same_name(other, name)
    ]
    return bool(holders) and all(uuid in in_file for uuid in holders)


__all__ = ["FORMATS", "SessionImportError", "export_directory", "import_directory"]

"""The referral directory as CSV and JSON: the columns, writing entries, reading them back.

CSV follows the session files' rules (``domain.csv_table``): UTF-8 with or
without a byte-order mark, ``;`` or ``,`` between cells, a header naming
every column of :data:`COLUMNS` once in any order; lists (topics, languages)
separated by ``|``; ``paid`` is ``free``, ``paid`` or empty; ``checked`` is a
day, ``2026-12-01`` (or ``1.12.2026`` as Finnish Excel writes it back).
Exports use ``;`` and carry the byte-order mark, as Excel needs, and cells
a spreadsheet would run as a formula are guarded (``csv_cells``).

JSON is a list of objects with the same keys; ``topics`` and ``languages``
are lists, ``checked`` a ``YYYY-MM-DD`` string or empty.

``id`` is the entry's UUID: the same id updates that entry, an empty id adds
a new one. Problems are reported by line (CSV) or by the entry's place in
the list (JSON), never quoting personal data found in a note.
"""

from __future__ import annotations

import csv
import io
import json
import re
import uuid as uuid_module
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from peerhelper.domain.csv_cells import format_list, guard_cell, parse_list, unguard_cell
from peerhelper.domain.csv_lines import CsvLines
from peerhelper.domain.csv_table import read_table
from peerhelper.domain.directory import DirectoryEntryData, validate
from peerhelper.domain.import_problems import LineProblem, ProblemList
from peerhelper.domain.privacy import find_personal_data, kinds_found
from peerhelper.domain.session import Problem

COLUMNS = (
    "id",
    "name",
    "kind",
    "topics",
    "languages",
    "address",
    "phone",
    "web",
    "hours",
    "accessibility",
    "paid",
    "notes",
    "checked",
)
_TEXT_COLUMNS = ("name", "address", "phone", "web", "hours", "accessibility", "notes")
EXPORT_DELIMITER = ";"
STARTER_FILE = ("directory", "starter.json")
_FINNISH_DAY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


@dataclass(frozen=True)
class ParsedEntry:
    line: int
    entry: DirectoryEntryData


def entry_record(entry: DirectoryEntryData) -> dict[str, Any]:
    """The entry as one JSON object with the :data:`COLUMNS` keys."""
    return {
        "id": entry.uuid or "",
        "name": entry.name,
        "kind": entry.kind,
        "topics": list(entry.topics),
        "languages": list(entry.languages),
        "address": entry.address,
        "phone": entry.phone,
        "web": entry.web,
        "hours": entry.hours,
        "accessibility": entry.accessibility,
        "paid": entry.paid,
        "notes": entry.notes,
        "checked": entry.checked.isoformat() if entry.checked else "",
    }


def entry_cells(entry: DirectoryEntryData) -> list[str]:
    """One CSV row for ``entry``, in :data:`COLUMNS` order, guarded for spreadsheets."""
    record = entry_record(entry)
    record["topics"] = format_list(entry.topics)
    record["languages"] = format_list(entry.languages)
    return [guard_cell(record[name]) for name in COLUMNS]


def write_csv(out: io.TextIOBase, entries: Iterable[DirectoryEntryData]) -> int:
    writer = csv.writer(out, delimiter=EXPORT_DELIMITER, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for entry in entries:
        writer.writerow(entry_cells(entry))
        count += 1
    return count


def write_json(out: io.TextIOBase, entries: Iterable[DirectoryEntryData]) -> int:
    records = [entry_record(entry) for entry in entries]
    json.dump(records, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(records)


def parse_day(text: str) -> date | None:
    """``2026-12-01`` or ``1.12.2026``; None for an empty cell. ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    finnish = _FINNISH_DAY.fullmatch(text)
    try:
        if finnish:
            day, month, year = (int(part) for part in finnish.groups())
            return date(year, month, day)
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError("not a day such as 2026-12-01") from None


def read_csv(
    lines: CsvLines, topic_codes: Iterable[str], problems: ProblemList
) -> Iterator[ParsedEntry]:
    """Each entry row of the file in turn, checked; what is wrong goes to ``problems``."""
    codes = set(topic_codes)
    for line, cells in read_table(lines, COLUMNS, problems):
        raw = {name: unguard_cell(value) for name, value in cells.items()}
        raw_lists = {name: parse_list(raw[name], lower=False) for name in ("topics", "languages")}
        entry, found = _parse(raw, raw_lists, codes)
        for problem in found:
            problems.add(LineProblem(line, problem))
        yield ParsedEntry(line, entry)


def read_json(text: str, topic_codes: Iterable[str], problems: ProblemList) -> list[ParsedEntry]:
    """The entries of a JSON export; a problem names the entry by its place in the list."""
    codes = set(topic_codes)
    try:
        records = json.loads(text)
    except json.JSONDecodeError as exc:
        problem = Problem("file", "bad_json", f"not JSON: {exc.msg}")
        problems.add(LineProblem(exc.lineno, problem))
        return []
    if not isinstance(records, list):
        problems.add(LineProblem(0, Problem("file", "bad_json", "not a list of entries")))
        return []
    parsed = []
    for number, record in enumerate(records, start=1):
        where = f"entry {number}"
        if not isinstance(record, dict):
            problems.add(LineProblem(0, Problem(where, "bad_json", "not an object")))
            continue
        unknown = sorted(set(record) - set(COLUMNS))
        missing = [name for name in COLUMNS if name not in record]
        if unknown or missing:
            detail = "; ".join(
                part
                for part in (
                    f"unknown keys {', '.join(unknown)}" if unknown else "",
                    f"missing {', '.join(missing)}" if missing else "",
                )
                if part
            )
            problems.add(LineProblem(0, Problem(where, "keys", detail[:200])))
            continue
        raw, lists, shape = _json_values(record)
        entry, found = _parse(raw, lists, codes)
        for problem in [*shape, *found]:
            named = Problem(
                f"{where}, {problem.field}", problem.code, problem.detail, problem.kinds
            )
            problems.add(LineProblem(0, named))
        parsed.append(ParsedEntry(number, entry))
    return parsed


def _json_values(
    record: dict[str, Any],
) -> tuple[dict[str, str], dict[str, list[str]], list[Problem]]:
    raw: dict[str, str] = {}
    shape: list[Problem] = []
    for name in COLUMNS:
        if name in ("topics", "languages"):
            continue
        value = record[name]
        if value is None:
            value = ""
        if not isinstance(value, str):
            shape.append(Problem(name, "bad_json", "must be text"))
            value = ""
        raw[name] = value
    lists: dict[str, list[str]] = {}
    for name in ("topics", "languages"):
        value = record[name]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            shape.append(Problem(name, "bad_json", "must be a list of codes"))
            value = []
        lists[name] = value
    return raw, lists, shape


def _parse(
    raw: dict[str, str], lists: dict[str, list[str]], topic_codes: set[str]
) -> tuple[DirectoryEntryData, list[Problem]]:
    problems: list[Problem] = []
    entry_id = None
    if raw["id"].strip():
        try:
            entry_id = str(uuid_module.UUID(raw["id"].strip()))
        except ValueError:
            problems.append(_bad("id", "bad_id", "not a UUID", raw["id"]))
    checked = None
    try:
        checked = parse_day(raw["checked"])
    except ValueError as exc:
        problems.append(_bad("checked", "bad_date", str(exc), raw["checked"]))
    entry = DirectoryEntryData(
        name=raw["name"],
        kind=raw["kind"],
        topics=lists["topics"],
        languages=lists["languages"],
        checked=checked,
        paid=raw["paid"],
        uuid=entry_id,
        **{name: raw[name] for name in _TEXT_COLUMNS if name != "name"},
    ).cleaned()
    problems.extend(validate(entry, topic_codes))
    return entry, problems


def _bad(field: str, code: str, what: str, value: str) -> Problem:
    """A problem quoting ``value``, unless it holds personal data: then only its kind."""
    findings = find_personal_data(value)
    if findings:
        return Problem(field, "personal_data", "personal data found", tuple(kinds_found(findings)))
    value = value.strip()
    return Problem(field, code, f"{what}: {value[:60]!r}")


def read_starter_entries(assets: Path | None = None) -> list[DirectoryEntryData]:
    """The starter entries shipped in ``assets/directory/starter.json`` (see its README)."""
    from peerhelper.paths import assets_dir

    path = (assets or assets_dir()).joinpath(*STARTER_FILE)
    data = json.loads(path.read_text(encoding="utf-8"))
    entries = []
    for record in data["entries"]:
        entry = DirectoryEntryData(
            name=record["name"],
            kind=record["kind"],
            topics=list(record["topics"]),
            languages=list(record["languages"]),
            address=record["address"],
            phone=record["phone"],
            web=record["web"],
            hours=record["hours"],
            accessibility=record["accessibility"],
            paid=record["paid"],
            notes=record["notes"],
            checked=parse_day(record["checked"]),
            source=record["source"],
            uuid=record["id"],
        )
        entries.append(entry.cleaned())
    return entries

"""Rows of a CSV file with a header, read as dictionaries, with every problem line-numbered.

Every CSV table PeerHelper reads (sessions, ``domain.sessions_csv``; the
referral directory, ``domain.directory_files``) is read here, by one set of
rules: a first line ``sep=;`` is honoured; the delimiter is ``;`` or ``,``,
whichever the header has more of; the header names each column once, in any
order and letter case, and every required column must be there; Excel's
extra separator at the end of each line is accepted; rows whose cells are all
empty are skipped. A problem that makes the rest meaningless (a bad header,
broken quoting, a row too long, text that is not UTF-8) stops the reading;
the others are reported and reading goes on, so that a file's problems are
all listed at once.
"""

from __future__ import annotations

import _csv
import csv
import io
import itertools
from collections import Counter
from collections.abc import Iterator, Sequence

from peerhelper.domain.csv_lines import CsvFileProblem, CsvLines, RowTooLong
from peerhelper.domain.import_problems import LineProblem, ProblemList
from peerhelper.domain.privacy import find_personal_data, kinds_found
from peerhelper.domain.session import Problem

SHOWN_VALUE = 60  # longer values are cut in messages


def read_table(
    lines: CsvLines,
    columns: Sequence[str],
    problems: ProblemList,
    optional: Sequence[str] = (),
) -> Iterator[tuple[int, dict[str, str]]]:
    """Each data row as (line number, cells by lower-case column name).

    ``columns`` must all be in the header; ``optional`` ones may be, and are
    then in every row's cells.
    """
    source = iter(lines)
    try:
        pending: list[str] = []
        first = ""
        for text in source:
            pending.append(text)
            if text.strip():
                first = text
                break
        delimiter, skip_sep_line = _delimiter(first)
        reader = csv.reader(itertools.chain(pending, source), delimiter=delimiter, strict=True)
        yield from _rows(lines, reader, columns, optional, problems, skip_sep_line)
    except CsvFileProblem as exc:
        problems.add(LineProblem(exc.line, Problem(exc.field, exc.code, exc.detail)))


def _delimiter(first: str) -> tuple[str, bool]:
    first = first.strip().lower()
    if len(first) == 5 and first.startswith("sep=") and first[4] in ",;":
        return first[4], True
    return (";" if first.count(";") > first.count(",") else ","), False


def _rows(
    lines: CsvLines,
    reader: _csv.Reader,
    columns: Sequence[str],
    optional: Sequence[str],
    problems: ProblemList,
    skip_sep_line: bool,
) -> Iterator[tuple[int, dict[str, str]]]:
    header: list[str] | None = None
    trailing = False
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except RowTooLong as exc:
            problems.add(LineProblem(line, _too_long(exc, header, reader)))
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
            trailing = len(cells) > 1 and not cells[-1].strip()
            names = [c.strip().lower() for c in (cells[:-1] if trailing else cells)]
            found = header_problems(names, columns, optional)
            for problem in found:
                problems.add(LineProblem(line, problem))
            if found:
                return
            header = names
            continue
        if trailing and len(cells) == len(header) + 1 and not cells[-1].strip():
            cells.pop()
        if len(cells) != len(header):
            detail = f"{len(cells)} cells where the header has {len(header)}"
            problems.add(LineProblem(line, Problem("row", "column_count", detail)))
            continue
        yield line, dict(zip(header, cells, strict=True))
    if header is None and not problems:
        empty = "the file is empty; a header row is required"
        problems.add(LineProblem(1, Problem("header", "header", empty)))


def header_problems(
    names: list[str], columns: Sequence[str], optional: Sequence[str] = ()
) -> list[Problem]:
    """What is wrong with a header row naming ``names``."""
    problems = []
    for name, count in Counter(names).items():
        if name not in columns and name not in optional:
            problems.append(quoted_problem("header", "unknown_column", "unknown column", name))
        elif count > 1:
            problems.append(Problem("header", "duplicate_column", f"column {name!r} twice"))
    missing = [name for name in columns if name not in names]
    if missing:
        problems.append(Problem("header", "missing_column", "missing " + ", ".join(missing)))
    return problems


def quoted_problem(field: str, code: str, what: str, value: str) -> Problem:
    """A problem quoting ``value``, unless the value holds personal data: then only its kind."""
    findings = find_personal_data(value)
    if findings:
        return Problem(field, "personal_data", "personal data found", tuple(kinds_found(findings)))
    value = value.strip()
    if len(value) > SHOWN_VALUE:
        value = value[:SHOWN_VALUE] + "…"
    return Problem(field, code, f"{what}: {value!r}")


def _too_long(exc: RowTooLong, header: list[str] | None, reader: _csv.Reader) -> Problem:
    """The problem of a row cut at the limit, naming the cell the limit fell in."""
    records = list(
        csv.reader(io.StringIO(exc.text, newline=""), delimiter=reader.dialect.delimiter)
    )
    column = len(records[-1]) - 1 if records else 0
    field = header[column] if header is not None and 0 <= column < len(header) else "row"
    return Problem(field, exc.code, exc.detail)

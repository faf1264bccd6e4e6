"""CSV export and import of support sessions, against a real SQLite database."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from peerhelper.domain.csv_cells import guard_cell, parse_started_at, unguard_cell
from peerhelper.domain.session import SessionData
from peerhelper.domain.sessions_csv import COLUMNS
from peerhelper.errors import BadInputError
from peerhelper.storage import sessions_csv
from peerhelper.storage import sessions_repo as repo
from peerhelper.storage.database import Database, open_database
from peerhelper.storage.models import SupportSession
from peerhelper.storage.session_query import SessionFilter, count_sessions
from peerhelper.storage.sessions_csv import (
    ImportResult,
    SessionImportError,
    export_sessions,
    import_sessions,
)

HEADER = ",".join(COLUMNS)
ID_1 = "3b0f6c1e-2a4d-4c8e-9f10-1a2b3c4d5e6f"
ID_2 = "9d8c7b6a-5e4f-4a3b-8c2d-1e0f9a8b7c6d"


def _session(**changes: object) -> SessionData:
    base = SessionData(
        started_at=datetime(2026, 3, 14, 10, 30),
        mode="local",
        topics=["kela", "email"],
        minutes=25,
        channel="service_point",
        device="own_phone",
        language="ar",
        age_band="65_74",
        visit="first",
        outcome="referred",
        independence="guided",
        barriers=["no_bank_id", "language"],
        referred_to="Kela service point, Itäkeskus",
        guides=["kela-application-attachment", "email-attachment"],
        note="Showed how to attach a photo; she sent it herself.",
    )
    return base.copy(**changes)


def _row(**cells: str) -> str:
    """A comma-separated row in COLUMNS order; unnamed cells are a valid session's."""
    values = {"started_at": "2026-03-14 10:30", "mode": "local", "topics": "email", **cells}
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="").writerow([values.get(name, "") for name in COLUMNS])
    return buffer.getvalue()


def _write(tmp_path: Path, *lines: str, name: str = "in.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def _updated_times(db: Database) -> dict[str, datetime]:
    with db.session() as s:
        return dict(s.execute(select(SupportSession.uuid, SupportSession.updated_at)).all())


def _fill(db: Database) -> None:
    repo.save_session(db, _session())
    repo.save_session(
        db,
        _session(
            started_at=datetime(2026, 3, 2, 9, 5, 30),
            mode="remote",
            channel="phone",
            topics=["security_scams"],
            barriers=[],
            guides=[],
            referred_to="",
            # Formula starts, quotes, both delimiters, a line break and non-Latin text.
            note='=HYPERLINK("x");-2+3 @all, "quoted"\nسطر ثانٍ ja äö',
        ),
    )
    repo.save_session(db, _session(started_at=datetime(2026, 3, 20, 14, 0), note="'=kept"))
    repo.quick_tally(db, "tax", "local", datetime(2026, 3, 15, 11, 12, 13, 456789))
    repo.record_paper_tally(db, date(2026, 3, 13), {"banking": 2})


# -- export and round trip ---------------------------------------------------------
def test_round_trip_gives_identical_files(db: Database, tmp_path: Path) -> None:
    _fill(db)
    first = tmp_path / "first.csv"
    assert export_sessions(db, first, None, None) == 6
    fresh = open_database(tmp_path / "fresh" / "peerhelper.db")
    try:
        assert import_sessions(fresh, first) == ImportResult(created=6, updated=0)
        second = tmp_path / "second.csv"
        export_sessions(fresh, second, None, None)
        assert second.read_bytes() == first.read_bytes()
        assert repo.load_session(fresh, _first_id(first)) is not None
    finally:
        fresh.close()


def _first_id(path: Path) -> str:
    rows = list(csv.DictReader(io.StringIO(path.read_text("utf-8-sig")), delimiter=";"))
    return rows[0]["id"]


def test_export_format_bom_semicolon_guard_and_order(db: Database, tmp_path: Path) -> None:
    _fill(db)
    path = tmp_path / "out.csv"
    export_sessions(db, path, None, None)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid;started_at;minutes;mode;")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert [r["started_at"] for r in rows] == [
        "2026-03-02 09:05:30",
        "2026-03-13 12:00",
        "2026-03-13 12:00",
        "2026-03-14 10:30",
        "2026-03-15 11:12:13",
        "2026-03-20 14:00",
    ]
    assert rows[0]["note"].startswith("'=HYPERLINK(")  # a spreadsheet shows it as text
    assert rows[5]["note"] == "''=kept"
    assert rows[3]["topics"] == "kela|email"
    assert rows[3]["barriers"] == "language|no_bank_id"
    assert {r["topics"] for r in rows[1:3]} == {"banking"}  # paper rows like any other


def test_export_date_range_is_inclusive_and_skips_deleted(db: Database, tmp_path: Path) -> None:
    _fill(db)
    deleted = repo.save_session(db, _session(started_at=datetime(2026, 3, 14, 8, 0)))
    repo.set_deleted(db, deleted, True)
    path = tmp_path / "range.csv"
    assert export_sessions(db, path, date(2026, 3, 13), date(2026, 3, 15)) == 4
    assert deleted not in path.read_text("utf-8-sig")
    assert export_sessions(db, path, date(2026, 3, 16), None) == 1
    assert export_sessions(db, path, None, date(2026, 3, 2)) == 1


# -- ids: create, update, twice ----------------------------------------------------
def test_row_with_known_id_updates_and_row_without_id_creates(db: Database, tmp_path) -> None:
    tally = repo.quick_tally(db, "tax", "local", datetime(2026, 3, 14, 9, 0))
    path = _write(
        tmp_path,
        HEADER,
        _row(id=tally, started_at="2026-03-14 09:00", topics="tax|banking", outcome="solved"),
        _row(note="new one"),
    )
    assert import_sessions(db, path) == ImportResult(created=1, updated=1)
    updated = repo.load_session(db, tally)
    assert updated is not None
    assert (updated.topics, updated.outcome, updated.source) == (
        ["tax", "banking"],
        "solved",
        "tally",
    )
    assert count_sessions(db, SessionFilter()) == 2


def test_importing_the_same_file_twice_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, HEADER, _row(id=ID_1, minutes="10"), _row(id=ID_2, note="x"))
    assert import_sessions(db, path) == ImportResult(created=2, updated=0)
    before = _updated_times(db)
    assert import_sessions(db, path) == ImportResult(created=0, updated=0, unchanged=2)
    assert _updated_times(db) == before
    assert count_sessions(db, SessionFilter()) == 2


def test_a_deleted_session_stays_deleted(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, HEADER, _row(id=ID_1))
    import_sessions(db, path)
    repo.set_deleted(db, ID_1, True)
    assert import_sessions(db, path) == ImportResult(0, 0, 0, kept_deleted=1)
    assert repo.load_session(db, ID_1) is None


# -- accepted forms ------------------------------------------------------------------
def test_bom_semicolons_t_form_and_any_column_order(db: Database, tmp_path: Path) -> None:
    header = ";".join(reversed([c.upper() for c in COLUMNS]))
    row = [""] * len(COLUMNS)
    cells = {"started_at": "2026-03-14T10:30:15", "mode": "Remote", "topics": "Kela | EMAIL"}
    cells |= {"note": "päivä; toinen", "minutes": " 45 ", "language": "fi"}
    for name, value in cells.items():
        row[len(COLUMNS) - 1 - COLUMNS.index(name)] = f'"{value}"' if ";" in value else value
    path = _write(tmp_path, header, ";".join(row), ";" * (len(COLUMNS) - 1), encoding="utf-8-sig")
    assert import_sessions(db, path).created == 1
    [uuid] = _updated_times(db)
    loaded = repo.load_session(db, uuid)
    assert loaded is not None
    assert loaded.started_at == datetime(2026, 3, 14, 10, 30, 15)
    assert (loaded.mode, loaded.topics, loaded.minutes) == ("remote", ["kela", "email"], 45)
    assert loaded.note == "päivä; toinen" and loaded.source == "import"


def test_sep_line_and_finnish_excel_dates(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, "sep=,", HEADER, _row(started_at="14.3.2026 9.05"))
    import_sessions(db, path)
    [uuid] = _updated_times(db)
    loaded = repo.load_session(db, uuid)
    assert loaded is not None and loaded.started_at == datetime(2026, 3, 14, 9, 5)


@pytest.mark.parametrize(
    "text", ["2026-03-14 10:30", "2026-03-14T10:30", "2026-03-14 10:30:00", "14.3.2026 10:30"]
)
def test_started_at_forms(text: str) -> None:
    assert parse_started_at(text) == datetime(2026, 3, 14, 10, 30)


@pytest.mark.parametrize(
    "value", ["=1+1", "+358", "-x", "@SUM(A1)", "\tx", "'=x", "''+x", "'a", ""]
)
def test_formula_guard_is_reversible_and_safe(value: str) -> None:
    guarded = guard_cell(value)
    assert unguard_cell(guarded) == value
    assert not guarded.startswith(("=", "+", "-", "@", "\t"))


# -- errors: all or nothing, with line numbers -------------------------------------
BAD_ROWS = [
    (_row(mode="teleport"), "mode", "teleport"),
    (_row(topics="email|astrology"), "topics", "astrology"),
    (_row(barriers="weather"), "barriers", "weather"),
    (_row(started_at="2026-02-30 10:00"), "started_at", "no such date"),
    (_row(started_at="yesterday"), "started_at", "not a date"),
    (_row(started_at="2026-03-14 10:30+02:00"), "started_at", "time zone"),
    (_row(started_at=""), "started_at", "required"),
    (_row(mode=""), "mode", "required"),
    (_row(topics=""), "topics", "required"),
    (_row(minutes="601"), "minutes", "0–600"),
    (_row(minutes="-1"), "minutes", "0–600"),
    (_row(minutes="ten"), "minutes", "whole number"),
    (_row(language="Finnish!"), "language", "language code"),
    (_row(id="not-a-uuid"), "id", "not a UUID"),
    (_row(id=ID_2), "id", "the same id as line 2"),
    (_row() + ",extra", "row", f"{len(COLUMNS) + 1} cells"),
    (_row(note="Soita 040 123 4567 huomenna"), "note", "(phone)"),
    (_row(referred_to="anna.virtanen@example.com"), "referred_to", "(email)"),
    (_row(referred_to="Kela " * 41), "referred_to", "over 200 characters"),
]


@pytest.mark.parametrize(("bad_row", "field", "words"), BAD_ROWS)
def test_a_bad_row_aborts_the_whole_import(db: Database, tmp_path, bad_row, field, words) -> None:
    repo.save_session(db, _session(uuid=ID_1, outcome="partly"))
    before = _updated_times(db)
    # Line 2 would create ID_2 and line 3 update ID_1, but line 4 is bad: nothing may happen.
    path = _write(tmp_path, HEADER, _row(id=ID_2), _row(id=ID_1, outcome="solved"), bad_row)
    with pytest.raises(SessionImportError) as caught:
        import_sessions(db, path)
    [problem] = caught.value.problems
    assert problem.line == 4 and problem.problem.field == field
    assert str(problem).startswith(f"line 4: {field}: ")
    assert words in str(caught.value)
    assert isinstance(caught.value, BadInputError) and caught.value.exit_code == 2
    assert _updated_times(db) == before
    loaded = repo.load_session(db, ID_1)
    assert loaded is not None and loaded.outcome == "partly"


def test_personal_data_is_named_by_kind_never_echoed(db: Database, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        HEADER,
        _row(note="Her code is 131052-308T"),
        _row(mode="anna.virtanen@example.com", minutes="+358 40 123 4567"),
        _row(topics="FI21 1234 5600 0007 85"),
    )
    with pytest.raises(SessionImportError) as caught:
        import_sessions(db, path)
    message = str(caught.value)
    for secret in ("131052", "anna.virtanen", "123 4567", "5600"):
        assert secret not in message
    assert "line 2: note: personal data found (identity_code)" in message
    assert "line 3: mode: personal data found (email)" in message
    assert "line 3: minutes: personal data found (phone)" in message
    assert "line 4: topics: personal data found (iban)" in message
    assert count_sessions(db, SessionFilter()) == 0


def test_every_bad_row_is_reported(db: Database, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        HEADER,
        _row(mode="teleport"),
        _row(),
        "",
        _row(minutes="700", topics="astrology"),
        _row(note='two\nlines"'),
        _row(started_at="never"),
    )
    with pytest.raises(SessionImportError) as caught:
        import_sessions(db, path)
    lines = [p.line for p in caught.value.problems]
    assert lines == [2, 5, 5, 8]  # the quoted note spans lines 6–7
    assert "4 problems" in str(caught.value)
    assert count_sessions(db, SessionFilter()) == 0


@pytest.mark.parametrize(
    ("header", "words"),
    [
        (HEADER + ",client_name", "unknown column: 'client_name'"),
        (HEADER.replace(",note", ""), "missing note"),
        (HEADER + ",mode", "column 'mode' twice"),
    ],
)
def test_header_problems(db: Database, tmp_path: Path, header: str, words: str) -> None:
    path = _write(tmp_path, header, _row())
    with pytest.raises(SessionImportError, match=f"line 1: header: {words}"):
        import_sessions(db, path)
    assert count_sessions(db, SessionFilter()) == 0


def test_not_utf8_names_the_line(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, HEADER, _row(), _row(note="Jyväskylä"), encoding="cp1252")
    with pytest.raises(SessionImportError, match="line 3: encoding: not UTF-8"):
        import_sessions(db, path)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        ("id;mode".encode("utf-16"), "UTF-16"),
        (f"{HEADER}\r\n{_row()}\r\nx,\x00\r\n".encode(), "line 3: encoding: binary"),
    ],
)
def test_empty_and_binary_files(db: Database, tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(content)
    with pytest.raises(SessionImportError, match=words):
        import_sessions(db, path)
    assert count_sessions(db, SessionFilter()) == 0


def test_too_big_and_missing_files(db: Database, tmp_path, monkeypatch) -> None:
    path = _write(tmp_path, HEADER, *[_row()] * 50)
    monkeypatch.setattr(sessions_csv, "MAX_FILE_BYTES", 1024)
    with pytest.raises(SessionImportError, match="the limit is"):
        import_sessions(db, path)
    with pytest.raises(SessionImportError, match="cannot read"):
        import_sessions(db, tmp_path / "nowhere.csv")
    assert count_sessions(db, SessionFilter()) == 0


def test_broken_quoting_names_the_line(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, HEADER, _row(), 'x,"un"closed,' + _row())
    with pytest.raises(SessionImportError, match="line 3: file: broken CSV"):
        import_sessions(db, path)

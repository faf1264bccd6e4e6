"""A session import stays small, fast and all-or-nothing whatever file it is given."""

from __future__ import annotations

import codecs
import csv
import io
import os
import subprocess
import sys
import threading
import tracemalloc
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import event

from peerhelper.domain.csv_lines import CsvFileProblem, CsvLines
from peerhelper.domain.import_problems import ProblemList
from peerhelper.domain.session import Problem, SessionData
from peerhelper.domain.sessions_csv import COLUMNS
from peerhelper.errors import DiskFullError
from peerhelper.paths import DataPaths
from peerhelper.storage import sessions_repo as repo
from peerhelper.storage.database import Database, open_database
from peerhelper.storage.integrity import check_database_file
from peerhelper.storage.session_query import SessionFilter, count_sessions
from peerhelper.storage.sessions_csv import (
    ImportResult,
    LineProblem,
    SessionImportError,
    import_sessions,
)
from tests.full_disk import fill, small_disk

ROOT = Path(__file__).resolve().parents[2]
HEADER = ";".join(COLUMNS)


def _row(delimiter: str = ";", **cells: str) -> str:
    values = {"started_at": "2026-03-14 10:30", "mode": "local", "topics": "email", **cells}
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="")
    writer.writerow([values.get(name, "") for name in COLUMNS])
    return buffer.getvalue()


def _write(path: Path, lines: list[str], ending: str = "\r\n") -> Path:
    path.write_text(ending.join(lines) + ending, encoding="utf-8", newline="")
    return path


def _ids(count: int) -> list[str]:
    return [str(uuid.UUID(int=n + 1, version=4)) for n in range(count)]


def _count(db: Database) -> int:
    return count_sessions(db, SessionFilter())


def _within(seconds: float, action: Callable[[], object]) -> object:
    """What ``action`` returns or raises, failing the test if it takes over ``seconds``."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(action())
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert outcome, f"still running after {seconds} s"
    return outcome[0]


# -- what is not a session file is refused without being read ------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_pipe_or_a_device_is_refused_at_once(tmp_path: Path, kind: str) -> None:
    """Through the real command, in a process of its own with a time and memory limit.

    Before, a FIFO blocked the import forever and ``/dev/zero`` was read until
    memory ran out; a return of either must fail this test, not hang or sink it.
    """
    if kind == "fifo":
        target = tmp_path / "pipe.csv"
        os.mkfifo(target)
    else:
        target = Path("/dev/zero")

    def limit_memory() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    command = [sys.executable, "-m", "peerhelper", "--data-dir", str(tmp_path / "data")]
    done = subprocess.run(
        [*command, "sessions", "import", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=limit_memory,
    )
    assert done.returncode == 2, done.stderr
    assert "is not a regular file" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_folder_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(SessionImportError, match="is a folder, not a file"):
        import_sessions(db, tmp_path)


def test_gigabytes_of_nothing_are_refused_by_their_size(db: Database, tmp_path: Path) -> None:
    sparse = tmp_path / "nothing.csv"
    with sparse.open("wb") as out:
        out.truncate(4 << 30)  # a sparse file: four gigabytes of NUL bytes, no disk used
    error = _within(10, lambda: import_sessions(db, sparse))
    assert isinstance(error, SessionImportError)
    assert "the file is too big: 4096 MB; the limit is 64 MB" in str(error)


def test_a_file_that_grows_while_read_is_stopped_at_the_limit(tmp_path: Path) -> None:
    path = _write(tmp_path / "growing.csv", [HEADER, _row()])
    with CsvLines(path, max_file_bytes=4096) as lines:
        with path.open("a", encoding="utf-8") as more:  # written after the size was checked
            more.write((_row() + "\r\n") * 100)
        with pytest.raises(CsvFileProblem, match="grew past"):
            for _ in lines:
                lines.row_done()


def test_a_long_line_without_a_break_is_refused_early(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "one-line.csv"
    path.write_bytes(b"a" * (20 << 20))
    error = _within(20, lambda: import_sessions(db, path))
    assert isinstance(error, SessionImportError)
    assert (
        str(error.problems[0]) == "line 1: row: the cell is too long (a row may hold at most 64 KB)"
    )


def test_a_cell_over_the_limit_names_its_column_and_line(db: Database, tmp_path: Path) -> None:
    long_note = "word " * 20_000  # 100 KB, with line breaks in it too
    path = _write(tmp_path / "long.csv", [HEADER, _row(), _row(), _row(note=long_note), _row()])
    with pytest.raises(SessionImportError) as caught:
        import_sessions(db, path)
    [problem] = caught.value.problems
    assert str(problem) == "line 4: note: the cell is too long (a row may hold at most 64 KB)"
    assert _count(db) == 0


# -- encodings -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("encoding", "bom", "name"),
    [
        ("utf-16-le", b"", "UTF-16"),
        ("utf-16-be", b"", "UTF-16"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "UTF-16"),
        ("utf-32-le", b"", "UTF-32"),
        ("utf-32-be", b"", "UTF-32"),
        ("utf-32-le", codecs.BOM_UTF32_LE, "UTF-32"),
        ("utf-32-be", codecs.BOM_UTF32_BE, "UTF-32"),
    ],
)
def test_utf16_and_utf32_are_told_to_be_saved_as_utf8(
    db: Database, tmp_path: Path, encoding: str, bom: bytes, name: str
) -> None:
    text = "\r\n".join([HEADER, _row(note="Jyväskylä, سلام")]) + "\r\n"
    path = tmp_path / "wide.csv"
    path.write_bytes(bom + text.encode(encoding))
    with pytest.raises(SessionImportError) as caught:
        import_sessions(db, path)
    assert str(caught.value).endswith(f"encoding: the file is {name} text; save it as CSV UTF-8")
    assert _count(db) == 0


# -- what Excel and other programs write -------------------------------------------------------
@pytest.mark.parametrize("delimiter", [";", ","])
def test_excels_trailing_separator_is_accepted(db: Database, tmp_path: Path, delimiter) -> None:
    header = delimiter.join(COLUMNS) + delimiter
    rows = [_row(delimiter, note="one") + delimiter, _row(delimiter, note="two") + delimiter]
    path = _write(tmp_path / "excel.csv", [header, *rows])
    assert import_sessions(db, path) == ImportResult(created=2, updated=0)


def test_a_trailing_cell_with_text_is_still_a_problem(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path / "extra.csv", [HEADER + ";", _row() + ";", _row() + ";oops"])
    wanted = f"line 3: row: {len(COLUMNS) + 1} cells where the header has {len(COLUMNS)}"
    with pytest.raises(SessionImportError, match=wanted):
        import_sessions(db, path)


def test_old_mac_line_breaks_are_read(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path / "mac.csv", [HEADER, _row(), _row()], ending="\r")
    assert import_sessions(db, path).created == 2


# -- many problems -----------------------------------------------------------------------------
def test_only_the_first_50_problems_are_listed(db: Database, tmp_path: Path) -> None:
    rows = [_row(mode="teleport") for _ in range(1_200)]
    path = _write(tmp_path / "bad.csv", [HEADER, *rows])
    with pytest.raises(SessionImportError) as caught:
        import_sessions(db, path)
    error = caught.value
    assert error.total == 1_200
    assert [p.line for p in error.problems] == list(range(2, 52))
    message = str(error).splitlines()
    assert message[0].endswith("1200 problems:")
    assert len(message) == 52
    assert message[-1] == "  and 1150 more"


def test_problems_are_kept_by_line_whatever_order_they_come_in() -> None:
    problems = ProblemList(limit=3)
    for line in (9, 4, 7, 2, 8, 4):
        problems.add(LineProblem(line, Problem("x", "x", f"at {line}")))
    assert [p.line for p in problems.listed()] == [2, 4, 4]
    assert problems.error().total == 6
    assert str(problems.error()).endswith("  and 3 more")


# -- all or nothing across batches ------------------------------------------------------------
def test_a_bad_last_row_of_a_long_file_changes_nothing(db: Database, tmp_path: Path) -> None:
    first, *others = _ids(1_300)
    repo.save_session(db, SessionData(datetime(2026, 3, 1, 9), "remote", ["tax"], uuid=first))
    rows = [_row(id=first, note="changed")] + [_row(id=i) for i in others]
    rows.append(_row(minutes="ten"))
    path = _write(tmp_path / "long.csv", [HEADER, *rows])
    with pytest.raises(SessionImportError) as caught:
        import_sessions(db, path)
    assert [str(p) for p in caught.value.problems] == [
        "line 1302: minutes: not a whole number of minutes: 'ten'"
    ]
    assert _count(db) == 1
    kept = repo.load_session(db, first)
    assert kept is not None and (kept.mode, kept.note) == ("remote", "")


def test_an_id_twice_in_the_file_is_found_across_batches(db: Database, tmp_path: Path) -> None:
    ids = _ids(1_200)
    rows = [_row(id=i) for i in ids]
    rows[1_100] = _row(id=ids[3])  # line 1102 repeats line 5, two batches later
    rows[1_101] = _row(id=ids[1_102])  # and line 1103 repeats line 1104, in the same batch
    path = _write(tmp_path / "twice.csv", [HEADER, *rows])
    with pytest.raises(SessionImportError) as caught:
        import_sessions(db, path)
    assert [str(p) for p in caught.value.problems] == [
        "line 1102: id: the same id as line 5",
        "line 1104: id: the same id as line 1103",
    ]
    assert _count(db) == 0


def test_ids_already_here_update_across_batches(db: Database, tmp_path: Path) -> None:
    ids = _ids(1_100)
    path = _write(tmp_path / "all.csv", [HEADER, *(_row(id=i) for i in ids)])
    assert import_sessions(db, path) == ImportResult(created=1_100, updated=0)
    changed = [_row(id=i, outcome="solved" if n % 2 else "") for n, i in enumerate(ids)]
    path = _write(tmp_path / "again.csv", [HEADER, *changed, _row()])
    assert import_sessions(db, path) == ImportResult(created=1, updated=550, unchanged=550)
    loaded = repo.load_session(db, ids[1_099])
    assert loaded is not None and loaded.outcome == "solved" and loaded.source == "import"
    assert _count(db) == 1_101


def test_imported_rows_are_stored_as_a_saved_session_is(db: Database, tmp_path: Path) -> None:
    """The fast path writes the very same column text as the ORM (times especially)."""
    [imported, saved] = _ids(2)
    path = _write(tmp_path / "one.csv", [HEADER, _row(id=imported, topics="kela|tax")])
    import_sessions(db, path)
    data = repo.load_session(db, imported)
    assert data is not None
    repo.save_session(db, data.copy(uuid=saved))
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT started_at, minutes, mode, note, deleted_at FROM support_session ORDER BY uuid"
        ).all()
    assert rows[0] == rows[1]
    assert rows[0][0] == "2026-03-14 10:30:00.000000"


# -- memory and a full disk --------------------------------------------------------------------
def test_memory_stays_small_for_a_long_file(db: Database, tmp_path: Path) -> None:
    rows = [_row(id=i, note=f"Session {n}: showed the attachment button.") for n, i in
            enumerate(_ids(10_000))]  # fmt: skip
    path = _write(tmp_path / "big.csv", [HEADER, *rows])
    del rows
    tracemalloc.start()
    try:
        assert import_sessions(db, path).created == 10_000
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Reading the whole file first took 150 MB here; streaming takes about 2 MB.
    assert peak < 20 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB"


def test_a_database_that_may_not_grow_rolls_everything_back(db: Database, tmp_path) -> None:
    """SQLite's own "database or disk is full", quickly, on any machine."""
    repo.save_session(db, SessionData(datetime(2026, 3, 1, 9), "local", ["tax"]))
    with db.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar_one()

    def small_disk(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 8}")

    db.engine.dispose()
    event.listen(db.engine, "connect", small_disk)
    secret = "Muistiinpano 7431"
    path = _write(tmp_path / "many.csv", [HEADER, *(_row(note=secret) for _ in range(3_000))])
    try:
        with pytest.raises(DiskFullError) as caught:
            import_sessions(db, path)
    finally:
        event.remove(db.engine, "connect", small_disk)
        db.engine.dispose()
    message = str(caught.value)
    assert message.startswith("The disk is full")
    assert "Nothing from many.csv was imported" in message
    assert secret not in message and "INSERT" not in message
    assert secret not in str(caught.value.__cause__)
    assert _count(db) == 1
    assert import_sessions(db, _write(tmp_path / "one.csv", [HEADER, _row()])).created == 1


def test_an_import_on_a_full_disk_changes_nothing_and_the_log_opens(tmp_path: Path) -> None:
    note = "Harjoiteltiin liitteen lisäämistä sähköpostiin ja tiedoston etsimistä. " * 6
    path = _write(tmp_path / "many.csv", [HEADER, *(_row(note=note) for _ in range(3_000))])
    # Room for the file once the filler is gone: the same file then imports whole.
    with small_disk(tmp_path / "disk", 8192) as folder:
        paths = DataPaths(folder / "data")
        db = open_database(paths.database, paths.backups)
        try:
            repo.save_session(db, SessionData(datetime(2026, 3, 1, 9), "local", ["tax"]))
            filler = fill(folder)
            with pytest.raises(DiskFullError) as caught:
                import_sessions(db, path)
        finally:
            db.close()
        assert "The disk is full" in str(caught.value)
        assert "Nothing from many.csv was imported" in str(caught.value)
        assert "Harjoiteltiin" not in str(caught.value.__cause__)
        filler.unlink()
        check_database_file(paths.database, thorough=True)
        db = open_database(paths.database, paths.backups)
        try:
            assert _count(db) == 1
            assert import_sessions(db, path).created == 3_000
        finally:
            db.close()

"""Importing and exporting sessions from the session list, off the UI thread."""

from datetime import datetime

from sqlalchemy import event

from peerhelper.storage import sessions_repo
from peerhelper.storage.session_query import SessionFilter, count_sessions
from peerhelper.ui import ask


def _list(window):
    window.start_session()
    return window.page("session").list


def test_export_then_import_into_another_site(window, qtbot, monkeypatch, tmp_path) -> None:
    db = window.context.db
    now = datetime.now().replace(second=0, microsecond=0)
    sessions_repo.quick_tally(db, "kela", "local", now)
    sessions_repo.quick_tally(db, "tax", "remote", now)
    session_list = _list(window)
    target = tmp_path / "out.csv"
    messages: list[str] = []
    monkeypatch.setattr(ask, "save_file", lambda *args: target)
    monkeypatch.setattr(ask, "inform", lambda parent, title, text: messages.append(text))
    session_list.export_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert messages[-1].startswith("2 sessions")
    assert target.read_text(encoding="utf-8-sig").count("\n") == 3

    # The same file imported again changes nothing.
    monkeypatch.setattr(ask, "open_file", lambda *args: target)
    session_list.import_button.click()
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=10_000)
    assert "0 new" in messages[-1]
    assert count_sessions(db, SessionFilter()) == 2


def test_a_bad_file_is_refused_with_line_numbers(window, qtbot, monkeypatch, tmp_path) -> None:
    bad = tmp_path / "bad.csv"
    header = "id;started_at;minutes;mode;channel;topics;device;language;age_band;visit;outcome;"
    header += "independence;barriers;referred_to;guides;note\n"
    bad.write_text(
        header
        + ";2026-03-14 10:30;20;local;;kela;;fi;;;;;;;;ok\n"
        + ";2026-03-14 11:30;20;teleport;;kela;;fi;;;;;;;;ok\n"
        + ";2026-03-14 12:30;20;local;;kela;;fi;;;;;;;;call 040 123 4567\n",
        encoding="utf-8",
    )
    errors: list[str] = []
    monkeypatch.setattr(ask, "open_file", lambda *args: bad)
    monkeypatch.setattr(ask, "error", lambda parent, title, text: errors.append(text))
    _list(window).import_button.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "nothing was changed" in errors[0]
    assert "Line 3" in errors[0] and "Line 4" in errors[0]
    assert "phone number" in errors[0] and "4567" not in errors[0]
    assert count_sessions(window.context.db, SessionFilter()) == 0


def test_a_full_disk_during_export_is_told_in_words(window, qtbot, monkeypatch, tmp_path):
    from peerhelper.errors import DiskFullError
    from peerhelper.storage import sessions_csv

    target = tmp_path / "out.csv"

    def full(db, path, first_day, last_day, sites=()):
        raise DiskFullError(path)

    monkeypatch.setattr(sessions_csv, "export_sessions", full)
    monkeypatch.setattr(ask, "save_file", lambda *args: target)
    errors: list[str] = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text: errors.append(text))
    _list(window).export_button.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors[0].startswith("The sessions were not saved.")
    assert f"The disk is full, so {target} was not saved." in errors[0]
    assert not target.exists()


def test_a_file_with_many_problems_lists_the_first_and_counts_the_rest(
    window, qtbot, monkeypatch, tmp_path
) -> None:
    bad = tmp_path / "many.csv"
    header = "id;started_at;minutes;mode;channel;topics;device;language;age_band;visit;outcome;"
    header += "independence;barriers;referred_to;guides;note\n"
    bad.write_text(header + ";2026-03-14 10:30;20;teleport;;kela;;fi;;;;;;;;\n" * 500, "utf-8")
    errors: list[str] = []
    monkeypatch.setattr(ask, "open_file", lambda *args: bad)
    monkeypatch.setattr(ask, "error", lambda parent, title, text: errors.append(text))
    _list(window).import_button.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    lines = errors[0].splitlines()
    assert sum("teleport" in line for line in lines) == 30
    assert lines[-1] == "… and 470 more."


def test_a_full_disk_during_an_import_is_told_in_plain_words(
    window, qtbot, monkeypatch, tmp_path
) -> None:
    db = window.context.db
    with db.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar_one()

    def no_room(dbapi_connection, _record) -> None:  # SQLite's own "database or disk is full"
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 4}")

    many = tmp_path / "many.csv"
    header = "id;started_at;minutes;mode;channel;topics;device;language;age_band;visit;outcome;"
    header += "independence;barriers;referred_to;guides;note\n"
    many.write_text(header + ";2026-03-14 10:30;20;local;;kela;;fi;;;;;;;;ok\n" * 2000, "utf-8")
    errors: list[str] = []
    monkeypatch.setattr(ask, "open_file", lambda *args: many)
    monkeypatch.setattr(ask, "error", lambda parent, title, text: errors.append(text))
    session_list = _list(window)
    db.engine.dispose()
    event.listen(db.engine, "connect", no_room)
    try:
        session_list.import_button.click()
        qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    finally:
        event.remove(db.engine, "connect", no_room)
        db.engine.dispose()
    assert errors[0] == (
        "The file was not imported; nothing was changed.\n\n"
        "The disk is full. Nothing was half-written. Free some space and try again."
    )
    assert count_sessions(db, SessionFilter()) == 0


def test_the_list_exports_an_excel_workbook_by_the_files_type(
    window, qtbot, monkeypatch, tmp_path
) -> None:
    from openpyxl import load_workbook

    db = window.context.db
    now = datetime.now().replace(second=0, microsecond=0)
    for topic in ("kela", "tax", "kela"):
        sessions_repo.quick_tally(db, topic, "local", now)
    target = tmp_path / "sessions.xlsx"
    messages: list[str] = []
    monkeypatch.setattr(ask, "save_file", lambda *args: target)
    monkeypatch.setattr(ask, "inform", lambda parent, title, text: messages.append(text))
    _list(window).export_button.click()
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert messages[-1].startswith("3 sessions")
    book = load_workbook(target)
    sessions = book["Sessions"]  # the window is in English in the tests
    assert len(book.worksheets) == 3
    filled = [row for row in sessions.iter_rows(values_only=True) if any(row)]
    assert sum("kela" in str(row) for row in filled) == 2


def test_a_name_typed_without_an_ending_gets_the_chosen_types(monkeypatch, tmp_path) -> None:
    from PySide6.QtWidgets import QFileDialog

    chosen = "Excel workbook (*.xlsx)"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "sessions"), chosen)
    )
    assert ask.save_file(None, "t", tmp_path, "CSV files (*.csv);;" + chosen) == (
        tmp_path / "sessions.xlsx"
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "a.csv"), chosen)
    )
    assert ask.save_file(None, "t", tmp_path, chosen) == tmp_path / "a.csv"

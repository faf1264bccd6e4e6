"""The directory in the database: starter entries, saving, retire versus delete, files."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from peerhelper.domain.directory import DirectoryEntryData, validate
from peerhelper.domain.directory_files import COLUMNS, read_starter_entries
from peerhelper.domain.import_problems import SessionImportError
from peerhelper.domain.session import SessionData
from peerhelper.storage import directory_repo, sessions_repo
from peerhelper.storage.database import Database
from peerhelper.storage.directory_files import export_directory, import_directory

STARTER = read_starter_entries()


def _library(**changes: object) -> DirectoryEntryData:
    entry = DirectoryEntryData(
        name="Kallion kirjasto",
        kind="library",
        topics=["email", "device_basics"],
        languages=["fi", "sv", "ar"],
        address="Viides linja 11, 00530 Helsinki",
        phone="09 3108 5022",
        web="https://www.helmet.fi",
        hours="ma–to klo 9–20; pe 9–16",
        accessibility="Esteetön sisäänkäynti",
        paid="free",
        notes="Digituki tiistaisin.",
        checked=date(2026, 11, 2),
    )
    return entry.copy(**changes)


def test_a_new_database_has_the_starter_entries_with_their_sources(db: Database) -> None:
    entries = directory_repo.list_entries(db)
    assert {e.uuid for e in entries} == {e.uuid for e in STARTER}
    codes = sessions_repo.topic_codes(db)
    for entry in entries:
        assert entry.source.startswith("https://") and entry.checked == date(2026, 12, 1)
        assert validate(entry, codes) == []


def test_a_coordinator_can_delete_a_starter_entry(db: Database) -> None:
    directory_repo.delete_entry(db, STARTER[0].uuid or "")
    assert STARTER[0].uuid not in {e.uuid for e in directory_repo.list_entries(db)}


def test_save_edit_and_find_by_a_short_id(db: Database) -> None:
    uuid = directory_repo.save_entry(db, _library())
    assert directory_repo.get_entry(db, uuid[:8]).name == "Kallion kirjasto"
    directory_repo.save_entry(db, directory_repo.get_entry(db, uuid).copy(hours="ti klo 10–14"))
    saved = directory_repo.get_entry(db, uuid)
    assert saved.hours == "ti klo 10–14" and saved.topics == ["email", "device_basics"]
    with pytest.raises(directory_repo.NoSuchEntry):
        directory_repo.get_entry(db, "00000000")


def test_invalid_and_duplicate_names_are_refused(db: Database) -> None:
    directory_repo.save_entry(db, _library())
    with pytest.raises(directory_repo.InvalidEntry) as caught:
        directory_repo.save_entry(db, _library(name="KALLION  kirjasto"))
    assert [p.code for p in caught.value.problems] == ["duplicate_name"]
    with pytest.raises(directory_repo.InvalidEntry) as caught:
        directory_repo.save_entry(db, _library(name="Toinen", notes="Soita 040 123 4567"))
    assert [p.field for p in caught.value.problems] == ["notes"]


def _session(referrals: list[str]) -> SessionData:
    return SessionData(
        started_at=datetime(2026, 3, 4, 10, 0), mode="local", topics=["kela"], referrals=referrals
    )


def test_an_entry_a_session_refers_to_is_retired_not_deleted(db: Database) -> None:
    uuid = directory_repo.save_entry(db, _library())
    unused = directory_repo.save_entry(db, _library(name="Unused"))
    session = sessions_repo.save_session(db, _session([uuid]))
    assert directory_repo.usage_count(db, uuid) == 1
    with pytest.raises(directory_repo.EntryInUse):
        directory_repo.delete_entry(db, uuid)
    # Even a deleted session keeps its meaning.
    sessions_repo.set_deleted(db, session, True)
    with pytest.raises(directory_repo.EntryInUse):
        directory_repo.delete_entry(db, uuid)
    directory_repo.set_retired(db, uuid, True)
    assert directory_repo.get_entry(db, uuid).retired
    active = {e.uuid for e in directory_repo.list_entries(db, include_retired=False)}
    assert uuid not in active
    directory_repo.delete_entry(db, unused)
    assert directory_repo.usage_count(db, uuid) == 1


def test_a_session_cannot_refer_to_an_unknown_entry(db: Database) -> None:
    with pytest.raises(sessions_repo.InvalidSession, match="referrals"):
        sessions_repo.save_session(db, _session(["7d8f2d7e-0000-4000-8000-000000000000"]))


@pytest.mark.parametrize("file_format", ["csv", "json"])
def test_export_import_round_trip(db: Database, tmp_path: Path, file_format: str) -> None:
    uuid = directory_repo.save_entry(db, _library(notes="=HYPERLINK(x); ehkä"))
    path = tmp_path / f"directory.{file_format}"
    assert export_directory(db, path, file_format) == len(STARTER) + 1
    before = directory_repo.list_entries(db)
    assert import_directory(db, path).unchanged == len(STARTER) + 1
    assert directory_repo.list_entries(db) == before
    if file_format == "csv":
        assert path.read_bytes().startswith(b"\xef\xbb\xbfid;name;kind;")
        assert "'=HYPERLINK(x)" in path.read_text("utf-8-sig")
    else:
        records = json.loads(path.read_text("utf-8"))
        assert list(records[0]) == list(COLUMNS)
    # Into another site's empty directory: the same entries, the same ids.
    directory_repo.delete_entry(db, uuid)
    assert import_directory(db, path).created == 1
    assert directory_repo.get_entry(db, uuid) == before[[e.uuid for e in before].index(uuid)]


def _csv(tmp_path: Path, *rows: str, sep: str = ",") -> Path:
    path = tmp_path / "in.csv"
    path.write_text("\n".join([sep.join(COLUMNS), *rows]) + "\n", encoding="utf-8")
    return path


def test_comma_file_without_bom_adds_and_updates(db: Database, tmp_path: Path) -> None:
    uuid = STARTER[0].uuid
    path = _csv(
        tmp_path,
        ",Kallion kirjasto,library,email|device_basics,fi|ar,Viides linja 11,,,,,free,,1.11.2026",
        f"{uuid},Kela (puhelin),authority,kela,fi|sv|en,,,https://www.kela.fi,ma–pe 9–16,,,,",
    )
    result = import_directory(db, path)
    assert (result.created, result.updated) == (1, 1)
    assert directory_repo.get_entry(db, uuid or "").name == "Kela (puhelin)"
    added = [e for e in directory_repo.list_entries(db) if e.name == "Kallion kirjasto"]
    assert added[0].checked == date(2026, 11, 1) and added[0].languages == ["fi", "ar"]


@pytest.mark.parametrize(
    ("row", "field", "code"),
    [
        ("not-a-uuid,A,library,,,,,,,,,,", "id", "bad_id"),
        (",,library,,,,,,,,,,", "name", "required"),
        (",A,shop,,,,,,,,,,", "kind", "unknown_code"),
        (",A,library,astrology,,,,,,,,,", "topics", "unknown_code"),
        (",A,library,,Arabic,,,,,,,,", "languages", "bad_language"),
        (",A,library,,,,,no web,,,,,", "web", "bad_web"),
        (",A,library,,,,,,,,maybe,,", "paid", "unknown_code"),
        (",A,library,,,,,,,,,Soita 040 123 4567,", "notes", "personal_data"),
        (",A,library,,,,,,,,,,31.2.2026", "checked", "bad_date"),
        (",A,library,,,,,,,,,,1999-01-01", "checked", "out_of_range"),
        (",A,library,,,,,,,,,", "row", "column_count"),
        (",Kela – puhelinpalvelu,authority,,,,,,,,,,", "name", "duplicate_name"),
    ],
)
def test_every_import_error_names_its_line_and_changes_nothing(
    db: Database, tmp_path: Path, row: str, field: str, code: str
) -> None:
    before = directory_repo.list_entries(db)
    path = _csv(tmp_path, ",Fine,library,,,,,,,,,,", row)
    with pytest.raises(SessionImportError) as caught:
        import_directory(db, path)
    [problem] = caught.value.problems
    assert (problem.line, problem.problem.field, problem.problem.code) == (3, field, code)
    assert "040 123" not in str(caught.value)
    assert directory_repo.list_entries(db) == before


def test_file_level_errors(db: Database, tmp_path: Path) -> None:
    cases = {
        "header": "id,name,colour\n",
        "duplicate_id": "\n".join(
            [",".join(COLUMNS)] + [f"{STARTER[0].uuid},X{n},other,,,,,,,,,," for n in range(2)]
        ),
        "duplicate_name": "\n".join([",".join(COLUMNS)] + [",Same,other,,,,,,,,,,"] * 2),
    }
    for expected, text in cases.items():
        path = tmp_path / f"{expected}.csv"
        path.write_text(text + "\n", encoding="utf-8")
        with pytest.raises(SessionImportError) as caught:
            import_directory(db, path)
        codes = {p.problem.code for p in caught.value.problems}
        assert expected in codes or "unknown_column" in codes, expected
    utf16 = tmp_path / "utf16.csv"
    utf16.write_text(",".join(COLUMNS) + "\n", encoding="utf-16")
    with pytest.raises(SessionImportError, match="save it as CSV UTF-8"):
        import_directory(db, utf16)


def test_json_problems_name_the_entry(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    good = {name: "" for name in COLUMNS} | {"name": "A", "kind": "other", "topics": []}
    good["languages"] = []
    path.write_text(json.dumps([good, good | {"name": "B", "kind": "shop"}, 7]), "utf-8")
    with pytest.raises(SessionImportError) as caught:
        import_directory(db, path)
    shown = [str(p) for p in caught.value.problems]
    assert shown[0].startswith("entry 2, kind: unknown kind 'shop'; use one of authority")
    assert shown[1:] == ["entry 3: not an object"]


def test_at_most_50_problems_are_listed(db: Database, tmp_path: Path) -> None:
    path = _csv(tmp_path, *[f",N{n},shop,,,,,,,,,," for n in range(120)])
    with pytest.raises(SessionImportError) as caught:
        import_directory(db, path)
    assert caught.value.total == 120 and len(caught.value.problems) == 50
    assert "and 70 more" in str(caught.value)

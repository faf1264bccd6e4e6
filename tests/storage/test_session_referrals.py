"""Sessions' referrals to directory entries: stored, exported by name, imported back, counted."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest

from peerhelper.domain.directory_files import read_starter_entries
from peerhelper.domain.import_problems import SessionImportError
from peerhelper.domain.session import SessionData
from peerhelper.domain.statistics import Period, StatsFilter
from peerhelper.domain.statistics_charts import chart_specs, vocabulary_labeller
from peerhelper.storage import directory_repo, sessions_repo, statistics
from peerhelper.storage.database import Database
from peerhelper.storage.sessions_csv import export_sessions, import_sessions

KELA, KV, DVV = (e.uuid or "" for e in read_starter_entries())


def _session(referrals: list[str], day: int = 4) -> SessionData:
    return SessionData(
        started_at=datetime(2026, 3, day, 10, 0),
        mode="local",
        topics=["kela"],
        referrals=referrals,
        referred_to="Toimeentulotuen päivystys",
    )


def test_referrals_are_saved_in_order_and_added_later(db: Database) -> None:
    uuid = sessions_repo.save_session(db, _session([KV, KELA]))
    assert sessions_repo.load_session(db, uuid).referrals == [KV, KELA]
    sessions_repo.add_referral(db, uuid, DVV)
    sessions_repo.add_referral(db, uuid, DVV)
    assert sessions_repo.load_session(db, uuid).referrals == [KV, KELA, DVV]


def test_csv_names_the_entries_and_imports_back_unchanged(db: Database, tmp_path: Path) -> None:
    sessions_repo.save_session(db, _session([KELA, DVV]))
    path = tmp_path / "sessions.csv"
    export_sessions(db, path)
    with path.open(encoding="utf-8-sig") as file:
        [row] = list(csv.DictReader(file, delimiter=";"))
    assert row["referrals"] == "Kela – puhelinpalvelu|Digi- ja väestötietovirasto (DVV)"
    assert row["referred_to"] == "Toimeentulotuen päivystys"
    assert import_sessions(db, path).unchanged == 1
    # Names are matched regardless of letter case; a new row gets the entries.
    text = path.read_text("utf-8-sig").replace(row["id"], "").replace("Kela –", "KELA –")
    path.write_text(text, "utf-8-sig")
    assert import_sessions(db, path).created == 1
    referred = [s.referrals for s in _all(db)]
    assert referred == [[KELA, DVV], [KELA, DVV]]


def _all(db: Database) -> list[SessionData]:
    from peerhelper.storage.sessions_csv import sessions_between

    return list(sessions_between(db))


def test_a_file_without_the_column_keeps_the_referrals(db: Database, tmp_path: Path) -> None:
    sessions_repo.save_session(db, _session([KELA]))
    path = tmp_path / "sessions.csv"
    export_sessions(db, path)
    with path.open(encoding="utf-8-sig") as file:
        rows = list(csv.DictReader(file, delimiter=";"))
    for row in rows:
        del row["referrals"]
        row["note"] = "edited"
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(rows[0]), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    assert import_sessions(db, path).updated == 1
    [saved] = _all(db)
    assert saved.note == "edited" and saved.referrals == [KELA]


def test_an_unknown_service_name_is_a_problem_of_its_line(db: Database, tmp_path: Path) -> None:
    sessions_repo.save_session(db, _session([KELA]))
    path = tmp_path / "sessions.csv"
    export_sessions(db, path)
    path.write_text(
        path.read_text("utf-8-sig").replace("Kela – puhelinpalvelu", "Nowhere"), "utf-8"
    )
    with pytest.raises(SessionImportError) as caught:
        import_sessions(db, path)
    [problem] = caught.value.problems
    assert problem.line == 2 and problem.problem.field == "referrals"
    assert "Nowhere" in str(problem)


def test_statistics_count_referrals_by_service_and_by_kind(db: Database) -> None:
    library = directory_repo.save_entry(
        db, directory_repo.get_entry(db, DVV).copy(uuid=None, name="Kirjasto", kind="library")
    )
    for referrals in ([KELA, KV], [KELA], [library], []):
        sessions_repo.save_session(db, _session(referrals))
    deleted = sessions_repo.save_session(db, _session([KELA]))
    sessions_repo.set_deleted(db, deleted, True)
    figures = statistics.compute(
        db.engine, StatsFilter(Period(date(2026, 1, 1), date(2026, 12, 31)))
    )
    by_service = {c.code: c.sessions for c in figures.breakdown("referral_service")}
    assert by_service == {KELA: 2, KV: 1, library: 1}
    # A session referred to two authorities counts once for "authority".
    by_kind = {c.code: c.sessions for c in figures.breakdown("referral_kind")}
    assert by_kind == {"authority": 2, "library": 1}
    labeller = vocabulary_labeller("fi", services=directory_repo.names_by_uuid(db))
    specs = {s.key: s for s in chart_specs(figures, "fi", labeller, protect=False)}
    assert specs["referral_service"].title == "Ohjaukset palveluittain"
    assert specs["referral_service"].rows[0].label == "Kela – puhelinpalvelu"
    assert {r.label for r in specs["referral_kind"].rows} == {"Viranomainen", "Kirjasto"}

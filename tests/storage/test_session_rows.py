"""One mapping between a session and its rows: the field lists, the model and the form agree."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime

from sqlalchemy import inspect

from peerhelper.domain.directory_files import read_starter_entries
from peerhelper.domain.session import LIST_FIELDS, SCALAR_FIELDS, SessionData
from peerhelper.storage import session_rows, sessions_repo
from peerhelper.storage.database import Database
from peerhelper.storage.models import MergeableMixin, SupportSession
from peerhelper.storage.session_query import SessionFilter, SessionRow, fetch_sessions

# Columns every mergeable record has, the row's own bookkeeping, and the site a
# merged session was given at (``storage.session_records``): none is a field of a session.
BOOKKEEPING = {"id", "deleted_at", "site_id", "site_name"} | set(MergeableMixin.__annotations__)


def test_the_field_lists_match_the_model_columns() -> None:
    columns = {column.name for column in SupportSession.__table__.columns}
    assert set(SCALAR_FIELDS) == columns - BOOKKEEPING
    relationships = set(inspect(SupportSession).relationships.keys())
    assert set(LIST_FIELDS) == relationships == set(session_rows.LIST_TABLES)


def test_the_field_lists_are_every_field_of_a_session() -> None:
    names = [field.name for field in fields(SessionData)]
    assert sorted(names) == sorted([*SCALAR_FIELDS, *LIST_FIELDS, "uuid"])


def test_the_list_shows_fields_of_a_session_by_name() -> None:
    shown = {field.name for field in fields(SessionRow)}
    assert shown <= {*SCALAR_FIELDS, *LIST_FIELDS, "uuid"}


def full_session() -> SessionData:
    return SessionData(
        started_at=datetime(2026, 3, 2, 10, 15),
        mode="local",
        topics=["email", "kela"],
        minutes=25,
        channel="service_point",
        device="own_phone",
        language="ar",
        age_band="65_74",
        visit="returning",
        outcome="partly",
        independence="guided",
        barriers=["language", "no_bank_id"],  # kept in no order: sorted here
        referred_to="Kela",
        guides=["phone-basics"],
        note="Came back next week",
        referrals=[entry.uuid or "" for entry in reversed(read_starter_entries()[:2])],
        source="tally",
    )


def test_every_field_goes_in_and_comes_back_the_same_on_every_path(db: Database, tmp_path) -> None:
    from peerhelper.storage.sessions_csv import export_sessions, import_sessions

    data = full_session()
    uuid = sessions_repo.save_session(db, data)
    assert sessions_repo.load_session(db, uuid) == data.copy(uuid=uuid)
    row = fetch_sessions(db, SessionFilter(), 0, 10)[0]
    for field in fields(SessionRow):
        expected = getattr(data.copy(uuid=uuid), field.name)
        assert getattr(row, field.name) == (tuple(expected) if field.name == "topics" else expected)
    out = tmp_path / "sessions.csv"
    assert export_sessions(db, out) == 1
    sessions_repo.set_deleted(db, uuid, True)
    sessions_repo.set_deleted(db, uuid, False)
    changed = full_session().copy(note="Changed", uuid=uuid)
    sessions_repo.save_session(db, changed)
    assert import_sessions(db, out).updated == 1
    assert sessions_repo.load_session(db, uuid) == data.copy(uuid=uuid)

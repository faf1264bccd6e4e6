"""The referral directory over the organisation server: a real PostgreSQL, started by the tests."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine, func, select, text

from peerhelper.domain.directory import DirectoryEntryData
from peerhelper.operations import sync
from peerhelper.storage import directory_repo, directory_sync
from peerhelper.storage import sessions_repo as repo
from peerhelper.storage.directory_sync import ENTRIES
from peerhelper.storage.server import ServerDatabase
from tests.storage.sites import session, sync_site


def _library(**changes: object) -> DirectoryEntryData:
    base = DirectoryEntryData(
        "Kallio library",
        kind="library",
        topics=["email"],
        languages=["fi", "sv"],
        address="Viides linja 11",
        hours="Mon–Thu 10–16",
        paid="free",
        notes="Ask for the digital helper.",
        checked=date(2026, 2, 1),
    )
    return base.copy(**changes)


def _entry_count(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(ENTRIES)) or 0)


def test_an_entry_travels_whole_from_one_site_to_another(sites, server, pg_url) -> None:
    alpha, beta = sites
    uuid = directory_repo.save_entry(alpha[1], _library())
    sent = sync_site(alpha, pg_url)
    assert (sent.directory.sent_new, sent.directory.received) == (1, 0)
    taken = sync_site(beta, pg_url)
    assert (taken.directory.received_new, taken.directory.sent) == (1, 0)
    assert directory_repo.get_entry(beta[1], uuid) == directory_repo.get_entry(alpha[1], uuid)
    # Nothing is sent back and forth, and nothing is doubled.
    for site in (alpha, beta, alpha):
        again = sync_site(site, pg_url).directory
        assert (again.sent, again.received, again.refused) == (0, 0, [])
    assert _entry_count(server) == _entry_count(alpha[1].engine) == _entry_count(beta[1].engine)
    last = sync.last_sync(beta[1])
    assert last is not None and last.figures["entries_received"] == 0


def test_the_later_change_wins_both_ways(sites, server, pg_url) -> None:
    alpha, beta = sites
    uuid = directory_repo.save_entry(alpha[1], _library())
    sync_site(alpha, pg_url)
    sync_site(beta, pg_url)
    directory_repo.save_entry(beta[1], _library(uuid=uuid, hours="Mon–Fri 9–17"))
    directory_repo.save_entry(alpha[1], _library(uuid=uuid, phone="09 123 4567"))  # later
    assert sync_site(beta, pg_url).directory.sent_updated == 1
    result = sync_site(alpha, pg_url).directory
    # Alpha's change is later than Beta's: it goes to the server, Beta's is not taken.
    assert (result.sent_updated, result.received) == (1, 0)
    assert sync_site(beta, pg_url).directory.received_updated == 1
    organisation = ServerDatabase(server, sync.server_address(alpha[0], pg_url))
    for db in (alpha[1], beta[1], organisation):
        entry = directory_repo.get_entry(db, uuid)
        assert (entry.hours, entry.phone) == ("Mon–Thu 10–16", "09 123 4567")


def test_retiring_an_entry_retires_it_everywhere(sites, server, pg_url) -> None:
    alpha, beta = sites
    uuid = directory_repo.save_entry(alpha[1], _library())
    repo.save_session(beta[1], session())  # Beta's own work is untouched
    sync_site(alpha, pg_url)
    sync_site(beta, pg_url)
    directory_repo.set_retired(beta[1], uuid, True)
    sync_site(beta, pg_url)
    assert sync_site(alpha, pg_url).directory.received_updated == 1
    assert directory_repo.get_entry(alpha[1], uuid).retired
    assert uuid not in {e.uuid for e in directory_repo.list_entries(alpha[1], False)}
    directory_repo.set_retired(alpha[1], uuid, False)  # taken back into use, later still
    sync_site(alpha, pg_url)
    sync_site(beta, pg_url)
    assert not directory_repo.get_entry(beta[1], uuid).retired


def test_a_sync_cut_short_resumes_with_nothing_lost_or_doubled(
    sites, server, pg_url, monkeypatch
) -> None:
    alpha, beta = sites
    sync_site(beta, pg_url)  # the starter entries are the same everywhere from now on
    for n in range(7):
        directory_repo.save_entry(alpha[1], _library(name=f"Library {n}"))
    sync_site(alpha, pg_url)
    monkeypatch.setattr(directory_sync, "BATCH", 3)
    real = directory_sync.write_later
    calls = []

    def lost_on_the_second_batch(connection, records, counts, **kw):
        calls.append(len(records))
        if len(calls) == 2:
            raise ConnectionResetError("the connection was lost")
        return real(connection, records, counts, **kw)

    monkeypatch.setattr(directory_sync, "write_later", lost_on_the_second_batch)
    with pytest.raises(ConnectionResetError):
        sync_site(beta, pg_url)
    assert calls == [3, 3] and _entry_count(beta[1].engine) == 3 + 3  # the first batch was kept
    monkeypatch.setattr(directory_sync, "write_later", real)
    resumed = sync_site(beta, pg_url).directory
    assert (resumed.received_new, resumed.received_updated, resumed.sent) == (4, 0, 0)
    assert _entry_count(beta[1].engine) == _entry_count(server) == 7 + 3  # the starters
    here = {e.uuid: e for e in directory_repo.list_entries(beta[1])}
    assert here == {e.uuid: e for e in directory_repo.list_entries(alpha[1])}


def test_an_entry_that_fails_the_checks_is_left_out_and_the_rest_goes_on(
    sites, server, pg_url
) -> None:
    alpha, beta = sites
    good = directory_repo.save_entry(alpha[1], _library())
    bad = directory_repo.save_entry(alpha[1], _library(name="Parish office", kind="parish"))
    directory_repo.save_entry(beta[1], _library(name="PARISH  office"))  # Beta's own
    sync_site(alpha, pg_url)
    with server.begin() as connection:  # an entry changed on the server by hand, wrongly
        connection.execute(
            text("UPDATE directory_entry SET kind = 'castle' WHERE uuid = :u"), {"u": good}
        )
    result = sync_site(beta, pg_url)
    refused = result.directory.refused
    assert len(refused) == 2 and result.directory.received_new == 0
    assert "'Kallio library'" in refused[0] + refused[1] and "castle" in " ".join(refused)
    assert "same name" in " ".join(refused)
    names = {e.name for e in directory_repo.list_entries(beta[1])}
    assert "Kallio library" not in names and "Parish office" not in names
    assert bad not in {e.uuid for e in directory_repo.list_entries(beta[1])}
    last = sync.last_sync(beta[1])
    assert last is not None and last.ok and len(last.notes) == 2
    assert result.counts.new == 0 and result.sent == 0  # the sessions' part still ran

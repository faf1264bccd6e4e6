"""Syncing with an organisation server: a real PostgreSQL, started by the tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, select, text

from peerhelper.domain.directory import DirectoryEntryData
from peerhelper.domain.statistics import Period, StatsFilter
from peerhelper.operations import sync
from peerhelper.operations.statistics import site_names
from peerhelper.storage import directory_repo, statistics
from peerhelper.storage import sessions_repo as repo
from peerhelper.storage.migrations import HEAD_REVISION
from peerhelper.storage.models import Base
from peerhelper.storage.server import (
    NewerServerError,
    ServerDatabase,
    migrate_server,
)
from peerhelper.storage.session_records import SESSIONS
from tests.storage.sites import add_sessions, open_site, rows, session

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def laptop(tmp_path: Path):
    paths, db = open_site(tmp_path, "alpha")
    yield paths, db
    db.close()


def _server_rows(server: Engine) -> dict[str, tuple]:
    columns = [SESSIONS.c[name] for name in ("updated_at", "deleted_at", "minutes", "site_id")]
    with server.connect() as connection:
        return {
            u: tuple(rest) for u, *rest in connection.execute(select(SESSIONS.c.uuid, *columns))
        }


def _sync(paths, db, url: str, batch: int | None = None):
    return sync.sync_with(db, paths, sync.server_address(paths, url), batch=batch)


def _as_sent(local: dict[str, tuple], site: str) -> dict[str, tuple]:
    return {uuid: (*values[:3], site) for uuid, values in local.items()}


def test_migrations_build_the_models_tables_on_postgresql(server: Engine) -> None:
    migrate_server(server)
    migrate_server(server)  # a second PeerHelper finds it done
    inspector = inspect(server)
    for table in Base.metadata.sorted_tables:
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        assert columns == {c.name for c in table.columns}, table.name
    with server.connect() as connection:
        assert connection.scalar(text("SELECT version_num FROM alembic_version")) == HEAD_REVISION
        assert connection.scalar(text("SELECT count(*) FROM topic")) == 17
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        connection.commit()
    with pytest.raises(NewerServerError, match="newer PeerHelper"):
        migrate_server(server)


def test_first_and_incremental_sync(laptop, server: Engine, pg_url: str) -> None:
    paths, db = laptop
    uuids = add_sessions(db, 30)
    repo.set_deleted(db, uuids[0], True)
    first = _sync(paths, db, pg_url, batch=7)
    assert (first.to_send, first.counts.new, first.counts.updated) == (30, 30, 0)
    assert _server_rows(server) == _as_sent(rows(db), db.device_id)

    assert _sync(paths, db, pg_url).to_send == 0  # nothing changed: nothing sent
    add_sessions(db, 5, day=20)
    repo.save_session(db, session(uuid=uuids[1], minutes=59))
    repo.set_deleted(db, uuids[2], True)
    again = _sync(paths, db, pg_url)
    assert (again.to_send, again.counts.new, again.counts.updated) == (7, 5, 2)
    assert _server_rows(server) == _as_sent(rows(db), db.device_id)
    last = sync.last_sync(db)
    assert last is not None and last.ok and "7 sessions sent" in last.message
    assert last.figures["sessions_sent"] == 7 and last.figures["sessions_new"] == 5


def test_two_laptops_editing_different_sessions(tmp_path: Path, server: Engine, pg_url) -> None:
    a_paths, a = open_site(tmp_path, "alpha")
    b_paths, b = open_site(tmp_path, "beta")
    try:
        a_uuids, b_uuids = add_sessions(a, 4), add_sessions(b, 3)
        _sync(a_paths, a, pg_url)
        _sync(b_paths, b, pg_url)
        repo.save_session(a, session(uuid=a_uuids[0], minutes=41))
        repo.save_session(b, session(uuid=b_uuids[0], minutes=42))
        _sync(b_paths, b, pg_url)
        _sync(a_paths, a, pg_url)
        expected = _as_sent(rows(a), a.device_id) | _as_sent(rows(b), b.device_id)
        assert _server_rows(server) == expected
        figures = statistics.compute(server, StatsFilter(MARCH))
        by_site = {count.code: count.sessions for count in figures.breakdown("site")}
        assert by_site == {a.device_id: 4, b.device_id: 3}
        organisation = ServerDatabase(server, sync.server_address(a_paths, pg_url))
        assert site_names(organisation) == {a.device_id: "Alpha", b.device_id: "Beta"}
    finally:
        a.close()
        b.close()


def test_a_deletion_reaches_the_server_and_leaves_its_counts(laptop, server, pg_url) -> None:
    paths, db = laptop
    uuids = add_sessions(db, 3)
    _sync(paths, db, pg_url)
    repo.set_deleted(db, uuids[1], True)
    _sync(paths, db, pg_url)
    assert _server_rows(server)[uuids[1]][1] is not None
    assert statistics.compute(server, StatsFilter(MARCH)).sessions == 2


def test_the_organisations_topics_are_taken(laptop, server: Engine, pg_url: str) -> None:
    paths, db = laptop
    repo.save_topic(db, "own_topic", {"en": "Ours"})
    repo.save_session(db, session(topics=["own_topic"]))
    _sync(paths, db, pg_url)
    later = datetime(2099, 1, 1)
    with server.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO topic (code, icon, position, retired, updated_at) "
                "VALUES ('city_card', '', 99, false, :t)"
            ),
            {"t": later},
        )
        connection.execute(
            text(
                "INSERT INTO topic_label (topic_code, language, label) VALUES "
                "('city_card', 'fi', 'Kaupunkikortti'), ('city_card', 'en', 'City card')"
            )
        )
        connection.execute(
            text("UPDATE topic SET retired = true, updated_at = :t WHERE code = 'tax'"),
            {"t": later},
        )
        connection.execute(
            text("UPDATE topic SET updated_at = :t WHERE code = 'email'"), {"t": later}
        )
        connection.execute(
            text(
                "UPDATE topic_label SET label = 'Sähköposti ja viestit' "
                "WHERE topic_code = 'email' AND language = 'fi'"
            )
        )
    email_before = next(t for t in repo.list_topics(db) if t.code == "email").labels
    result = _sync(paths, db, pg_url)
    assert result.topics_added == ["city_card"]
    topics = {t.code: t for t in repo.list_topics(db, include_retired=True)}
    assert topics["city_card"].labels == {"fi": "Kaupunkikortti", "en": "City card"}
    assert topics["tax"].retired and "own_topic" in topics
    # The organisation's later name is taken in its language; the others stay.
    assert topics["email"].labels == email_before | {"fi": "Sähköposti ja viestit"}


def test_referrals_reach_the_server_with_the_entries_they_name(
    laptop, server: Engine, pg_url: str
) -> None:
    paths, db = laptop
    local = directory_repo.save_entry(
        db, DirectoryEntryData("Alpha library", kind="library", hours="Mon 10-12")
    )
    uuid = repo.save_session(db, session(referrals=[local]))
    _sync(paths, db, pg_url)
    organisation = ServerDatabase(server, sync.server_address(paths, pg_url))
    with organisation.engine.connect() as connection:
        referred = connection.execute(text("SELECT entry_uuid FROM session_referral")).all()
    assert referred == [(local,)]
    entry = directory_repo.get_entry(organisation, local)
    # The directory is shared: the entry is there whole, and in use.
    assert (entry.name, entry.kind, entry.hours, entry.retired) == (
        "Alpha library",
        "library",
        "Mon 10-12",
        False,
    )
    figures = statistics.compute(server, StatsFilter(MARCH))
    assert [(n.code, n.sessions) for n in figures.breakdown("referral_service")] == [(local, 1)]
    repo.save_session(db, session(uuid=uuid, referrals=[], minutes=5))
    _sync(paths, db, pg_url)  # a referral taken back is taken back there too
    with server.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM session_referral")) == 0


def test_the_same_figures_on_postgresql_as_on_sqlite(laptop, server: Engine, pg_url) -> None:
    paths, db = laptop
    for day in (2, 9, 10, 23, 30):
        repo.save_session(db, session(day=day, language="fi" if day % 2 else "ar"))
    repo.save_session(db, session(day=11, barriers=["no_connection", "no_bank_id"]))
    _sync(paths, db, pg_url)
    for period in (MARCH, Period(date(2026, 1, 1), date(2026, 12, 31))):
        here = statistics.compute(db.engine, StatsFilter(period))
        there = statistics.compute(server, StatsFilter(period))
        assert there.sessions == here.sessions == 6
        assert there.over_time == here.over_time
        assert there.evidence == here.evidence
        here.breakdowns.pop("site", None)
        assert there.breakdowns == here.breakdowns
    weeks = statistics.compute(server, StatsFilter(MARCH)).over_time
    assert [b.start for b in weeks if b.sessions] == [
        date(2026, 3, 2),
        date(2026, 3, 9),
        date(2026, 3, 23),
        date(2026, 3, 30),
    ]


def test_a_merged_bundle_older_than_the_cursor_is_still_sent(tmp_path, server, pg_url) -> None:
    a_paths, a = open_site(tmp_path, "alpha")
    c_paths, c = open_site(tmp_path, "coordinator")
    try:
        add_sessions(a, 3)  # older changes than the coordinator's below
        bundle = tmp_path / "alpha.zip"
        sync.bundle_sessions(a_paths, bundle)
        add_sessions(c, 2)
        _sync(c_paths, c, pg_url)
        sync.merge_bundles_into(c, [bundle])
        assert _sync(c_paths, c, pg_url).counts.new == 3
        assert len(_server_rows(server)) == 5
    finally:
        a.close()
        c.close()


_KILLABLE_SYNC = """
import sys, time
from peerhelper.operations import sync
from pathlib import Path
from peerhelper.paths import DataPaths

def progress(done, total):
    print(done, total, flush=True)
    time.sleep(0.3)

sync.sync_now(DataPaths(Path(sys.argv[1])), sys.argv[2], progress, batch=20)
"""


def test_a_sync_killed_half_way_resumes_with_nothing_lost_or_doubled(
    laptop, server: Engine, pg_url: str
) -> None:
    paths, db = laptop
    add_sessions(db, 200)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", _KILLABLE_SYNC, str(paths.root), pg_url]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as child:
        assert child.stdout is not None
        for _ in range(3):
            line = child.stdout.readline()
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert line.split() == ["60", "200"]
    sent_before = len(_server_rows(server))
    assert 60 <= sent_before < 200

    resumed = _sync(paths, db, pg_url)
    assert resumed.to_send <= 200 - 60  # it went on from where the server confirmed
    assert _server_rows(server) == _as_sent(rows(db), db.device_id)
    with server.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM support_session")) == 200


def test_the_summary_on_postgresql_follows_every_sync(laptop, server: Engine, pg_url) -> None:
    from peerhelper.storage import stats_summary

    paths, db = laptop
    uuids = [repo.save_session(db, session(day=day, minutes=day)) for day in (3, 4, 4, 17)]
    _sync(paths, db, pg_url)
    assert stats_summary.refresh(server)  # the sync's account may write the summary
    with server.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM stats_dirty")) == 0
        assert connection.scalar(text("SELECT sum(sessions) FROM stats_day WHERE dim = 'all'")) == 4
    # Edits, a move to another day and a deletion reach the summary by the next sync.
    repo.save_session(db, session(uuid=uuids[0], day=20, minutes=40, barriers=["no_device"]))
    repo.set_deleted(db, uuids[1], True)
    repo.save_session(db, session(day=21, topics=["kela"]))
    _sync(paths, db, pg_url)
    with server.connect() as connection:
        marked = set(connection.scalars(text("SELECT day FROM stats_dirty")))
    assert {"2026-03-03", "2026-03-04", "2026-03-20", "2026-03-21"} <= marked
    for period in (MARCH, Period(date(2026, 3, 4), date(2026, 3, 20))):
        read = statistics.compute(server, StatsFilter(period))
        assert read == statistics.compute(server, StatsFilter(period), use_summary=False)
    assert statistics.compute(server, StatsFilter(MARCH)).sessions == 4


def test_a_change_to_the_lists_alone_reaches_the_server(laptop, server: Engine, pg_url) -> None:
    paths, db = laptop
    uuid = repo.save_session(db, session(topics=["kela"], guides=[]))
    _sync(paths, db, pg_url)
    data = repo.load_session(db, uuid)
    assert data is not None
    repo.save_session(db, data.copy(topics=["kela", "tax"]))  # nothing else changed
    repo.add_guide(db, uuid, "wifi-connect")  # a guide shown later in the session
    assert _sync(paths, db, pg_url).sent == 1
    with server.connect() as connection:
        topics = connection.scalars(text("SELECT topic FROM session_topic ORDER BY topic")).all()
        guides = connection.scalars(text("SELECT guide_id FROM session_guide")).all()
    assert (topics, guides) == (["kela", "tax"], ["wifi-connect"])
    repo.save_session(db, repo.load_session(db, uuid))  # saved again unchanged
    assert _sync(paths, db, pg_url).sent == 0

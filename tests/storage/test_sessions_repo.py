from datetime import date, datetime

import pytest

from peerhelper.domain.session import SessionData
from peerhelper.storage import sessions_repo as repo
from peerhelper.storage.database import Database
from peerhelper.storage.session_query import SessionFilter, count_sessions, fetch_sessions


def _session(**changes) -> SessionData:
    base = SessionData(
        started_at=datetime(2026, 3, 14, 10, 30),
        mode="local",
        topics=["email", "kela"],
        minutes=20,
        channel="service_point",
        device="own_phone",
        language="ar",
        age_band="65_74",
        visit="first",
        outcome="solved",
        independence="guided",
        barriers=["language", "no_bank_id"],
        referred_to="",
        guides=["phone-basics"],
        note="Helped attach a photo to an application.",
    )
    return base.copy(**changes)


def test_default_topics_are_seeded(db: Database) -> None:
    codes = [t.code for t in repo.list_topics(db)]
    assert codes[0] == "device_basics" and "security_scams" in codes and len(codes) == 17


def test_save_and_load_round_trip(db: Database) -> None:
    uuid = repo.save_session(db, _session())
    loaded = repo.load_session(db, uuid)
    assert loaded == _session(uuid=uuid)


def test_saving_again_with_the_uuid_updates(db: Database) -> None:
    uuid = repo.save_session(db, _session())
    repo.save_session(db, _session(uuid=uuid, outcome="partly", topics=["tax"]))
    assert count_sessions(db, SessionFilter()) == 1
    loaded = repo.load_session(db, uuid)
    assert loaded is not None and loaded.outcome == "partly" and loaded.topics == ["tax"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"mode": ""}, "mode"),
        ({"mode": "teleport"}, "mode"),
        ({"topics": []}, "topics"),
        ({"topics": ["astrology"]}, "topics"),
        ({"minutes": 601}, "minutes"),
        ({"minutes": -1}, "minutes"),
        ({"barriers": ["weather"]}, "barriers"),
        ({"language": "Finnish!"}, "language"),
        ({"note": "Her number is 040 123 4567"}, "note"),
        ({"referred_to": "mail anna.virtanen@example.com"}, "referred_to"),
        ({"referred_to": "Kela, puh 040.123.4567"}, "referred_to"),
        ({"referred_to": "Kela " * 41}, "referred_to"),
        ({"note": "hetu 131052 308T"}, "note"),
        ({"language": "040 123 4567"}, "language"),
        ({"guides": ["kela-login", "Not A Guide"]}, "guides"),
        ({"guides": ["anna (at) example.fi"]}, "guides"),
    ],
)
def test_invalid_sessions_are_refused_and_nothing_is_saved(db: Database, changes, field) -> None:
    with pytest.raises(repo.InvalidSession) as caught:
        repo.save_session(db, _session(**changes))
    assert field in {p.field for p in caught.value.problems}
    assert count_sessions(db, SessionFilter()) == 0


def test_soft_delete_and_undo(db: Database) -> None:
    uuid = repo.save_session(db, _session())
    repo.set_deleted(db, uuid, True)
    assert count_sessions(db, SessionFilter()) == 0
    assert repo.load_session(db, uuid) is None
    repo.set_deleted(db, uuid, False)
    assert count_sessions(db, SessionFilter()) == 1


def test_quick_tally_and_paper_batch(db: Database) -> None:
    repo.quick_tally(db, "kela", "local", datetime(2026, 3, 14, 9, 0))
    uuids = repo.record_paper_tally(db, date(2026, 3, 13), {"email": 3, "tax": 2, "apps": 0})
    assert len(uuids) == 5
    rows = fetch_sessions(
        db, SessionFilter(first_day=date(2026, 3, 13), last_day=date(2026, 3, 13)), 0, 100
    )
    assert sorted(r.topics[0] for r in rows) == ["email", "email", "email", "tax", "tax"]
    assert {r.source for r in rows} == {"paper"}
    with pytest.raises(repo.BadInputError):
        repo.record_paper_tally(db, date(2026, 3, 13), {"astrology": 1})
    assert count_sessions(db, SessionFilter()) == 6


def test_filters(db: Database) -> None:
    repo.save_session(db, _session(started_at=datetime(2026, 2, 28, 9), topics=["tax"]))
    repo.save_session(
        db,
        _session(
            started_at=datetime(2026, 3, 1, 9), outcome="referred", referred_to="Kela service point"
        ),
    )
    repo.save_session(db, _session(started_at=datetime(2026, 3, 31, 23, 59), note="Wi-Fi"))
    repo.save_session(db, _session(started_at=datetime(2026, 4, 1, 0, 0)))
    march = SessionFilter(first_day=date(2026, 3, 1), last_day=date(2026, 3, 31))
    assert count_sessions(db, march) == 2
    rows = fetch_sessions(db, march, 0, 10)
    assert [r.started_at.day for r in rows] == [31, 1]  # newest first
    assert count_sessions(db, SessionFilter(topic="tax")) == 1
    assert count_sessions(db, SessionFilter(outcome="referred")) == 1
    assert count_sessions(db, SessionFilter(text="kela service")) == 1
    assert count_sessions(db, SessionFilter(text="wi-fi")) == 1


def test_guides_are_recorded_once(db: Database) -> None:
    uuid = repo.save_session(db, _session(guides=[]))
    repo.add_guide(db, uuid, "wifi-connect")
    repo.add_guide(db, uuid, "wifi-connect")
    loaded = repo.load_session(db, uuid)
    assert loaded is not None and loaded.guides == ["wifi-connect"]


def test_topics_are_added_renamed_and_retired(db: Database) -> None:
    repo.save_topic(db, "Library card", {"fi": "Kirjastokortti", "en": "Library card"})
    repo.save_topic(db, "kela", {"fi": "Kela-asiat"})
    repo.set_topic_retired(db, "transport", True)
    active = {t.code: t for t in repo.list_topics(db)}
    assert active["library_card"].label("fi") == "Kirjastokortti"
    assert active["kela"].label("fi") == "Kela-asiat"
    assert "transport" not in active
    # A retired topic still validates, so old sessions and imports keep their meaning.
    repo.save_session(db, _session(topics=["transport", "library_card"]))

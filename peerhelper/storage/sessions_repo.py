"""Saving, finding and deleting support sessions; the topic vocabulary.

Every write checks the session with ``domain.session.validate`` first and
raises :class:`InvalidSession` without touching the database. Deleting is
soft (``deleted_at``), so an undo is exact and a merge between sites can
honour the deletion.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerhelper.domain.languages import FALLBACK_LANGUAGE, UI_LANGUAGES
from peerhelper.domain.session import Problem, SessionData, validate
from peerhelper.errors import BadInputError
from peerhelper.storage import session_rows
from peerhelper.storage.database import Database
from peerhelper.storage.models import (
    DirectoryEntry,
    SessionGuide,
    SessionReferral,
    SupportSession,
    Topic,
    TopicLabel,
    new_uuid,
    utc_now,
)


class InvalidSession(BadInputError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class TopicInfo:
    code: str
    # The topic's name in each language it has one in.
    labels: dict[str, str]
    icon: str
    retired: bool

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get(FALLBACK_LANGUAGE) or self.code


# -- topics -------------------------------------------------------------------
def list_topics(db: Database, include_retired: bool = False) -> list[TopicInfo]:
    with db.session() as s:
        query = select(Topic).order_by(Topic.position, Topic.code)
        if not include_retired:
            query = query.where(Topic.retired.is_(False))
        return [
            TopicInfo(t.code, {row.language: row.label for row in t.labels}, t.icon, t.retired)
            for t in s.scalars(query)
        ]


def topic_codes(db: Database) -> set[str]:
    """Every topic code, retired ones included: old sessions and imports use them."""
    with db.session() as s:
        return set(s.scalars(select(Topic.code)))


def save_topic(db: Database, code: str, labels: dict[str, str], icon: str = "") -> None:
    """Add a topic, or rename an existing one's labels."""
    code = code.strip().lower().replace(" ", "_")
    if not code or not code.replace("_", "").isalnum():
        raise BadInputError(f"not a usable topic code: {code!r}")
    with db.session() as s:
        topic = s.get(Topic, code)
        if topic is None:
            last = s.scalar(select(func.max(Topic.position))) or 0
            topic = Topic(code=code, position=last + 1, icon=icon, retired=False)
            s.add(topic)
        rows = {row.language: row for row in topic.labels}
        for language in UI_LANGUAGES:
            if language not in labels:
                continue
            if language in rows:
                rows[language].label = labels[language].strip()
            else:
                topic.labels.append(TopicLabel(language=language, label=labels[language].strip()))
        topic.updated_at = utc_now()  # a renamed topic is a changed topic, for merging sites


def set_topic_retired(db: Database, code: str, retired: bool) -> None:
    with db.session() as s:
        topic = s.get(Topic, code)
        if topic is None:
            raise BadInputError(f"unknown topic {code!r}")
        topic.retired = retired


# -- sessions -----------------------------------------------------------------
def check(db: Database, data: SessionData, codes: set[str] | None = None) -> None:
    problems = validate(data, codes if codes is not None else topic_codes(db))
    if data.referrals:
        with db.session() as s:
            known = set(s.scalars(select(DirectoryEntry.uuid)))
        if unknown := [u for u in data.referrals if u not in known]:
            detail = f"no directory entry {unknown[0]!r}"
            problems.append(Problem("referrals", "unknown_code", detail))
    if problems:
        raise InvalidSession(problems)


def write_sessions(s: Session, device_id: str, sessions: Iterable[SessionData]) -> list[str]:
    """Insert or update (by uuid) inside an open unit of work; the caller validated."""
    batch = list(sessions)
    wanted = [d.uuid for d in batch if d.uuid]
    existing: dict[str, SupportSession] = {}
    for start in range(0, len(wanted), 500):  # SQLite limits the number of parameters
        chunk = wanted[start : start + 500]
        query = select(SupportSession).where(SupportSession.uuid.in_(chunk))
        existing.update((row.uuid, row) for row in s.scalars(query))
    saved = []
    for data in batch:
        row = existing.get(data.uuid or "")
        if row is None:
            row = SupportSession(device_id=device_id, uuid=data.uuid or new_uuid())
            s.add(row)
            existing[row.uuid] = row
            session_rows.apply(row, data)
        else:
            row.deleted_at = None
            before = session_rows.to_data(row)
            session_rows.apply(row, data)
            if session_rows.to_data(row) != before:
                # Only the lists may have changed, which leaves the row itself
                # alone: a sync, a bundle and a merge go by updated_at, so set it.
                row.updated_at = utc_now()
        saved.append(row.uuid)
    s.flush()
    return saved


def save_session(db: Database, data: SessionData) -> str:
    """Validate and save; returns the session's uuid. Durable when it returns."""
    check(db, data)
    with db.session() as s:
        return write_sessions(s, db.device_id, [data])[0]


def load_session(db: Database, uuid: str) -> SessionData | None:
    with db.session() as s:
        row = s.scalar(select(SupportSession).where(SupportSession.uuid == uuid))
        return None if row is None or row.deleted_at is not None else session_rows.to_data(row)


def set_deleted(db: Database, uuid: str, deleted: bool) -> None:
    """Soft-delete a session, or undo that."""
    with db.session() as s:
        row = s.scalar(select(SupportSession).where(SupportSession.uuid == uuid))
        if row is None:
            raise BadInputError(f"no session {uuid}")
        row.deleted_at = utc_now() if deleted else None


def add_guide(db: Database, uuid: str, guide_id: str) -> None:
    """Record that a guide was shown or printed during the session."""
    with db.session() as s:
        row = s.scalar(select(SupportSession).where(SupportSession.uuid == uuid))
        if row is not None and guide_id not in {g.guide_id for g in row.guides}:
            row.guides.append(SessionGuide(guide_id=guide_id))
            row.updated_at = utc_now()  # a changed session, for sync and merges


def add_referral(db: Database, uuid: str, entry_uuid: str) -> None:
    """Record that the client of a saved session was referred to a directory entry."""
    with db.session() as s:
        row = s.scalar(select(SupportSession).where(SupportSession.uuid == uuid))
        known = s.scalar(select(DirectoryEntry.id).where(DirectoryEntry.uuid == entry_uuid))
        if known is None:
            raise BadInputError(f"There is no directory entry with the id {entry_uuid!r}.")
        if row is not None and entry_uuid not in {r.entry_uuid for r in row.referrals}:
            row.referrals.append(
                SessionReferral(entry_uuid=entry_uuid, position=len(row.referrals))
            )
            row.updated_at = utc_now()  # a changed session, for sync and merges


def quick_tally(db: Database, topic: str, mode: str, when: datetime) -> str:
    """One tap on a topic tile: a session with only topic, mode and time."""
    return save_session(db, SessionData(started_at=when, mode=mode, topics=[topic], source="tally"))


def record_paper_tally(
    db: Database, day: date, counts: dict[str, int], mode: str = "local"
) -> list[str]:
    """Counts per topic for a day from a paper tally sheet: one session per mark."""
    codes = topic_codes(db)
    when = datetime.combine(day, time(12, 0))
    batch = [
        SessionData(started_at=when, mode=mode, topics=[topic], source="paper")
        for topic, count in counts.items()
        for _ in range(count)
    ]
    for count in counts.values():
        if count < 0 or count > 1000:
            raise BadInputError(f"a count must be 0–1000, not {count}")
    for data in batch:
        check(db, data, codes)
    with db.session() as s:
        return write_sessions(s, db.device_id, batch)


def day_range(first: date, last: date) -> tuple[datetime, datetime]:
    """From the start of ``first`` to the start of the day after ``last``."""
    return datetime.combine(first, time()), datetime.combine(last + timedelta(days=1), time())

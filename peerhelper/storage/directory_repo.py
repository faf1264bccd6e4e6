"""Saving, finding, retiring and deleting referral directory entries.

Every write checks the entry with ``domain.directory.validate`` first (and
that no other entry has the same name, since the session form and the
exports name entries) and raises :class:`InvalidEntry` without touching the
database. An entry that a session refers to can be retired but never
deleted (:class:`EntryInUse`); the foreign key from ``session_referral``
backs that up.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerhelper.domain.directory import DirectoryEntryData, same_name, validate
from peerhelper.domain.session import Problem
from peerhelper.errors import BadInputError
from peerhelper.storage.database import Database
from peerhelper.storage.models import (
    DirectoryEntry,
    DirectoryTopic,
    SessionReferral,
    Topic,
    new_uuid,
)

_SCALARS = ("name", "kind", "address", "phone", "web", "hours", "accessibility", "paid", "notes")


class InvalidEntry(BadInputError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


class EntryInUse(BadInputError):
    """Sessions refer to the entry: it can be retired, not deleted."""

    def __init__(self, name: str, sessions: int) -> None:
        super().__init__(
            f"{name!r} cannot be deleted: {sessions} session(s) refer to it. Retire it instead."
        )
        self.sessions = sessions


class NoSuchEntry(BadInputError):
    def __init__(self, entry_id: str) -> None:
        super().__init__(f"There is no directory entry with the id {entry_id!r}.")
        self.entry_id = entry_id


@dataclass(frozen=True)
class SaveResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def to_data(row: DirectoryEntry) -> DirectoryEntryData:
    return DirectoryEntryData(
        **{name: getattr(row, name) for name in _SCALARS},
        topics=[t.topic for t in row.topics],
        languages=row.languages.split(),
        checked=row.checked,
        retired=row.retired,
        source=row.source,
        uuid=row.uuid,
    )


def apply(row: DirectoryEntry, data: DirectoryEntryData) -> None:
    """Set ``row``'s fields from ``data``, keeping retirement and source when not given."""
    for name in _SCALARS:
        setattr(row, name, getattr(data, name))
    row.languages = " ".join(data.languages)
    row.checked = data.checked
    row.retired = data.retired
    row.source = data.source
    row.topics = [DirectoryTopic(topic=t, position=n) for n, t in enumerate(data.topics)]


def topic_codes(s: Session) -> set[str]:
    return set(s.scalars(select(Topic.code)))


def list_entries(db: Database, include_retired: bool = True) -> list[DirectoryEntryData]:
    """Every entry, by name; retired ones too unless ``include_retired`` is off."""
    with db.session() as s:
        query = select(DirectoryEntry).order_by(func.lower(DirectoryEntry.name))
        if not include_retired:
            query = query.where(DirectoryEntry.retired.is_(False))
        return [to_data(row) for row in s.scalars(query)]


def get_entry(db: Database, entry_id: str) -> DirectoryEntryData:
    """The entry with the UUID ``entry_id`` (or a unique start of it, at least 8 characters)."""
    with db.session() as s:
        return to_data(_row(s, entry_id))


def _row(s: Session, entry_id: str) -> DirectoryEntry:
    entry_id = entry_id.strip().lower()
    row = s.scalar(select(DirectoryEntry).where(DirectoryEntry.uuid == entry_id))
    if row is None and len(entry_id) >= 8:
        found = s.scalars(
            select(DirectoryEntry).where(DirectoryEntry.uuid.startswith(entry_id)).limit(2)
        ).all()
        row = found[0] if len(found) == 1 else None
    if row is None:
        raise NoSuchEntry(entry_id)
    return row


def name_problems(
    s: Session, entries: Iterable[DirectoryEntryData], field: str = "name"
) -> list[Problem]:
    """A problem for each entry whose name another entry here already has."""
    existing = [
        (uuid, name) for uuid, name in s.execute(select(DirectoryEntry.uuid, DirectoryEntry.name))
    ]
    problems = []
    for entry in entries:
        for uuid, name in existing:
            if uuid != entry.uuid and same_name(name, entry.name):
                detail = f"another entry is already named {name!r}"
                problems.append(Problem(field, "duplicate_name", detail))
                break
    return problems


def save_entry(db: Database, data: DirectoryEntryData) -> str:
    """Validate and save (a new entry when ``uuid`` is None or unknown); returns the UUID."""
    data = data.cleaned()
    with db.session() as s:
        problems = validate(data, topic_codes(s)) + name_problems(s, [data])
        if problems:
            raise InvalidEntry(problems)
        return write_entry(s, db.device_id, data)[0]


def write_entry(s: Session, device_id: str, data: DirectoryEntryData) -> tuple[str, bool]:
    """Insert or update by UUID inside an open unit of work; (uuid, created)."""
    row = None
    if data.uuid:
        row = s.scalar(select(DirectoryEntry).where(DirectoryEntry.uuid == data.uuid))
    created = row is None
    if row is None:
        row = DirectoryEntry(uuid=data.uuid or new_uuid(), device_id=device_id)
        s.add(row)
    apply(row, data)
    s.flush()
    return row.uuid, created


def set_retired(db: Database, entry_id: str, retired: bool) -> None:
    with db.session() as s:
        _row(s, entry_id).retired = retired


def usage_count(db: Database, entry_id: str) -> int:
    """How many sessions (deleted ones included) refer to the entry."""
    with db.session() as s:
        row = _row(s, entry_id)
        query = select(func.count()).where(SessionReferral.entry_uuid == row.uuid)
        return int(s.scalar(query) or 0)


def delete_entry(db: Database, entry_id: str) -> None:
    """Delete an entry no session refers to; :class:`EntryInUse` otherwise."""
    with db.session() as s:
        row = _row(s, entry_id)
        query = select(func.count()).where(SessionReferral.entry_uuid == row.uuid)
        used = int(s.scalar(query) or 0)
        if used:
            raise EntryInUse(row.name, used)
        s.delete(row)


def names_by_uuid(db: Database) -> dict[str, str]:
    """Each entry's name, retired ones included: old sessions still name them."""
    with db.session() as s:
        return dict(s.execute(select(DirectoryEntry.uuid, DirectoryEntry.name)).all())

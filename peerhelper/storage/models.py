"""SQLAlchemy models.

Every record that may later be merged between sites carries a UUID, the id of
the site device that created it, and created/updated times (UTC), through
:class:`MergeableMixin`. Changing a model means adding an Alembic migration in
``storage/migrations/versions``.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import ForeignKey, Index, MetaData, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Alembic's batch mode on SQLite recreates tables; stable constraint names
# make that repeatable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(model: type[Base]) -> Table:
    """The table ``model`` maps to, typed as a ``Table`` (``__table__`` is any ``FromClause``)."""
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped to one table")
    return table


class MergeableMixin:
    """Identity and times that let records from several sites be merged."""

    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    device_id: Mapped[str] = mapped_column(String(36), default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class AppMeta(Base):
    """Small facts about this installation, such as its site-device id."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class SiteProfile(MergeableMixin, Base):
    """Where support is given; printed on handouts and signs."""

    __tablename__ = "site_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation: Mapped[str] = mapped_column(String(200), default="")
    site_name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    opening_hours: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    # Space-separated BCP 47 codes, e.g. "fi sv en ar".
    languages: Mapped[str] = mapped_column(String(200), default="")


class Topic(Base):
    """A session topic: the defaults plus those a coordinator adds.

    A topic in use is retired, never deleted, so old sessions keep their meaning.
    """

    __tablename__ = "topic"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    icon: Mapped[str] = mapped_column(String(40), default="")
    position: Mapped[int] = mapped_column(default=0)
    retired: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)

    labels: Mapped[list[TopicLabel]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class TopicLabel(Base):
    """A topic's name in one language: one row per language, so languages can be added."""

    __tablename__ = "topic_label"

    topic_code: Mapped[str] = mapped_column(
        ForeignKey("topic.code", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(35), primary_key=True)
    label: Mapped[str] = mapped_column(String(100), default="")


class SupportSession(MergeableMixin, Base):
    """One client helped once. Never holds who the client is."""

    __tablename__ = "support_session"
    __table_args__ = (
        Index("ix_support_session_started_at", "started_at"),
        Index("ix_support_session_site_id", "site_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Local wall-clock time at the site, as the volunteer sees it.
    started_at: Mapped[datetime]
    minutes: Mapped[int] = mapped_column(default=0)
    mode: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(20), default="")
    device: Mapped[str] = mapped_column(String(20), default="")
    language: Mapped[str] = mapped_column(String(35), default="")
    age_band: Mapped[str] = mapped_column(String(20), default="")
    visit: Mapped[str] = mapped_column(String(20), default="")
    outcome: Mapped[str] = mapped_column(String(20), default="")
    independence: Mapped[str] = mapped_column(String(20), default="")
    referred_to: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # form, tally (one tap), paper (batch from a paper sheet), import
    source: Mapped[str] = mapped_column(String(10), default="form")
    # Soft delete, so a merge between sites can honour the deletion.
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    # The site the session was given at: its site-device id and name, kept for
    # sessions merged from another site. Empty for this installation's own
    # sessions, whose site is the site profile here (``storage.session_records``).
    site_id: Mapped[str] = mapped_column(String(36), default="", server_default="")
    site_name: Mapped[str] = mapped_column(String(200), default="", server_default="")

    topics: Mapped[list[SessionTopic]] = relationship(
        cascade="all, delete-orphan", order_by="SessionTopic.position", lazy="selectin"
    )
    barriers: Mapped[list[SessionBarrier]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )
    guides: Mapped[list[SessionGuide]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    referrals: Mapped[list[SessionReferral]] = relationship(
        cascade="all, delete-orphan", order_by="SessionReferral.position", lazy="selectin"
    )


class SessionTopic(Base):
    __tablename__ = "session_topic"
    __table_args__ = (Index("ix_session_topic_topic", "topic", "session_id"),)

    session_id: Mapped[int] = mapped_column(
        ForeignKey("support_session.id", ondelete="CASCADE"), primary_key=True
    )
    topic: Mapped[str] = mapped_column(ForeignKey("topic.code"), primary_key=True)
    position: Mapped[int] = mapped_column(default=0)


class SessionBarrier(Base):
    __tablename__ = "session_barrier"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("support_session.id", ondelete="CASCADE"), primary_key=True
    )
    barrier: Mapped[str] = mapped_column(String(20), primary_key=True)


class SessionGuide(Base):
    """A guide shown or printed during the session."""

    __tablename__ = "session_guide"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("support_session.id", ondelete="CASCADE"), primary_key=True
    )
    guide_id: Mapped[str] = mapped_column(String(80), primary_key=True)


class DirectoryEntry(MergeableMixin, Base):
    """A place a client can be referred to; shared between sites, so mergeable.

    Retired, never deleted, while a session refers to it.
    """

    __tablename__ = "directory_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="other")
    # Space-separated BCP 47 codes, as in the site profile.
    languages: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    web: Mapped[str] = mapped_column(Text, default="")
    hours: Mapped[str] = mapped_column(Text, default="")
    accessibility: Mapped[str] = mapped_column(Text, default="")
    paid: Mapped[str] = mapped_column(String(10), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    checked: Mapped[date | None] = mapped_column(default=None)
    retired: Mapped[bool] = mapped_column(default=False)
    source: Mapped[str] = mapped_column(Text, default="")

    topics: Mapped[list[DirectoryTopic]] = relationship(
        cascade="all, delete-orphan", order_by="DirectoryTopic.position", lazy="selectin"
    )


class DirectoryTopic(Base):
    """A session topic an entry helps with."""

    __tablename__ = "directory_topic"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("directory_entry.id", ondelete="CASCADE"), primary_key=True
    )
    topic: Mapped[str] = mapped_column(ForeignKey("topic.code"), primary_key=True)
    position: Mapped[int] = mapped_column(default=0)


class SessionReferral(Base):
    """A directory entry the client of a session was referred to.

    Keyed by the entry's UUID, which is the same on every site, so a merged
    session keeps pointing at the same place; the foreign key keeps an entry
    in use from being deleted.
    """

    __tablename__ = "session_referral"
    __table_args__ = (Index("ix_session_referral_entry", "entry_uuid", "session_id"),)

    session_id: Mapped[int] = mapped_column(
        ForeignKey("support_session.id", ondelete="CASCADE"), primary_key=True
    )
    entry_uuid: Mapped[str] = mapped_column(ForeignKey("directory_entry.uuid"), primary_key=True)
    position: Mapped[int] = mapped_column(default=0)


class StatsDay(Base):
    """How many sessions of one day and site had each code of each breakdown.

    Kept by ``storage.stats_summary`` from the sessions; never edited by hand.
    ``dim = "all"`` holds the day's sessions and volunteer minutes.
    """

    __tablename__ = "stats_day"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)  # YYYY-MM-DD
    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    dim: Mapped[str] = mapped_column(String(20), primary_key=True)
    code: Mapped[str] = mapped_column(Text, primary_key=True)
    sessions: Mapped[int] = mapped_column(default=0)
    minutes: Mapped[int] = mapped_column(default=0)


class StatsDirty(Base):
    """A day whose sessions changed since ``stats_day`` counted it (marked by triggers)."""

    __tablename__ = "stats_dirty"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)

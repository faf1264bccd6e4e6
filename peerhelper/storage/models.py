"""SQLAlchemy models.

Every record that may later be merged between sites carries a UUID, the id of
the site device that created it, and created/updated times (UTC), through
:class:`MergeableMixin`. Changing a model means adding an Alembic migration in
``storage/migrations/versions``.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

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

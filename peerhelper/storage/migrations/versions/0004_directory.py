"""The referral directory, its topics, the sessions' referrals, and the starter entries.

Revision ID: 0004_directory
Revises: 0003

The starter entries (``assets/directory/starter.json``) are added here, once:
a coordinator who deletes one does not see it come back at the next start.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision = "0004_directory"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    entries = op.create_table(
        "directory_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("languages", sa.String(200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(100), nullable=False),
        sa.Column("web", sa.Text(), nullable=False),
        sa.Column("hours", sa.Text(), nullable=False),
        sa.Column("accessibility", sa.Text(), nullable=False),
        sa.Column("paid", sa.String(10), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("checked", sa.Date(), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_entry")),
        sa.UniqueConstraint("uuid", name=op.f("uq_directory_entry_uuid")),
    )
    topics = op.create_table(
        "directory_topic",
        sa.Column(
            "entry_id",
            sa.Integer(),
            sa.ForeignKey("directory_entry.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("topic", sa.String(40), sa.ForeignKey("topic.code"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("entry_id", "topic", name=op.f("pk_directory_topic")),
    )
    op.create_table(
        "session_referral",
        sa.Column(
            "session_id",
            sa.Integer(),
            sa.ForeignKey("support_session.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "entry_uuid", sa.String(36), sa.ForeignKey("directory_entry.uuid"), nullable=False
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("session_id", "entry_uuid", name=op.f("pk_session_referral")),
    )
    op.create_index("ix_session_referral_entry", "session_referral", ["entry_uuid", "session_id"])
    _add_starter_entries(entries, topics)


def _add_starter_entries(entries: sa.Table, topics: sa.Table) -> None:
    from peerhelper.domain.directory_files import read_starter_entries

    known_topics = {row[0] for row in op.get_bind().execute(sa.text("SELECT code FROM topic"))}
    now = datetime.now(UTC).replace(tzinfo=None)
    starter = read_starter_entries()
    op.bulk_insert(
        entries,
        [
            {
                "id": number,
                "name": entry.name,
                "kind": entry.kind,
                "languages": " ".join(entry.languages),
                "address": entry.address,
                "phone": entry.phone,
                "web": entry.web,
                "hours": entry.hours,
                "accessibility": entry.accessibility,
                "paid": entry.paid,
                "notes": entry.notes,
                "checked": entry.checked or date.today(),
                "retired": False,
                "source": entry.source,
                "uuid": entry.uuid,
                "device_id": "",
                "created_at": now,
                "updated_at": now,
            }
            for number, entry in enumerate(starter, start=1)
        ],
    )
    op.bulk_insert(
        topics,
        [
            {"entry_id": number, "topic": topic, "position": position}
            for number, entry in enumerate(starter, start=1)
            for position, topic in enumerate(t for t in entry.topics if t in known_topics)
        ],
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        # The ids above were given, so PostgreSQL's counter for new ones is still at 1.
        bind.execute(
            sa.text(
                "SELECT setval(pg_get_serial_sequence('directory_entry', 'id'), "
                "(SELECT max(id) FROM directory_entry))"
            )
        )


def downgrade() -> None:
    op.drop_index("ix_session_referral_entry", table_name="session_referral")
    op.drop_table("session_referral")
    op.drop_table("directory_topic")
    op.drop_table("directory_entry")

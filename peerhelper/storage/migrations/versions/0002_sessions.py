"""Support sessions, their topics, barriers and guides; the topic vocabulary.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _session_fk() -> sa.ForeignKey:
    return sa.ForeignKey("support_session.id", ondelete="CASCADE")


def upgrade() -> None:
    from peerhelper.domain.vocabulary import DEFAULT_TOPICS

    topic = op.create_table(
        "topic",
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("label_fi", sa.String(100), nullable=False),
        sa.Column("label_sv", sa.String(100), nullable=False),
        sa.Column("label_en", sa.String(100), nullable=False),
        sa.Column("icon", sa.String(40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_topic")),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(
        topic,
        [
            {
                "code": t.code,
                "label_fi": t.fi,
                "label_sv": t.sv,
                "label_en": t.en,
                "icon": t.icon,
                "position": n,
                "retired": False,
                "updated_at": now,
            }
            for n, t in enumerate(DEFAULT_TOPICS)
        ],
    )
    op.create_table(
        "support_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("device", sa.String(20), nullable=False),
        sa.Column("language", sa.String(35), nullable=False),
        sa.Column("age_band", sa.String(20), nullable=False),
        sa.Column("visit", sa.String(20), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("independence", sa.String(20), nullable=False),
        sa.Column("referred_to", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_session")),
        sa.UniqueConstraint("uuid", name=op.f("uq_support_session_uuid")),
    )
    op.create_index("ix_support_session_started_at", "support_session", ["started_at"])
    op.create_table(
        "session_topic",
        sa.Column("session_id", sa.Integer(), _session_fk(), nullable=False),
        sa.Column("topic", sa.String(40), sa.ForeignKey("topic.code"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("session_id", "topic", name=op.f("pk_session_topic")),
    )
    op.create_index("ix_session_topic_topic", "session_topic", ["topic", "session_id"])
    op.create_table(
        "session_barrier",
        sa.Column("session_id", sa.Integer(), _session_fk(), nullable=False),
        sa.Column("barrier", sa.String(20), nullable=False),
        sa.PrimaryKeyConstraint("session_id", "barrier", name=op.f("pk_session_barrier")),
    )
    op.create_table(
        "session_guide",
        sa.Column("session_id", sa.Integer(), _session_fk(), nullable=False),
        sa.Column("guide_id", sa.String(80), nullable=False),
        sa.PrimaryKeyConstraint("session_id", "guide_id", name=op.f("pk_session_guide")),
    )


def downgrade() -> None:
    op.drop_table("session_guide")
    op.drop_table("session_barrier")
    op.drop_index("ix_session_topic_topic", table_name="session_topic")
    op.drop_table("session_topic")
    op.drop_index("ix_support_session_started_at", table_name="support_session")
    op.drop_table("support_session")
    op.drop_table("topic")

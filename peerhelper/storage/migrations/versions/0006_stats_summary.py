"""The per-day statistics summary and the triggers that keep it current.

Revision ID: 0006_stats_summary
Revises: 0005_session_site

``stats_day`` holds the counts per day and site; ``stats_dirty`` lists the
days whose sessions changed since. The triggers (``storage.stats_summary``)
mark those days on every change, whoever makes it. Every day that already
has sessions is marked here, so the first look at the statistics counts the
summary from scratch.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from peerhelper.storage import stats_summary

revision = "0006_stats_summary"
down_revision = "0005_session_site"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stats_day",
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("site_id", sa.String(36), nullable=False),
        sa.Column("dim", sa.String(20), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("sessions", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "site_id", "dim", "code", name=op.f("pk_stats_day")),
    )
    op.create_table(
        "stats_dirty",
        sa.Column("day", sa.String(10), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_stats_dirty")),
    )
    dialect = op.get_bind().dialect.name
    for statement in stats_summary.trigger_statements(dialect):
        op.execute(statement)
    op.execute(stats_summary.mark_every_day_statement(dialect))


def downgrade() -> None:
    for statement in stats_summary.drop_trigger_statements(op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_table("stats_dirty")
    op.drop_table("stats_day")

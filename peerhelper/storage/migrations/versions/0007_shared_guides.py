"""The organisation's shared local guides: one guide pack per guide, on the server.

A site's own database gets the table too (the same migrations serve SQLite
and PostgreSQL) and leaves it empty: a site keeps its guides as folders.

Revision ID: 0007_shared_guides
Revises: 0006_stats_summary
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_shared_guides"
down_revision = "0006_stats_summary"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shared_guide",
        sa.Column("guide_id", sa.String(80), nullable=False),
        sa.Column("version", sa.String(20), nullable=False),
        sa.Column("pack", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("guide_id", name=op.f("pk_shared_guide")),
    )


def downgrade() -> None:
    op.drop_table("shared_guide")

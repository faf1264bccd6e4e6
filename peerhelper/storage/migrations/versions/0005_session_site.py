"""Sessions keep their site: the site-device id and name of a merged session.

Existing sessions are this installation's own, so both stay empty.

Going back drops the columns in place (``recreate="never"``, SQLite 3.35 and
later, as in 0003): recreating ``support_session`` would delete every row
that refers to it (topics, barriers, guides, referrals) by their cascades.

Revision ID: 0005_session_site
Revises: 0004_directory
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_session_site"
down_revision = "0004_directory"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("support_session") as batch:
        batch.add_column(sa.Column("site_id", sa.String(36), nullable=False, server_default=""))
        batch.add_column(sa.Column("site_name", sa.String(200), nullable=False, server_default=""))
        batch.create_index("ix_support_session_site_id", ["site_id"])


def downgrade() -> None:
    with op.batch_alter_table("support_session", recreate="never") as batch:
        batch.drop_index("ix_support_session_site_id")
        batch.drop_column("site_name")
        batch.drop_column("site_id")

"""Topic names as one row per language, so a new UI language needs no migration.

The names were three columns of the topic (label_fi, label_sv, label_en);
they become rows of ``topic_label`` (topic, language, label). Every name is
copied, renamed ones included, then the columns are dropped.

Alembic's batch mode would recreate the topic table on SQLite, and dropping
the old table while ``session_topic`` refers to it breaks its foreign keys
(they cannot be switched off inside the one transaction every migration
runs in). The columns hold no index or key, so SQLite (3.35 and later)
drops them in place: the batch runs with ``recreate="never"``.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The columns this migration turns into rows, with the language each held.
_COLUMNS = {"label_fi": "fi", "label_sv": "sv", "label_en": "en"}


def upgrade() -> None:
    op.create_table(
        "topic_label",
        sa.Column(
            "topic_code",
            sa.String(40),
            sa.ForeignKey("topic.code", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("language", sa.String(35), nullable=False),
        sa.Column("label", sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint("topic_code", "language", name=op.f("pk_topic_label")),
    )
    for column, language in _COLUMNS.items():
        op.execute(
            sa.text(
                f"INSERT INTO topic_label (topic_code, language, label) "
                f"SELECT code, :language, {column} FROM topic WHERE {column} IS NOT NULL"
            ).bindparams(language=language)
        )
    with op.batch_alter_table("topic", recreate="never") as batch:
        for column in _COLUMNS:
            batch.drop_column(column)


def downgrade() -> None:
    with op.batch_alter_table("topic", recreate="never") as batch:
        for column in _COLUMNS:
            batch.add_column(sa.Column(column, sa.String(100), nullable=False, server_default=""))
    for column, language in _COLUMNS.items():
        op.execute(
            sa.text(
                f"UPDATE topic SET {column} = COALESCE((SELECT label FROM topic_label "
                "WHERE topic_code = topic.code AND language = :language), '')"
            ).bindparams(language=language)
        )
    op.drop_table("topic_label")

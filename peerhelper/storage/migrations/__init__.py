"""Alembic migrations shipped inside the package, run from code at startup.

``HEAD_REVISION`` names the newest revision so that a start with an
up-to-date database does not have to import Alembic at all; a test checks it
against Alembic's own idea of the head.

``REVISION_TABLES`` says which tables a database at each known revision has,
so that a backup can be checked before it is restored without importing
Alembic or the models; a test checks it against the migrations themselves.
A new migration adds its revision here.
"""

from __future__ import annotations

from pathlib import Path

HEAD_REVISION = "0006_stats_summary"
MIGRATIONS_DIR = Path(__file__).resolve().parent

_FIRST_TABLES = frozenset({"alembic_version", "app_meta", "site_profile"})
_SESSION_TABLES = frozenset(
    {"topic", "support_session", "session_topic", "session_barrier", "session_guide"}
)
_DIRECTORY_TABLES = frozenset({"directory_entry", "directory_topic", "session_referral"})
REVISION_TABLES: dict[str, frozenset[str]] = {
    "0001": _FIRST_TABLES,
    "0002": _FIRST_TABLES | _SESSION_TABLES,
    "0003": _FIRST_TABLES | _SESSION_TABLES | {"topic_label"},
    "0004_directory": _FIRST_TABLES | _SESSION_TABLES | {"topic_label"} | _DIRECTORY_TABLES,
    # Sessions keep their site: two columns, no new table.
    "0005_session_site": _FIRST_TABLES | _SESSION_TABLES | {"topic_label"} | _DIRECTORY_TABLES,
    # The per-day statistics summary and the days it has still to count.
    "0006_stats_summary": _FIRST_TABLES
    | _SESSION_TABLES
    | {"topic_label", "stats_day", "stats_dirty"}
    | _DIRECTORY_TABLES,
}

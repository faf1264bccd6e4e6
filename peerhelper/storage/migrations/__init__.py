"""Alembic migrations shipped inside the package, run from code at startup.

``HEAD_REVISION`` names the newest revision so that a start with an
up-to-date database does not have to import Alembic at all; a test checks it
against Alembic's own idea of the head.
"""

from __future__ import annotations

from pathlib import Path

HEAD_REVISION = "0002"
MIGRATIONS_DIR = Path(__file__).resolve().parent

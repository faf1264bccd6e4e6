"""Durable local storage: SQLite through SQLAlchemy 2, Alembic migrations, backups."""

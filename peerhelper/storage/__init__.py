"""Everything PeerHelper keeps in its data folder, in one package (as Vorta's ``store``).

- the database: SQLAlchemy 2 models (``models``), the engine and the open
  database (``database``), Alembic migrations run from code (``migrate``,
  ``migrations/``), one mapping between a session and its rows
  (``session_rows``) and the repositories that read and write them
  (``sessions_repo``, ``session_query``, ``session_writer``,
  ``sessions_csv``, ``site_repo``, ``statistics``);
- its safety: backups, restores, leftovers of interrupted ones, the folder
  locks, integrity checks (``backup``, ``restore``, ``leftovers``,
  ``folder_lock``, ``integrity``);
- the small files beside it: the user's settings (``settings``), the
  autosaved session draft (``draft``) and the chosen digital-support
  symbol (``symbol``).

Nothing here imports Qt. Importing the package loads nothing: SQLAlchemy is
imported by the modules that need it.
"""

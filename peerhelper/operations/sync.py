"""Combining sites: site bundles, the organisation server, the database to count.

The Statistics and Settings screens and the ``sessions bundle``, ``sessions
merge``, ``sync``, ``report --server`` and ``sessions export --server``
commands call these:

- :func:`bundle_sessions` and :func:`merge_bundles`: site bundles on a USB
  stick or in an e-mail (``docs/site-bundles.md``);
- :func:`sync_now`, :func:`sync_with` and :func:`test_connection`: the
  organisation server (sessions, topics, the directory and the local
  guides), with :func:`summary` for the command line and :func:`last_sync`
  for Settings;
- :func:`opened_source`: the database a report or an export counts, this
  site's or, given a server, the whole organisation's.

No function here opens a network connection unless it is given a server
address.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from peerhelper.errors import BadInputError
from peerhelper.paths import DataPaths

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from peerhelper.storage.database import Database
    from peerhelper.storage.server import ServerAddress
    from peerhelper.storage.server_sync import SyncProgress, SyncResult
    from peerhelper.storage.settings import Settings
    from peerhelper.storage.site_bundles import BundleWritten, MergeSummary, Progress
    from peerhelper.storage.sync_state import LastSync

SERVER_SETTING = "server_url"


def password_file(paths: DataPaths) -> Path:
    """The libpq password file in the data folder (readable by its owner only)."""
    from peerhelper.storage.server import PASSWORD_FILE

    return paths.root / PASSWORD_FILE


# -- site bundles ---------------------------------------------------------------
def bundle_sessions(
    paths: DataPaths, out: Path, since: date | None = None, force: bool = False
) -> BundleWritten:
    """Write this site's bundle to ``out`` (a new file outside the data folder)."""
    from peerhelper.operations.sessions import opened
    from peerhelper.outputs import check_output_path
    from peerhelper.storage.site_bundles import write_site_bundle

    check_output_path(out, paths.root, force, example="site-bundle.zip")
    with opened(paths, shared_lock=True) as db:
        return write_site_bundle(db, out, since)


def merge_bundles_into(
    db: Database, files: Sequence[Path], progress: Progress | None = None
) -> MergeSummary:
    """Check every bundle, then merge them all or none (the window's database is open)."""
    from peerhelper.storage.site_bundles import merge_site_bundles, read_site_bundles

    return merge_site_bundles(db, read_site_bundles(files), progress)


def merge_bundles(
    paths: DataPaths, files: Sequence[Path], progress: Progress | None = None
) -> MergeSummary:
    """Check every bundle before the database opens, then merge them all or none."""
    from peerhelper.operations.sessions import opened
    from peerhelper.storage.site_bundles import merge_site_bundles, read_site_bundles

    bundles = read_site_bundles(files)
    with opened(paths, shared_lock=True) as db:
        return merge_site_bundles(db, bundles, progress)


# -- the organisation server ----------------------------------------------------
def server_address(paths: DataPaths, text: str) -> ServerAddress:
    """Read an address; a password in it is kept in the password file, never elsewhere."""
    from peerhelper.storage.server import parse_server_address

    return parse_server_address(text, password_file(paths))


def saved_server(settings: Settings, given: str | None = None) -> str:
    """The server given, else the one saved in Settings; BadInputError if neither."""
    if given:
        return given
    saved = str(settings.get(SERVER_SETTING))
    if not saved:
        raise BadInputError("No organisation server is set. Give one with --server URL.")
    return saved


@contextmanager
def organisation_engine(paths: DataPaths, address: ServerAddress) -> Iterator[Engine]:
    """The organisation server's database, brought to this version's tables."""
    from peerhelper.storage.server import connect_server, migrate_server, server_problem

    engine = connect_server(address, password_file(paths))
    try:
        try:
            migrate_server(engine)
            yield engine
        except Exception as exc:
            known = server_problem(exc, address)
            if known is None:
                raise
            raise known from None
    finally:
        engine.dispose()


def test_connection(paths: DataPaths, address: ServerAddress) -> str:
    """Connect, check the tables, and say what the server is; raises ServerError if not."""
    from sqlalchemy import text

    with organisation_engine(paths, address) as engine, engine.connect() as connection:
        version = connection.execute(text("SHOW server_version")).scalar()
        sessions = connection.execute(text("SELECT count(*) FROM support_session")).scalar()
    return f"PostgreSQL {version}, {sessions} sessions"


def sync_with(
    db: Database,
    paths: DataPaths,
    address: ServerAddress,
    progress: SyncProgress | None = None,
    batch: int | None = None,
) -> SyncResult:
    """Sync the open database and the local guides with the server, and remember how it went.

    Topics, the directory and the sessions first (``storage.server_sync``),
    then the local guides (``guides.server_packs``). A guide or a directory
    entry that is refused is named in the result and the rest goes on.
    """
    from peerhelper.errors import UserFacingError
    from peerhelper.guides.server_packs import sync_guides
    from peerhelper.storage import server_sync
    from peerhelper.storage.models import utc_now
    from peerhelper.storage.site_repo import load_site_profile
    from peerhelper.storage.sync_state import LastSync

    profile = load_site_profile(db)
    organisation = profile.organisation if profile is not None else ""
    try:
        with organisation_engine(paths, address) as engine:
            result = server_sync.sync(db, engine, progress, batch or server_sync.BATCH)
            guides = sync_guides(paths, engine, db.device_id, organisation)
    except UserFacingError as exc:
        _remember(db, LastSync(utc_now(), False, str(exc)))
        raise
    result.guides_sent, result.guides_received = guides.sent, guides.received
    result.guides_refused = guides.refused
    last = LastSync(utc_now(), True, summary(result)[0], result.figures(), tuple(result.refused))
    _remember(db, last)
    return result


def summary(result: SyncResult) -> list[str]:
    """What a sync did, in English lines: the totals first, then what was refused and why."""
    counts, directory = result.counts, result.directory
    lines = [
        f"{result.sent} sessions sent ({counts.new} new, {counts.updated} updated, "
        f"{counts.unchanged} already there), "
        f"{len(result.topics_added)} topics added, directory entries: {directory.received} "
        f"received and {directory.sent} sent, guides: {len(result.guides_received)} received "
        f"and {len(result.guides_sent)} sent."
    ]
    if result.topics_added:
        lines.append(f"Topics added from the organisation: {', '.join(result.topics_added)}")
    if result.guides_received:
        lines.append(f"Guides received: {', '.join(result.guides_received)}")
    if result.guides_sent:
        lines.append(f"Guides sent: {', '.join(result.guides_sent)}")
    return lines + result.refused


def _remember(db: Database, last: LastSync) -> None:
    from peerhelper.storage.sync_state import save_last_sync

    with db.engine.begin() as connection:
        save_last_sync(connection, last)


def sync_now(
    paths: DataPaths,
    text: str,
    progress: SyncProgress | None = None,
    batch: int | None = None,
) -> SyncResult:
    """Sync the data folder's database with the server at ``text``."""
    from peerhelper.operations.sessions import opened

    address = server_address(paths, text)
    with opened(paths, shared_lock=True) as db:
        return sync_with(db, paths, address, progress, batch)


def last_sync(db: Database) -> LastSync | None:
    """When the last sync ended (UTC), whether it went through, and what it did."""
    from peerhelper.storage.sync_state import read_last_sync

    with db.engine.connect() as connection:
        return read_last_sync(connection)


# -- what a report or an export counts ------------------------------------------
@contextmanager
def opened_source(paths: DataPaths, server: str | None = None) -> Iterator[Database]:
    """The database to count: the organisation server's if given, else this site's.

    The server's is a ``storage.server.ServerDatabase``: the same tables and
    queries, no site profile of its own.
    """
    from peerhelper.operations.sessions import opened

    if not server:
        with opened(paths) as db:
            yield db
        return
    from peerhelper.storage.server import ServerDatabase

    address = server_address(paths, server)
    with organisation_engine(paths, address) as engine:
        yield ServerDatabase(engine, address)

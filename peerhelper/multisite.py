"""User actions for combining sites: bundles, the organisation server, its reports.

Shared by the command line and the window; each takes plain values, returns
a result and raises ``peerhelper.errors`` for what the user must be told.

- :func:`bundle_sessions` and :func:`merge_bundles`: site bundles on a USB
  stick or in an e-mail (``docs/site-bundles.md``);
- :func:`sync_now` and :func:`test_connection`: the organisation server;
- :func:`organisation_engine`: the server's database, for statistics, the
  report and exports over the whole organisation.

No function here opens a network connection unless it is given a server
address.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from peerhelper.outputs import check_output_path
from peerhelper.paths import DataPaths
from peerhelper.storage.database import Database, open_database
from peerhelper.storage.folder_lock import database_lock

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sqlalchemy import Engine

    from peerhelper.domain.site import SiteProfileData
    from peerhelper.storage.server import ServerAddress
    from peerhelper.storage.server_sync import SyncProgress, SyncResult
    from peerhelper.storage.site_bundles import BundleWritten, MergeSummary, Progress


def password_file(paths: DataPaths) -> Path:
    """The libpq password file in the data folder (readable by its owner only)."""
    from peerhelper.storage.server import PASSWORD_FILE

    return paths.root / PASSWORD_FILE


@contextmanager
def _local_database(paths: DataPaths) -> Iterator[Database]:
    # Shared: the window may stay open, but no restore swaps the file meanwhile.
    with database_lock(paths.root).shared():
        db = open_database(paths.database, paths.backups)
        try:
            yield db
        finally:
            db.close()


# -- site bundles ---------------------------------------------------------------
def bundle_sessions(
    paths: DataPaths, out: Path, since: date | None = None, force: bool = False
) -> BundleWritten:
    """Write this site's bundle to ``out`` (a new file outside the data folder)."""
    from peerhelper.storage.site_bundles import write_site_bundle

    check_output_path(out, paths.root, force, example="site-bundle.zip")
    with _local_database(paths) as db:
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
    from peerhelper.storage.site_bundles import merge_site_bundles, read_site_bundles

    bundles = read_site_bundles(files)  # every bundle is checked before the database opens
    with _local_database(paths) as db:
        return merge_site_bundles(db, bundles, progress)


# -- the organisation server ----------------------------------------------------
def server_address(paths: DataPaths, text: str) -> ServerAddress:
    """Read an address; a password in it is kept in the password file, never elsewhere."""
    from peerhelper.storage.server import parse_server_address

    return parse_server_address(text, password_file(paths))


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
    """Sync the open database with the server, and remember how it went."""
    from peerhelper.errors import UserFacingError
    from peerhelper.storage import server_sync
    from peerhelper.storage.models import utc_now
    from peerhelper.storage.sync_state import LastSync

    try:
        with organisation_engine(paths, address) as engine:
            result = server_sync.sync(db, engine, progress, batch or server_sync.BATCH)
    except UserFacingError as exc:
        _remember(db, LastSync(utc_now(), False, str(exc)))
        raise
    message = (
        f"{result.sent} sessions sent ({result.counts.new} new, {result.counts.updated} updated)"
    )
    _remember(db, LastSync(utc_now(), True, message))
    return result


def _remember(db: Database, last: object) -> None:
    from peerhelper.storage.sync_state import save_last_sync

    with db.engine.begin() as connection:
        save_last_sync(connection, last)  # type: ignore[arg-type]


def sync_now(
    paths: DataPaths,
    text: str,
    progress: SyncProgress | None = None,
    batch: int | None = None,
) -> SyncResult:
    address = server_address(paths, text)
    with _local_database(paths) as db:
        return sync_with(db, paths, address, progress, batch)


def last_sync(db: Database) -> tuple[datetime, bool, str] | None:
    """When the last sync ended (UTC), whether it went through, and its result."""
    from peerhelper.storage.sync_state import read_last_sync

    with db.engine.connect() as connection:
        last = read_last_sync(connection)
    return None if last is None else (last.at, last.ok, last.message)


# -- statistics and exports over several sites ----------------------------------
def site_names(engine: Engine, here_name: str = "") -> dict[str, str]:
    """Every site with sessions: its id as stored → its name (``""``: this site)."""
    from peerhelper.storage.statistics import list_sites

    names = list_sites(engine)
    if "" in names:
        names[""] = here_name
    return names


def choose_sites(names: dict[str, str], wanted: Sequence[str]) -> tuple[str, ...]:
    """The stored ids of the sites the user named, by id or name; all for none."""
    from peerhelper.errors import BadInputError

    chosen = []
    for given in wanted:
        matches = [
            site_id
            for site_id, name in names.items()
            if given == site_id or given.casefold() == name.casefold()
        ]
        if not matches:
            known = "; ".join(
                f"{name or '-'} ({site_id or 'this site'})" for site_id, name in names.items()
            )
            raise BadInputError(f"No sessions from a site {given!r}. Sites: {known or 'none'}")
        chosen += matches
    return tuple(dict.fromkeys(chosen))


def statistics_report(
    paths: DataPaths,
    engine: Engine,
    first_day: date,
    last_day: date,
    lang: str,
    sites: Sequence[str] = (),
    profile: SiteProfileData | None = None,
) -> tuple[bytes, int]:
    """The statistics report (PDF bytes, pages) over the sites chosen, all by default.

    ``profile`` is this site's, for a report of this site's database; None
    for the organisation server's.
    """
    from peerhelper.domain.statistics import Period, StatsFilter
    from peerhelper.domain.statistics_charts import vocabulary_labeller
    from peerhelper.printing.report import ReportOptions, build_report
    from peerhelper.storage import statistics
    from peerhelper.storage.topic_records import read_topics
    from peerhelper.symbol import current_symbol

    names = site_names(engine, profile.site_name if profile else "")
    wanted = StatsFilter(Period(first_day, last_day), sites=choose_sites(names, sites))
    figures = statistics.compute(engine, wanted)
    with engine.connect() as connection:
        topics = {t["code"]: t[f"label_{lang}"] or t["label_en"] for t in read_topics(connection)}
    labeller = vocabulary_labeller(lang, topics, sites=names)
    return build_report(figures, labeller, ReportOptions(lang), profile, current_symbol(paths))


@contextmanager
def statistics_source(
    paths: DataPaths, server: str | None
) -> Iterator[tuple[Engine, SiteProfileData | None]]:
    """The database to count: the organisation server's if given, else this site's."""
    if server:
        with organisation_engine(paths, server_address(paths, server)) as engine:
            yield engine, None
        return
    from peerhelper.storage.site_repo import load_site_profile

    with _local_database(paths) as db:
        yield db.engine, load_site_profile(db)

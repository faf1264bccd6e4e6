"""``peerhelper sessions import|export|bundle|merge``: arguments and what is printed.

    peerhelper sessions import FILE
    peerhelper sessions export --format csv|xlsx --out FILE [--force] [--from DATE] [--to DATE]
                               [--lang fi|sv|en] [--site SITE …] [--server URL]
    peerhelper sessions bundle --out FILE [--since DATE] [--force]
    peerhelper sessions merge FILE [FILE …]

Exit codes: 0 on success, 2 when the file or an option cannot be used (every
problem is printed, one per line, and nothing is changed; also when ``--out``
is a folder, in a missing folder, inside the data folder, or an existing file
without ``--force``), 1 when a file cannot be written. The work is
:mod:`peerhelper.operations.sessions`, the same the session list uses; site
bundles are :mod:`peerhelper.operations.sync` (``docs/site-bundles.md``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from peerhelper.cli import add_period_options, day_argument
from peerhelper.cli.sync import add_scope_options
from peerhelper.domain.languages import UI_LANGUAGES
from peerhelper.errors import EXIT_OK
from peerhelper.outputs import add_output_options, check_output_path
from peerhelper.paths import DataPaths

if TYPE_CHECKING:
    from peerhelper.storage.database import Database


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``sessions import``, ``export``, ``bundle`` and ``merge`` to the program's commands."""
    sessions = commands.add_parser(
        "sessions",
        help="import or export the session log (CSV, or an Excel workbook)",
        description="Import or export support sessions as a CSV file that Excel and "
        "LibreOffice open directly, or export them as an Excel workbook.",
    )
    actions = sessions.add_subparsers(dest="sessions_command", metavar="ACTION", required=True)
    importing = actions.add_parser(
        "import",
        help="import sessions from a CSV file",
        description="Import sessions from a CSV file (UTF-8; ; or , between cells; a header "
        "row naming the columns). A row whose id is already in the log updates that "
        "session. If any row has a problem, nothing is imported and every problem is "
        "listed with its line number.",
    )
    importing.add_argument("file", metavar="FILE", type=Path, help="the CSV file to import")
    importing.set_defaults(handler=import_command)
    exporting = actions.add_parser(
        "export",
        help="export sessions to a CSV file or an Excel workbook",
        description="Export the sessions (oldest first). csv: UTF-8 with ; between cells, "
        "as Finnish Excel expects. xlsx: one row per session with readable labels (the "
        "codes in hidden columns) and a summary sheet where counts under five show as <5; "
        "the sessions sheet is for the site itself. Deleted sessions are left out.",
    )
    exporting.add_argument(
        "--format", choices=["csv", "xlsx"], default="csv", help="the file format (default csv)"
    )
    add_output_options(exporting, "FILE", "write the sessions to FILE")
    add_period_options(exporting)
    exporting.add_argument(
        "--lang",
        choices=UI_LANGUAGES,
        default="fi",
        help="the language of an xlsx file's headers and labels (default fi)",
    )
    add_scope_options(exporting)
    exporting.set_defaults(handler=export_command)
    _add_bundle_commands(actions)


def _add_bundle_commands(actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    bundle = actions.add_parser(
        "bundle",
        help="write this site's sessions to a site bundle for the coordinator",
        description="Write this site's sessions (deleted ones too, so the deletion reaches "
        "the coordinator), its topics, the directory entries its sessions refer to and its "
        "profile to a site bundle: a zip file with JSON inside and a checksum. See "
        "docs/site-bundles.md.",
    )
    add_output_options(bundle, "FILE", "write the bundle to FILE (such as site-bundle.zip)")
    bundle.add_argument(
        "--since",
        metavar="DATE",
        type=day_argument,
        help="only sessions added or changed on DATE or later, as 2026-03-01",
    )
    bundle.set_defaults(handler=bundle_command)
    merge = actions.add_parser(
        "merge",
        help="merge site bundles into this log",
        description="Merge site bundles into the sessions here. A session already here is "
        "replaced only by a later version; merging the same bundle twice changes nothing. "
        "Every bundle is checked first: a damaged, altered or newer bundle is refused "
        "(exit 2) and nothing is merged.",
    )
    merge.add_argument("files", metavar="FILE", type=Path, nargs="+", help="a site bundle")
    merge.set_defaults(handler=merge_command)


def import_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations import sessions

    # Shared: the window may stay open, but no restore swaps the file mid-import.
    with sessions.opened(paths, shared_lock=True) as db:
        result = sessions.import_csv(db, args.file)
    print(
        f"Imported {args.file}: {result.created} new, {result.updated} updated, "
        f"{result.unchanged} unchanged."
    )
    if result.kept_deleted:
        print(f"{result.kept_deleted} rows are for sessions deleted here; they stay deleted.")
    return EXIT_OK


def export_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations import sessions, statistics, sync

    sessions.check_period(args.first_day, args.last_day)
    example = f"sessions.{args.format}"
    check_output_path(args.out, paths.root, args.force, example=example)
    # This site's log, or with --server the whole organisation's.
    with sync.opened_source(paths, args.server) as db:
        sites = statistics.choose_sites(statistics.site_names(db), args.sites)
        if args.format == "xlsx":
            count = _export_xlsx(paths, db, args, sites)
        else:
            count = sessions.export_csv(db, args.out, args.first_day, args.last_day, sites)
    print(f"Exported {count} session{'s' if count != 1 else ''} to {args.out}")
    return EXIT_OK


def _export_xlsx(
    paths: DataPaths, db: Database, args: argparse.Namespace, sites: tuple[str, ...]
) -> int:
    """The workbook of the period; without --from/--to, from the first to the last session."""
    from peerhelper.operations import statistics

    return statistics.export_period_xlsx(
        db, paths, args.out, args.first_day, args.last_day, args.lang, sites
    )


def bundle_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations import sync

    written = sync.bundle_sessions(paths, args.out, args.since, args.force)
    print(f"Wrote {written.path}: {written.sessions} sessions ({written.deleted} deleted)")
    return EXIT_OK


def merge_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations import sync

    summary = sync.merge_bundles(paths, args.files)
    for part in summary.bundles:
        counts = part.counts
        print(
            f"{part.path.name} ({part.site_name or 'no site name'}): {counts.new} new, "
            f"{counts.updated} updated, {counts.unchanged} unchanged"
        )
    if summary.topics_added:
        print(f"Topics added: {', '.join(summary.topics_added)}")
    if summary.entries_added:
        print(f"Directory entries added (retired): {', '.join(summary.entries_added)}")
    total = summary.counts
    print(f"Merged: {total.new} new, {total.updated} updated, {total.unchanged} unchanged.")
    return EXIT_OK

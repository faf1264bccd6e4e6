"""The ``sessions`` commands: import and export the session log as CSV.

    peerhelper sessions import FILE
    peerhelper sessions export --format csv --out FILE [--force] [--from DATE] [--to DATE]

Each handler takes the data paths and the parsed arguments and returns the
exit code: 0 on success, 2 when the file or an option cannot be used (every
problem is printed, one per line, and nothing is changed; also when ``--out``
is a folder, in a missing folder, inside the data folder, or an existing file
without ``--force``), 1 when a file cannot be written.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from peerhelper.errors import EXIT_OK, BadInputError
from peerhelper.outputs import add_output_options, check_output_path
from peerhelper.paths import DataPaths

Handler = Callable[[DataPaths, argparse.Namespace], int]


def add_sessions_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``sessions import`` and ``sessions export`` to the program's commands."""
    sessions = subparsers.add_parser(
        "sessions",
        help="import or export the session log (CSV)",
        description="Import or export support sessions as a CSV file that Excel and "
        "LibreOffice open directly.",
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
        help="export sessions to a CSV file",
        description="Export the sessions (oldest first) to a CSV file in UTF-8 with ; "
        "between cells, as Finnish Excel expects. Deleted sessions are left out.",
    )
    exporting.add_argument("--format", choices=["csv"], default="csv", help="the file format (csv)")
    add_output_options(exporting, "FILE", "write the sessions to FILE")
    exporting.add_argument(
        "--from",
        dest="first_day",
        metavar="DATE",
        type=_day,
        help="the first day to include, as 2026-03-01",
    )
    exporting.add_argument(
        "--to",
        dest="last_day",
        metavar="DATE",
        type=_day,
        help="the last day to include, as 2026-03-31",
    )
    from peerhelper.multisite_cli import add_bundle_commands, add_export_options

    add_export_options(exporting)
    exporting.set_defaults(handler=export_command)
    add_bundle_commands(actions)


def _day(text: str) -> date:
    # Imported here: building the parser must stay quick, it runs at every start.
    from peerhelper.domain.session import FIRST_DAY, LAST_DAY

    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date such as 2026-03-14: {text!r}") from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            f"{day.isoformat()} is outside the years {FIRST_DAY.year}–{LAST_DAY.year} "
            "that sessions can have"
        )
    return day


def import_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.storage.database import open_database
    from peerhelper.storage.folder_lock import database_lock
    from peerhelper.storage.sessions_csv import import_sessions

    # Shared: the window may stay open, but no restore swaps the file mid-import.
    with database_lock(paths.root).shared():
        db = open_database(paths.database, paths.backups)
        try:
            result = import_sessions(db, args.file)
        finally:
            db.close()
    print(
        f"Imported {args.file}: {result.created} new, {result.updated} updated, "
        f"{result.unchanged} unchanged."
    )
    if result.kept_deleted:
        print(f"{result.kept_deleted} rows are for sessions deleted here; they stay deleted.")
    return EXIT_OK


def export_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.storage.database import open_database
    from peerhelper.storage.sessions_csv import export_sessions

    if args.first_day and args.last_day and args.first_day > args.last_day:
        raise BadInputError(f"--from {args.first_day} is after --to {args.last_day}")
    if args.server or args.sites:
        from peerhelper.multisite_cli import export_elsewhere

        return export_elsewhere(paths, args)
    check_output_path(args.out, paths.root, args.force)
    db = open_database(paths.database, paths.backups)
    try:
        count = export_sessions(db, args.out, args.first_day, args.last_day)
    finally:
        db.close()
    print(f"Exported {count} session{'s' if count != 1 else ''} to {args.out}")
    return EXIT_OK

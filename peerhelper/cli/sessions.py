"""``peerhelper sessions import`` and ``sessions export``: arguments and what is printed.

    peerhelper sessions import FILE
    peerhelper sessions export --format csv --out FILE [--force] [--from DATE] [--to DATE]

Exit codes: 0 on success, 2 when the file or an option cannot be used (every
problem is printed, one per line, and nothing is changed; also when ``--out``
is a folder, in a missing folder, inside the data folder, or an existing file
without ``--force``), 1 when a file cannot be written. The work is
:mod:`peerhelper.operations.sessions`, the same the session list uses.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from peerhelper.cli import add_period_options
from peerhelper.errors import EXIT_OK
from peerhelper.outputs import add_output_options, check_output_path
from peerhelper.paths import DataPaths


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``sessions import`` and ``sessions export`` to the program's commands."""
    sessions = commands.add_parser(
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
    add_period_options(exporting)
    exporting.set_defaults(handler=export_command)


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
    from peerhelper.operations import sessions

    sessions.check_period(args.first_day, args.last_day)
    check_output_path(args.out, paths.root, args.force)
    with sessions.opened(paths) as db:
        count = sessions.export_csv(db, args.out, args.first_day, args.last_day)
    print(f"Exported {count} session{'s' if count != 1 else ''} to {args.out}")
    return EXIT_OK

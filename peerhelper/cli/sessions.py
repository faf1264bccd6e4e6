"""``peerhelper sessions import`` and ``sessions export``: arguments and what is printed.

    peerhelper sessions import FILE
    peerhelper sessions export --format csv|xlsx --out FILE [--force] [--from DATE] [--to DATE]
                               [--lang fi|sv|en]

Exit codes: 0 on success, 2 when the file or an option cannot be used (every
problem is printed, one per line, and nothing is changed; also when ``--out``
is a folder, in a missing folder, inside the data folder, or an existing file
without ``--force``), 1 when a file cannot be written. The work is
:mod:`peerhelper.operations.sessions`, the same the session list uses.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from peerhelper.cli import add_period_options
from peerhelper.domain.languages import UI_LANGUAGES
from peerhelper.errors import EXIT_OK
from peerhelper.outputs import add_output_options, check_output_path
from peerhelper.paths import DataPaths

if TYPE_CHECKING:
    from peerhelper.storage.database import Database


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``sessions import`` and ``sessions export`` to the program's commands."""
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
    example = f"sessions.{args.format}"
    check_output_path(args.out, paths.root, args.force, example=example)
    with sessions.opened(paths) as db:
        if args.format == "xlsx":
            count = _export_xlsx(paths, db, args)
        else:
            count = sessions.export_csv(db, args.out, args.first_day, args.last_day)
    print(f"Exported {count} session{'s' if count != 1 else ''} to {args.out}")
    return EXIT_OK


def _export_xlsx(paths: DataPaths, db: Database, args: argparse.Namespace) -> int:
    """The workbook of the period; without --from/--to, from the first to the last session."""
    from datetime import date

    from peerhelper.operations import statistics

    logged = statistics.logged_days(db)
    today = date.today()
    first = args.first_day or (logged[0] if logged else today)
    last = args.last_day or (logged[1] if logged else today)
    if args.first_day is None:
        first = min(first, last)
    if args.last_day is None:
        last = max(first, last)
    wanted = statistics.period_filter(first, last)
    figures = statistics.compute(db, wanted)
    labels = statistics.labeller(db, args.lang, paths=paths)
    return statistics.export_xlsx(db, args.out, figures, labels, args.lang)

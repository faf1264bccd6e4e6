"""The command line: argument declarations and printing, nothing else.

Each command calls one action of :mod:`peerhelper.operations`, the same
function the window calls, and prints its result. One module per area
declares its commands (``add_commands``) and their handlers, called as
``handler(paths, args)`` and returning the exit code:

- :mod:`~peerhelper.cli.backups`: ``backup``, ``restore``;
- :mod:`~peerhelper.cli.sessions`: ``sessions import``, ``export``, ``bundle``,
  ``merge``;
- :mod:`~peerhelper.cli.guides`: ``guides list``, ``check``, ``export``, ``import``,
  ``remove``;
- :mod:`~peerhelper.cli.printouts`: ``handout``, ``sign``, ``tally-sheet``;
- :mod:`~peerhelper.cli.statistics`: ``report``;
- :mod:`~peerhelper.cli.directory`: ``directory list|import|export``,
  ``referral-slip``;
- :mod:`~peerhelper.cli.sync`: ``sync`` with the organisation server, and the
  ``--site``/``--server`` options of ``report`` and ``sessions export``.

Exit codes: 0 success, 2 bad input (with a message naming what is wrong),
1 anything else. With no command, the desktop app starts. Building the
parser imports no heavy module (SQLAlchemy, reportlab, Qt): it runs at
every start, so handlers import the operations only when they run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from typing import NoReturn

from peerhelper import __version__
from peerhelper.errors import EXIT_BAD_INPUT, EXIT_FAILURE, UserFacingError
from peerhelper.paths import ENV_DATA_DIR, PORTABLE_FOLDER, DataPaths, resolve_data_dir


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse's own exit code is 2 as well
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def day_argument(text: str) -> date:
    """An argument type for ``--from``/``--to``: a day on which sessions can fall."""
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


def add_period_options(parser: argparse.ArgumentParser, required: bool = False) -> None:
    """``--from DATE`` and ``--to DATE``, both days included, worded the same everywhere."""
    parser.add_argument(
        "--from",
        dest="first_day",
        metavar="DATE",
        type=day_argument,
        required=required,
        help="the first day to include, as 2026-03-01",
    )
    parser.add_argument(
        "--to",
        dest="last_day",
        metavar="DATE",
        type=day_argument,
        required=required,
        help="the last day to include, as 2026-03-31",
    )


def build_parser() -> argparse.ArgumentParser:
    from peerhelper.cli import backups, directory, guides, printouts, sessions, statistics, sync

    parser = _Parser(
        prog="peerhelper",
        description="PeerHelper: picture guides, session log and handouts for digital "
        "support. Without a command, the desktop app starts.",
        epilog=f"Data folder: --data-dir, else ${ENV_DATA_DIR}, else a folder named "
        f"{PORTABLE_FOLDER} beside the program (portable mode), else the user data folder.",
    )
    parser.add_argument("--version", action="version", version=f"PeerHelper {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="keep all data in DIR")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start the whole app, show the window, and quit when idle (a start-up check)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for area in (backups, sessions, guides, printouts, statistics, directory, sync):
        area.add_commands(commands)
    return parser


def _known_database_error(exc: Exception, paths: DataPaths) -> UserFacingError | None:
    """A full disk or a locked database, told in words; never SQL or its parameters."""
    from peerhelper.storage.migrate import known_error

    return known_error(exc, paths.database, "Nothing was changed by this command.")


def run(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    paths = DataPaths(resolve_data_dir(args.data_dir))
    try:
        if args.command is None:
            # Load the Qt-free modules before PySide6: once PySide6 is loaded,
            # its import hook reads the source of every module imported after it.
            import peerhelper.logging_setup
            import peerhelper.operations.backups
            import peerhelper.storage.site_repo  # noqa: F401
            from peerhelper.app import run_gui

            return run_gui(paths, smoke=args.smoke)
        return args.handler(paths, args)
    except UserFacingError as exc:
        print(f"peerhelper: {exc}", file=sys.stderr)
        return exc.exit_code
    except Exception as exc:
        known = _known_database_error(exc, paths)
        if known is not None:
            print(f"peerhelper: {known}", file=sys.stderr)
            return known.exit_code
        if isinstance(exc, OSError):
            # A known failure of the file system (no permission, a missing file):
            # say which file and why, without a traceback.
            where = f"{exc.filename}: " if exc.filename else ""
            print(f"peerhelper: {where}{exc.strerror or exc}", file=sys.stderr)
            return EXIT_FAILURE
        raise

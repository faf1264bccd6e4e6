"""The command line: the same functions the window uses.

Exit codes: 0 success, 2 bad input (with a message naming what is wrong),
1 anything else. With no command, the desktop app starts.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from peerhelper import __version__
from peerhelper.errors import (
    EXIT_BAD_INPUT,
    EXIT_FAILURE,
    EXIT_OK,
    BadInputError,
    UserFacingError,
)
from peerhelper.outputs import add_output_options
from peerhelper.paths import ENV_DATA_DIR, PORTABLE_FOLDER, DataPaths, resolve_data_dir


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own exit code is 2 as well
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
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

    backup = commands.add_parser(
        "backup", help="back up the database", description="Back up the database now."
    )
    add_output_options(
        backup,
        "FILE",
        "write the backup to FILE, in a folder that exists (default: the backups folder)",
        required=False,
    )
    restore = commands.add_parser(
        "restore",
        help="restore a backup",
        description="Replace the database with a backup. The backup is copied and checked "
        "first; a file that is not a whole PeerHelper database, or one from a newer "
        "version, is refused (exit 2) and nothing changes. The current database is kept "
        "aside in the data folder; nothing is overwritten without a copy.",
    )
    source = restore.add_mutually_exclusive_group(required=True)
    source.add_argument("file", metavar="FILE", type=Path, nargs="?", help="the backup to restore")
    source.add_argument(
        "--latest-aside",
        action="store_true",
        help="put back the newest good copy of the database that a restore kept aside "
        "in the data folder (after an interrupted restore, or to undo the last one)",
    )
    backup.set_defaults(handler=_backup)
    restore.set_defaults(handler=_restore)
    # The other commands are declared beside the code they run, and import
    # their heavy modules (reportlab, SQLAlchemy) only when run.
    from peerhelper.directory_cli import add_directory_commands
    from peerhelper.guides.cli import add_guides_commands
    from peerhelper.printing.cli import add_print_commands
    from peerhelper.sessions_cli import add_sessions_commands

    add_sessions_commands(commands)
    add_guides_commands(commands)
    add_print_commands(commands)
    add_directory_commands(commands)
    return parser


def _backup(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper import operations

    made = operations.backup_now(paths, args.out, force=args.force)
    print(f"Backup written to {made}")
    return EXIT_OK


def _restore(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper import operations

    if args.latest_aside:
        source, aside = operations.restore_latest_aside(paths)
    else:
        source = args.file
        if not source.exists():
            raise BadInputError(f"{source} does not exist. Give the path of a backup file (.db).")
        if source.is_dir():
            raise BadInputError(
                f"{source} is a folder. Give one backup file in it, such as "
                f"{source / 'peerhelper-20260314-101500-manual.db'}."
            )
        aside = operations.restore(paths, source)
    print(f"Restored {source}")
    if aside is not None:
        print(f"The previous database was kept as {aside}")
    return EXIT_OK


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
            import peerhelper.operations
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

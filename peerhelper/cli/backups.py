"""``peerhelper backup`` and ``peerhelper restore``: arguments and what is printed.

The work is :mod:`peerhelper.operations.backups`, the same the Settings
screen uses.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from peerhelper.errors import EXIT_OK, BadInputError
from peerhelper.outputs import add_output_options
from peerhelper.paths import DataPaths


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = commands.add_parser(
        "backup", help="back up the database", description="Back up the database now."
    )
    add_output_options(
        backup,
        "FILE",
        "write the backup to FILE, in a folder that exists (default: the backups folder)",
        required=False,
    )
    backup.set_defaults(handler=backup_command)
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
    restore.set_defaults(handler=restore_command)


def backup_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations import backups

    made = backups.backup_now(paths, args.out, force=args.force)
    print(f"Backup written to {made}")
    return EXIT_OK


def restore_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations import backups

    if args.latest_aside:
        source, aside = backups.restore_latest_aside(paths)
    else:
        source = args.file
        if not source.exists():
            raise BadInputError(f"{source} does not exist. Give the path of a backup file (.db).")
        if source.is_dir():
            raise BadInputError(
                f"{source} is a folder. Give one backup file in it, such as "
                f"{source / 'peerhelper-20260314-101500-manual.db'}."
            )
        aside = backups.restore(paths, source)
    print(f"Restored {source}")
    if aside is not None:
        print(f"The previous database was kept as {aside}")
    return EXIT_OK

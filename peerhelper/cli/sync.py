"""``peerhelper sync``, and the options that choose whose sessions a command counts.

    peerhelper sync [--server URL]

``report`` and ``sessions export`` take :func:`add_scope_options`: ``--site``
(repeatable) and ``--server URL``. Without ``--server`` (and, for ``sync``,
no address saved in Settings) nothing goes to a network. The work is
:mod:`peerhelper.operations.sync`.
"""

from __future__ import annotations

import argparse

from peerhelper.errors import EXIT_OK
from peerhelper.paths import DataPaths

SERVER_HELP = (
    "the organisation's PostgreSQL server, as postgresql://USER@HOST/DATABASE (a password "
    "given here is kept in the data folder's password file, never in the settings)"
)


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    sync = commands.add_parser(
        "sync",
        help="sync with the organisation server",
        description="Send this site's new and changed sessions to the organisation's "
        "PostgreSQL server, take its topic list, and share the referral directory and the "
        "local guides both ways (the later change of an entry, the higher version of a guide "
        "wins). A sync that is cut short resumes where it stopped; nothing is sent twice. "
        "A directory entry or a guide that fails the checks is named and left out; the rest "
        "goes on.",
    )
    sync.add_argument("--server", metavar="URL", help=SERVER_HELP + " (default: the saved one)")
    sync.set_defaults(handler=sync_command)


def add_scope_options(parser: argparse.ArgumentParser) -> None:
    """``--server URL`` (the whole organisation) and ``--site SITE`` (repeatable)."""
    parser.add_argument("--server", metavar="URL", help=SERVER_HELP + "; the whole organisation")
    parser.add_argument(
        "--site",
        dest="sites",
        metavar="SITE",
        action="append",
        default=[],
        help="only this site (its name or id); repeat for several; all sites without it",
    )


def sync_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations import sync
    from peerhelper.storage.settings import Settings

    def progress(done: int, total: int) -> None:
        print(f"Sent {done} of {total} sessions", flush=True)

    server = sync.saved_server(Settings(paths.settings_file), args.server)
    result = sync.sync_now(paths, server, progress)
    first, *rest = sync.summary(result)
    print(f"Synced: {first}")
    for line in rest:
        print(line)
    return EXIT_OK

"""The ``guides`` commands of the command line: ``guides list`` and ``guides check``.

Only the arguments are declared here; the work is in ``guides.commands``,
imported when a command runs, so that starting the desktop app does not load
the guide loader and picture kit.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from peerhelper.paths import DataPaths


def list_guides(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.guides import commands

    return commands.list_guides(paths, args)


def check_guides(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.guides import commands

    return commands.check_guides(paths, args)


def add_guides_commands(subparsers: Any) -> None:
    """Add ``guides list`` and ``guides check`` to the program's ``subparsers``."""
    guides = subparsers.add_parser(
        "guides",
        help="list or check picture guides",
        description="List the picture guides, or check a folder of guides for problems.",
    )
    commands = guides.add_subparsers(
        dest="guides_command", metavar="GUIDES_COMMAND", parser_class=type(guides)
    )
    commands.required = True

    listing = commands.add_parser(
        "list",
        help="list the guides",
        description="List the guides of a library: the bundled guides unless --dir is given.",
    )
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.add_argument("--dir", metavar="DIR", type=Path, help="list the guides in DIR")
    listing.set_defaults(handler=list_guides)

    check = commands.add_parser(
        "check",
        help="check guides and print every problem",
        description="Check every guide in DIR (or the single guide folder DIR; default: the "
        "bundled guides) and print every problem. Exit code 2 if any guide has an error.",
    )
    check.add_argument("dir", metavar="DIR", nargs="?", type=Path, help="a folder of guides")
    check.add_argument(
        "--require",
        metavar="LANGS",
        help="comma-separated caption languages every guide must have "
        "(default: all nine for the bundled guides, none for other folders)",
    )
    check.add_argument("--strict", action="store_true", help="exit with 2 on warnings too")
    check.add_argument("--json", action="store_true", help="print the problems as JSON")
    check.set_defaults(handler=check_guides)

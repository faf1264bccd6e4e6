"""The ``guides`` commands of the command line: list, check, export, import, remove.

Only the arguments are declared here; the work is in ``guides.commands``,
imported when a command runs, so that starting the desktop app does not load
the guide loader and picture kit.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from peerhelper.errors import EXIT_OK
from peerhelper.outputs import add_output_options
from peerhelper.paths import DataPaths


def list_guides(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.guides import commands

    return commands.list_guides(paths, args)


def check_guides(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.guides import commands

    return commands.check_guides(paths, args)


def export_guides(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper import guide_operations

    info = guide_operations.export_pack(
        paths,
        args.ids,
        args.out,
        name=args.name or "",
        organisation=args.organisation,
        force=args.force,
    )
    print(f"Wrote {args.out}: {len(info.guides)} guide(s) in the pack {info.name!r}")
    return EXIT_OK


def import_guides(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper import guide_operations

    summary = guide_operations.import_guides(paths, args.pack)
    words = {
        "added": "added",
        "replaced": "replaced (the old version is in the backups)",
        "up_to_date": "already up to date",
        "bundled": "already up to date (it comes with the program)",
    }
    for outcome in summary.outcomes:
        older = f", was {outcome.old_version}" if outcome.action == "replaced" else ""
        print(f"{outcome.id} {outcome.version}: {words[outcome.action]}{older}")
    if summary.set_aside is not None:
        print(f"The replaced guides were copied to {summary.set_aside}")
    if not summary.changed:
        print("Nothing changed: every guide of the pack was already here.")
    return EXIT_OK


def remove_guide(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper import guide_operations

    copy = guide_operations.remove_local_guide(paths, args.id)
    print(f"Removed {args.id}; a copy is in {copy}")
    return EXIT_OK


def add_guides_commands(subparsers: Any) -> None:
    """Add the ``guides`` commands to the program's ``subparsers``."""
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
        description="List the guides: the bundled and the local ones (in the data folder's "
        "guides folder), or the guides in DIR.",
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

    export = commands.add_parser(
        "export",
        help="save guides as a guide pack (zip)",
        description="Save the guides ID … (bundled or local) as a guide pack, a zip file to "
        "give to other sites (see docs/guide-packs.md).",
    )
    export.add_argument("ids", metavar="ID", nargs="+", help="the id of a guide")
    add_output_options(export, "PACK.zip", "the pack to write, in a folder that exists")
    export.add_argument("--name", help="the pack's name (default: the file name)")
    export.add_argument(
        "--organisation", help="who made the pack (default: the site profile's organisation)"
    )
    export.set_defaults(handler=export_guides)

    importing = commands.add_parser(
        "import",
        help="add the guides of a guide pack",
        description="Add the guides of a guide pack to the local guides. All or nothing: any "
        "problem refuses the whole pack (exit code 2, with the reasons) and nothing is "
        "written. A guide already here is replaced only by a higher version.",
    )
    importing.add_argument("pack", metavar="PACK.zip", type=Path, help="the guide pack")
    importing.set_defaults(handler=import_guides)

    remove = commands.add_parser(
        "remove",
        help="remove a local guide",
        description="Remove a local guide (never one that comes with the program). A copy "
        "goes into the backups folder first, as a guide pack.",
    )
    remove.add_argument("id", metavar="ID", help="the id of the local guide")
    remove.set_defaults(handler=remove_guide)

"""``peerhelper guides list``, ``check``, ``export``, ``import``, ``remove``: arguments, printing.

The guides and problems come from :mod:`peerhelper.operations.guides`,
imported when a command runs, so that starting the desktop app does not load
the guide loader and picture kit.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peerhelper.errors import EXIT_BAD_INPUT, EXIT_OK
from peerhelper.outputs import add_output_options
from peerhelper.paths import DataPaths

if TYPE_CHECKING:
    from peerhelper.guides.model import Guide


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``guides`` commands to the program's commands."""
    guides = commands.add_parser(
        "guides",
        help="list or check picture guides",
        description="List the picture guides, or check a folder of guides for problems.",
    )
    actions = guides.add_subparsers(
        dest="guides_command", metavar="GUIDES_COMMAND", parser_class=type(guides)
    )
    actions.required = True

    listing = actions.add_parser(
        "list",
        help="list the guides",
        description="List the guides: the bundled and the local ones (in the data folder's "
        "guides folder), or the guides in DIR.",
    )
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.add_argument("--dir", metavar="DIR", type=Path, help="list the guides in DIR")
    listing.set_defaults(handler=list_command)

    check = actions.add_parser(
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
    check.set_defaults(handler=check_command)
    _add_pack_commands(actions)


def _add_pack_commands(actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = actions.add_parser(
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
    export.set_defaults(handler=export_command)

    importing = actions.add_parser(
        "import",
        help="add the guides of a guide pack",
        description="Add the guides of a guide pack to the local guides. All or nothing: any "
        "problem refuses the whole pack (exit code 2, with the reasons) and nothing is "
        "written. A guide already here is replaced only by a higher version.",
    )
    importing.add_argument("pack", metavar="PACK.zip", type=Path, help="the guide pack")
    importing.set_defaults(handler=import_command)

    remove = actions.add_parser(
        "remove",
        help="remove a local guide",
        description="Remove a local guide (never one that comes with the program). A copy "
        "goes into the backups folder first, as a guide pack.",
    )
    remove.add_argument("id", metavar="ID", help="the id of the local guide")
    remove.set_defaults(handler=remove_command)


def print_json(data: object) -> None:
    """JSON is UTF-8 whatever the console's code page (Windows redirects in cp1252)."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def guide_summary(guide: Guide) -> dict[str, Any]:
    """A guide as a JSON-ready object."""
    return {
        "id": guide.id,
        "version": guide.version,
        "title": guide.title.as_dict(),
        "summary": guide.summary.as_dict(),
        "topics": list(guide.topics),
        "service": guide.service.as_dict(),
        "needs": guide.needs.as_dict(),
        "languages": list(guide.language_codes),
        "reviewed": {status.code: status.reviewed for status in guide.languages},
        "service_languages": list(guide.service_languages),
        "steps": len(guide.steps),
        "licence": guide.licence,
        "authors": list(guide.authors),
        "sources": [
            {"title": s.title, "publisher": s.publisher, "url": s.url} for s in guide.sources
        ],
        "checked": guide.checked.isoformat() if guide.checked else None,
        "source_language": guide.source_language,
        "origin": guide.origin,
        "organisation": guide.organisation,
        "folder": str(guide.folder),
    }


def list_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations.guides import list_guides

    found = list_guides(paths, args.dir)
    if args.json:
        print_json([guide_summary(g) for g in found.guides])
    else:
        for guide in found.guides:
            languages = ",".join(guide.language_codes)
            mark = "local " if guide.is_local else ""
            print(
                f"{guide.id:<32} {len(guide.steps):>2} steps  {mark}{languages}  "
                f"{guide.title.get('en')}"
            )
    if found.broken:
        print(
            f"{found.broken} guide(s) could not be loaded; "
            "run 'peerhelper guides check' for details.",
            file=sys.stderr,
        )
    return EXIT_OK


def check_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations.guides import check_guides

    required = None
    if args.require is not None:
        required = tuple(c.strip() for c in args.require.split(",") if c.strip())
    found = check_guides(args.dir, required)
    errors, warnings = found.errors, found.warnings
    if args.json:
        problems = [
            {
                "code": p.code,
                "severity": p.severity,
                "folder": str(p.folder),
                "step": p.step,
                "detail": p.detail,
            }
            for p in found.problems
        ]
        print_json(
            {"folder": str(found.folder), "guides_ok": found.guides_ok(), "problems": problems}
        )
    else:
        for problem in [*errors, *warnings]:
            print(f"{problem.severity}: {problem}")
        print(
            f"{len(found.guides)} guide(s) loaded, {found.broken} with errors, "
            f"{len(warnings)} warning(s) in {found.folder}"
        )
    failed = bool(errors) or (args.strict and bool(warnings))
    return EXIT_BAD_INPUT if failed else EXIT_OK


def export_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations.guides import export_pack

    info = export_pack(
        paths,
        args.ids,
        args.out,
        name=args.name or "",
        organisation=args.organisation,
        force=args.force,
    )
    print(f"Wrote {args.out}: {len(info.guides)} guide(s) in the pack {info.name!r}")
    return EXIT_OK


IMPORT_OUTCOMES = {
    "added": "added",
    "replaced": "replaced (the old version is in the backups)",
    "up_to_date": "already up to date",
    "bundled": "already up to date (it comes with the program)",
}


def import_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations.guides import import_guides

    summary = import_guides(paths, args.pack)
    for outcome in summary.outcomes:
        older = f", was {outcome.old_version}" if outcome.action == "replaced" else ""
        print(f"{outcome.id} {outcome.version}: {IMPORT_OUTCOMES[outcome.action]}{older}")
    if summary.set_aside is not None:
        print(f"The replaced guides were copied to {summary.set_aside}")
    if not summary.changed:
        print("Nothing changed: every guide of the pack was already here.")
    return EXIT_OK


def remove_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations.guides import remove_local_guide

    copy = remove_local_guide(paths, args.id)
    print(f"Removed {args.id}; a copy is in {copy}")
    return EXIT_OK

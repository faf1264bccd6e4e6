"""``peerhelper guides list`` and ``guides check``: arguments and what is printed.

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
from peerhelper.paths import DataPaths

if TYPE_CHECKING:
    from peerhelper.guides.model import Guide


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``guides list`` and ``guides check`` to the program's commands."""
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
        description="List the guides of a library: the bundled guides unless --dir is given.",
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
        "service": guide.service,
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
        "folder": str(guide.folder),
    }


def list_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations.guides import list_guides

    found = list_guides(args.dir)
    if args.json:
        print_json([guide_summary(g) for g in found.guides])
    else:
        for guide in found.guides:
            languages = ",".join(guide.language_codes)
            print(
                f"{guide.id:<32} {len(guide.steps):>2} steps  {languages}  {guide.title.get('en')}"
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

"""Commands for combining sites: bundles, the organisation server, reports.

    peerhelper sessions bundle --out FILE [--since DATE] [--force]
    peerhelper sessions merge FILE [FILE …]
    peerhelper sync [--server URL]
    peerhelper report --out FILE.pdf [--from DATE] [--to DATE] [--lang L] [--site S …]
                      [--server URL] [--force]

``sessions export`` gains ``--server`` and ``--site`` from here too. Without
``--server`` (and, for ``sync``, no saved address) nothing goes to a network.
The work itself is in :mod:`peerhelper.multisite`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from peerhelper.errors import EXIT_OK, BadInputError
from peerhelper.outputs import add_output_options, check_output_path
from peerhelper.paths import DataPaths

SERVER_HELP = (
    "the organisation's PostgreSQL server, as postgresql://USER@HOST/DATABASE (a password "
    "given here is kept in the data folder's password file, never in the settings)"
)


def add_bundle_commands(actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``sessions bundle`` and ``sessions merge``."""
    from peerhelper.sessions_cli import _day

    bundle = actions.add_parser(
        "bundle",
        help="write this site's sessions to a site bundle for the coordinator",
        description="Write this site's sessions (deleted ones too, so the deletion reaches "
        "the coordinator), its topics and its profile to a site bundle: a zip file with "
        "JSON inside and a checksum. See docs/site-bundles.md.",
    )
    add_output_options(bundle, "FILE", "write the bundle to FILE (such as site-bundle.zip)")
    bundle.add_argument(
        "--since",
        metavar="DATE",
        type=_day,
        help="only sessions added or changed on DATE or later, as 2026-03-01",
    )
    bundle.set_defaults(handler=_bundle)
    merge = actions.add_parser(
        "merge",
        help="merge site bundles into this log",
        description="Merge site bundles into the sessions here. A session already here is "
        "replaced only by a later version; merging the same bundle twice changes nothing. "
        "Every bundle is checked first: a damaged, altered or newer bundle is refused "
        "(exit 2) and nothing is merged.",
    )
    merge.add_argument("files", metavar="FILE", type=Path, nargs="+", help="a site bundle")
    merge.set_defaults(handler=_merge)


def add_export_options(exporting: argparse.ArgumentParser) -> None:
    exporting.add_argument("--server", metavar="URL", help=SERVER_HELP + "; the whole organisation")
    exporting.add_argument(
        "--site",
        dest="sites",
        metavar="SITE",
        action="append",
        default=[],
        help="only this site (its name or id); repeat for several; all sites without it",
    )


def add_server_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``sync`` and ``report``."""
    from peerhelper.sessions_cli import _day

    sync = commands.add_parser(
        "sync",
        help="sync with the organisation server",
        description="Send this site's new and changed sessions to the organisation's "
        "PostgreSQL server and take its topic list. A sync that is cut short resumes where "
        "it stopped; nothing is sent twice.",
    )
    sync.add_argument("--server", metavar="URL", help=SERVER_HELP + " (default: the saved one)")
    sync.set_defaults(handler=_sync)
    report = commands.add_parser(
        "report",
        help="write the statistics report as a PDF",
        description="Write the statistics report for a period, of this site or, with "
        "--server, of the whole organisation. Counts under five are shown as <5.",
    )
    add_output_options(report, "FILE.pdf", "write the PDF to FILE")
    report.add_argument("--from", dest="first_day", metavar="DATE", type=_day, required=True)
    report.add_argument("--to", dest="last_day", metavar="DATE", type=_day, required=True)
    report.add_argument("--lang", choices=("fi", "sv", "en"), default="fi")
    add_export_options(report)
    report.set_defaults(handler=_report)


def _bundle(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper import multisite

    written = multisite.bundle_sessions(paths, args.out, args.since, args.force)
    print(f"Wrote {written.path}: {written.sessions} sessions ({written.deleted} deleted)")
    return EXIT_OK


def _merge(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper import multisite

    summary = multisite.merge_bundles(paths, args.files)
    for part in summary.bundles:
        counts = part.counts
        print(
            f"{part.path.name} ({part.site_name or 'no site name'}): {counts.new} new, "
            f"{counts.updated} updated, {counts.unchanged} unchanged"
        )
    if summary.topics_added:
        print(f"Topics added: {', '.join(summary.topics_added)}")
    total = summary.counts
    print(f"Merged: {total.new} new, {total.updated} updated, {total.unchanged} unchanged.")
    return EXIT_OK


def _saved_server(paths: DataPaths, given: str | None) -> str:
    if given:
        return given
    from peerhelper.settings import Settings

    saved = Settings(paths.settings_file).get("server_url")
    if not saved:
        raise BadInputError("No organisation server is set. Give one with --server URL.")
    return str(saved)


def _sync(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper import multisite

    def progress(done: int, total: int) -> None:
        print(f"Sent {done} of {total} sessions", flush=True)

    result = multisite.sync_now(paths, _saved_server(paths, args.server), progress)
    counts = result.counts
    print(
        f"Synced: {result.sent} sessions sent ({counts.new} new, {counts.updated} updated, "
        f"{counts.unchanged} already there)."
    )
    if result.topics_added:
        print(f"Topics added from the organisation: {', '.join(result.topics_added)}")
    return EXIT_OK


def _report(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper import multisite
    from peerhelper.atomic import write_atomic

    if args.first_day > args.last_day:
        raise BadInputError(f"--from {args.first_day} is after --to {args.last_day}")
    check_output_path(args.out, paths.root, args.force, example="report.pdf")
    with multisite.statistics_source(paths, args.server) as (engine, profile):
        pdf, pages = multisite.statistics_report(
            paths, engine, args.first_day, args.last_day, args.lang, args.sites, profile
        )
    write_atomic(args.out, pdf)
    print(f"Wrote {args.out} ({pages} page{'s' if pages != 1 else ''})")
    return EXIT_OK


def export_elsewhere(paths: DataPaths, args: argparse.Namespace) -> int:
    """``sessions export`` with ``--server`` or ``--site``."""
    from peerhelper import multisite
    from peerhelper.storage.sessions_csv import export_sessions

    check_output_path(args.out, paths.root, args.force)
    with multisite.statistics_source(paths, args.server) as (engine, profile):
        here = profile.site_name if profile else ""
        sites = multisite.choose_sites(multisite.site_names(engine, here), args.sites)
        count = export_sessions(engine, args.out, args.first_day, args.last_day, sites)
    print(f"Exported {count} session{'s' if count != 1 else ''} to {args.out}", file=sys.stdout)
    return EXIT_OK

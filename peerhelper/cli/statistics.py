"""``peerhelper report``: the statistics report as a PDF; arguments and what is printed.

    peerhelper report --from DATE --to DATE [--lang fi|sv|en] [--paper A4|letter]
                      [--topic T] [--mode M] [--language L] [--site SITE …]
                      [--server URL] --out FILE.pdf [--force]

The work is :mod:`peerhelper.operations.statistics`, the same the Statistics
screen uses; the PDF is saved atomically, and small counts are hidden as in
every report that leaves the site. ``--site`` counts some of the sites whose
sessions were merged here; ``--server`` counts the whole organisation's
(:mod:`peerhelper.operations.sync`).
"""

from __future__ import annotations

import argparse

from peerhelper.cli import add_period_options
from peerhelper.cli.printouts import write_pdf
from peerhelper.cli.sync import add_scope_options
from peerhelper.domain.languages import UI_LANGUAGES
from peerhelper.outputs import add_output_options, check_output_path
from peerhelper.paths import DataPaths


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = commands.add_parser(
        "report",
        help="write the statistics report of a period as a PDF",
        description="Write the statistics report for the days from --from to --to (both "
        "included): a summary page, then every chart. Counts from 1 to 4 print as <5. "
        "Of this site's log (with the sites merged into it), or with --server of the "
        "whole organisation.",
    )
    add_period_options(report, required=True)
    report.add_argument(
        "--lang", choices=UI_LANGUAGES, default="fi", help="the report's language (default fi)"
    )
    report.add_argument("--paper", choices=("A4", "letter"), default="A4")
    report.add_argument("--topic", default="", metavar="T", help="only sessions on topic T")
    report.add_argument("--mode", default="", metavar="M", help="only sessions of mode M")
    report.add_argument(
        "--language", default="", metavar="L", help="only sessions in the client's language L"
    )
    add_scope_options(report)
    add_output_options(report, "FILE.pdf", "write the PDF to FILE")
    report.set_defaults(handler=report_command)


def report_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations import statistics, sync

    statistics.period_filter(args.first_day, args.last_day)  # a bad period before anything
    check_output_path(args.out, paths.root, args.force, example="report.pdf")
    with sync.opened_source(paths, args.server) as db:
        names = statistics.site_names(db)
        wanted = statistics.period_filter(
            args.first_day,
            args.last_day,
            args.topic,
            args.mode,
            args.language,
            statistics.choose_sites(names, args.sites),
        )
        figures = statistics.compute(db, wanted)
        labels = statistics.labeller(db, args.lang, paths=paths, sites=names)
        printout = statistics.report(db, paths, figures, labels, args.lang, args.paper)
    return write_pdf(args.out, printout)

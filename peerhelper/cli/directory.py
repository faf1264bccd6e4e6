"""``peerhelper directory`` and ``referral-slip``: arguments and what is printed.

    peerhelper directory list
    peerhelper directory import FILE
    peerhelper directory export --format csv|json --out FILE [--force]
    peerhelper referral-slip ENTRY_ID --lang L [--second-lang L2] [--note TEXT]
                             [--paper A4|A5] --out FILE.pdf [--force]

The actions are :mod:`peerhelper.operations.directory` and
:func:`peerhelper.operations.printouts.referral_slip`. An import lists every
problem with its line and changes nothing (exit 2); an unknown entry id or
a language without the slip's words is exit 2 as well.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from peerhelper.domain.languages import LOCAL_LANGUAGE
from peerhelper.errors import EXIT_OK, BadInputError
from peerhelper.outputs import add_output_options, check_output_path
from peerhelper.paths import DataPaths


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``directory list|import|export`` and ``referral-slip`` to the command parser."""
    from peerhelper.operations.directory import FILE_FORMATS

    directory = commands.add_parser(
        "directory",
        help="list, import or export the referral directory",
        description="The referral directory: who helps with what, where and when.",
    )
    actions = directory.add_subparsers(dest="directory_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the entries with their ids")
    listing.set_defaults(handler=list_command)
    importing = actions.add_parser(
        "import",
        help="import entries from a CSV or JSON file",
        description="Import entries from a CSV file (UTF-8; ; or , between cells; columns "
        "id, name, kind, topics, languages, address, phone, web, hours, accessibility, paid, "
        "notes, checked; lists separated by |) or a JSON export. A row whose id is already "
        "here updates that entry; an empty id adds one. If any row has a problem, nothing "
        "is imported and every problem is listed with its line number.",
    )
    importing.add_argument("file", metavar="FILE", type=Path, help="the file to import")
    importing.set_defaults(handler=import_command)
    exporting = actions.add_parser(
        "export",
        help="export the directory to a CSV or JSON file",
        description="Export every entry, retired ones too: CSV in UTF-8 with ; between cells "
        "as Finnish Excel expects, or JSON (a list of objects with the same keys).",
    )
    exporting.add_argument("--format", choices=FILE_FORMATS, default="csv")
    add_output_options(exporting, "FILE", "write the directory to FILE")
    exporting.set_defaults(handler=export_command)

    slip = commands.add_parser(
        "referral-slip",
        help="print a referral slip for a client as a PDF",
        description="Write a slip that tells the client where to go, when, what to ask for "
        "and what to bring, in their language and in Finnish (or a second language).",
    )
    slip.add_argument("entry_id", metavar="ENTRY_ID", help="the entry's id (see: directory list)")
    slip.add_argument("--lang", required=True, metavar="L", help="the client's language, e.g. ar")
    slip.add_argument(
        "--second-lang",
        metavar="L2",
        default=LOCAL_LANGUAGE,
        help=f"the second language (default {LOCAL_LANGUAGE})",
    )
    slip.add_argument("--note", default="", help="what the client should ask for")
    slip.add_argument("--bring", default="", help="what to bring (default: an identity document)")
    slip.add_argument(
        "--paper", choices=("A5", "A4"), default="A5", help="A5, or two slips on one A4"
    )
    add_output_options(slip, "FILE.pdf", "write the PDF to FILE")
    slip.set_defaults(handler=referral_slip_command)


def list_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations import directory
    from peerhelper.operations.sessions import opened

    with opened(paths) as db:
        entries = directory.entries(db)
    for found in entries:
        retired = "  (retired)" if found.retired else ""
        print(f"{found.uuid}  {found.kind:<11}  {found.name}{retired}")
    return EXIT_OK


def import_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations import directory
    from peerhelper.operations.sessions import opened

    with opened(paths, shared_lock=True) as db:
        result = directory.import_file(db, args.file)
    print(
        f"Imported {args.file}: {result.created} new, {result.updated} updated, "
        f"{result.unchanged} unchanged."
    )
    return EXIT_OK


def export_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations import directory
    from peerhelper.operations.sessions import opened

    check_output_path(args.out, paths.root, args.force, example=f"directory.{args.format}")
    with opened(paths) as db:
        count = directory.export_file(db, args.out, args.format, paths.root)
    print(f"Exported {count} entr{'ies' if count != 1 else 'y'} to {args.out}")
    return EXIT_OK


def referral_slip_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations import directory, printouts
    from peerhelper.operations.sessions import opened
    from peerhelper.printing.referral_slip import SlipOptions

    check_output_path(args.out, paths.root, args.force, example="referral-slip.pdf")
    options = SlipOptions(
        lang=args.lang,
        second_lang=args.second_lang or None,
        note=args.note,
        bring=args.bring,
        paper=args.paper,
    )
    with opened(paths) as db:
        chosen = directory.entry(db, args.entry_id)
    printout = printouts.referral_slip(paths, chosen, options)
    try:
        printouts.save_pdf(printout, args.out)
    except OSError as error:
        raise BadInputError(f"Cannot write {args.out}: {error.strerror or error}") from error
    print(f"Wrote {args.out} (a referral slip to {chosen.name})")
    return EXIT_OK

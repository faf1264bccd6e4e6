"""The ``directory`` and ``referral-slip`` commands.

    peerhelper directory list
    peerhelper directory import FILE
    peerhelper directory export --format csv|json --out FILE [--force]
    peerhelper referral-slip ENTRY_ID --lang L [--second-lang L2] [--note TEXT]
                             [--paper A4|A5] --out FILE.pdf [--force]

Each handler returns the exit code: 0 on success, 2 when the file, an entry
id or an option cannot be used (an import lists every problem with its line
and changes nothing), 1 when a file cannot be written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from peerhelper.errors import EXIT_OK, BadInputError
from peerhelper.outputs import add_output_options, check_output_path
from peerhelper.paths import DataPaths


def add_directory_commands(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    directory = subparsers.add_parser(
        "directory",
        help="list, import or export the referral directory",
        description="The referral directory: who helps with what, where and when.",
    )
    actions = directory.add_subparsers(dest="directory_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the entries with their ids")
    listing.set_defaults(handler=_list)
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
    importing.set_defaults(handler=_import)
    exporting = actions.add_parser(
        "export",
        help="export the directory to a CSV or JSON file",
        description="Export every entry, retired ones too: CSV in UTF-8 with ; between cells "
        "as Finnish Excel expects, or JSON (a list of objects with the same keys).",
    )
    exporting.add_argument("--format", choices=["csv", "json"], default="csv")
    add_output_options(exporting, "FILE", "write the directory to FILE")
    exporting.set_defaults(handler=_export)

    slip = subparsers.add_parser(
        "referral-slip",
        help="print a referral slip for a client as a PDF",
        description="Write a slip that tells the client where to go, when, what to ask for "
        "and what to bring, in their language and in Finnish (or a second language).",
    )
    slip.add_argument("entry_id", metavar="ENTRY_ID", help="the entry's id (see: directory list)")
    slip.add_argument("--lang", required=True, metavar="L", help="the client's language, e.g. ar")
    slip.add_argument(
        "--second-lang", metavar="L2", default="fi", help="the second language (default fi)"
    )
    slip.add_argument("--note", default="", help="what the client should ask for")
    slip.add_argument("--bring", default="", help="what to bring (default: an identity document)")
    slip.add_argument(
        "--paper", choices=("A5", "A4"), default="A5", help="A5, or two slips on one A4"
    )
    add_output_options(slip, "FILE.pdf", "write the PDF to FILE")
    slip.set_defaults(handler=_slip)


def _list(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper import directory_ops
    from peerhelper.storage.directory_repo import list_entries

    with directory_ops.opened(paths) as db:
        entries = list_entries(db)
    for found in entries:
        retired = "  (retired)" if found.retired else ""
        print(f"{found.uuid}  {found.kind:<11}  {found.name}{retired}")
    return EXIT_OK


def _import(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper import directory_ops

    with directory_ops.opened(paths, shared_lock=True) as db:
        result = directory_ops.import_file(db, args.file)
    print(
        f"Imported {args.file}: {result.created} new, {result.updated} updated, "
        f"{result.unchanged} unchanged."
    )
    return EXIT_OK


def _export(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper import directory_ops

    check_output_path(args.out, paths.root, args.force, example=f"directory.{args.format}")
    with directory_ops.opened(paths) as db:
        count = directory_ops.export_file(db, args.out, args.format, paths.root)
    print(f"Exported {count} entr{'ies' if count != 1 else 'y'} to {args.out}")
    return EXIT_OK


def _slip(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper import directory_ops
    from peerhelper.atomic import write_atomic
    from peerhelper.printing.referral_slip import SlipOptions

    check_output_path(args.out, paths.root, args.force, example="referral-slip.pdf")
    options = SlipOptions(
        lang=args.lang,
        second_lang=args.second_lang or None,
        note=args.note,
        bring=args.bring,
        paper=args.paper,
    )
    with directory_ops.opened(paths) as db:
        chosen = directory_ops.entry(db, args.entry_id)
    printout = directory_ops.referral_slip(paths, chosen, options)
    try:
        write_atomic(args.out, printout.pdf)
    except OSError as error:
        raise BadInputError(f"Cannot write {args.out}: {error.strerror or error}") from error
    print(f"Wrote {args.out} (a referral slip to {chosen.name})")
    return EXIT_OK

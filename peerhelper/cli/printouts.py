"""``peerhelper handout``, ``sign`` and ``tally-sheet``: arguments and what is printed.

``--out`` is checked first (see ``outputs``); the PDF is built in memory by
:mod:`peerhelper.operations.printouts` and saved atomically through it, as
the Print screen saves it, so bad input or a full disk never leaves a
half-written file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from peerhelper.domain.languages import UI_LANGUAGES
from peerhelper.errors import EXIT_OK, BadInputError
from peerhelper.outputs import add_output_options, check_output_path
from peerhelper.paths import DataPaths

if TYPE_CHECKING:
    from peerhelper.operations.printouts import Printout

PDF_HELP = "write the PDF to FILE"


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``handout``, ``sign`` and ``tally-sheet`` to the command parser."""
    handout = commands.add_parser(
        "handout",
        help="print a picture guide as a PDF handout",
        description="Write a guide as a printable handout for a client: pictures, numbered "
        "steps with tick boxes, notes area and the site's details.",
    )
    handout.add_argument("guide_id", metavar="GUIDE_ID", help="the guide's id, e.g. phone-basics")
    handout.add_argument(
        "--lang", required=True, metavar="L", help="the client's language, e.g. ar"
    )
    handout.add_argument(
        "--second-lang", metavar="L2", help="a second language beside it, usually fi"
    )
    handout.add_argument(
        "--service-lang",
        choices=UI_LANGUAGES,
        default="fi",
        help="the language of the words on the service's screens (default fi)",
    )
    handout.add_argument("--large-print", action="store_true", help="bigger text and pictures")
    handout.add_argument("--paper", choices=("A4", "letter"), default="A4")
    handout.add_argument("--note", default="", help="a note printed in the notes area")
    handout.add_argument("--bring", default="", help="what to bring next time")
    add_output_options(handout, "FILE.pdf", PDF_HELP)
    handout.set_defaults(handler=handout_command)

    sign = commands.add_parser(
        "sign",
        help='print the "Digital support here" sign',
        description="Write a poster with the digital-support symbol, the words in the site's "
        "languages, the opening hours and the place.",
    )
    sign.add_argument("--paper", choices=("A4", "A3"), default="A4")
    add_output_options(sign, "FILE.pdf", PDF_HELP)
    sign.set_defaults(handler=sign_command)

    tally = commands.add_parser(
        "tally-sheet",
        help="print a paper tally sheet for a day's sessions",
        description="Write a sheet for counting a day's sessions by topic with pen strokes.",
    )
    tally.add_argument("--paper", choices=("A4", "letter"), default="A4")
    tally.add_argument("--lang", choices=UI_LANGUAGES, default="fi")
    add_output_options(tally, "FILE.pdf", PDF_HELP)
    tally.set_defaults(handler=tally_sheet_command)


def write_pdf(out: Path, printout: Printout) -> int:
    """Save a built printout to ``out``, whole or not at all, and say so."""
    from peerhelper.operations.printouts import save_pdf

    try:
        save_pdf(printout, out)
    except OSError as error:
        raise BadInputError(f"Cannot write {out}: {error.strerror or error}") from error
    pages = printout.pages
    print(f"Wrote {out} ({pages} page{'s' if pages != 1 else ''})")
    return EXIT_OK


def check_out(paths: DataPaths, args: argparse.Namespace) -> None:
    """Refuse a bad ``--out`` before the printout is built (which takes a while)."""
    check_output_path(args.out, paths.root, args.force, example=f"{args.command}.pdf")


def handout_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations import printouts
    from peerhelper.printing.handout import HandoutOptions

    guide = printouts.library_guide(paths, args.guide_id)
    options = HandoutOptions(
        lang=args.lang,
        second_lang=args.second_lang,
        service_lang=args.service_lang,
        large_print=args.large_print,
        paper=args.paper,
        note=args.note,
        bring=args.bring,
    )
    check_out(paths, args)
    return write_pdf(args.out, printouts.handout(paths, guide, options))


def sign_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations import printouts
    from peerhelper.printing.sign import left_out_languages

    check_out(paths, args)
    status = write_pdf(args.out, printouts.sign(paths, args.paper))
    missing = left_out_languages(printouts.site_profile(paths))
    if missing:
        print(f"Not on the sign: {', '.join(missing)}.", file=sys.stderr)
    return status


def tally_sheet_command(paths: DataPaths, args: argparse.Namespace) -> int:
    from peerhelper.operations import printouts

    check_out(paths, args)
    return write_pdf(args.out, printouts.tally_sheet(paths, args.lang, args.paper))

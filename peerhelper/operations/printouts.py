"""Printouts with the site's own data: handouts, the sign, the tally sheet, referral slips.

Each builder reads the site profile, the chosen digital-support symbol and
the session topics (as a coordinator named them), builds the PDF in memory
and returns its bytes and page count: nothing is written while building, so
a failure leaves no half file. :func:`save_pdf` then writes a built printout
whole or not at all (``peerhelper.atomic``); the window's "Save as PDF" and
the ``handout``, ``sign``, ``tally-sheet`` and ``referral-slip`` commands
all go through it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from peerhelper.atomic import write_atomic
from peerhelper.errors import BadInputError
from peerhelper.paths import DataPaths
from peerhelper.storage.symbol import current_symbol

if TYPE_CHECKING:
    from peerhelper.domain.directory import DirectoryEntryData
    from peerhelper.domain.site import SiteProfileData
    from peerhelper.guides.model import Guide
    from peerhelper.printing.handout import HandoutOptions
    from peerhelper.printing.referral_slip import SlipOptions


@dataclass(frozen=True)
class Printout:
    pdf: bytes
    pages: int


def site_profile(paths: DataPaths) -> SiteProfileData | None:
    from peerhelper.storage.database import open_database
    from peerhelper.storage.site_repo import load_site_profile

    db = open_database(paths.database, paths.backups)
    try:
        return load_site_profile(db)
    finally:
        db.close()


def library_guide(paths: DataPaths, guide_id: str) -> Guide:
    """The bundled or local guide ``guide_id``; :class:`BadInputError` naming the known ids."""
    from peerhelper.guides.library import load_all

    guides, _problems = load_all(paths)
    by_id = {guide.id: guide for guide in guides}
    guide = by_id.get(guide_id)
    if guide is None:
        known = ", ".join(sorted(by_id))
        raise BadInputError(f"No guide with the id {guide_id!r}. Guides: {known}")
    return guide


def handout(paths: DataPaths, guide: Guide, options: HandoutOptions) -> Printout:
    from peerhelper.printing.handout import build_handout

    buffer = io.BytesIO()
    pages = build_handout(guide, options, site_profile(paths), buffer, current_symbol(paths))
    return Printout(buffer.getvalue(), pages)


def sign(paths: DataPaths, paper: str = "A4") -> Printout:
    from peerhelper.printing.sign import build_sign

    buffer = io.BytesIO()
    pages = build_sign(site_profile(paths), paper, buffer, current_symbol(paths))
    return Printout(buffer.getvalue(), pages)


def tally_sheet(paths: DataPaths, lang: str = "fi", paper: str = "A4") -> Printout:
    from peerhelper.printing.tally_sheet import build_tally_sheet
    from peerhelper.storage import sessions_repo
    from peerhelper.storage.database import open_database

    db = open_database(paths.database, paths.backups)
    try:
        topics = [(t.code, t.label(lang)) for t in sessions_repo.list_topics(db)]
    finally:
        db.close()
    profile = site_profile(paths)
    site = profile.cleaned().site_name if profile else ""
    buffer = io.BytesIO()
    pages = build_tally_sheet(buffer, lang, paper, topics=topics, site_name=site)
    return Printout(buffer.getvalue(), pages)


def referral_slip(paths: DataPaths, entry: DirectoryEntryData, options: SlipOptions) -> Printout:
    """A slip sending the client to ``entry``, in their language and a second one."""
    from peerhelper.printing.referral_slip import build_slip

    buffer = io.BytesIO()
    pages = build_slip(entry, options, site_profile(paths), buffer, current_symbol(paths))
    return Printout(buffer.getvalue(), pages)


def save_pdf(printout: Printout | bytes, path: Path) -> None:
    """Write the PDF to ``path`` whole or not at all (a failed write leaves no half file).

    Raises ``OSError`` or :class:`~peerhelper.errors.DiskFullError`; the
    caller checked the path (``outputs.check_output_path`` or a save dialog).
    """
    pdf = printout.pdf if isinstance(printout, Printout) else printout
    write_atomic(path, pdf)

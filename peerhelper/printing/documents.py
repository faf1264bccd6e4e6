"""Each printout as one call, with the site's own data: used by the window and the CLI.

These read the site profile, the chosen digital-support symbol and the
session topics (as a coordinator named them), build the PDF in memory and
return its bytes and page count. Nothing is written anywhere, so a failure
leaves no half file.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from peerhelper.domain.site import SiteProfileData
from peerhelper.guides.model import Guide
from peerhelper.paths import DataPaths
from peerhelper.printing.handout import HandoutOptions
from peerhelper.symbol import current_symbol

if TYPE_CHECKING:
    from peerhelper.domain.directory import DirectoryEntryData
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
    from peerhelper.printing.referral_slip import build_slip

    buffer = io.BytesIO()
    pages = build_slip(entry, options, site_profile(paths), buffer, current_symbol(paths))
    return Printout(buffer.getvalue(), pages)

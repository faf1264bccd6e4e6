"""Add the guides of a pack to the local guide folder: all of them, or none.

The pack's directory is checked first (:mod:`peerhelper.guides.pack_check`),
then it is unpacked into a hidden folder inside the local guide folder and
every guide there is loaded and checked like ``guides check`` does (every
picture decoded and drawn). Any problem refuses the whole pack with
:class:`PackRefused` and its reasons; nothing is written but the hidden
folder, which is removed. Only when everything passed are the guides moved
into place.

A guide already there is replaced only by a higher ``version``; the old one
is first copied into the backups. An equal or lower version is "already up
to date". A pack may carry a guide that comes with the program at the same
or a lower version (it is then up to date too), never a newer one: that
would replace a bundled guide.
"""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from peerhelper.errors import BadInputError
from peerhelper.guides import local_store
from peerhelper.guides.library import load_local
from peerhelper.guides.loader import load_bundled, load_guide
from peerhelper.guides.model import MANIFEST_NAME, Guide
from peerhelper.guides.pack_check import PackRefused, read_pack_listing, unpack
from peerhelper.guides.pack_export import PackInfo
from peerhelper.paths import DataPaths
from peerhelper.picture_check import picture_problem

Action = Literal["added", "replaced", "up_to_date", "bundled"]
Progress = Callable[[str], None]

__all__ = ["GuideOutcome", "ImportSummary", "PackRefused", "import_pack", "version_key"]


@dataclass(frozen=True)
class GuideOutcome:
    """What importing did with one guide of the pack."""

    id: str
    version: str
    action: Action  # "bundled": the program has this guide at this or a newer version
    title: str = ""
    old_version: str | None = None


@dataclass(frozen=True)
class ImportSummary:
    pack: PackInfo
    outcomes: tuple[GuideOutcome, ...]
    set_aside: Path | None = None  # the copy of the replaced guides in the backups

    @property
    def changed(self) -> bool:
        return any(o.action in ("added", "replaced") for o in self.outcomes)

    def count(self, action: Action) -> int:
        return sum(1 for o in self.outcomes if o.action == action)


def version_key(version: str) -> tuple[int, int, int]:
    """``"1.2"`` → ``(1, 2, 0)``, so that versions compare as numbers."""
    parts = [int(part) for part in version.split(".")] + [0, 0, 0]
    return parts[0], parts[1], parts[2]


def check_unpacked(folder: Path) -> tuple[Guide | None, list[str]]:
    """Load and check one unpacked guide folder: every file, every step drawn."""
    from peerhelper.guides.checks import picture_problems

    reasons = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.name == MANIFEST_NAME and path.parent == folder:
            continue
        found = picture_problem(path, folder=folder, decode=True)
        if found is not None:
            reasons.append(f"{path.relative_to(folder.parent).as_posix()}: {found.detail}")
    if reasons:
        return None, reasons
    guide, problems = load_guide(folder)
    for problem in problems:
        if problem.severity == "error" or problem.code == "id_mismatch":
            reasons.append(str(problem))
    if guide is None or reasons:
        return None, reasons
    reasons += [str(problem) for problem in picture_problems([guide])]
    return (None if reasons else guide), reasons


def _plan(guides: list[Guide], local_root: Path) -> tuple[list[GuideOutcome], list[str]]:
    bundled = {g.id: g for g in load_bundled()[0]}
    local = {g.id: g for g in load_local(local_root)[0]}
    outcomes, reasons = [], []
    for guide in guides:
        title = guide.title.get("en")
        new = version_key(guide.version)
        if guide.id in bundled:
            ours = bundled[guide.id]
            if new > version_key(ours.version):
                reasons.append(
                    f"{guide.id}: version {guide.version} would replace a guide that comes with "
                    f"the program (version {ours.version}); give the guide a new id"
                )
            outcomes.append(GuideOutcome(guide.id, guide.version, "bundled", title, ours.version))
        elif guide.id in local:
            old = local[guide.id].version
            action: Action = "replaced" if new > version_key(old) else "up_to_date"
            outcomes.append(GuideOutcome(guide.id, guide.version, action, title, old))
        elif (local_root / guide.id).exists():  # a folder there that does not load
            outcomes.append(GuideOutcome(guide.id, guide.version, "replaced", title, None))
        else:
            outcomes.append(GuideOutcome(guide.id, guide.version, "added", title))
    return outcomes, reasons


def open_pack(path: Path) -> zipfile.ZipFile:
    if not path.is_file():
        raise BadInputError(f"{path} does not exist or is not a file. Give a guide pack (.zip).")
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise PackRefused([f"{path.name} is not a zip file"]) from None


def import_pack(paths: DataPaths, path: Path, progress: Progress | None = None) -> ImportSummary:
    """Add the guides of the pack at ``path``; raise :class:`PackRefused` and change nothing."""

    def tell(text: str) -> None:
        if progress is not None:
            progress(text)

    local_root = paths.local_guides
    with open_pack(path) as pack:
        listing = read_pack_listing(pack)
        local_store.clean_staging(local_root)
        staging = local_store.staging_folder(local_root)
        try:
            tell("unpacking")
            unpack(pack, listing, staging)
            guides, reasons = [], []
            for number, ident in enumerate(sorted(listing.files), 1):
                tell(f"checking {number}/{len(listing.files)}: {ident}")
                guide, found = check_unpacked(staging / ident)
                reasons += found
                if guide is not None:
                    guides.append(guide)
            if reasons:
                raise PackRefused(reasons)
            outcomes, reasons = _plan(guides, local_root)
            if reasons:
                raise PackRefused(reasons)
            moving = [o.id for o in outcomes if o.action in ("added", "replaced")]
            replaced = [o.id for o in outcomes if o.action == "replaced"]
            aside = None
            if replaced:
                old = [(ident, local_root / ident) for ident in replaced]
                aside = local_store.set_aside(paths.backups, old, "replaced")
            tell("moving into place")
            local_store.move_into_place(staging, local_root, moving)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return ImportSummary(listing.info, tuple(outcomes), aside)

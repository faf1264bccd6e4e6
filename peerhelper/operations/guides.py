"""Guides: list the library, check guides, share them as packs, remove a local one.

``peerhelper guides …``, the library page and the tools that check guides
call these; they return the guides, problems or what was done, and the
command line prints them. The library is the bundled guides and the
organisation's own (local) ones, in the data folder's ``guides/``; every
backup takes the local guides along (see :mod:`peerhelper.operations.backups`).
A folder that cannot be read as guides, an unknown id or a refused pack is a
:class:`~peerhelper.errors.BadInputError`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from peerhelper.domain.languages import BUNDLED_CAPTION_LANGUAGES
from peerhelper.errors import BadInputError
from peerhelper.guides import local_store
from peerhelper.guides.checks import check_folder
from peerhelper.guides.library import load_all, load_local
from peerhelper.guides.loader import bundled_guides_dir, load_library
from peerhelper.guides.model import MANIFEST_NAME, Guide, Problem
from peerhelper.guides.pack_export import PackInfo, export_guides
from peerhelper.guides.pack_import import ImportSummary, Progress, import_pack
from peerhelper.outputs import check_output_path
from peerhelper.paths import DataPaths


@dataclass(frozen=True)
class GuideFolder:
    """What a folder of guides holds: the usable guides and every problem found."""

    folder: Path
    guides: list[Guide]
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "error"]

    @property
    def broken(self) -> int:
        """How many guide folders have an error."""
        return len({p.folder for p in self.errors})

    def guides_ok(self) -> list[str]:
        return [g.id for g in self.guides if not any(p.folder == g.folder for p in self.errors)]


def _usable_folder(folder: Path) -> None:
    """Raise :class:`BadInputError` unless ``folder`` can be read as guides."""
    if folder.is_dir():
        return
    if folder.exists():
        raise BadInputError(
            f"{folder} is a file, not a guide folder. Give the folder that holds the "
            f"guide's {MANIFEST_NAME} (or a folder of guide folders)."
        )
    raise BadInputError(f"{folder}: the guide folder does not exist")


def list_guides(paths: DataPaths, folder: Path | None = None) -> GuideFolder:
    """The guides of ``folder``; by default the whole library, each marked with its origin.

    The library's bundled guides must have every bundled language; local
    guides need none. For the library, ``GuideFolder.folder`` is the local
    guides' folder (it may not exist yet).
    """
    if folder is None:
        guides, problems = load_all(paths)
        return GuideFolder(paths.local_guides, guides, problems)
    _usable_folder(folder)
    guides, problems = load_library(folder)
    return GuideFolder(folder, guides, problems)


def check_guides(
    folder: Path | None = None, required: Iterable[str] | None = None, today: date | None = None
) -> GuideFolder:
    """Check every guide in ``folder`` (a library or one guide; default: the bundled guides).

    ``required`` are the caption languages every guide must have (default:
    the bundled nine for the bundled guides, none for other folders).
    """
    if required is None:
        required = BUNDLED_CAPTION_LANGUAGES if folder is None else ()
    folder = folder if folder is not None else bundled_guides_dir()
    _usable_folder(folder)
    guides, problems = check_folder(folder, required, today)
    return GuideFolder(folder, guides, problems)


def site_organisation(paths: DataPaths) -> str:
    """The organisation of the site profile, or "" (read-only, never waits for a lock)."""
    if not paths.database.is_file():
        return ""
    try:
        connection = sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True, timeout=1)
        try:
            row = connection.execute(
                "SELECT organisation FROM site_profile ORDER BY id LIMIT 1"
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return ""
    return str(row[0]) if row and row[0] else ""


def export_pack(
    paths: DataPaths,
    guide_ids: Sequence[str],
    out: Path,
    *,
    name: str = "",
    organisation: str | None = None,
    force: bool = False,
) -> PackInfo:
    """Save the guides ``guide_ids`` (bundled or local) as a pack at ``out``."""
    check_output_path(out, paths.root, force, example="guides.zip")
    if not guide_ids:
        raise BadInputError("Name at least one guide to put in the pack.")
    guides, _problems = load_all(paths)
    by_id = {guide.id: guide for guide in guides}
    unknown = [ident for ident in guide_ids if ident not in by_id]
    if unknown:
        raise BadInputError(
            f"No guide with the id {', '.join(map(repr, unknown))}. "
            "See the ids with: peerhelper guides list"
        )
    chosen = [by_id[ident] for ident in dict.fromkeys(guide_ids)]
    if organisation is None:
        organisation = site_organisation(paths)
    return export_guides(out, chosen, name.strip() or out.stem, organisation)


def import_guides(paths: DataPaths, pack: Path, progress: Progress | None = None) -> ImportSummary:
    """Add the guides of ``pack``: all of them or none (raises ``PackRefused``)."""
    return import_pack(paths, pack, progress)


def remove_local_guide(paths: DataPaths, guide_id: str) -> Path:
    """Remove a local guide after copying it into the backups; the copy's path."""
    folder = paths.local_guides / guide_id
    local = {guide.id: guide for guide in load_local(paths.local_guides)[0]}
    if guide_id in local:
        folder = local[guide_id].folder
    elif not guide_id or "/" in guide_id or "\\" in guide_id or guide_id.startswith("."):
        folder = paths.local_guides / "-"  # never a path outside the local guides
    if not folder.is_dir() or folder.is_symlink():
        bundled = {guide.id for guide in load_all(paths)[0] if not guide.is_local}
        if guide_id in bundled:
            raise BadInputError(
                f"{guide_id!r} comes with the program and cannot be removed; "
                "only the organisation's own guides can."
            )
        raise BadInputError(f"There is no local guide with the id {guide_id!r}.")
    copy = local_store.set_aside(paths.backups, [(folder.name, folder)], "removed")
    local_store.remove_folder(folder)
    return copy

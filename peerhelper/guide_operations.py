"""User actions on guides, shared by the command line and the window.

List the whole library, remove a local guide (after a copy into the
backups), save guides as a pack and add guides from a pack. (Every database
backup takes the local guides along: see ``operations.backup_now``.)
Functions take plain values, return results and raise :mod:`peerhelper.errors`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from peerhelper.errors import BadInputError
from peerhelper.guides import local_store
from peerhelper.guides.library import load_all, load_local
from peerhelper.guides.model import Guide, Problem
from peerhelper.guides.pack_export import PackInfo, export_guides
from peerhelper.guides.pack_import import ImportSummary, Progress, import_pack
from peerhelper.outputs import check_output_path
from peerhelper.paths import DataPaths


def all_guides(paths: DataPaths) -> tuple[list[Guide], list[Problem]]:
    """The bundled and the local guides, each marked with its origin."""
    return load_all(paths)


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

"""The local guide folder on disk: copies into the backups, removal, moves into place.

Nothing here deletes a guide without a copy first: a removed or replaced
guide is written as a pack into the backups folder
(``guides-YYYYMMDD-HHMMSS-removed.zip`` or ``…-replaced.zip``; never pruned),
and every database backup gets the local guides beside it
(``peerhelper-…-daily.guides.zip``, pruned with its database backup). Each
of those files is a guide pack, so ``guides import`` brings a guide back.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from peerhelper.atomic import fsync_folder
from peerhelper.guides.pack_export import local_guide_folders, write_pack
from peerhelper.storage.backup import GUIDES_SUFFIX

STAGING_PREFIX = ".import-"


def guides_backup_beside(database_backup: Path) -> Path:
    """Where the local guides of a database backup go: the same name, ``.guides.zip``."""
    return database_backup.with_name(database_backup.stem + GUIDES_SUFFIX)


def backup_local_guides(local_root: Path, target: Path) -> Path | None:
    """Write every local guide folder to ``target`` as a pack; None if there are none."""
    folders = local_guide_folders(local_root)
    if not folders:
        return None
    write_pack(target, folders, "Local guides (backup)")
    return target


def set_aside(backups: Path, folders: Sequence[tuple[str, Path]], reason: str) -> Path:
    """Copy guide folders into the backups folder as a pack before they change or go."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = f"{datetime.now():%Y%m%d-%H%M%S}"
    target = backups / f"guides-{stamp}-{reason}.zip"
    n = 1
    while target.exists():
        target = backups / f"guides-{stamp}-{reason}-{n}.zip"
        n += 1
    ids = ", ".join(ident for ident, _ in folders)
    write_pack(target, folders, f"Guides {reason} on {datetime.now():%Y-%m-%d}: {ids}")
    return target


def remove_folder(folder: Path) -> None:
    """Take a guide folder away at once (a rename), then delete what was in it."""
    gone = folder.with_name(f".removed-{folder.name}-{os.getpid()}")
    os.replace(folder, gone)
    fsync_folder(folder.parent)
    shutil.rmtree(gone, ignore_errors=True)


def staging_folder(local_root: Path) -> Path:
    """A new hidden folder inside the local guides, where a pack is unpacked and checked."""
    local_root.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=local_root))


def move_into_place(staging: Path, local_root: Path, ids: Sequence[str]) -> None:
    """Move checked guide folders from ``staging`` into ``local_root``, all or none.

    A folder being replaced is moved into ``staging`` first (the caller has
    set a copy aside); if any move fails, every move made is undone.
    """
    done: list[tuple[Path, Path]] = []
    try:
        for ident in ids:
            target = local_root / ident
            if target.exists():
                old = staging / f".old-{ident}"
                os.replace(target, old)
                done.append((old, target))
            os.replace(staging / ident, target)
            done.append((target, staging / ident))
    except BaseException:
        for moved_to, moved_from in reversed(done):
            with contextlib.suppress(OSError):
                os.replace(moved_to, moved_from)
        raise
    fsync_folder(local_root)


def clean_staging(local_root: Path, older_than: float = 3600.0) -> None:
    """Remove what interrupted imports and removals left in the local guide folder.

    Only folders untouched for ``older_than`` seconds: another import may be busy now.
    """
    if not local_root.is_dir():
        return
    now = time.time()
    for path in local_root.iterdir():
        if not path.name.startswith((STAGING_PREFIX, ".removed-", ".draft-")) or not path.is_dir():
            continue
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > older_than:
                shutil.rmtree(path, ignore_errors=True)

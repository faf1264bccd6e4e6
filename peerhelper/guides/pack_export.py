"""Write guide packs: a zip with ``pack.json`` at the top and one folder per guide.

The format is described in ``docs/guide-packs.md``. The same writer makes a
pack of chosen guides (``guides export``, "Save as pack…") and the zip of
every local guide folder that goes beside each database backup; a backup
copies folders as they are, even one that no longer loads.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from peerhelper.atomic import atomic_output
from peerhelper.guides.model import MANIFEST_NAME, Guide

PACK_FILE = "pack.json"
PACK_FORMAT = 1
# What a guide folder may hold; anything else (notes, editor files) stays behind.
PACK_SUFFIXES = frozenset({".json", ".svg", ".png", ".jpg", ".jpeg"})
_ALREADY_COMPRESSED = frozenset({".png", ".jpg", ".jpeg"})

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PackInfo:
    """What ``pack.json`` says about a pack."""

    name: str
    organisation: str
    created: str  # ISO 8601, UTC
    guides: tuple[str, ...]
    format: int = PACK_FORMAT

    def as_json(self) -> dict[str, object]:
        return {
            "format": self.format,
            "name": self.name,
            "organisation": self.organisation,
            "created": self.created,
            "guides": list(self.guides),
        }


def guide_files(folder: Path) -> list[Path]:
    """The files of a guide folder that go into a pack, in a stable order.

    Links are never followed, and hidden files are left out.
    """
    found = []
    pending = [folder]
    while pending:
        current = pending.pop()
        for path in current.iterdir():
            if path.name.startswith(".") or path.is_symlink():
                continue
            if path.is_dir():
                pending.append(path)
            elif path.is_file() and _belongs(path, current == folder):
                found.append(path)
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _belongs(path: Path, top: bool) -> bool:
    if path.suffix.lower() == ".json":
        return top and path.name == MANIFEST_NAME
    return path.suffix.lower() in PACK_SUFFIXES


def write_pack(
    out: Path,
    folders: Sequence[tuple[str, Path]],
    name: str,
    organisation: str = "",
    progress: Progress | None = None,
) -> PackInfo:
    """Write ``folders`` (pack folder name, guide folder) as a pack to ``out``, atomically."""
    created = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    info = PackInfo(name, organisation, created, tuple(ident for ident, _ in folders))
    with atomic_output(out) as handle, zipfile.ZipFile(handle, "w") as pack:
        pack.writestr(
            _entry(PACK_FILE),
            json.dumps(info.as_json(), ensure_ascii=False, indent=2) + "\n",
            compress_type=zipfile.ZIP_DEFLATED,
        )
        for done, (ident, folder) in enumerate(folders):
            for path in guide_files(folder):
                relative = path.relative_to(folder).as_posix()
                suffix = path.suffix.lower()
                method = (
                    zipfile.ZIP_STORED if suffix in _ALREADY_COMPRESSED else zipfile.ZIP_DEFLATED
                )
                pack.writestr(
                    _entry(f"{ident}/{relative}"), path.read_bytes(), compress_type=method
                )
            if progress is not None:
                progress(done + 1, len(folders))
    return info


def _entry(name: str) -> zipfile.ZipInfo:
    entry = zipfile.ZipInfo(name, date_time=datetime.now().timetuple()[:6])
    entry.external_attr = 0o644 << 16  # a plain file, readable by all, wherever unpacked
    return entry


def export_guides(
    out: Path,
    guides: Sequence[Guide],
    name: str,
    organisation: str = "",
    progress: Progress | None = None,
) -> PackInfo:
    """Write ``guides`` (bundled or local) as a pack; each folder is named after its guide's id."""
    return write_pack(out, [(g.id, g.folder) for g in guides], name, organisation, progress)


def local_guide_folders(root: Path) -> list[tuple[str, Path]]:
    """Every guide folder under a local guide folder, as it is (for backups)."""
    if not root.is_dir():
        return []
    folders = [
        p
        for p in root.iterdir()
        if p.is_dir() and not p.is_symlink() and not p.name.startswith(".")
    ]
    return [(p.name, p) for p in sorted(folders)]

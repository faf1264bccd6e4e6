"""Checks for picture files inside a guide folder: path safety, type and content.

A guide pack may come from anywhere (a USB stick, an e-mail), so a file
name must stay inside its guide folder, and a file must really be the
picture its name says before any renderer sees it; the content checks are
:mod:`peerhelper.picture_check`'s, shared with the symbol and printing.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from peerhelper import picture_check

RASTER_SUFFIXES = picture_check.RASTER_FORMATS
VECTOR_SUFFIXES = picture_check.SVG_SUFFIXES


def resolve_inside(folder: Path, name: str) -> Path | None:
    """``folder / name`` if ``name`` is a plain relative path that stays inside ``folder``."""
    if not name or "\0" in name:  # a NUL byte cannot be in any real file name
        return None
    pure = PurePosixPath(name.replace("\\", "/"))
    if pure.is_absolute() or ".." in pure.parts or ":" in name:
        return None
    try:
        path = (folder / Path(*pure.parts)).resolve()
        path.relative_to(folder.resolve())
    except (OSError, RuntimeError, ValueError):  # outside, or a loop of links
        return None
    return path


def picture_kind(path: Path) -> str | None:
    """``"svg"`` or ``"raster"`` by file name, or None for any other file."""
    suffix = path.suffix.lower()
    if suffix in VECTOR_SUFFIXES:
        return "svg"
    if suffix in RASTER_SUFFIXES:
        return "raster"
    return None


def raster_size(path: Path) -> tuple[int, int]:
    """Pixel width and height of a usable PNG or JPEG; raises ValueError if it is not one."""
    return picture_check.raster_size(path)


def check_picture_file(path: Path, folder: Path | None = None, decode: bool = False) -> str | None:
    """Why ``path`` cannot be used as a step picture, or None if it can.

    An SVG may use screenshots in ``folder`` (by default its own folder);
    ``decode`` decodes raster pictures too (``guides check``).
    """
    found = picture_check.picture_problem(path, folder=folder or path.parent, decode=decode)
    return None if found is None else found.detail

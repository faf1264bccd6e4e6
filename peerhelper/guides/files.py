"""Checks for picture files inside a guide folder: path safety, type and content.

A guide pack may come from anywhere (a USB stick, an e-mail), so a file
name must stay inside its guide folder, and a file must really be the
picture its name says before any renderer sees it.
"""

from __future__ import annotations

import warnings
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

MAX_PICTURE_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
RASTER_SUFFIXES = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}
VECTOR_SUFFIXES = {".svg"}


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
    """Pixel width and height of a PNG or JPEG; raises ValueError if it is not one."""
    from PIL import Image

    with warnings.catch_warnings():
        # A decompression-bomb warning is a reason to refuse, not to print.
        warnings.simplefilter("error")
        try:
            with Image.open(path) as image:
                expected = RASTER_SUFFIXES[path.suffix.lower()]
                if image.format != expected:
                    raise ValueError(f"the file is {image.format or 'unknown'}, not {expected}")
                width, height = image.size
        except ValueError:
            raise
        except Exception as error:
            raise ValueError(f"not a readable picture ({type(error).__name__})") from error
    if width * height > MAX_PIXELS:
        raise ValueError(f"{width} x {height} pixels is too large")
    return width, height


def check_picture_file(path: Path) -> str | None:
    """Why ``path`` cannot be used as a step picture, or None if it can."""
    if not path.is_file():
        return "the file does not exist"
    kind = picture_kind(path)
    if kind is None:
        return "only .svg, .png, .jpg and .jpeg pictures are supported"
    if path.stat().st_size > MAX_PICTURE_BYTES:
        return "the file is larger than 20 MB"
    if kind == "raster":
        try:
            raster_size(path)
        except ValueError as error:
            return str(error)
        return None
    data = path.read_bytes()
    if b"<!ENTITY" in data or b"<!DOCTYPE" in data.upper():
        return "SVG files with a DOCTYPE or entities are not accepted"
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        return f"not valid SVG: {error}"
    if root.tag not in ("svg", "{http://www.w3.org/2000/svg}svg"):
        return "not an SVG document"
    return None

"""Which digital-support symbol goes on signs and handouts.

PeerHelper ships its own rendition of the public symbol. An organisation may
use the official file instead: it is checked (:mod:`peerhelper.picture_check`),
copied into the data folder (so it survives the original being moved) and
used from then on.
"""

from __future__ import annotations

from pathlib import Path

from peerhelper.atomic import copy_atomic
from peerhelper.paths import DataPaths, assets_dir
from peerhelper.picture_check import PictureError, PictureProblem, check_picture

DEFAULT_SYMBOL = "digital-support-blue-filled.svg"
MAX_BYTES = 10 * 1024 * 1024
_KINDS = (".svg", ".png")


def default_symbol() -> Path:
    return assets_dir() / "symbols" / DEFAULT_SYMBOL


def custom_symbol(paths: DataPaths) -> Path | None:
    for suffix in _KINDS:
        candidate = paths.root / f"symbol{suffix}"
        if candidate.exists():
            return candidate
    return None


def current_symbol(paths: DataPaths) -> Path:
    return custom_symbol(paths) or default_symbol()


def check_symbol_file(source: Path) -> None:
    """Raise :class:`PictureError` unless ``source`` is a usable SVG or PNG picture.

    The whole picture is checked and decoded now, so a file that would make
    every later sign and handout fail is refused when it is chosen.
    """
    if source.suffix.lower() not in _KINDS:
        detail = "the symbol must be an SVG or PNG file"
        raise PictureError(source.name, PictureProblem("symbol_kind", detail))
    check_picture(source, decode=True, max_bytes=MAX_BYTES)


def install_symbol(paths: DataPaths, source: Path) -> Path:
    """Check ``source`` and use a copy of it from now on (the one in use stays if it fails)."""
    check_symbol_file(source)
    target = paths.root / f"symbol{source.suffix.lower()}"
    paths.root.mkdir(parents=True, exist_ok=True)
    copy_atomic(source, target)
    for suffix in _KINDS:
        if suffix != target.suffix:
            (paths.root / f"symbol{suffix}").unlink(missing_ok=True)
    return target


def reset_symbol(paths: DataPaths) -> None:
    """Go back to PeerHelper's own rendition."""
    for suffix in _KINDS:
        (paths.root / f"symbol{suffix}").unlink(missing_ok=True)

"""Which digital-support symbol goes on signs and handouts.

PeerHelper ships its own rendition of the public symbol. An organisation may
use the official file instead: it is checked, copied into the data folder
(so it survives the original being moved) and used from then on.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from peerhelper.errors import BadInputError
from peerhelper.paths import DataPaths, assets_dir

DEFAULT_SYMBOL = "digital-support-blue-filled.svg"
MAX_BYTES = 10 * 1024 * 1024
_KINDS = {".svg": b"<", ".png": b"\x89PNG"}


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
    """Raise :class:`BadInputError` unless ``source`` is a usable SVG or PNG picture."""
    suffix = source.suffix.lower()
    if suffix not in _KINDS:
        raise BadInputError(f"{source.name}: the symbol must be an SVG or PNG file")
    try:
        size = source.stat().st_size
        head = source.read_bytes()[:512] if size <= MAX_BYTES else b""
    except OSError as exc:
        raise BadInputError(f"{source.name} cannot be read: {exc.strerror}") from exc
    if size > MAX_BYTES:
        raise BadInputError(f"{source.name} is larger than 10 MB")
    text_start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text_start.startswith(_KINDS[suffix]) or (
        suffix == ".svg" and b"<svg" not in source.read_bytes()[:4096]
    ):
        raise BadInputError(f"{source.name} is not a valid {suffix[1:].upper()} picture")


def install_symbol(paths: DataPaths, source: Path) -> Path:
    """Check ``source`` and use a copy of it from now on."""
    check_symbol_file(source)
    reset_symbol(paths)
    target = paths.root / f"symbol{source.suffix.lower()}"
    paths.root.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def reset_symbol(paths: DataPaths) -> None:
    """Go back to PeerHelper's own rendition."""
    for suffix in _KINDS:
        (paths.root / f"symbol{suffix}").unlink(missing_ok=True)

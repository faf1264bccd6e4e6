"""A guide pack is untrusted input: check the zip before anything is unpacked.

``read_pack_listing`` looks only at the zip's directory and ``pack.json``:
names (no absolute path, ``..``, drive letter, link or special file, and the
layout ``pack.json`` + ``<guide-id>/…``), counts and sizes (at most
:data:`MAX_ENTRIES` entries, :data:`MAX_UNPACKED` bytes unpacked, no entry
that expands more than :data:`MAX_RATIO`-fold, a manifest within the loader's
2 MB). ``unpack`` then writes the entries into a folder, counting the bytes
it really gets, never trusting the sizes the zip declares. What is inside
the files (manifests, pictures) is checked by :mod:`peerhelper.guides.pack_import`.
"""

from __future__ import annotations

import json
import re
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from peerhelper.errors import BadInputError
from peerhelper.guides.loader import MAX_MANIFEST_BYTES, nesting_depth
from peerhelper.guides.manifest import ID_PATTERN
from peerhelper.guides.model import MANIFEST_NAME
from peerhelper.guides.pack_export import PACK_FILE, PACK_FORMAT, PACK_SUFFIXES, PackInfo

MAX_ENTRIES = 2_000
MAX_UNPACKED = 200 * 1024 * 1024
MAX_RATIO = 100
MAX_PACK_FILE = 64 * 1024
MAX_REASONS = 50
MAX_NAME = 240  # characters of an entry's path: within every file system's limit
_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f<>\"|?*]")
# Names Windows will not create (whatever the extension), so a pack is usable everywhere.
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_CHUNK = 1 << 16


class PackRefused(BadInputError):
    """The pack cannot be used; ``reasons`` says why (English, at most :data:`MAX_REASONS`)."""

    def __init__(self, reasons: list[str]) -> None:
        shown = reasons[:MAX_REASONS]
        if len(reasons) > MAX_REASONS:
            shown.append(f"… and {len(reasons) - MAX_REASONS} more problems")
        super().__init__(
            "The guide pack was refused and nothing was added:\n"
            + "\n".join(f"  - {reason}" for reason in shown)
        )
        self.reasons = shown


@dataclass
class PackListing:
    """The checked directory of a pack: its ``pack.json`` and the files of each guide folder."""

    info: PackInfo
    files: dict[str, list[zipfile.ZipInfo]] = field(default_factory=dict)


def _is_link_or_special(entry: zipfile.ZipInfo) -> bool:
    # Whatever system the zip claims to come from: a Unix file type in the high bits
    # that is not a plain file or folder (a link, a device, a pipe) is refused.
    kind = stat.S_IFMT(entry.external_attr >> 16)
    return kind not in (0, stat.S_IFREG, stat.S_IFDIR)


def name_problem(name: str) -> str | None:
    """Why an entry name is unsafe or outside the pack's layout, or None."""
    if len(name) > MAX_NAME or _CONTROL.search(name):
        return f"{name[:60]!r}: not a usable file name"
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return f"{name!r}: an absolute path"
    if "\\" in name or ":" in name:
        return f"{name!r}: a name with a backslash, drive or stream marker"
    parts = PurePosixPath(name).parts
    if any(part in ("..", ".") for part in name.rstrip("/").split("/")):
        return f"{name!r}: a path that leaves its folder ('..')"
    if not parts:
        return f"{name!r}: an empty name"
    if len(parts) == 1 and not name.endswith("/") and parts[0] != PACK_FILE:
        return f"{name!r}: only {PACK_FILE} and guide folders may be at the top of a pack"
    if not ID_PATTERN.match(parts[0]) and parts[0] != PACK_FILE:
        return f"{name!r}: a guide folder is named after its id (a-z, 0-9 and hyphens)"
    if name.endswith("/") or len(parts) == 1:
        return None
    if any(part.startswith(".") for part in parts):
        return f"{name!r}: a hidden file"
    if any(_RESERVED.match(part) or part.endswith((" ", ".")) for part in parts):
        return f"{name!r}: a name Windows cannot use"
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in PACK_SUFFIXES or (suffix == ".json" and parts[1:] != (MANIFEST_NAME,)):
        return f"{name!r}: a guide holds only {MANIFEST_NAME} and .svg, .png or .jpg pictures"
    return None


def _size_problems(entry: zipfile.ZipInfo) -> Iterator[str]:
    if entry.file_size > MAX_RATIO * max(entry.compress_size, 1) and entry.file_size > 1024:
        yield f"{entry.filename!r}: expands more than {MAX_RATIO}-fold (a zip bomb?)"
    limit = MAX_PACK_FILE if entry.filename == PACK_FILE else MAX_MANIFEST_BYTES
    if entry.filename.endswith(".json") and entry.file_size > limit:
        yield f"{entry.filename!r}: larger than {limit // 1024} KB"


def read_pack_listing(pack: zipfile.ZipFile) -> PackListing:
    """Check the directory of ``pack`` and read its ``pack.json``; raise :class:`PackRefused`."""
    entries = pack.infolist()
    reasons: list[str] = []
    if len(entries) > MAX_ENTRIES:
        raise PackRefused([f"the pack has {len(entries)} entries; at most {MAX_ENTRIES}"])
    total = sum(entry.file_size for entry in entries)
    if total > MAX_UNPACKED:
        mb = MAX_UNPACKED // (1024 * 1024)
        reasons.append(f"the pack unpacks to {total // (1024 * 1024)} MB; at most {mb} MB")
    seen: set[str] = set()
    files: dict[str, list[zipfile.ZipInfo]] = {}
    for entry in entries:
        name = entry.filename
        folded = name.rstrip("/").casefold()
        if folded in seen:
            reasons.append(f"{name!r}: the pack holds this name twice")
        seen.add(folded)
        if _is_link_or_special(entry):
            reasons.append(f"{name!r}: a link or special file")
            continue
        problem = name_problem(name)
        if problem:
            reasons.append(problem)
            continue
        reasons += _size_problems(entry)
        if entry.flag_bits & 0x1:
            reasons.append(f"{name!r}: encrypted")
        if not entry.is_dir() and name != PACK_FILE:
            files.setdefault(name.split("/", 1)[0], []).append(entry)
    if PACK_FILE not in seen:
        reasons.append(f"there is no {PACK_FILE} at the top: this is not a guide pack")
    for folder, found in sorted(files.items()):
        if not any(entry.filename == f"{folder}/{MANIFEST_NAME}" for entry in found):
            reasons.append(f"{folder}/: the guide folder has no {MANIFEST_NAME}")
    if not files and PACK_FILE in seen:
        reasons.append("the pack holds no guides")
    if reasons:
        raise PackRefused(reasons)
    info = _pack_info(pack.read(PACK_FILE), set(files))
    return PackListing(info, files)


def _pack_info(raw: bytes, folders: set[str]) -> PackInfo:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PackRefused([f"{PACK_FILE} is not valid JSON"]) from None
    if not isinstance(data, dict) or nesting_depth(data) > 4:
        raise PackRefused([f"{PACK_FILE} must be a flat JSON object"])
    reasons = []
    if data.get("format") != PACK_FORMAT:
        reasons.append(f"{PACK_FILE}: format {data.get('format')!r} is not supported (only 1)")
    texts = {}
    for key in ("name", "organisation", "created"):
        value = data.get(key, "")
        if not isinstance(value, str) or len(value) > 200:
            reasons.append(f"{PACK_FILE}: {key} must be a text of at most 200 characters")
            value = ""
        texts[key] = value.strip()
    if not texts["name"]:
        reasons.append(f"{PACK_FILE}: the pack has no name")
    listed = data.get("guides", sorted(folders))
    if (
        not isinstance(listed, list)
        or not all(isinstance(ident, str) for ident in listed)
        or set(listed) != folders
    ):
        reasons.append(f"{PACK_FILE}: guides must list exactly the guide folders of the pack")
    if reasons:
        raise PackRefused(reasons)
    return PackInfo(texts["name"], texts["organisation"], texts["created"], tuple(sorted(folders)))


def unpack(pack: zipfile.ZipFile, listing: PackListing, target: Path) -> None:
    """Write every guide file of ``listing`` under ``target``, refusing anything oversized."""
    written = 0
    for entries in listing.files.values():
        for entry in entries:
            path = target.joinpath(*PurePosixPath(entry.filename).parts)
            limit = entry.file_size
            got = 0
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                with pack.open(entry) as reading, path.open("xb") as writing:
                    while block := reading.read(_CHUNK):
                        got += len(block)
                        written += len(block)
                        if got > limit or written > MAX_UNPACKED:
                            raise PackRefused([f"{entry.filename!r}: larger than it says"])
                        writing.write(block)
            except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as error:
                raise PackRefused([f"{entry.filename!r}: damaged in the zip ({error})"]) from None
            except (FileExistsError, NotADirectoryError, IsADirectoryError):
                raise PackRefused(
                    [f"{entry.filename!r}: a file and a folder of that name"]
                ) from None

"""Load guide folders from disk without ever raising on bad content.

``load_guide`` reads one folder, ``load_library`` every guide folder under a
root. Whatever is wrong (no manifest, broken JSON, missing captions, a
picture that is not a picture) becomes a ``Problem`` with a code and an
English detail; the broken guide is left out and the rest still load.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from pathlib import Path

from peerhelper.domain.languages import BUNDLED_CAPTION_LANGUAGES
from peerhelper.guides.manifest import parse_manifest
from peerhelper.guides.model import MANIFEST_NAME, Guide, Problem

MAX_MANIFEST_BYTES = 2 * 1024 * 1024
# Real manifests nest about ten levels (a scene's groups add a few); deeper is
# a broken or hostile file, which would exhaust the stack of later steps.
MAX_NESTING = 64


def load_guide(
    folder: Path, required_languages: Collection[str] = ()
) -> tuple[Guide | None, list[Problem]]:
    """The guide in ``folder`` (None if it cannot be used) and every problem found.

    ``required_languages`` are caption languages the guide must declare (the
    bundled guides must have ``BUNDLED_CAPTION_LANGUAGES``).
    """
    folder = Path(folder)
    manifest = folder / MANIFEST_NAME
    if not manifest.is_file():
        return None, [Problem("no_manifest", f"no {MANIFEST_NAME} in the folder", folder)]
    try:
        if manifest.stat().st_size > MAX_MANIFEST_BYTES:
            return None, [Problem("unreadable", "the manifest is larger than 2 MB", folder)]
        raw = manifest.read_bytes()
    except OSError as error:
        return None, [Problem("unreadable", f"the manifest cannot be read: {error}", folder)]
    too_deep = Problem(
        "bad_json", f"the manifest is nested more than {MAX_NESTING} levels deep", folder
    )
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return None, [Problem("bad_json", "the manifest is not UTF-8 text", folder)]
    except json.JSONDecodeError as error:
        detail = f"the manifest is not valid JSON: {error.msg} at line {error.lineno}"
        return None, [Problem("bad_json", f"{detail}, column {error.colno}", folder)]
    except RecursionError:
        return None, [too_deep]
    except ValueError:
        # Python refuses integers of thousands of digits (its int-string limit).
        return None, [Problem("bad_json", "the manifest holds a number that is too long", folder)]
    if nesting_depth(data) > MAX_NESTING:
        return None, [too_deep]
    try:
        return parse_manifest(data, folder, required_languages)
    except RecursionError:
        return None, [too_deep]


def nesting_depth(data: object) -> int:
    """How deeply lists and objects nest in ``data``, counted without recursion."""
    deepest = 0
    pending: list[tuple[object, int]] = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict):
            children: Iterable[object] = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_NESTING:
            break
        pending.extend((child, depth + 1) for child in children)
    return deepest


def load_library(
    root: Path, required_languages: Collection[str] = ()
) -> tuple[list[Guide], list[Problem]]:
    """Every usable guide in the sub-folders of ``root``, and every problem found.

    Folders are read in name order; hidden folders are skipped. When two
    guides share an id, the first one wins and the second is reported.
    """
    root = Path(root)
    if not root.is_dir():
        return [], [Problem("no_library", "the guide folder does not exist", root)]
    guides: list[Guide] = []
    problems: list[Problem] = []
    seen: dict[str, Path] = {}
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        guide, found = load_guide(folder, required_languages)
        problems += found
        if guide is None:
            continue
        if guide.id in seen:
            detail = f"id {guide.id!r} is already used by {seen[guide.id].name}; skipped"
            problems.append(Problem("duplicate_id", detail, folder))
            continue
        seen[guide.id] = folder
        guides.append(guide)
    return guides, problems


def bundled_guides_dir() -> Path:
    """Where the guides that come with the program live."""
    from peerhelper.paths import assets_dir

    return assets_dir() / "comics"


def load_bundled() -> tuple[list[Guide], list[Problem]]:
    """The guides that come with the program, held to the bundled-language rule."""
    return load_library(bundled_guides_dir(), BUNDLED_CAPTION_LANGUAGES)

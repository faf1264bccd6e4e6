"""The whole guide library: the bundled guides and the organisation's own (local) ones.

Local guides live in the data folder's ``guides/`` folder, one folder per
guide in the format of ``docs/guide-format.md``; they need no particular
caption languages. A local guide cannot take a bundled guide's id: such a
folder is skipped with a ``duplicate_id`` problem, and the bundled guide stays.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from peerhelper.guides.loader import load_bundled, load_library
from peerhelper.guides.model import Guide, Problem
from peerhelper.paths import DataPaths


def load_local(folder: Path) -> tuple[list[Guide], list[Problem]]:
    """The guides in a local guide folder (none if it does not exist yet), marked local."""
    if not folder.is_dir():
        return [], []
    guides, problems = load_library(folder)
    return [dataclasses.replace(guide, origin="local") for guide in guides], problems


def load_all(paths: DataPaths) -> tuple[list[Guide], list[Problem]]:
    """Bundled guides first, then the local ones whose id no bundled guide has."""
    bundled, problems = load_bundled()
    local, local_problems = load_local(paths.local_guides)
    taken = {guide.id for guide in bundled}
    guides = list(bundled)
    for guide in local:
        if guide.id in taken:
            detail = f"id {guide.id!r} is a guide that comes with the program; skipped"
            local_problems.append(Problem("duplicate_id", detail, guide.folder))
            continue
        guides.append(guide)
    return guides, problems + local_problems


def find_guide(paths: DataPaths, guide_id: str) -> Guide | None:
    """The bundled or local guide with ``guide_id``, or None."""
    guides, _problems = load_all(paths)
    return next((guide for guide in guides if guide.id == guide_id), None)

"""Every check a guide must pass beyond loading: pictures decoded and drawn, layout, words.

``guides check`` (through :mod:`peerhelper.operations.guides`), the import of
a guide pack and the guide editor all check guides with these, so a guide
made in the app or brought in a pack meets the same rules as a bundled one.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from peerhelper.guides.files import check_picture_file
from peerhelper.guides.loader import load_guide, load_library
from peerhelper.guides.model import MANIFEST_NAME, Guide, Problem
from peerhelper.guides.picture_check import check_picture
from peerhelper.guides.pictures import step_svg
from peerhelper.guides.provenance import stale_problems
from peerhelper.guides.terms import load_terms, term_problems


def picture_problems(guides: Iterable[Guide]) -> list[Problem]:
    """Decode every picture file and draw every step in every service language.

    A picture that fails is a problem.
    """
    problems = []
    for guide in guides:
        for step in guide.steps:
            for _lang, path in step.picture.files:
                reason = check_picture_file(path, decode=True)
                if reason:
                    problems.append(Problem("bad_picture", reason, guide.folder, step.number))
            for lang in guide.service_languages:
                try:
                    step_svg(guide, step, lang)
                except Exception as error:
                    # Whatever goes wrong while drawing is exactly what a check must report.
                    detail = f"the picture cannot be drawn in {lang}: {error}"
                    problems.append(Problem("bad_picture", detail, guide.folder, step.number))
    return problems


def layout_problems(guides: Iterable[Guide]) -> list[Problem]:
    """What hides, cuts or shrinks the point of each drawn picture, once per step and finding."""
    problems = []
    for guide in guides:
        for step in guide.steps:
            if step.picture.scene is None:
                continue
            found: dict[tuple[str, str], list[str]] = {}
            for lang in guide.service_languages:
                for finding in check_picture(step.picture.scene, lang):
                    found.setdefault((finding.kind, finding.detail), []).append(lang)
            for (kind, detail), langs in found.items():
                code = "small_picture_text" if kind == "small_print" else "picture_layout"
                text = f"{detail} ({', '.join(langs)})"
                problems.append(Problem(code, text, guide.folder, step.number, "warning"))
    return problems


def check_folder(
    folder: Path, required: Iterable[str] = (), today: date | None = None
) -> tuple[list[Guide], list[Problem]]:
    """The usable guides of ``folder`` and every problem: a library, or one guide folder.

    ``today`` (default: the real date) decides which guides are due a new check of their facts.
    """
    required = tuple(required)
    if (folder / MANIFEST_NAME).is_file():
        guide, problems = load_guide(folder, required)
        guides = [guide] if guide is not None else []
    else:
        guides, problems = load_library(folder, required)
    today = today or date.today()
    drawn = picture_problems(guides) + layout_problems(guides)
    words = term_problems(guides, load_terms())
    return guides, problems + drawn + words + stale_problems(guides, today)

"""Guide folders: list the guides of a library, check guides for every problem.

``peerhelper guides list``/``guides check`` and the tools that check guides
call these; they return the guides and problems, and the command line
prints them. A folder that cannot be read as guides is a
:class:`~peerhelper.errors.BadInputError`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from peerhelper.domain.languages import BUNDLED_CAPTION_LANGUAGES
from peerhelper.errors import BadInputError
from peerhelper.guides.files import check_picture_file
from peerhelper.guides.loader import bundled_guides_dir, load_guide, load_library
from peerhelper.guides.model import MANIFEST_NAME, Guide, Problem
from peerhelper.guides.picture_check import check_picture
from peerhelper.guides.pictures import step_svg
from peerhelper.guides.provenance import stale_problems
from peerhelper.guides.terms import load_terms, term_problems


@dataclass(frozen=True)
class GuideFolder:
    """What a folder of guides holds: the usable guides and every problem found."""

    folder: Path
    guides: list[Guide]
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "error"]

    @property
    def broken(self) -> int:
        """How many guide folders have an error."""
        return len({p.folder for p in self.errors})

    def guides_ok(self) -> list[str]:
        return [g.id for g in self.guides if not any(p.folder == g.folder for p in self.errors)]


def _usable_folder(folder: Path) -> None:
    """Raise :class:`BadInputError` unless ``folder`` can be read as guides."""
    if folder.is_dir():
        return
    if folder.exists():
        raise BadInputError(
            f"{folder} is a file, not a guide folder. Give the folder that holds the "
            f"guide's {MANIFEST_NAME} (or a folder of guide folders)."
        )
    raise BadInputError(f"{folder}: the guide folder does not exist")


def list_guides(folder: Path | None = None) -> GuideFolder:
    """The guides of ``folder`` (default: the bundled ones, which must have every language)."""
    required = BUNDLED_CAPTION_LANGUAGES if folder is None else ()
    folder = folder if folder is not None else bundled_guides_dir()
    _usable_folder(folder)
    guides, problems = load_library(folder, required)
    return GuideFolder(folder, guides, problems)


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


def check_guides(
    folder: Path | None = None, required: Iterable[str] | None = None, today: date | None = None
) -> GuideFolder:
    """Check every guide in ``folder`` (a library or one guide; default: the bundled guides).

    ``required`` are the caption languages every guide must have (default:
    the bundled nine for the bundled guides, none for other folders).
    """
    if required is None:
        required = BUNDLED_CAPTION_LANGUAGES if folder is None else ()
    folder = folder if folder is not None else bundled_guides_dir()
    _usable_folder(folder)
    guides, problems = check_folder(folder, required, today)
    return GuideFolder(folder, guides, problems)

"""What ``peerhelper guides list`` and ``guides check`` do (see ``guides.cli``)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from peerhelper.errors import EXIT_BAD_INPUT, EXIT_OK
from peerhelper.guides.files import check_picture_file
from peerhelper.guides.loader import bundled_guides_dir, load_guide, load_library
from peerhelper.guides.model import BUNDLED_LANGUAGES, MANIFEST_NAME, Guide, Problem
from peerhelper.guides.picture_check import check_picture
from peerhelper.guides.pictures import step_svg
from peerhelper.guides.provenance import stale_problems
from peerhelper.guides.terms import load_terms, term_problems
from peerhelper.paths import DataPaths


def print_json(data: object) -> None:
    """JSON is UTF-8 whatever the console's code page (Windows redirects in cp1252)."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def folder_problem(folder: Path) -> str | None:
    """Why ``folder`` cannot be read as guides (a message for standard error), or None."""
    if folder.is_dir():
        return None
    if folder.exists():
        return (
            f"{folder} is a file, not a guide folder. Give the folder that holds the "
            f"guide's {MANIFEST_NAME} (or a folder of guide folders)."
        )
    return f"{folder}: the guide folder does not exist"


def refuse(message: str) -> int:
    print(f"peerhelper: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


# -- list ------------------------------------------------------------------------
def guide_summary(guide: Guide) -> dict[str, Any]:
    """A guide as a JSON-ready object."""
    return {
        "id": guide.id,
        "version": guide.version,
        "title": guide.title.as_dict(),
        "summary": guide.summary.as_dict(),
        "topics": list(guide.topics),
        "service": guide.service,
        "languages": list(guide.language_codes),
        "reviewed": {status.code: status.reviewed for status in guide.languages},
        "service_languages": list(guide.service_languages),
        "steps": len(guide.steps),
        "licence": guide.licence,
        "authors": list(guide.authors),
        "sources": [
            {"title": s.title, "publisher": s.publisher, "url": s.url} for s in guide.sources
        ],
        "checked": guide.checked.isoformat() if guide.checked else None,
        "source_language": guide.source_language,
        "folder": str(guide.folder),
    }


def list_guides(paths: DataPaths, args: argparse.Namespace) -> int:
    folder = args.dir if args.dir is not None else bundled_guides_dir()
    required = BUNDLED_LANGUAGES if args.dir is None else ()
    refusal = folder_problem(folder)
    if refusal:
        return refuse(refusal)
    guides, problems = load_library(folder, required)
    if args.json:
        print_json([guide_summary(g) for g in guides])
    else:
        for guide in guides:
            languages = ",".join(guide.language_codes)
            print(
                f"{guide.id:<32} {len(guide.steps):>2} steps  {languages}  {guide.title.get('en')}"
            )
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        broken = len({p.folder for p in errors})
        print(
            f"{broken} guide(s) could not be loaded; run 'peerhelper guides check' for details.",
            file=sys.stderr,
        )
    return EXIT_OK


# -- check -----------------------------------------------------------------------
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


def check_guides(paths: DataPaths, args: argparse.Namespace) -> int:
    folder = args.dir if args.dir is not None else bundled_guides_dir()
    if args.require is not None:
        required: tuple[str, ...] = tuple(c.strip() for c in args.require.split(",") if c.strip())
    else:
        required = BUNDLED_LANGUAGES if args.dir is None else ()
    refusal = folder_problem(folder)
    if refusal:
        return refuse(refusal)
    guides, problems = check_folder(folder, required)
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity != "error"]
    if args.json:
        report = {
            "folder": str(folder),
            "guides_ok": [g.id for g in guides if not any(p.folder == g.folder for p in errors)],
            "problems": [
                {
                    "code": p.code,
                    "severity": p.severity,
                    "folder": str(p.folder),
                    "step": p.step,
                    "detail": p.detail,
                }
                for p in problems
            ],
        }
        print_json(report)
    else:
        for problem in [*errors, *warnings]:
            print(f"{problem.severity}: {problem}")
        broken = len({p.folder for p in errors})
        print(
            f"{len(guides)} guide(s) loaded, {broken} with errors, "
            f"{len(warnings)} warning(s) in {folder}"
        )
    failed = bool(errors) or (args.strict and bool(warnings))
    return EXIT_BAD_INPUT if failed else EXIT_OK

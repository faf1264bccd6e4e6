"""A guide being made in the app, written as an ordinary guide folder and checked like one.

A :class:`GuideDraft` holds what the editor collects: titles, captions and
alt texts per language, the facts' sources, and each step's picture — a
screenshot or photo (kept in memory with its crop and marks; the file it
came from is never copied) or a simple kit scene. :func:`write_draft` makes
a guide folder of it; :func:`check_draft` writes it to a hidden preview
folder and checks it with every rule of ``guides check``, so the preview
(show-to-client, handout) shows exactly what will be saved;
:func:`save_draft` refuses a guide with any error and otherwise moves the
checked folder into the local guides.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PIL import Image

from peerhelper.atomic import write_atomic
from peerhelper.domain.languages import LOCAL_LANGUAGE, SERVICE_LANGUAGES, UI_LANGUAGES
from peerhelper.errors import BadInputError
from peerhelper.guides import local_store
from peerhelper.guides.authoring import Box, Mark, compose, save_clean
from peerhelper.guides.library import load_all
from peerhelper.guides.model import MANIFEST_NAME, Guide, Problem
from peerhelper.paths import DataPaths

DRAFT_PREFIX = ".draft-"
KIT_DEVICES = ("phone", "laptop")
KIT_BADGES = ("", "done", "danger")


class GuideNotReady(BadInputError):
    """The guide breaks a rule of the guide format; ``problems`` lists every error."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("The guide cannot be saved yet: " + "; ".join(map(str, problems)))
        self.problems = list(problems)


@dataclass
class ScreenshotPicture:
    image: Image.Image  # upright RGB pixels, read from the chosen file
    crop: Box | None = None
    marks: list[Mark] = field(default_factory=list)


@dataclass
class KitPicture:
    """A phone or laptop screen with a title and a few labelled buttons, drawn by the kit."""

    device: str = "phone"
    title: str = ""
    items: list[tuple[str, str]] = field(default_factory=list)  # (icon, text)
    highlight: int | None = None  # index into items
    pointer: bool = False
    badge: str = ""

    def scene(self) -> dict[str, Any]:
        elements: list[dict[str, Any]] = [
            {"type": "button", "text": text, "icon": icon, "id": f"item{n}"}
            if icon
            else {"type": "button", "text": text, "id": f"item{n}"}
            for n, (icon, text) in enumerate(self.items, 1)
            if text.strip()
        ]
        scene: dict[str, Any] = {
            "device": self.device,
            "screen": {"title": self.title.strip() or " ", "elements": elements},
        }
        if self.highlight is not None and 0 <= self.highlight < len(elements):
            target = elements[self.highlight]["id"]
            scene["highlight"] = target
            if self.pointer:
                scene["pointer"] = {"target": target}
                scene["characters"] = [{"who": "client", "pose": "point"}]
        if self.badge in ("done", "danger"):
            scene["badge"] = self.badge
        return scene


@dataclass
class StepDraft:
    picture: ScreenshotPicture | KitPicture | None = None
    caption: dict[str, str] = field(default_factory=dict)
    alt: dict[str, str] = field(default_factory=dict)


@dataclass
class GuideDraft:
    id: str = ""
    source_language: str = LOCAL_LANGUAGE
    title: dict[str, str] = field(default_factory=dict)
    summary: dict[str, str] = field(default_factory=dict)
    topics: list[str] = field(default_factory=list)
    service: str = ""
    # The language the service's name is written in (the window's); "" for the same in all.
    service_language: str = ""
    organisation: str = ""
    authors: list[str] = field(default_factory=list)
    sources: list[dict[str, str]] = field(default_factory=list)
    checked: date = field(default_factory=date.today)
    screen_language: str = LOCAL_LANGUAGE  # the words in the screenshots: fi, sv or en
    reviewed: dict[str, bool] = field(default_factory=dict)  # other languages, once checked
    steps: list[StepDraft] = field(default_factory=list)
    version: str = "1.0"

    def languages(self) -> list[str]:
        """The source language first, then every language that has any text."""
        found = [self.source_language]
        texts: list[Mapping[str, str]] = [self.title, self.summary]
        for step in self.steps:
            texts += [step.caption, step.alt]
        for mapping in texts:
            for lang, text in mapping.items():
                if text.strip() and lang not in found:
                    found.append(lang)
        return found


def suggest_id(title: str) -> str:
    """A guide id from a title: ``Kirjaston tulostin`` → ``kirjaston-tulostin``."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:60].strip("-")


def _texts(mapping: Mapping[str, str]) -> dict[str, str]:
    return {lang: text.strip() for lang, text in mapping.items() if text.strip()}


def _service(draft: GuideDraft) -> str | dict[str, str]:
    """The service's name under its language, or as a plain text (the same in every language)."""
    name = draft.service.strip()
    if name and draft.service_language in UI_LANGUAGES:
        return {draft.service_language: name}
    return name


def build_manifest(draft: GuideDraft) -> dict[str, Any]:
    langs = draft.languages()
    steps = []
    for number, step in enumerate(draft.steps, 1):
        picture: dict[str, Any] = {}
        if isinstance(step.picture, ScreenshotPicture):
            picture = {"file": f"step{number}.png"}
        elif isinstance(step.picture, KitPicture):
            picture = {"scene": step.picture.scene()}
        steps.append({"picture": picture, "caption": _texts(step.caption), "alt": _texts(step.alt)})
    screen = draft.screen_language if draft.screen_language in SERVICE_LANGUAGES else LOCAL_LANGUAGE
    data: dict[str, Any] = {
        "format": 1,
        "id": draft.id,
        "version": draft.version,
        "title": _texts(draft.title),
        "summary": _texts(draft.summary),
        "topics": list(draft.topics),
        "service": _service(draft),
        "licence": "CC BY 4.0",
        "authors": [a for a in draft.authors if a.strip()] or [draft.organisation or "PeerHelper"],
        "sources": [{k: v.strip() for k, v in source.items()} for source in draft.sources],
        "checked": draft.checked.isoformat(),
        "source_language": draft.source_language,
        "languages": {
            lang: {"reviewed": lang == draft.source_language or draft.reviewed.get(lang, False)}
            for lang in langs
        },
        "service_languages": [screen],
        "steps": steps,
    }
    if draft.organisation.strip():
        data["organisation"] = draft.organisation.strip()
    return data


def write_draft(draft: GuideDraft, folder: Path) -> None:
    """Write the draft as a guide folder: clean step pictures, then the manifest."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, step in enumerate(draft.steps, 1):
        if isinstance(step.picture, ScreenshotPicture):
            shot = step.picture
            save_clean(compose(shot.image, shot.crop, shot.marks), folder / f"step{number}.png")
    text = json.dumps(build_manifest(draft), ensure_ascii=False, indent=2) + "\n"
    write_atomic(folder / MANIFEST_NAME, text)


def _id_problems(paths: DataPaths, draft: GuideDraft, folder: Path) -> list[Problem]:
    taken = {guide.id: guide for guide in load_all(paths)[0]}
    if draft.id in taken:
        detail = (
            f"the id {draft.id!r} is a guide that comes with the program; choose another"
            if not taken[draft.id].is_local
            else f"the id {draft.id!r} is already a local guide; choose another"
        )
        return [Problem("duplicate_id", detail, folder)]
    return []


def check_draft(paths: DataPaths, draft: GuideDraft) -> tuple[Guide | None, list[Problem], Path]:
    """Write the draft into a new hidden preview folder and check it like ``guides check``.

    Returns the guide (None if it has an error), every problem, and the
    preview folder, which the caller removes with :func:`discard_preview`.
    """
    from peerhelper.guides.checks import check_folder

    root = paths.local_guides
    root.mkdir(parents=True, exist_ok=True)
    holder = Path(tempfile.mkdtemp(prefix=DRAFT_PREFIX, dir=root))
    folder = holder / (draft.id or "new-guide")
    write_draft(draft, folder)
    guides, problems = check_folder(folder)
    problems = [p for p in problems if p.code != "id_mismatch"] + _id_problems(paths, draft, folder)
    errors = [p for p in problems if p.severity == "error"]
    guide = guides[0] if guides and not errors else None
    return guide, problems, folder


def discard_preview(folder: Path) -> None:
    if folder.parent.name.startswith(DRAFT_PREFIX):
        shutil.rmtree(folder.parent, ignore_errors=True)


def save_draft(paths: DataPaths, draft: GuideDraft) -> Path:
    """Check the draft and add it to the local guides; raise :class:`GuideNotReady` on errors."""
    _guide, problems, folder = check_draft(paths, draft)
    errors = [p for p in problems if p.severity == "error"]
    try:
        if errors:
            raise GuideNotReady(errors)
        local_store.move_into_place(folder.parent, paths.local_guides, [folder.name])
    finally:
        discard_preview(folder)
    return paths.local_guides / draft.id

"""Turn a parsed manifest (a JSON object) into a ``Guide``, or say what is wrong.

``parse_manifest`` collects every problem it can find rather than stopping
at the first, so an author fixes a guide in one round. Problem codes are
listed in ``PROBLEM_CODES`` and documented in ``docs/guide-format.md``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from peerhelper.domain.languages import SERVICE_LANGUAGES, TEXT_FALLBACKS
from peerhelper.guides.files import check_picture_file, picture_kind, resolve_inside
from peerhelper.guides.model import (
    FORMAT_VERSION,
    LANGUAGE_PATTERN,
    MAX_STEPS,
    MIN_STEPS,
    TOPICS,
    Guide,
    LanguageStatus,
    LocalizedText,
    Picture,
    Problem,
    Severity,
    Step,
)
from peerhelper.guides.provenance import parse_provenance
from peerhelper.guides.scene_check import check_scene
from peerhelper.guides.service_text import parse_needs, parse_service

PROBLEM_CODES = (
    "no_library", "no_manifest", "unreadable", "bad_json", "not_an_object",
    "unsupported_format", "missing_field", "bad_field", "bad_id", "id_mismatch", "duplicate_id",
    "unknown_topic", "bad_language", "missing_language", "missing_text", "too_few_steps",
    "too_many_steps", "missing_caption", "missing_alt", "bad_picture", "missing_picture",
    "unsafe_path", "bad_scene", "unknown_field", "stale_check", "picture_layout",
    "small_picture_text", "wrong_term",
)  # fmt: skip
KNOWN_FIELDS = {
    "format", "id", "version", "title", "summary", "topics", "service", "licence", "authors",
    "languages", "service_languages", "steps", "sources", "checked", "source_language",
    "thumbnail_step", "helper_note", "organisation", "needs",
}  # fmt: skip
ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
VERSION_PATTERN = re.compile(r"^\d+(\.\d+){0,2}$")


def _shown(value: object) -> str:
    """``value`` quoted for a message, cut short: a manifest may hold megabytes in one field."""
    if isinstance(value, int) and abs(value) >= 10**60:
        return "a number too long to show"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


class _Report:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems: list[Problem] = []

    def add(self, code: str, detail: str, step: int | None = None, warning: bool = False) -> None:
        severity: Severity = "warning" if warning else "error"
        self.problems.append(Problem(code, detail, self.folder, step, severity))

    @property
    def failed(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


def _text_map(
    value: object,
    name: str,
    langs: list[str],
    report: _Report,
    step: int | None = None,
    code: str = "missing_text",
) -> LocalizedText:
    if not isinstance(value, Mapping) or not all(
        isinstance(v, str) and v.strip() for v in value.values()
    ):
        report.add("bad_field", f"{name} must map language codes to non-empty texts", step)
        return LocalizedText()
    missing = [lang for lang in langs if lang not in value]
    if missing:
        report.add(code, f"{name} is missing {', '.join(missing)}", step)
    return LocalizedText.of({str(k): str(v).strip() for k, v in value.items()})


def _languages(
    data: Mapping[str, Any], required: Collection[str], report: _Report
) -> list[LanguageStatus]:
    value = data.get("languages")
    if not isinstance(value, Mapping) or not value:
        report.add("bad_field", 'languages must map codes to {"reviewed": true|false}')
        return []
    statuses = []
    for code, status in value.items():
        if not LANGUAGE_PATTERN.match(str(code)):
            report.add("bad_language", f"{_shown(code)} is not a language code like fi or fi-selko")
        elif not isinstance(status, Mapping) or not isinstance(status.get("reviewed"), bool):
            report.add("bad_field", f'languages.{code} must be {{"reviewed": true|false}}')
        else:
            statuses.append(LanguageStatus(str(code), status["reviewed"]))
    missing = [code for code in required if code not in value]
    if missing:
        report.add("missing_language", f"required caption languages missing: {', '.join(missing)}")
    return statuses


def _picture(value: object, folder: Path, number: int, report: _Report) -> Picture | None:
    if isinstance(value, Mapping) and "scene" in value:
        for error in check_scene(value["scene"]):
            report.add("bad_scene", error, number)
        return Picture("scene", scene=value["scene"])
    names = value.get("file") if isinstance(value, Mapping) else None
    if isinstance(names, str):
        names = {"": names}
    if not isinstance(names, Mapping) or not names:
        report.add(
            "bad_picture", 'picture must be {"scene": {...}} or {"file": "name.png"}', number
        )
        return None
    files: list[tuple[str, Path]] = []
    kinds = set()
    for lang, name in names.items():
        path = resolve_inside(folder, name) if isinstance(name, str) else None
        if path is None:
            report.add(
                "unsafe_path",
                f"picture file {_shown(name)} must be a name inside the guide folder",
                number,
            )
            continue
        reason = check_picture_file(path)
        if reason:
            code = "missing_picture" if not path.exists() else "bad_picture"
            report.add(code, f"picture {name}: {reason}", number)
            continue
        kinds.add(picture_kind(path))
        files.append((str(lang), path))
    if len(kinds) > 1:
        report.add("bad_picture", "one step mixes SVG and raster files", number)
    if not files or len(kinds) != 1:
        return None
    return Picture("svg" if kinds == {"svg"} else "raster", files=tuple(files))


def _steps(value: object, folder: Path, langs: list[str], report: _Report) -> list[Step]:
    if not isinstance(value, list):
        report.add("missing_field", "steps must be a list of steps")
        return []
    if len(value) < MIN_STEPS:
        report.add("too_few_steps", f"{len(value)} steps; a guide has {MIN_STEPS} to {MAX_STEPS}")
    if len(value) > MAX_STEPS:
        report.add("too_many_steps", f"{len(value)} steps; a guide has {MIN_STEPS} to {MAX_STEPS}")
    steps = []
    alt_needed = [lang for lang in TEXT_FALLBACKS if lang in langs] or langs[:1]
    for number, raw in enumerate(value, 1):
        if not isinstance(raw, Mapping):
            report.add("bad_field", "a step must be an object", number)
            continue
        if "picture" not in raw:
            report.add("missing_picture", "the step has no picture", number)
        picture = _picture(raw.get("picture"), folder, number, report)
        caption = _text_map(raw.get("caption"), "caption", langs, report, number, "missing_caption")
        alt = _text_map(raw.get("alt"), "alt text", alt_needed, report, number, "missing_alt")
        if picture is not None:
            steps.append(Step(number, picture, caption, alt))
    return steps


def parse_manifest(
    data: object, folder: Path, required_languages: Collection[str] = ()
) -> tuple[Guide | None, list[Problem]]:
    """The guide described by ``data`` (from ``folder``) and every problem found."""
    report = _Report(folder)
    if not isinstance(data, Mapping):
        report.add("not_an_object", "the manifest must be a JSON object")
        return None, report.problems
    if data.get("format", FORMAT_VERSION) != FORMAT_VERSION:
        report.add("unsupported_format", f"format {_shown(data.get('format'))} is not supported")
        return None, report.problems
    for name in (
        "id",
        "version",
        "title",
        "summary",
        "topics",
        "service",
        "licence",
        "authors",
        "languages",
        "steps",
    ):
        if name not in data:
            report.add("missing_field", f"the manifest has no {_shown(name)}")
    for name in sorted(set(data) - KNOWN_FIELDS):
        report.add("unknown_field", f"unknown field {_shown(name)} is ignored", warning=True)
    guide_id = data.get("id", "")
    if "id" in data and not (isinstance(guide_id, str) and ID_PATTERN.match(guide_id)):
        report.add(
            "bad_id", f"id {_shown(guide_id)} must be lower-case letters, digits and hyphens"
        )
    elif guide_id and guide_id != folder.name:
        report.add(
            "id_mismatch", f"id {_shown(guide_id)} differs from the folder name", warning=True
        )
    version = data.get("version")
    if "version" in data and not (isinstance(version, str) and VERSION_PATTERN.match(version)):
        report.add("bad_field", f"version {_shown(version)} must look like 1, 1.2 or 1.2.3")
    statuses = _languages(data, required_languages, report)
    langs = [s.code for s in statuses]
    title = _text_map(data.get("title"), "title", langs, report)
    summary = _text_map(data.get("summary"), "summary", langs, report)
    topics = data.get("topics", [])
    if not isinstance(topics, list) or not topics:
        report.add("bad_field", "topics must be a non-empty list")
        topics = []
    for topic in topics:
        if topic not in TOPICS:
            report.add(
                "unknown_topic", f"unknown topic {_shown(topic)}; use one of {', '.join(TOPICS)}"
            )
    if "licence" in data and not (isinstance(data["licence"], str) and data["licence"].strip()):
        report.add("bad_field", "licence must be a non-empty text")
    service = parse_service(data["service"], report.add) if "service" in data else LocalizedText()
    needs = parse_needs(data.get("needs"), report.add)
    organisation = data.get("organisation", "")
    if not isinstance(organisation, str) or len(organisation) > 200:
        report.add("bad_field", "organisation must be a text of at most 200 characters")
        organisation = ""
    authors = data.get("authors", [])
    if not isinstance(authors, list) or not all(isinstance(a, str) and a for a in authors):
        report.add("bad_field", "authors must be a list of names")
        authors = []
    service_langs = data.get("service_languages", list(SERVICE_LANGUAGES))
    if (
        not isinstance(service_langs, list)
        or not service_langs
        or not set(service_langs) <= set(SERVICE_LANGUAGES)
    ):
        report.add("bad_field", "service_languages must be a list from fi, sv, en")
        service_langs = list(SERVICE_LANGUAGES)
    steps = _steps(data.get("steps"), folder, langs, report)
    raw_steps = data.get("steps")
    step_count = len(raw_steps) if isinstance(raw_steps, list) else 0
    provenance = parse_provenance(data, langs, step_count, report.add)
    if report.failed:
        return None, report.problems
    guide = Guide(
        id=guide_id,
        version=str(version),
        folder=folder,
        title=title,
        summary=summary,
        topics=tuple(topics),
        service=service,
        licence=str(data["licence"]).strip(),
        authors=tuple(authors),
        languages=tuple(statuses),
        service_languages=tuple(service_langs),
        steps=tuple(steps),
        sources=provenance.sources,
        checked=provenance.checked,
        source_language=provenance.source_language,
        thumbnail_step=provenance.thumbnail_step,
        helper_note=provenance.helper_note,
        organisation=organisation.strip(),
        needs=needs,
    )
    return guide, report.problems

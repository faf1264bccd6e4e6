"""Where a guide's facts come from and how fresh they are.

Every guide names the public pages its steps rest on (``sources``) and the
day they were last compared with the guide (``checked``). It may name the
language it was written in (``source_language``: its captions are the
original, never "an unchecked translation"), the step that best stands for
it in the library (``thumbnail_step``) and a note for the volunteer
(``helper_note``). ``parse_provenance`` reads those fields for
``manifest.parse_manifest``; ``stale_problems`` is the yearly reminder that
``guides check`` gives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from peerhelper.domain.languages import UI_LANGUAGES
from peerhelper.guides.model import Guide, LocalizedText, Problem, Source

# A guide older than this since its last check gets a warning from ``guides check``.
STALE_AFTER_DAYS = 365
# The helper note is read by the volunteer, so it is in the interface languages.
NOTE_LANGUAGES = UI_LANGUAGES
SOURCE_KEYS = ("title", "publisher", "url")

AddProblem = Callable[..., None]


@dataclass(frozen=True)
class Provenance:
    sources: tuple[Source, ...] = ()
    checked: date | None = None
    source_language: str | None = None
    thumbnail_step: int = 1
    helper_note: LocalizedText = field(default_factory=LocalizedText)


def _is_web_address(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and bool(parts.hostname) and not any(c.isspace() for c in url)


def _sources(value: object, add: AddProblem) -> tuple[Source, ...]:
    if value is None:
        add("missing_field", "the manifest has no 'sources' (the public pages the steps rest on)")
        return ()
    if not isinstance(value, list) or not value:
        add("bad_field", "sources must be a non-empty list of {title, publisher, url}")
        return ()
    sources = []
    for number, raw in enumerate(value, 1):
        if not isinstance(raw, Mapping) or not all(
            isinstance(raw.get(key), str) and raw[key].strip() for key in SOURCE_KEYS
        ):
            add("bad_field", f"source {number} must have a title, a publisher and a url")
            continue
        url = raw["url"].strip()
        if not _is_web_address(url):
            add("bad_field", f"source {number}: {url!r} is not an https:// address")
            continue
        sources.append(Source(raw["title"].strip(), raw["publisher"].strip(), url))
    return tuple(sources)


def _checked(value: object, add: AddProblem) -> date | None:
    if value is None:
        add("missing_field", "the manifest has no 'checked' (the day the sources were compared)")
        return None
    try:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        add("bad_field", f"checked {value!r} must be a date written YYYY-MM-DD")
        return None


def parse_provenance(
    data: Mapping[str, Any], langs: list[str], step_count: int, add: AddProblem
) -> Provenance:
    """The provenance fields of a manifest; problems go to ``add(code, detail)``."""
    sources = _sources(data.get("sources"), add)
    checked = _checked(data.get("checked"), add)
    source_language = data.get("source_language")
    if source_language is not None and source_language not in langs:
        add("bad_field", f"source_language {source_language!r} is not one of the languages")
        source_language = None
    thumbnail = data.get("thumbnail_step", 1)
    if isinstance(thumbnail, bool) or not isinstance(thumbnail, int):
        add("bad_field", "thumbnail_step must be a step number")
        thumbnail = 1
    elif step_count and not 1 <= thumbnail <= step_count:
        add("bad_field", f"thumbnail_step {thumbnail} is not a step of this guide (1–{step_count})")
        thumbnail = 1
    note = LocalizedText()
    raw_note = data.get("helper_note")
    if raw_note is not None:
        if not isinstance(raw_note, Mapping) or not all(
            isinstance(v, str) and v.strip() for v in raw_note.values()
        ):
            add("bad_field", "helper_note must map fi, sv and en to non-empty texts")
        else:
            missing = [code for code in NOTE_LANGUAGES if code not in raw_note]
            if missing:
                add("missing_text", f"helper_note is missing {', '.join(missing)}")
            note = LocalizedText.of({str(k): str(v).strip() for k, v in raw_note.items()})
    return Provenance(sources, checked, source_language, thumbnail, note)


def stale_problems(guides: Iterable[Guide], today: date) -> list[Problem]:
    """A warning for each guide whose sources were last compared over a year before ``today``."""
    problems = []
    for guide in guides:
        if guide.checked is None:
            continue
        age = (today - guide.checked).days
        if age > STALE_AFTER_DAYS:
            detail = (
                f"the facts were last checked on {guide.checked.isoformat()}, over a year ago; "
                "compare the steps with the sources again and update 'checked'"
            )
            problems.append(Problem("stale_check", detail, guide.folder, None, "warning"))
        elif age < 0:
            detail = f"checked {guide.checked.isoformat()} is in the future"
            problems.append(Problem("bad_field", detail, guide.folder, None, "warning"))
    return problems

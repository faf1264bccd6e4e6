"""One word for one thing in every caption language: the terminology lists and their check.

``docs/terms/<lang>.json`` names, per caption language, the one word used
for each recurring idea ("helper", "guide", "account" against "bill", the
verb for "tap") and the variants a caption must not use, as regular
expressions: ``{"language": "fa", "terms": [{"concept": "helper", "use":
"همیار", "avoid": ["…"]}]}``. ``term_problems`` reports each caption, title
or summary that uses an avoided variant as a ``wrong_term`` warning.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from peerhelper.guides.model import Guide, LocalizedText, Problem


@dataclass(frozen=True)
class Term:
    concept: str
    use: str
    avoid: tuple[re.Pattern[str], ...]


def terms_dir() -> Path:
    """Where the lists live in a source checkout (``docs/terms``)."""
    return Path(__file__).resolve().parents[2] / "docs" / "terms"


def load_terms(folder: Path | None = None) -> dict[str, list[Term]]:
    """Every list in ``folder`` by caption language; none when the folder is not there."""
    folder = folder or terms_dir()
    lists: dict[str, list[Term]] = {}
    if not folder.is_dir():
        return lists
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        lists[data["language"]] = [
            Term(t["concept"], t["use"], tuple(re.compile(a) for a in t.get("avoid", [])))
            for t in data["terms"]
        ]
    return lists


def _texts(guide: Guide) -> Iterable[tuple[int | None, LocalizedText]]:
    yield None, guide.title
    yield None, guide.summary
    for step in guide.steps:
        yield step.number, step.caption


def term_problems(guides: Iterable[Guide], lists: dict[str, list[Term]]) -> list[Problem]:
    """A warning for each text that uses a variant its language's list avoids."""
    problems = []
    for guide in guides:
        for number, texts in _texts(guide):
            for lang, text in texts.items:
                for term in lists.get(lang, []):
                    hits = (pattern.search(text) for pattern in term.avoid)
                    found = next((hit for hit in hits if hit), None)
                    if found:
                        detail = (
                            f"{lang}: {found.group(0)!r} for '{term.concept}'; "
                            f"the list says {term.use!r}"
                        )
                        problems.append(
                            Problem("wrong_term", detail, guide.folder, number, "warning")
                        )
    return problems

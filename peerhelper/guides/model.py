"""The guide as the rest of the program sees it: frozen, validated dataclasses.

Objects here are only built by ``loader`` from a manifest that passed every
check, so code that receives a ``Guide`` may trust it: every step has a
picture and a caption in every language the guide declares.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from peerhelper.domain.languages import LOCAL_LANGUAGE, TEXT_FALLBACKS, UI_LANGUAGES, fallback_chain
from peerhelper.domain.vocabulary import TOPIC_CODES

MANIFEST_NAME = "manifest.json"
FORMAT_VERSION = 1
MIN_STEPS, MAX_STEPS = 5, 10
# A BCP 47 language code as guides use them: fi, sv, en, fi-selko, ckb.
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(-[a-z]{2,8})?$")
# Guides use the default session topics, so a guide can be suggested for a session.
TOPICS = TOPIC_CODES
Origin = Literal["bundled", "local"]


@dataclass(frozen=True)
class LocalizedText:
    """One text in several languages, stored as sorted (code, text) pairs."""

    items: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, texts: Mapping[str, str]) -> LocalizedText:
        return cls(tuple(sorted(texts.items())))

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.items)

    def has(self, lang: str) -> bool:
        return any(code == lang for code, _ in self.items)

    def get(self, lang: str, fallbacks: tuple[str, ...] = TEXT_FALLBACKS) -> str:
        """The text in ``lang``, else its base language (``fi-selko`` → ``fi``), else fallbacks."""
        texts = dict(self.items)
        for code in fallback_chain(lang, fallbacks):
            if code in texts:
                return texts[code]
        return next(iter(texts.values()), "")

    def as_dict(self) -> dict[str, str]:
        return dict(self.items)


@dataclass(frozen=True)
class Picture:
    """A step's picture: a scene drawn by the kit, or a file in the guide folder.

    ``files`` maps a service language to a file; the key ``""`` is the file for
    every language.
    """

    kind: Literal["scene", "svg", "raster"]
    scene: Mapping[str, Any] | None = None
    files: tuple[tuple[str, Path], ...] = ()

    def file_for(self, service_lang: str) -> Path | None:
        files = dict(self.files)
        # The file for this language, else the one for all, else the country's
        # language, else any of the others.
        others = [code for code in UI_LANGUAGES if code != LOCAL_LANGUAGE]
        for code in (service_lang, "", LOCAL_LANGUAGE, *sorted(others)):
            if code in files:
                return files[code]
        return next(iter(files.values()), None)


@dataclass(frozen=True)
class Step:
    number: int  # 1-based, as shown to people
    picture: Picture
    caption: LocalizedText
    alt: LocalizedText


@dataclass(frozen=True)
class LanguageStatus:
    """A caption language of a guide and whether a native speaker has checked it."""

    code: str
    reviewed: bool


@dataclass(frozen=True)
class Source:
    """A public page a guide's steps rest on: its title, who publishes it, its address."""

    title: str
    publisher: str
    url: str


@dataclass(frozen=True)
class Guide:
    id: str
    version: str
    folder: Path
    title: LocalizedText
    summary: LocalizedText
    topics: tuple[str, ...]
    # The service or device the guide is about, by its own name in each language.
    service: LocalizedText
    licence: str
    authors: tuple[str, ...]
    languages: tuple[LanguageStatus, ...]
    service_languages: tuple[str, ...]
    steps: tuple[Step, ...]
    # Where the facts come from and when they were last compared with those pages.
    sources: tuple[Source, ...] = ()
    checked: date | None = None
    # The language the guide was written in: its captions are the original, not a translation.
    source_language: str | None = None
    # The step whose picture stands for the guide in the library (1-based).
    thumbnail_step: int = 1
    # A note for the volunteer (fi, sv, en), shown in the guide view, never printed.
    helper_note: LocalizedText = LocalizedText()
    # Who made a guide of the organisation's own ("" for ours); shown beside the "local" mark.
    organisation: str = ""
    # "bundled" (comes with the program) or "local" (in the data folder, made or imported).
    origin: Origin = "bundled"
    # What the client needs for the errand (codes, phone, papers), one short line per language.
    needs: LocalizedText = LocalizedText()

    @property
    def is_local(self) -> bool:
        return self.origin == "local"

    @property
    def language_codes(self) -> tuple[str, ...]:
        return tuple(status.code for status in self.languages)

    def is_reviewed(self, lang: str) -> bool:
        """Whether ``lang``'s text needs no "not yet checked" notice: reviewed, or the original."""
        if lang == self.source_language:
            return True
        return any(s.code == lang and s.reviewed for s in self.languages)

    @property
    def thumbnail(self) -> Step:
        """The step whose picture stands for the guide in the library."""
        return self.steps[min(max(self.thumbnail_step, 1), len(self.steps)) - 1]

    @property
    def publishers(self) -> tuple[str, ...]:
        """The sources' publishers, each once, in the order first cited."""
        return tuple(dict.fromkeys(source.publisher for source in self.sources))

    def search_text(self) -> str:
        """Every title, summary, service name and caption in every language, lower-cased."""
        texts = [*self.title.as_dict().values(), *self.summary.as_dict().values()]
        texts += self.service.as_dict().values()
        for step in self.steps:
            texts += step.caption.as_dict().values()
        return "\n".join([self.id, *texts]).casefold()


Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """Something wrong with a guide: a machine-readable code and an English detail.

    An ``error`` means the guide is skipped; a ``warning`` is shown but the
    guide is still used.
    """

    code: str
    detail: str
    folder: Path
    step: int | None = None
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f" (step {self.step})" if self.step is not None else ""
        return f"{self.folder.name}{where}: {self.detail} [{self.code}]"

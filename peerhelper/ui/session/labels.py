"""Labels of codes in the user's language, for the session screens."""

from __future__ import annotations

from peerhelper.domain.languages import COMMON_SESSION_LANGUAGES, LANGUAGE_NAMES
from peerhelper.domain.vocabulary import VOCABULARIES
from peerhelper.storage.sessions_repo import TopicInfo


def choices(field: str, language: str) -> list[tuple[str, str]]:
    return [(t.code, t.label(language)) for t in VOCABULARIES[field]]


def label(field: str, code: str, language: str) -> str:
    for term in VOCABULARIES[field]:
        if term.code == code:
            return term.label(language)
    return code


def topic_choices(topics: list[TopicInfo], language: str) -> list[tuple[str, str]]:
    return [(t.code, t.label(language)) for t in topics]


def language_choices() -> list[tuple[str, str]]:
    """Session languages: the common ones first, each named in itself."""
    first = [(code, LANGUAGE_NAMES.get(code, code)) for code in COMMON_SESSION_LANGUAGES]
    rest = sorted(
        (
            (code, name)
            for code, name in LANGUAGE_NAMES.items()
            if code not in COMMON_SESSION_LANGUAGES and code != "fi-selko"
        ),
        key=lambda pair: pair[1].casefold(),
    )
    return first + rest

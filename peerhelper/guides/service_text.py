"""The service a guide is about and what the client needs for it, per language.

``service`` names the real e-service, device or organisation by its own
name, which often differs between languages (Suomi.fi-viestit,
Suomi.fi-meddelanden, Suomi.fi Messages). It is either a plain text, the
same name in every language (the only form before names per language, so
older packs and local guides keep loading), or an object of language codes
to names. ``needs`` is optional and always an object: one short line per
language saying what the client should have at hand (a phone, bank codes,
a letter). Both are shown in the window's language and fall back, like
every guide text, to English, then Finnish, then any language there is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from peerhelper.domain.languages import UI_LANGUAGES
from peerhelper.guides.model import LANGUAGE_PATTERN, LocalizedText

AddProblem = Callable[..., None]
# A needs line is printed on the first line of a handout: longer than this is a paragraph.
NEEDS_MAX_CHARS = 160


def _per_language(value: object, name: str, example: str, add: AddProblem) -> LocalizedText:
    """``value`` as language code → text, or an empty text after reporting what is wrong."""
    if not isinstance(value, Mapping) or not value:
        add("bad_field", f"{name} must map language codes to texts, like {example}")
        return LocalizedText()
    texts: dict[str, str] = {}
    for code, text in value.items():
        if not LANGUAGE_PATTERN.match(str(code)):
            add("bad_language", f"{name}: {str(code)[:20]!r} is not a language code like fi or sv")
        elif not isinstance(text, str) or not text.strip():
            add("bad_field", f"{name}.{code} must be a non-empty text")
        else:
            texts[str(code)] = " ".join(text.split())
    return LocalizedText.of(texts)


def parse_service(value: object, add: AddProblem) -> LocalizedText:
    """The service's name per language; a plain text is the name in every interface language."""
    if isinstance(value, str):
        if not value.strip():
            add("bad_field", "service must be a non-empty text")
            return LocalizedText()
        return LocalizedText.of(dict.fromkeys(UI_LANGUAGES, value.strip()))
    if not isinstance(value, Mapping):
        add("bad_field", 'service must be a text or map language codes to names, like {"fi": …}')
        return LocalizedText()
    return _per_language(value, "service", '{"fi": …, "sv": …, "en": …}', add)


def parse_needs(value: object, add: AddProblem) -> LocalizedText:
    """The "what you need" line per language; missing means the guide has none."""
    if value is None:
        return LocalizedText()
    needs = _per_language(value, "needs", '{"fi": …, "sv": …, "en": …}', add)
    for code, text in needs.items:
        if len(text) > NEEDS_MAX_CHARS:
            add(
                "bad_field",
                f"needs.{code} is {len(text)} characters; keep it to one short line "
                f"(at most {NEEDS_MAX_CHARS})",
                warning=True,
            )
    return needs

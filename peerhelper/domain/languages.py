"""Every language PeerHelper knows, in one place: which, in what order, named how.

- **UI languages** (``UI_LANGUAGES``): the window, the printed labels of
  volunteers' sheets (tally sheet, report, Excel export), and the session
  topics' names. A fourth one is added here, in the Qt translation files and
  in the label tables; the database keeps topic names as one row per
  language, so it needs no migration.
- **Service languages** (``SERVICE_LANGUAGES``): the languages of the words
  on the e-services' own screens, which guide pictures show. Services in
  Finland speak the same three languages as the window.
- **Caption languages**: a guide's captions may be in any BCP 47 language;
  every bundled guide has ``BUNDLED_CAPTION_LANGUAGES``, and every handout
  and sign label exists in ``PRINTED_LABEL_LANGUAGES``.
- **Right to left** (``RIGHT_TO_LEFT``): the languages written right to left.
  The guide screens once knew six and the printing eight; this is the union
  of both, so a guide in Urdu, Pashto or Dari is laid out the same on the
  screen as on paper. Only Arabic, Persian and Sorani are printed today; the
  others cost nothing and keep a future guide from being shown mirrored.
- **Names**: every common language named in itself (``own_name``, as the
  language lists and Settings show it, so anyone can find theirs) and in each
  UI language (``name_in``, as reports and exports print it).
- **Fallbacks** (``fallback_chain``): a text missing in ``fi-selko`` is taken
  from ``fi``, then English, then Finnish.

Nothing outside this module writes out a list of language codes of its own;
``tests/domain/test_languages.py`` fails if one does.
"""

from __future__ import annotations

from dataclasses import dataclass

UI_LANGUAGES = ("fi", "sv", "en")
# The language everything falls back to when nothing better is known.
FALLBACK_LANGUAGE = "en"
# The language of the country: Finnish sites print it beside a client's own.
LOCAL_LANGUAGE = "fi"
SERVICE_LANGUAGES = UI_LANGUAGES
# When choosing a service language from the window's: services in Finland
# speak Finnish or Swedish; English only when the client reads it.
LOCAL_SERVICE_LANGUAGES = ("fi", "sv")

# Caption languages every guide bundled with the program must have.
BUNDLED_CAPTION_LANGUAGES = ("fi", "sv", "en", "fi-selko", "ar", "fa", "so", "ru", "uk")
# Languages with every handout and sign label: the bundled ones and Sorani,
# which a volunteer's own guide may be written in.
PRINTED_LABEL_LANGUAGES = (*BUNDLED_CAPTION_LANGUAGES, "ckb")

# Written right to left: Arabic, Persian, Kurdish (Sorani), Urdu, Pashto,
# Dari, Hebrew, Yiddish (by their primary language subtag).
RIGHT_TO_LEFT = frozenset({"ar", "fa", "ckb", "ur", "ps", "prs", "he", "yi"})

# After a text's own language and its base language: English, which most
# volunteers and many clients read, then Finnish, the country's language.
TEXT_FALLBACKS = ("en", "fi")
# When choosing what to show a client at a Finnish site: Finnish, then English.
LOCAL_FALLBACKS = ("fi", "en")


@dataclass(frozen=True)
class Language:
    code: str
    own: str  # the language's name in itself
    fi: str
    sv: str
    en: str


# Languages commonly spoken by volunteers and clients in Finland, most common
# first. Each code is BCP 47.
COMMON_LANGUAGES: tuple[Language, ...] = (
    Language("fi", "suomi", "suomi", "finska", "Finnish"),
    Language("sv", "svenska", "ruotsi", "svenska", "Swedish"),
    Language("en", "English", "englanti", "engelska", "English"),
    Language("ru", "русский", "venäjä", "ryska", "Russian"),
    Language("uk", "українська", "ukraina", "ukrainska", "Ukrainian"),
    Language("et", "eesti", "viro", "estniska", "Estonian"),
    Language("ar", "العربية", "arabia", "arabiska", "Arabic"),
    Language("so", "Soomaali", "somali", "somaliska", "Somali"),
    Language("fa", "فارسی", "persia", "persiska", "Persian"),
    Language("ckb", "کوردی", "kurdi (sorani)", "kurdiska (sorani)", "Kurdish (Sorani)"),
    Language("tr", "Türkçe", "turkki", "turkiska", "Turkish"),
    Language("zh", "中文", "kiina", "kinesiska", "Chinese"),
    Language("vi", "Tiếng Việt", "vietnam", "vietnamesiska", "Vietnamese"),
    Language("th", "ไทย", "thai", "thailändska", "Thai"),
    Language("sq", "shqip", "albania", "albanska", "Albanian"),
    Language("es", "español", "espanja", "spanska", "Spanish"),
    Language("fr", "français", "ranska", "franska", "French"),
    Language("de", "Deutsch", "saksa", "tyska", "German"),
    Language("se", "davvisámegiella", "pohjoissaame", "nordsamiska", "Northern Sami"),
    Language("fit", "meänkieli", "meänkieli", "meänkieli", "Meänkieli"),
    Language("fi-selko", "selkosuomi", "selkosuomi", "lättläst finska", "Easy Finnish"),
)
_BY_CODE = {language.code: language for language in COMMON_LANGUAGES}
# Each code with its name in itself.
LANGUAGE_NAMES = {language.code: language.own for language in COMMON_LANGUAGES}
# Session languages offered first on the form; any BCP 47 code is accepted.
COMMON_SESSION_LANGUAGES = ("fi", "sv", "en", "ru", "uk", "ar", "so", "fa", "et", "ckb")


def base_language(code: str | None) -> str:
    """``"fi-selko"`` -> ``"fi"``, ``"ar_SY"`` -> ``"ar"``; ``""`` when unknown."""
    return code.strip().lower().replace("_", "-").split("-")[0] if code else ""


def is_right_to_left(code: str | None) -> bool:
    return base_language(code) in RIGHT_TO_LEFT


def own_name(code: str) -> str:
    """The language's name in itself (the code when it is not a common language)."""
    return LANGUAGE_NAMES.get(code, code)


def menu_name(code: str) -> str:
    """The name in itself starting with a capital, as an item of a menu of languages."""
    name = own_name(code)
    return name[:1].upper() + name[1:]


def name_in(code: str, ui_language: str) -> str:
    """The language's name in ``ui_language`` (its own name if that is not a UI language)."""
    language = _BY_CODE.get(code)
    if language is None:
        return code
    if ui_language in UI_LANGUAGES:
        return getattr(language, ui_language)
    return language.own


def fallback_chain(code: str, then: tuple[str, ...] = TEXT_FALLBACKS) -> tuple[str, ...]:
    """Where to look for a text in ``code``: itself, its base language, then ``then``."""
    return tuple(dict.fromkeys(c for c in (code, base_language(code), *then) if c))

"""The service's name per language and the "what you need" line: read, checked, shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peerhelper.domain.languages import UI_LANGUAGES
from peerhelper.guides.loader import bundled_guides_dir, load_bundled, load_guide
from peerhelper.guides.model import LocalizedText
from peerhelper.guides.service_text import NEEDS_MAX_CHARS
from peerhelper.ui.guides.search import fold, matches, search_key, search_words
from tests.guides.helpers import manifest, write_guide

NAMES = {"fi": "Suomi.fi-viestit", "sv": "Suomi.fi-meddelanden", "en": "Suomi.fi Messages"}
NEEDS = {"fi": "Pankkitunnukset", "sv": "Bankkoder", "en": "Bank codes"}


def load(tmp_path: Path, **changes: object):
    data = manifest(**changes)
    for key, value in changes.items():
        if value is None:
            del data[key]
    return load_guide(write_guide(tmp_path, data))


def test_a_plain_service_text_is_the_name_in_every_language(tmp_path: Path) -> None:
    guide, problems = load(tmp_path, service="  Kela  ")
    assert problems == [] and guide is not None
    assert guide.service.as_dict() == dict.fromkeys(UI_LANGUAGES, "Kela")
    assert guide.needs == LocalizedText()  # optional: older guides have none


def test_names_and_needs_per_language_are_read(tmp_path: Path) -> None:
    guide, problems = load(tmp_path, service=NAMES, needs=NEEDS)
    assert problems == [] and guide is not None
    assert guide.service.as_dict() == NAMES
    assert guide.needs.get("sv") == "Bankkoder"


@pytest.mark.parametrize(
    ("changes", "code", "words"),
    [
        ({"service": ""}, "bad_field", "service must be a non-empty text"),
        ({"service": {}}, "bad_field", "service must map language codes"),
        ({"service": ["Kela"]}, "bad_field", "service must be a text or map"),
        ({"service": {"fi": "Kela", "sv": ""}}, "bad_field", "service.sv must be a non-empty"),
        ({"service": {"Finnish": "Kela"}}, "bad_language", "'Finnish' is not a language code"),
        ({"service": None}, "missing_field", "no 'service'"),
        ({"needs": "Bank codes"}, "bad_field", "needs must map language codes"),
        ({"needs": {"en": 3}}, "bad_field", "needs.en must be a non-empty text"),
        ({"needs": {"en": "   "}}, "bad_field", "needs.en must be a non-empty text"),
    ],
)
def test_bad_names_and_needs_are_errors_that_say_what_is_wrong(
    tmp_path: Path, changes: dict, code: str, words: str
) -> None:
    guide, problems = load(tmp_path, **changes)
    assert guide is None
    assert any(p.code == code and words in p.detail for p in problems), problems


def test_a_long_needs_line_is_only_a_warning(tmp_path: Path) -> None:
    guide, problems = load(tmp_path, needs={"en": "x " * NEEDS_MAX_CHARS})
    assert guide is not None
    assert [(p.code, p.severity) for p in problems] == [("bad_field", "warning")]
    assert "one short line" in problems[0].detail


def test_display_falls_back_to_english_then_finnish_then_any(tmp_path: Path) -> None:
    guide, _ = load(tmp_path, service={"fi": "Verkkopankki", "en": "Online bank"})
    assert guide is not None
    assert guide.service.get("fi") == "Verkkopankki"
    assert guide.service.get("sv") == "Online bank"  # no Swedish name: English
    assert guide.service.get("fi-selko") == "Verkkopankki"  # the base language first
    only_finnish = LocalizedText.of({"fi": "Verkkopankki"})
    assert only_finnish.get("sv") == "Verkkopankki"
    only_swedish = LocalizedText.of({"sv": "Nätbank"})
    assert only_swedish.get("en") == "Nätbank"


def test_search_finds_the_service_by_its_name_in_every_language(tmp_path: Path) -> None:
    guide, _ = load(tmp_path, service=NAMES)
    assert guide is not None
    key = search_key(guide)
    for words in ("meddelanden", "suomi.fi-viestit", "messages"):
        assert matches(key, search_words(words)), words
    assert not matches(fold(guide.search_text()), search_words("MittFPA"))


BUNDLED, _PROBLEMS = load_bundled()


@pytest.mark.parametrize("guide", BUNDLED, ids=lambda g: g.id)
def test_every_bundled_guide_names_its_service_and_needs_in_fi_sv_en(guide) -> None:
    raw = json.loads((bundled_guides_dir() / guide.id / "manifest.json").read_text("utf-8"))
    for field in ("service", "needs"):
        texts = raw[field]
        assert isinstance(texts, dict), (guide.id, field)
        assert set(UI_LANGUAGES) <= set(texts), (guide.id, field)
    assert all(len(text) <= NEEDS_MAX_CHARS for text in guide.needs.as_dict().values())


def test_the_bundled_guides_use_the_services_own_names() -> None:
    names = {guide.id: guide.service for guide in BUNDLED}
    assert len(names) == 28
    messages = names["suomi-fi-messages"].as_dict()
    assert messages == NAMES
    assert names["omakela-decision"].get("sv") == "MittFPA (FPA)"
    assert names["omakanta-prescriptions"].get("en") == "MyKanta (Kanta.fi)"
    assert names["omavero-tax-return"].get("sv").startswith("MinSkatt")
    assert names["enter-finland"].get("sv") == "Enter Finland (Migrationsverket Migri)"


def test_a_guide_made_in_the_app_keeps_its_service_name_under_the_window_language() -> None:
    from peerhelper.guides.drafts import GuideDraft, build_manifest

    assert build_manifest(GuideDraft(service=" Kirjaston tulostin ", service_language="fi"))[
        "service"
    ] == {"fi": "Kirjaston tulostin"}
    # Unknown language: a plain text, the same name in every language.
    assert build_manifest(GuideDraft(service="Printer"))["service"] == "Printer"

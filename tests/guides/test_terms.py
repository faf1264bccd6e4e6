"""The terminology lists: one word for one thing, and the check that flags the others."""

from __future__ import annotations

import json
from pathlib import Path

from peerhelper.guides.loader import load_bundled, load_guide
from peerhelper.guides.terms import load_terms, term_problems, terms_dir
from tests.guides.helpers import manifest, write_guide

CONCEPTS = {"helper", "guide", "account", "bill", "tap"}


def test_every_bundled_caption_language_has_a_list_of_the_five_concepts() -> None:
    lists = load_terms()
    assert set(lists) == {"fi", "sv", "en", "fi-selko", "ar", "fa", "so", "ru", "uk"}
    for lang, terms in lists.items():
        assert {t.concept for t in terms} == CONCEPTS, lang
        assert all(t.use for t in terms)


def test_a_caption_with_an_avoided_variant_is_flagged(tmp_path: Path) -> None:
    languages = {"fa": {"reviewed": False}, "ru": {"reviewed": False}}
    data = manifest(
        languages=languages,
        title={"fa": "راهنمای قبض", "ru": "Оплата квитанции"},
        summary={"fa": "خلاصه.", "ru": "Кратко."},
    )
    for number, step in enumerate(data["steps"], 1):
        step["caption"] = {"fa": f"گام {number}.", "ru": f"Шаг {number}."}
        step["alt"] = {"fa": "گوشی.", "ru": "Телефон."}
    data["steps"][1]["caption"] = {"fa": "راهنما به کدهای شما نگاه نمی‌کند.", "ru": "Шаг."}
    data["steps"][2]["caption"] = {"fa": "گام.", "ru": "Если на счёте есть штрихкод…"}
    guide, _ = load_guide(write_guide(tmp_path, data))
    assert guide is not None
    found = {(p.step, p.detail.split(":")[0]) for p in term_problems([guide], load_terms())}
    assert found == {(2, "fa"), (3, "ru")}  # "راهنمای" (a guide's) is the right word


def test_the_bundled_guides_use_the_listed_words() -> None:
    guides, _ = load_bundled()
    assert term_problems(guides, load_terms()) == []


def test_lists_are_plain_json_with_valid_patterns(tmp_path: Path) -> None:
    for path in terms_dir().glob("*.json"):
        data = json.loads(path.read_text("utf-8"))
        assert data["language"] == path.stem
    assert load_terms(tmp_path / "missing") == {}


def test_each_language_flags_its_other_verbs_for_tap_but_not_physical_buttons() -> None:
    lists = load_terms()
    flagged = {
        "en": "Click Log in.",
        "sv": "Klicka på Logga in.",
        "fi": "Klikkaa Kirjaudu.",
        "fi-selko": "Kosketa nappia.",
        "ru": "Коснитесь кнопки.",
        "uk": "Торкніться кнопки.",
        "ar": "المس زر الاتصال.",
        "fa": "روی دکمه کلیک کنید.",
        "so": "Riix Jatka.",
    }
    fine = {
        "en": "Press and hold the power button.",
        "ru": "Откликайтесь на вакансии.",  # "клик" inside another word
        "ar": "المساعد لا ينظر.",  # the helper, not the verb "touch"
        "so": "Riix badhanka shidmaha.",  # a physical button is pressed
    }

    def avoided(lang: str, text: str) -> bool:
        tap = next(t for t in lists[lang] if t.concept == "tap")
        return any(p.search(text) for p in tap.avoid)

    assert all(avoided(lang, text) for lang, text in flagged.items())
    assert not any(avoided(lang, text) for lang, text in fine.items())

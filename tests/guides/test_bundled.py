"""The guides that ship with the program: complete, in every language, and drawable."""

from __future__ import annotations

import pytest

from peerhelper.domain.languages import BUNDLED_CAPTION_LANGUAGES as BUNDLED_LANGUAGES
from peerhelper.domain.languages import SERVICE_LANGUAGES
from peerhelper.guides.loader import bundled_guides_dir, load_bundled
from peerhelper.guides.model import TOPICS
from peerhelper.guides.pictures import step_svg, step_svg_bytes
from tests.guides.qt_render import distinct_colours, render_svg

GUIDES, PROBLEMS = load_bundled()
# The guides of the first release, revised when their facts were checked.
FIRST_GUIDES = frozenset(
    {
        "email-attachment", "health-centre-booking", "install-app-safely",
        "job-seeker-services", "kela-application-attachment", "mobile-certificate",
        "omakanta-prescriptions", "pay-bill-bank-app", "phone-basics", "photograph-document",
        "scam-message", "strong-passphrase", "suomi-fi-bank-id", "suomi-fi-messages",
        "tax-card-omavero", "video-call-link", "wifi-connect",
    }
)  # fmt: skip


def test_every_bundled_guide_loads_without_any_problem() -> None:
    assert PROBLEMS == []
    folders = sorted(p.name for p in bundled_guides_dir().iterdir() if p.is_dir())
    assert sorted(g.id for g in GUIDES) == folders
    assert {"phone-basics", "wifi-connect", "suomi-fi-bank-id"} <= set(folders)


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.id)
def test_captions_titles_and_alt_text_in_every_language(guide) -> None:
    assert set(BUNDLED_LANGUAGES) <= set(guide.language_codes)
    assert set(guide.topics) <= set(TOPICS)
    assert guide.licence == "CC BY 4.0"
    for lang in guide.language_codes:
        assert guide.title.has(lang) and guide.summary.has(lang)
        for step in guide.steps:
            assert step.caption.has(lang), (guide.id, step.number, lang)
    for step in guide.steps:
        assert step.alt.has("en") and step.alt.has("fi")
    # Written in one language; no native speaker has checked the translations yet.
    assert guide.source_language in guide.language_codes
    translations = [lang for lang in guide.language_codes if lang != guide.source_language]
    assert not any(guide.is_reviewed(lang) for lang in translations)


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.id)
def test_every_guide_names_its_sources_and_when_they_were_checked(guide) -> None:
    assert guide.sources and all(s.url.startswith("https://") for s in guide.sources)
    assert guide.checked is not None and guide.checked.isoformat() == "2026-12-01"
    if guide.id in FIRST_GUIDES:  # their facts were brought up to date: a new version
        assert guide.version != "1.0"


@pytest.mark.parametrize("guide", GUIDES, ids=lambda g: g.id)
@pytest.mark.parametrize("lang", SERVICE_LANGUAGES)
def test_every_picture_renders_in_qtsvg(qapp, guide, lang) -> None:
    # qt_log_level_fail in pyproject fails this test on any QtSvg warning.
    for step in guide.steps:
        image = render_svg(step_svg_bytes(guide, step, lang))
        assert distinct_colours(image) > 8, (guide.id, step.number)


def test_service_language_changes_the_words_in_the_picture() -> None:
    guide = next(g for g in GUIDES if g.id == "wifi-connect")
    step = guide.steps[5]
    assert "Yhdistä" in step_svg(guide, step, "fi")
    assert "Anslut" in step_svg(guide, step, "sv")
    assert "Connect" in step_svg(guide, step, "en")


def test_library_thumbnails_are_distinct() -> None:
    pictures = [step_svg(g, g.thumbnail, "fi") for g in GUIDES]
    assert len(set(pictures)) == len(pictures)
    assert len({g.thumbnail_step for g in GUIDES}) > 3  # not every guide's first step

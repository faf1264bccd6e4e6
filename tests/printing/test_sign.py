"""The "Digital support here" sign read back from its PDF."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from peerhelper.domain.site import SiteProfileData
from peerhelper.errors import BadInputError
from peerhelper.printing.page import MM
from peerhelper.printing.sign import build_sign, sign_languages
from tests.printing.handout_helpers import PROFILE, flat, font_table, page_size, page_texts

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def test_a4_sign_has_the_words_in_the_site_languages_and_the_site(tmp_path: Path) -> None:
    path = tmp_path / "sign.pdf"
    assert build_sign(PROFILE, "A4", path) == 1
    (page,) = page_texts(path)
    text = flat(page)
    assert "Täältä saat digitukea" in text
    assert "Här får du digistöd" in text
    for fact in ("Digituki Kirjasto Kallio", "Viides linja 11, 00530 Helsinki", "040 123 4567"):
        assert fact in text
    assert "ti ja to klo 10–14" in text
    fonts = font_table(path)
    assert all(embedded for _name, embedded in fonts)
    assert any("NotoSansArabic" in name for name, _embedded in fonts)  # the Arabic line
    assert page_size(path) == pytest.approx((210 * MM, 297 * MM), abs=0.5)


def test_a3_sign_is_the_same_poster_larger(tmp_path: Path) -> None:
    path = tmp_path / "a3.pdf"
    build_sign(PROFILE, "A3", path)
    assert page_size(path) == pytest.approx((297 * MM, 420 * MM), abs=0.5)
    assert "Täältä saat digitukea" in flat(page_texts(path)[0])


def test_languages_without_words_are_left_out_with_a_fallback() -> None:
    profile = SiteProfileData("Org", "Site", languages=["zh", "so", "fi-selko", "so"])
    assert sign_languages(profile) == ["so", "fi-selko"]
    assert sign_languages(SiteProfileData("Org", "Site", languages=["zh"])) == ["fi", "sv", "en"]
    assert sign_languages(None) == ["fi", "sv", "en"]
    assert sign_languages(PROFILE, ["en"]) == ["en"]


def test_sign_without_a_profile(tmp_path: Path) -> None:
    path = tmp_path / "bare.pdf"
    build_sign(None, "A4", path)
    text = flat(page_texts(path)[0])
    assert "Digital support here" in text and "Här får du digistöd" in text


def test_many_languages_still_fit_one_page(tmp_path: Path) -> None:
    profile = SiteProfileData(
        "Org", "Site", "Street 1", "Mon–Fri 9–17", "09 123", ["fi", "sv", "en", "ar", "fa", "ru"]
    )
    path = tmp_path / "many.pdf"
    build_sign(profile, "A4", path)
    (page,) = page_texts(path)
    assert "Digital support here" in flat(page) and "Mon–Fri 9–17" in flat(page)


def test_bad_paper() -> None:
    with pytest.raises(BadInputError, match="A5"):
        build_sign(PROFILE, "A5", io.BytesIO())


def test_every_site_language_is_on_the_sign_or_named_as_left_out(tmp_path: Path) -> None:
    from peerhelper.domain.languages import COMMON_LANGUAGES
    from peerhelper.printing.sign import MAX_LANGUAGES, left_out_languages

    codes = [language.code for language in COMMON_LANGUAGES]
    profile = SiteProfileData("Org", "Site", languages=codes)
    shown, left_out = sign_languages(profile), left_out_languages(profile)
    assert len(shown) == MAX_LANGUAGES
    assert sorted(shown + left_out) == sorted(codes)
    # A site with the languages PeerHelper has words for, in any order, gets all of them.
    european = ["de", "fr", "es", "et", "tr", "vi", "sq", "fi", "sv", "en"]
    assert sign_languages(SiteProfileData("Org", "Site", languages=european)) == european
    assert left_out_languages(SiteProfileData("Org", "Site", languages=european)) == []
    assert left_out_languages(SiteProfileData("Org", "Site", languages=["zh", "so"])) == ["zh"]
    path = tmp_path / "ten.pdf"
    build_sign(SiteProfileData("Org", "Site", "Street 1", languages=european), "A4", path)
    (page,) = page_texts(path)
    for words in ("Digitale Unterstützung hier", "Aide numérique ici", "Digitugi siin"):
        assert words in flat(page)

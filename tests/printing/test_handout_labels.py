"""The printed fixed words: every language complete, printable and filled in."""

from __future__ import annotations

import pytest

from peerhelper.domain.languages import BUNDLED_CAPTION_LANGUAGES as BUNDLED_LANGUAGES
from peerhelper.printing.handout import _unprintable
from peerhelper.printing.labels import (
    HANDOUT_LABEL_LANGUAGES,
    LABELS,
    TALLY_LANGUAGES,
    label,
    label_language,
)

HANDOUT_KEYS = (
    "notes", "bring", "needs", "page", "guide_version", "digital_support_here", "sign_subtitle",
)  # fmt: skip


def test_every_bundled_caption_language_has_every_handout_label() -> None:
    assert set(BUNDLED_LANGUAGES) <= set(HANDOUT_LABEL_LANGUAGES)
    for key in HANDOUT_KEYS:
        assert set(HANDOUT_LABEL_LANGUAGES) <= set(LABELS[key]), key
    for key, texts in LABELS.items():
        assert set(TALLY_LANGUAGES) <= set(texts), key


@pytest.mark.parametrize("key", sorted(LABELS))
def test_every_label_prints_without_empty_boxes(key: str) -> None:
    for lang, text in LABELS[key].items():
        assert text.strip(), (key, lang)
        assert not _unprintable(text), (key, lang)


def test_placeholders_are_filled_and_kept_left_to_right_in_rtl() -> None:
    assert label("page", "en", page=2, pages=5) == "Page 2 of 5"
    assert label("page", "fi-selko", page=1, pages=3) == "Sivu 1 / 3"
    arabic = label("guide_version", "ar", title="Wi-Fi", version="1.0")
    assert "\u2066Wi-Fi\u2069" in arabic
    for lang in HANDOUT_LABEL_LANGUAGES:
        text = label("page", lang, page=7, pages=9)
        assert "7" in text and "9" in text and "{" not in text


def test_missing_labels_fall_back_to_the_base_language_then_english() -> None:
    assert label_language("tally_title", "fi-selko") == "fi"
    assert label_language("notes", "et") == "en"
    assert label("notes", "sv-FI") == "Anteckningar"

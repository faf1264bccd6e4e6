"""The bundled fonts: files and licence present, registered once, covering our languages."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from peerhelper.printing import fonts
from peerhelper.printing.fonts import FAMILIES, Script, font_name, missing_characters
from peerhelper.printing.text_samples import SAMPLE_SENTENCES

LATIN_LANGUAGES = ("fi", "fi-selko", "sv", "en", "so", "ru", "uk")
ARABIC_LANGUAGES = ("ar", "fa", "ckb")


def test_bundle_holds_each_face_and_the_verbatim_ofl() -> None:
    folder = fonts.fonts_dir()
    for regular, bold in FAMILIES.values():
        for face in (regular, bold):
            data = (folder / face.filename).read_bytes()
            assert data[:4] == b"\x00\x01\x00\x00", f"{face.filename} is not a TrueType font"
    licence = (folder / "OFL.txt").read_text(encoding="utf-8")
    assert "Copyright 2015 Google LLC" in licence
    assert "SIL OPEN FONT LICENSE\n\nVersion 1.1 - 26 February 2007" in licence
    # The last sentence of the licence, so a truncated copy fails.
    assert licence.rstrip().endswith("OTHER DEALINGS IN THE FONT SOFTWARE.")
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for needed in ("Noto Sans", "Noto Sans Arabic", "OFL", "fonts-noto-core"):
        assert needed in readme


def test_bundle_is_only_the_needed_weights() -> None:
    ttfs = sorted(path.name for path in fonts.fonts_dir().glob("*.ttf"))
    expected = sorted(face.filename for pair in FAMILIES.values() for face in pair)
    assert ttfs == expected
    assert sum((fonts.fonts_dir() / name).stat().st_size for name in ttfs) < 2_000_000


def test_registration_is_lazy_idempotent_and_maps_bold() -> None:
    from reportlab.lib.fonts import tt2ps
    from reportlab.pdfbase import pdfmetrics

    fonts.register_fonts()
    fonts.register_fonts()
    registered = pdfmetrics.getRegisteredFontNames()
    for regular, bold in FAMILIES.values():
        assert regular.name in registered and bold.name in registered
        assert tt2ps(regular.name, 1, 0) == bold.name
        assert tt2ps(regular.name, 0, 1) == regular.name
    assert font_name(Script.ARABIC, bold=True) == "NotoSansArabic-Bold"
    assert font_name() == "NotoSans"


def test_missing_font_file_is_reported_by_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(fonts, "_registered", False)
    monkeypatch.setattr(fonts, "_assets_dir", lambda: tmp_path)
    with pytest.raises(FileNotFoundError, match=r"NotoSans-Regular\.ttf"):
        fonts.register_fonts()


@pytest.mark.parametrize("lang", LATIN_LANGUAGES)
def test_latin_font_draws_every_letter(lang: str) -> None:
    assert missing_characters(SAMPLE_SENTENCES[lang], font_name()) == set()
    assert missing_characters(SAMPLE_SENTENCES[lang], font_name(bold=True)) == set()


def test_latin_font_covers_finnish_swedish_somali_and_cyrillic_alphabets() -> None:
    letters = (
        "abcdefghijklmnopqrstuvwxyzåäöšžABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖŠŽ"
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
        "іїєґІЇЄҐʼ’«»„“”–—€§°…•"
    )
    for bold in (False, True):
        assert missing_characters(letters, font_name(bold=bold)) == set()


def test_arabic_font_covers_arabic_persian_and_sorani_letters() -> None:
    letters = (
        "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"  # Arabic
        "پچژگکیۀ۰۱۲۳۴۵۶۷۸۹"  # Persian additions and digits
        "ڕڵۆێەھڤ"  # Sorani additions
        "٠١٢٣٤٥٦٧٨٩،؛؟\u064b\u064e\u064f\u0650\u0651\u0652\u0654"
    )
    for bold in (False, True):
        assert missing_characters(letters, font_name(Script.ARABIC, bold=bold)) == set()


def test_missing_characters_finds_what_the_font_lacks() -> None:
    # The Arabic font has no Latin letters; spaces and joiners need no glyph.
    assert missing_characters("ab \u200c", font_name(Script.ARABIC)) == {"a", "b"}


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs poppler-utils")
def test_fonts_are_embedded_in_a_pdf(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from peerhelper.printing.text import draw_text

    path = tmp_path / "fonts.pdf"
    canvas = Canvas(str(path), initialFontName=font_name())
    top = 800.0
    for lang in (*LATIN_LANGUAGES, *ARABIC_LANGUAGES):
        for bold in (False, True):
            top -= draw_text(canvas, SAMPLE_SENTENCES[lang], 50, top, 480, 10, lang=lang, bold=bold)
    canvas.save()

    report = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    names = {row.split()[0].split("+")[-1]: row.split() for row in report}
    # The PDF names each face by its PostScript name, which is the file's stem.
    assert set(names) == {Path(face.filename).stem for pair in FAMILIES.values() for face in pair}
    for columns in names.values():
        # Columns: name type encoding emb sub uni object generation.
        assert columns[-5:-2] == ["yes", "yes", "yes"]

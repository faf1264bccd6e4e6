"""Direction, wrapping and visual order of printed text, checked on the line objects."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from peerhelper.printing.fonts import Script, font_name, missing_characters
from peerhelper.printing.text import (
    Line,
    is_arabic_script,
    keep_ltr,
    layout_line,
    primary_language,
    text_direction,
    text_width,
    wrap_text,
)
from peerhelper.printing.text_bidi import resolve_levels, visual_order
from peerhelper.printing.text_samples import MIXED_ARABIC, SAMPLE_SENTENCES

LATIN = font_name(Script.LATIN)
ARABIC = font_name(Script.ARABIC)


def words_of(lines: list[Line]) -> list[str]:
    return [word for line in lines for word in line.source.split()]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("fi", "fi"), ("fi-selko", "fi"), ("ar_SY", "ar"), ("CKB", "ckb"), (None, ""), ("", "")],
)
def test_primary_language(lang: str | None, expected: str) -> None:
    assert primary_language(lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Hei", "fi", "ltr"),
        ("Hei", "fa", "rtl"),  # the language wins over the letters
        ("Suomi.fi را باز کنید", "fa", "rtl"),
        ("مرحبا", "ckb", "rtl"),
        ("مرحبا", "sv", "ltr"),
        ("2026 مرحبا Suomi", None, "rtl"),  # first strong letter decides
        ("2026 Suomi مرحبا", None, "ltr"),
        ("2026", None, "ltr"),
    ],
)
def test_text_direction(text: str, lang: str | None, expected: str) -> None:
    assert text_direction(text, lang) == expected


def test_levels_keep_latin_and_digits_left_to_right_inside_arabic() -> None:
    text = "في Suomi.fi قبل 2026"
    levels = resolve_levels(text, rtl=True)
    assert {levels[i] for i in range(text.index("S"), text.index("fi ") + 2)} == {2}
    assert {levels[i] for i in range(text.index("2"), len(text))} == {2}
    assert levels[0] == levels[text.index("قبل")] == 1


def test_visual_order_reverses_right_to_left_runs_only() -> None:
    # Logical: R1 R2 L3 R4 at levels 1 1 2 1 -> visual R4 L3 R2 R1.
    assert visual_order(["R1", "R2", "L3", "R4"], [1, 1, 2, 1]) == ["R4", "L3", "R2", "R1"]
    assert visual_order(["a", "b"], [0, 0]) == ["a", "b"]


@pytest.mark.parametrize("lang", sorted(SAMPLE_SENTENCES))
@pytest.mark.parametrize("width", [110.0, 160.0, 400.0])  # the longest word is 103 pt
def test_wrapping_keeps_every_word_in_order_within_the_width(lang: str, width: float) -> None:
    text = SAMPLE_SENTENCES[lang]
    lines = wrap_text(text, width, 12, lang=lang)
    assert words_of(lines) == text.split()
    for line in lines:
        assert line.width <= width + 0.01
        assert line.width == pytest.approx(sum(run.width for run in line.runs))
        assert line.rtl == (lang in ("ar", "fa", "ckb"))
    if width < 400:
        assert len(lines) > 1
        # Greedy: the first word of the next line would not have fitted.
        first, second = lines[0], lines[1]
        joined = f"{first.source} {second.source.split()[0]}"
        assert text_width(joined, 12, lang=lang) > width


@pytest.mark.parametrize("lang", sorted(SAMPLE_SENTENCES))
def test_every_character_has_a_glyph_in_its_chosen_font(lang: str) -> None:
    for bold in (False, True):
        for line in wrap_text(SAMPLE_SENTENCES[lang], 200, 12, lang=lang, bold=bold):
            for run in line.runs:
                assert missing_characters(run.source, run.font) == set(), (lang, run)


def test_arabic_line_runs_in_visual_order_with_ltr_islands() -> None:
    line = layout_line(MIXED_ARABIC, 12, lang="ar")
    sources = [run.source.strip() for run in line.runs]
    # The sentence's first word is at the right end, its last at the left.
    assert sources[-1].startswith("سجّل في")
    assert sources[0] == "."
    latin = [run for run in line.runs if not run.rtl]
    assert [run.text for run in latin] == ["Kela", "OK", "2026", "Suomi.fi"]
    assert all(run.font == LATIN for run in latin)
    arabic_runs = [run for run in line.runs if any(is_arabic_script(c) for c in run.source)]
    assert {run.font for run in arabic_runs} == {ARABIC}


def test_brackets_are_mirrored_in_right_to_left_text() -> None:
    line = layout_line("قبل (مهم) بعد", 12, lang="ar")
    brackets = [run for run in line.runs if run.source.strip() in "()"]
    # Logical "(" comes first, so it is drawn at the right as ")".
    assert [(run.source.strip(), run.text.strip()) for run in brackets] == [(")", "("), ("(", ")")]


def test_arabic_letters_are_shaped_into_joined_forms() -> None:
    line = layout_line("سلام", 12, lang="ar")
    (run,) = line.runs
    # Joined letters are contextual glyphs, not the four isolated letters.
    assert run.text != "سلام" and run.text != "مالس"
    assert len(run.text) <= 4
    # Shaping is not mirroring: the glyphs come out right to left.
    assert run.width == pytest.approx(line.width) and run.width > 0


def test_persian_zero_width_non_joiner_is_honoured() -> None:
    joined = layout_line("میخواهم", 12, lang="fa").runs[0].text
    apart = layout_line("می\u200cخواهم", 12, lang="fa").runs[0].text
    assert joined != apart


def test_left_to_right_text_is_one_plain_run_per_font() -> None:
    line = layout_line("Valitse Kela — палвелу", 12, lang="fi")
    assert [run.text for run in line.runs] == ["Valitse Kela — палвелу"]
    assert not line.rtl


def test_rtl_first_words_go_on_the_first_line() -> None:
    lines = wrap_text(MIXED_ARABIC, 120, 12, lang="ar")
    assert lines[0].source.startswith("سجّل في")
    assert lines[-1].source.endswith("Kela.")


def test_overlong_word_is_cut_to_fit() -> None:
    url = "https://www.suomi.fi/palvelut/asumistuki-kela/" + "x" * 40
    lines = wrap_text(url, 100, 12, lang="fi")
    assert "".join(line.source for line in lines) == url
    assert all(line.width <= 100 for line in lines)


def test_newlines_start_new_lines_and_blank_lines_are_kept() -> None:
    lines = wrap_text("Yksi\n\nKaksi", 300, 12, lang="fi")
    assert [line.source for line in lines] == ["Yksi", "", "Kaksi"]


def test_bold_uses_bold_faces_and_is_wider() -> None:
    regular = layout_line("Kirjaudu sisään", 12, lang="fi")
    bold = layout_line("Kirjaudu sisään", 12, lang="fi", bold=True)
    assert bold.runs[0].font == font_name(bold=True)
    assert bold.width > regular.width


def test_direction_marks_steer_order_but_print_nothing() -> None:
    line = layout_line("\u200fOK\u200f", 12, lang="fi")
    assert "".join(run.source for run in line.runs) == "OK"


def test_keep_ltr_holds_a_phone_number_together_in_arabic() -> None:
    plain = layout_line("اتصل على 040 123 4567 اليوم", 12, lang="ar")
    kept = layout_line(f"اتصل على {keep_ltr('040 123 4567')} اليوم", 12, lang="ar")
    digits = [run.source for run in plain.runs if run.source.strip().isdigit()]
    assert digits == ["4567", "123", "040"]  # the bidi rules alone reverse the groups
    assert "040 123 4567" in [run.text for run in kept.runs]
    assert "\u2066" not in "".join(run.text for run in kept.runs)


def test_text_api_does_not_load_reportlab_on_import() -> None:
    # The app may ask text_direction() at startup; reportlab loads on first drawing.
    code = (
        "import sys, peerhelper.printing.text as t; "
        "assert t.text_direction('', 'fa') == 'rtl'; "
        "assert 'reportlab' not in sys.modules, 'reportlab imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])

"""Right-to-left order: brackets, isolates, mirroring, and a differential test.

The visual order of every line is compared with python-bidi's public
``get_display`` (the Rust ``unicode-bidi`` crate), which implements the whole
current algorithm but does not mirror; mirroring is checked on its own.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest

from peerhelper.printing.fonts import Script, font_name
from peerhelper.printing.text import draw_text, layout_line, wrap_text
from peerhelper.printing.text_bidi import (
    BidiUnavailableError,
    _parse_levels,
    line_levels,
    resolve_levels,
)
from tests.printing.bidi_helpers import (
    FORMAT_MARKS,
    JOINERS,
    printed_order,
    random_mixed,
    reference_order,
)

ISOLATES = "\u2066\u2067\u2068\u2069"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The bracket pair takes the direction of the Latin words inside it.
        ("في OmaKela (Kela)", "ar", "OmaKela (Kela) يف"),
        ("اتصل بـ Kela (OmaKela) الآن", "ar", "نآلا Kela (OmaKela) ـب لصتا"),
        ("سلام (دنیا)", "fa", ")ایند( مالس"),
        ("Soita \u2068Kela\u2069", "fi", "Soita Kela"),
        ("Soita \u2068Kela\u2069 الآن", "ar", "نآلا Kela Soita"),
        ("اتصل \u2066040 123 4567\u2069 اليوم", "ar", "مويلا 040 123 4567 لصتا"),
        ("Soita \u2067كيلا 2026\u2069!", "fi", "Soita 2026 اليك!"),
    ],
)
def test_known_lines_come_out_in_the_algorithms_order(text: str, lang: str, expected: str) -> None:
    line = layout_line(text, 12, lang=lang)
    assert printed_order(line) == expected
    assert printed_order(line) == reference_order(line.source, rtl=lang != "fi")


def test_brackets_at_a_right_to_left_level_are_mirrored_on_paper() -> None:
    line = layout_line("سلام (دنیا) و [Kela]", 12, lang="fa")
    drawn = [(run.source, run.text) for run in line.runs if run.font == font_name(Script.LATIN)]
    # A logical "(" is at the right end of its pair, so it is printed ")".
    # "[Kela]" follows a Persian word, so its brackets take the paragraph's
    # direction (rule N0) and are mirrored too.
    assert ("(", ")") in drawn and (") ", " (") in drawn
    assert ("[", "]") in drawn and ("]", "[") in drawn and ("Kela", "Kela") in drawn


def test_brackets_of_a_left_to_right_phrase_are_printed_as_written() -> None:
    line = layout_line("في OmaKela (Kela)", 12, lang="ar")
    assert [run.text for run in line.runs if not run.rtl] == ["OmaKela (Kela)"]


def test_isolates_no_longer_break_the_algorithm() -> None:
    for mark in ISOLATES:
        levels = resolve_levels(f"Soita {mark}Kela{mark} نص", rtl=False)
        assert len(levels) == len(f"Soita {mark}Kela{mark} نص")


def test_levels_follow_the_bracket_pair_rule() -> None:
    text = "في OmaKela (Kela)"
    levels = resolve_levels(text, rtl=True)
    assert levels[text.index("(")] == levels[text.index(")")] == 2


def test_trailing_whitespace_and_isolates_go_back_to_the_paragraph_level() -> None:
    text = "abc \u2069 "
    assert line_levels(text, [2, 2, 2, 2, 2, 2], rtl=True) == [2, 2, 2, 1, 1, 1]
    assert line_levels("a\tb", [2, 2, 2], rtl=True) == [2, 1, 2]


def test_an_unrecognised_answer_from_python_bidi_is_refused() -> None:
    with pytest.raises(BidiUnavailableError):
        _parse_levels("BidiInfo { something else }")


@pytest.mark.parametrize("marks", [False, True], ids=["plain", "with-marks"])
def test_random_mixed_lines_match_the_reference_implementation(marks: bool) -> None:
    rng = random.Random(9 + marks)
    for _ in range(2500):
        text = random_mixed(rng, marks)
        lang = rng.choice(["ar", "fa", "fi"])
        line = layout_line(text, 11, lang=lang)
        assert printed_order(line) == reference_order(line.source, lang != "fi"), repr(text)


def test_wrapped_lines_keep_every_character_in_logical_order() -> None:
    rng = random.Random(10)
    for _ in range(300):
        text = unicodedata.normalize("NFC", random_mixed(rng, tokens=30))
        lines = wrap_text(text, rng.choice([60.0, 120.0, 200.0]), 11, lang="ar")
        # Lines break only at ordinary spaces, which the break swallows.
        assert "".join(line.source for line in lines).replace(" ", "") == text.replace(" ", "")


def test_random_format_characters_print_without_an_error(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    rng = random.Random(11)
    pool = [*FORMAT_MARKS, *JOINERS, "\u200b", "\ufeff", "\u00ad", "\x00", "\x1f", "\u2029"]
    pool += ["\r\n", "\t", "\ud800", "\U0001f600", "\u0651", "a", "ب", "(", "1", " "]
    canvas = Canvas(str(tmp_path / "fuzz.pdf"), initialFontName=font_name())
    for _ in range(400):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 40)))
        for lang in ("ar", "fi", None):
            layout_line(text, 10, lang=lang)
            draw_text(canvas, text, 40, 800, rng.choice([5.0, 80.0, 400.0]), 10, lang=lang)
        canvas.showPage()
    canvas.save()
    assert (tmp_path / "fuzz.pdf").stat().st_size > 0


def test_deeply_nested_embeddings_do_not_overflow() -> None:
    text = "\u202b" * 200 + "abc" + "\u202c" * 200 + "\u2067" * 200 + "نص"
    line = layout_line(text, 12, lang="ar")
    assert printed_order(line) == reference_order(line.source, rtl=True)

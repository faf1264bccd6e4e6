"""Shared by the bidi tests: random mixed text and the reference visual order."""

from __future__ import annotations

import random
import unicodedata

from bidi import get_display

from peerhelper.printing.text import Line
from peerhelper.printing.text_shaping import ZERO_WIDTH_JOINERS

ARABIC_WORDS = ["في", "سجّل", "الدخول", "مهم", "جداً", "اضغط", "الساعة", "بطاقة", "كيلا"]
PERSIAN_WORDS = ["باز", "کنید", "کمک\u200cهزینهٔ", "مرحله", "۳", "از", "۵", "می\u200cخواهم"]
LATIN_WORDS = ["OmaKela", "Kela", "Suomi.fi", "OK", "USB-C", "Wi-Fi", "klo", "www.kela.fi"]
NUMBERS = ["2026", "9:00", "10–14", "16.30", "040 123 4567", "٣", "12,5", "3/5", "50 %", "+358"]
NEUTRALS = [*"()[]{}«»\"'“”‹›<>.,:;!?/-+%#*&@–—…٫٬،؟", " ", "\u00a0", "\u2009"]
FORMAT_MARKS = list("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
JOINERS = sorted(ZERO_WIDTH_JOINERS)


def random_mixed(rng: random.Random, marks: bool = True, tokens: int = 12) -> str:
    """A sentence of Arabic, Persian and Latin words, numbers and signs."""
    pools = [ARABIC_WORDS, PERSIAN_WORDS, LATIN_WORDS, NUMBERS, NEUTRALS]
    if marks:
        pools += [FORMAT_MARKS, JOINERS]
    parts = []
    for _ in range(rng.randint(1, tokens)):
        parts.append(rng.choice(rng.choice(pools)))
        parts.append(rng.choice(["", " ", " "]))
    return "".join(parts)


def is_drawn(char: str) -> bool:
    # Joiners stay in the runs for HarfBuzz, but like the marks they have no
    # width and no place of their own on paper.
    return unicodedata.category(char) not in ("Cf", "Cc")


def reference_order(text: str, rtl: bool) -> str:
    """The algorithm's visual order of one line, without mirroring, marks left out.

    Spaces at either end are left out too: the crate skips rule L1 on a line
    with no right-to-left level, so a trailing space before an embedding
    mark stays at the right end where L1 moves it to the left; on paper it
    is nothing either way.
    """
    display = get_display(text, base_dir="R" if rtl else "L")
    return "".join(char for char in str(display) if is_drawn(char)).strip()


def printed_order(line: Line) -> str:
    """The characters of a laid-out line from left to right, as written (not mirrored)."""
    ordered = "".join(run.source[::-1] if run.rtl else run.source for run in line.runs)
    return "".join(char for char in ordered if is_drawn(char)).strip()

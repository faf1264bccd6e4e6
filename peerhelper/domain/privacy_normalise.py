"""Text as the personal-data guard reads it: one digit, one space, one dash.

People paste notes from phones, word processors and web pages, and the same
number arrives in many costumes: full-width digits from a Japanese or Chinese
keyboard (０４０), Arabic-Indic (٠٤٠) or Persian (۰۴۰) digits, no-break, thin
and narrow spaces between groups, zero-width characters and direction marks
that a phone slipped in, and six kinds of dash. :func:`normalise` turns each
of these into its plain ASCII counterpart, character for character, and drops
the invisible ones, so the finders need to know only ``0-9``, ``' '`` and
``'-'``. It remembers where each character came from, so that what is found
is cut from the text the volunteer actually wrote.

Only characters are mapped, never sequences, so the work is one pass over the
text whatever it holds.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Invisible characters that can sit between the digits of a pasted number: soft
# hyphen, zero-width space/joiners, direction marks and isolates, word joiner,
# invisible operators, byte-order mark, Mongolian vowel separator.
INVISIBLE = (
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
# Spaces other than the plain one: no-break, the typographic spaces (en, em,
# thin, hair, figure…), narrow no-break, medium mathematical, ideographic.
SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
SPACES += "\u202f\u205f\u3000"
# Hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus, small hyphen-minus.
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63"

_INVISIBLE = re.compile(f"[{INVISIBLE}]")


class _Table(dict[int, int]):
    """A ``str.translate`` table that works out each character's mapping on first use.

    Listing every decimal digit of Unicode up front would mean walking all of
    its code points at start-up; most notes use a few dozen characters.
    """

    def __missing__(self, code: int) -> int:
        value = _map(chr(code))
        self[code] = value
        return value


def _map(char: str) -> int:
    code = ord(char)
    if code < 0x80:
        return code
    if char in INVISIBLE:
        return code  # dropped afterwards, so that the offsets can be recorded
    if char in SPACES:
        return ord(" ")
    if char in DASHES:
        return ord("-")
    if 0xFF01 <= code <= 0xFF5E:  # full-width forms of the ASCII characters
        return code - 0xFEE0
    if char == "\ufe6b":  # small commercial at
        return ord("@")
    digit = unicodedata.decimal(char, None)
    if digit is not None:
        return ord("0") + digit
    return code


_TABLE = _Table()


@dataclass(frozen=True)
class NormalisedText:
    """``text`` as the finders read it, and where each of its characters came from."""

    text: str
    # origin[i] is the offset in the original text of text[i]; None when the two
    # are the same (nothing was dropped).
    origin: list[int] | None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that ``self.text[start:end]`` came from."""
        if self.origin is None:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1


def normalise(text: str) -> NormalisedText:
    if text.isascii():
        return NormalisedText(text, None)
    mapped = text.translate(_TABLE)
    if _INVISIBLE.search(mapped) is None:
        return NormalisedText(mapped, None)
    origin = [index for index, char in enumerate(mapped) if char not in INVISIBLE]
    return NormalisedText(_INVISIBLE.sub("", mapped), origin)

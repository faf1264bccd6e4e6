"""The Unicode bidirectional algorithm, split where line wrapping needs it.

Wrapping right-to-left text needs the algorithm in two halves: embedding
levels are resolved once for the whole paragraph (rules X1-I2 of UAX #9,
with bracket pairs and isolates), the paragraph is cut into lines in logical
order, and only then is each line reordered (rules L1-L2). Reordering works
on runs rather than characters, because each run is shaped as a whole and
HarfBuzz already lays a right-to-left run out in visual order.

The levels come from the Rust ``unicode-bidi`` crate through python-bidi,
a complete and maintained implementation of the current algorithm. Its
``get_display`` hands back the resolved levels (one per UTF-8 byte) when
called with ``debug=True``; :func:`_parse_levels` reads them and refuses
anything it does not recognise, so an upgrade that changes the format fails
loudly in the tests instead of printing in the wrong order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import TypeVar

T = TypeVar("T")

_LEVELS_START = "\n    levels: [\n"  # the text field before it has its newlines escaped
_LEVELS_END = "\n    ],"
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")

# Reset to the paragraph level at the end of a line and before a separator
# (rule L1), together with the characters rule X9 set aside between them.
_TRAILING = frozenset({"WS", "FSI", "LRI", "RLI", "PDI", "BN", "LRE", "RLE", "LRO", "RLO", "PDF"})
_SEPARATORS = frozenset({"S", "B"})


class BidiUnavailableError(RuntimeError):
    """python-bidi answered in a form this program does not understand."""


def resolve_levels(text: str, rtl: bool) -> list[int]:
    """The embedding level of each character of one paragraph.

    Even levels run left to right, odd levels right to left. ``rtl`` is the
    paragraph direction (level 0 or 1). Characters the algorithm sets aside
    (explicit embeddings, joiners) take the level of the character before
    them, so they stay inside the run they belong to.
    """
    return list(_levels(text, rtl)) if text else []


@lru_cache(maxsize=512)
def _levels(text: str, rtl: bool) -> tuple[int, ...]:
    from bidi import get_display

    info = get_display(text, base_dir="R" if rtl else "L", debug=True)
    per_byte = _parse_levels(str(info))
    if len(per_byte) != len(text.encode("utf-8")):
        raise BidiUnavailableError(
            f"python-bidi gave {len(per_byte)} levels for {len(text.encode('utf-8'))} bytes"
        )
    levels: list[int] = []
    position = 0
    for char in text:
        levels.append(per_byte[position])
        position += len(char.encode("utf-8"))
    return tuple(levels)


def _parse_levels(info: str) -> list[int]:
    """The ``levels`` list of the crate's ``BidiInfo`` as python-bidi prints it."""
    start = info.find(_LEVELS_START)
    end = info.find(_LEVELS_END, start + 1)
    if start < 0 or end < 0:
        raise BidiUnavailableError("python-bidi did not report the embedding levels")
    return [int(level) for level in _LEVEL.findall(info, start, end)]


def line_levels(text: str, levels: Sequence[int], rtl: bool) -> list[int]:
    """The levels of one line cut from a paragraph, after rule L1.

    Tabs and paragraph separators, and whitespace and isolate marks before
    them or at the end of the line, go back to the paragraph level, so a
    trailing space of an Arabic line never sits between two Latin words.
    """
    base = 1 if rtl else 0
    result = list(levels)
    trailing = True  # the end of the line counts as a separator
    for index in range(len(text) - 1, -1, -1):
        kind = unicodedata.bidirectional(text[index])
        if kind in _SEPARATORS:
            result[index] = base
            trailing = True
        elif trailing and kind in _TRAILING:
            result[index] = base
        else:
            trailing = False
    return result


def visual_order(items: Sequence[T], levels: Sequence[int]) -> list[T]:
    """Reorder one line's runs from logical to visual order (UAX #9 rule L2).

    From the highest level down to the lowest odd level, every maximal
    sequence of runs at that level or higher is reversed.
    """
    order = list(range(len(items)))
    odd = [level for level in levels if level % 2]
    if not odd:
        return list(items)
    for level in range(max(levels), min(odd) - 1, -1):
        start: int | None = None
        for position in range(len(order) + 1):
            inside = position < len(order) and levels[order[position]] >= level
            if inside and start is None:
                start = position
            elif not inside and start is not None:
                order[start:position] = reversed(order[start:position])
                start = None
    return [items[index] for index in order]


def mirror(char: str) -> str:
    """The mirrored form of a bracket or other paired sign (rule L4), else ``char``."""
    if not unicodedata.mirrored(char):
        return char
    from bidi.mirror import MIRRORED  # BidiMirroring.txt as a table

    return MIRRORED.get(char, char)

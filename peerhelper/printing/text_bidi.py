"""The Unicode bidirectional algorithm, split where line wrapping needs it.

``python-bidi``'s ``get_display`` resolves levels and reorders in one call,
which only works for text already cut into lines. Wrapping right-to-left
text needs the two halves apart: levels are resolved once for the whole
paragraph (rules X1-I2 of UAX #9), the paragraph is cut into lines in
logical order, and only then is each line reordered (rule L2). Reordering
works on runs rather than characters, because each run is shaped as a whole
and HarfBuzz already lays a right-to-left run out in visual order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def resolve_levels(text: str, rtl: bool) -> list[int]:
    """The embedding level of each character of one paragraph.

    Even levels run left to right, odd levels right to left. ``rtl`` is the
    paragraph direction (level 0 or 1). Characters the algorithm sets aside
    (explicit embeddings, joiners) take the level of the character before
    them, so they stay inside the run they belong to.
    """
    # The pure-Python module exposes each step; the Rust one only the result.
    from bidi import algorithm

    base = 1 if rtl else 0
    storage = algorithm.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)

    levels: list[int | None] = [None] * len(text)
    for char in storage["chars"]:
        levels[char["index"]] = char["level"]
    resolved: list[int] = []
    previous = base
    for level in levels:
        previous = previous if level is None else level
        resolved.append(previous)
    return resolved


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

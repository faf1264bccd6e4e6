"""Check a drawn scene the way a reader sees it: nothing hides the point, nothing is cut off.

``check_picture(scene, lang)`` lays the scene out exactly as ``scene.render_scene``
does and measures the result: where the words and icons on the screen are,
where the client's hand, the amber rings and the badge fall, and where the
device's screen ends. It returns plain English sentences, each with a kind:

- ``covered``: the hand (or mouse arrow), a ring or the badge lies over any
  words or icon on the screen: the label the step points at, and every other
  one too, since a reader cannot tell a hidden neighbour from a missing one;
- ``cut_off``: a person, a list item or a tile runs past the picture's or the
  screen's edge;
- ``overflow``: words run out of their button, field or tile;
- ``small_print``: the words the step points at would print smaller than
  7 pt in a normal handout or 10 pt in large print.

``guides check`` turns them into ``picture_layout`` problems.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from peerhelper.guides.kit.aim import ICON_SHARE, Polygon, labels_in
from peerhelper.guides.kit.layout import Box
from peerhelper.guides.kit.marks import highlight_geometry
from peerhelper.guides.kit.measure import (
    Word,
    centre_in,
    covered_share,
    inside,
    measure,
    overlaps,
    pointer_shapes,
    polygon_hits_box,
    roomy,
)
from peerhelper.guides.kit.zoom import MAX_LINES, key_box, key_words
from peerhelper.guides.scene import HEIGHT, WIDTH, SceneLayout, lay_out_scene

# The smallest printed size of words the caption points at (points).
MIN_PRINT_PT = {"normal": 7.0, "large print": 10.0}
# A handout may shrink a picture to this share of its width to fit a page.
PRINT_SHRINK = 0.7


@dataclass(frozen=True)
class Finding:
    kind: str
    detail: str


def _name(word: Word) -> str:
    return repr(word.text if len(word.text) <= 30 else word.text[:28] + "…")


def _pointer_covering(
    layout: SceneLayout, words: list[Word], icons: list[Box], hands: list[Polygon]
) -> list[Finding]:
    """The hand or mouse arrow over the label it points at, or over any other words or icon."""
    what = "mouse arrow" if layout.pointer_kind == "mouse" else "hand"
    if any(
        labels_in(layout.drawn, layout.drawn.targets[i]).hidden_by(hands)
        for i in layout.pointed_ids
        if i in layout.drawn.targets
    ):
        return [Finding("covered", f"the {what} covers the label it points at")]
    for word in words:
        if any(polygon_hits_box(hand, roomy(word.box)) for hand in hands):
            return [Finding("covered", f"the {what} covers {_name(word)}")]
    for box in icons:
        if covered_share(hands, box) > ICON_SHARE:
            return [Finding("covered", f"the {what} covers an icon on the screen")]
    return []


def _covering(layout: SceneLayout, words: list[Word], icons: list[Box]) -> list[Finding]:
    findings = []
    hands = []
    if layout.pointer:
        hands = pointer_shapes(*layout.pointer, layout.pointer_kind, layout.pointer_action)
    if hands:
        findings += _pointer_covering(layout, words, icons, hands)
    for ident in layout.highlight_ids:
        target = layout.drawn.targets.get(ident)
        if target is None:
            continue
        outer, inner = highlight_geometry(target)
        for word in words:
            if overlaps(word.box, outer, 1) and not inside(word.box, inner, 0):
                findings.append(
                    Finding("covered", f"the ring around {ident!r} crosses {_name(word)}")
                )
                break
        else:
            for icon_box in icons:
                if overlaps(icon_box, outer, 3) and not inside(icon_box, inner, 1.5):
                    findings.append(
                        Finding("covered", f"the ring around {ident!r} crosses an icon")
                    )
                    break
    findings += _zoom_covering(layout, hands)
    if layout.badge is not None:
        cx, cy, r = layout.badge
        square = Box(cx - r, cy - r, 2 * r, 2 * r)
        hidden = [w for w in words if overlaps(w.box, square, 2)]
        if hidden:
            findings.append(Finding("covered", f"the badge covers {_name(hidden[0])}"))
        elif any(overlaps(i, square, 2) for i in icons):
            findings.append(Finding("covered", "the badge covers an icon on the screen"))
    return findings


def _cut_off(layout: SceneLayout, words: list[Word]) -> list[Finding]:
    findings = []
    for who, left, top, right in layout.people:
        if left < 0 or right > WIDTH or top < 0:
            findings.append(Finding("cut_off", f"the {who} is cut off at the picture's edge"))
    screen = layout.drawn.frame
    if screen is not None:
        for ident, box in layout.drawn.targets.items():
            if ident in layout.fixed_parts:
                continue
            if not inside(box, screen, 2):
                findings.append(Finding("cut_off", f"{ident!r} runs past the screen's edge"))
        for word in words:
            if not inside(word.box, Box(0, 0, WIDTH, HEIGHT), 0):
                findings.append(Finding("cut_off", f"{_name(word)} runs past the picture's edge"))
    return findings


def _overflow(words: list[Word], rects: list[Box]) -> list[Finding]:
    findings = []
    for word in words:
        anchor = Box(word.box.cx - 1, word.box.cy - 1, 2, 2)
        holders = [r for r in rects if inside(anchor, r, 0) and r.w < WIDTH * 0.9]
        if not holders:
            continue
        holder = min(holders, key=lambda r: r.w * r.h)
        if word.box.x < holder.x - 1 or word.box.x + word.box.w > holder.x + holder.w + 1:
            findings.append(Finding("overflow", f"{_name(word)} runs out of its box"))
    return findings


def _zoom_covering(layout: SceneLayout, hands: list[list[tuple[float, float]]]) -> list[Finding]:
    """The zoom card must leave the elements, the hand and the badge in view."""
    if layout.zoom is None:
        return []
    card = layout.zoom.card
    for ident in dict.fromkeys(layout.pointed_ids + layout.key_ids):
        box = key_box(layout.drawn.targets, ident)
        if box is not None and overlaps(card, box, 0):
            return [Finding("covered", f"the zoom covers {ident!r}")]
    if any(polygon_hits_box(hand, card) for hand in hands):
        return [Finding("covered", "the zoom covers the hand")]
    if layout.badge is not None:
        cx, cy, r = layout.badge
        if overlaps(card, Box(cx - r, cy - r, 2 * r, 2 * r), 0):
            return [Finding("covered", "the zoom covers the badge")]
    return []


def _readable_in_zoom(layout: SceneLayout, ident: str, small: list[Word], least_px: float) -> bool:
    """Whether the zoom shows all the words of ``small`` at ``least_px`` or larger."""
    if layout.zoom is None or ident not in layout.zoom.rows:
        return False
    row = layout.zoom.rows[ident]
    shown = [w for w in measure(layout.zoom.svg)[0] if centre_in(w.box, row)]
    if any(w.size < least_px for w in shown):
        return False
    # The zoom may break a long word or address over lines: compare the letters only.
    letters = "".join("".join(w.text.split()) for w in shown)
    return all("".join(w.text.split()) in letters for w in small)


def _small_print(layout: SceneLayout, words: list[Word]) -> list[Finding]:
    from peerhelper.printing.handout_blocks import LARGE, NORMAL

    findings = []
    for name, style in (("normal", NORMAL), ("large print", LARGE)):
        per_pixel = style.picture_width * PRINT_SHRINK / WIDTH
        least_px = MIN_PRINT_PT[name] / per_pixel
        for ident in layout.key_ids:
            small = [w for w in key_words(layout.drawn, ident, words) if w.size < least_px]
            if not small or _readable_in_zoom(layout, ident, small, least_px):
                continue
            findings.append(
                Finding(
                    "small_print",
                    f"{_name(small[0])} prints at {small[0].size * per_pixel:.1f} pt in a {name} "
                    f"handout; at least {MIN_PRINT_PT[name]:g} pt is readable (the zoom shows "
                    f"at most {MAX_LINES} lines: name fewer words in the scene's zoom)",
                )
            )
    return findings


def check_picture(scene: Mapping[str, Any], lang: str = "fi") -> list[Finding]:
    """Everything in the drawn ``scene`` that hides, cuts or shrinks what the step is about."""
    layout = lay_out_scene(scene, lang)
    words, icons, rects = measure(layout.drawn.svg)
    findings = _covering(layout, words, icons)
    findings += _cut_off(layout, words)
    findings += _overflow(words, rects)
    findings += _small_print(layout, words)
    return list(dict.fromkeys(findings))

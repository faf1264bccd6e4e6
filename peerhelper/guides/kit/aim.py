"""Where the client's hand rests on what it points at: beside the words, never on them.

``aim`` picks the fingertip's spot and the side the hand comes from (or, on a
laptop, where the mouse arrow's tip rests), so the target's words (or, when it
has none, its icon) stay in view and as few other words as can be are hidden.
``picture_check`` measures the same ``Labels``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from peerhelper.guides.kit.layout import Box, Drawn
from peerhelper.guides.kit.marks import hand_angle
from peerhelper.guides.kit.measure import (
    centre_in,
    covered_share,
    measure,
    pointer_shapes,
    polygon_hits_box,
    roomy,
)

WIDTH, HEIGHT = 800, 600  # the stage every scene is drawn on
Polygon = list[tuple[float, float]]

# Where on its target the fingertip may rest, as shares of the target's width and height,
# best first: the hand must leave the target's words (or, without words, its icon) in view.
_SPOTS = {
    "below": ((0.72, 0.68), (0.9, 0.78), (0.97, 0.6), (0.5, 0.97), (0.25, 0.95), (0.5, 0.5)),
    "above": ((0.72, 0.32), (0.9, 0.2), (0.5, 0.05), (0.5, 0.5)),
    "left": ((0.0, 0.5), (0.0, 0.8)),
    "right": ((1.0, 0.5), (1.0, 0.8)),
}
# The mouse arrow hangs down and to the right of its tip.
_MOUSE_SPOTS = (
    (0.88, 0.4),
    (0.9, 0.6),
    (0.97, 0.5),
    (0.99, 0.65),
    (0.8, 0.75),
    (0.95, 0.85),
    (0.6, 0.8),
    (0.5, 0.5),
)


# An icon with no words stays recognisable while the fingertip covers no more than this of it.
ICON_SHARE = 0.3


@dataclass(frozen=True)
class Labels:
    """What a hand must leave in view on its target: its words or, without words, its icons."""

    words: list[Box]
    icons: list[Box]

    def hidden_by(self, hands: list[Polygon]) -> int:
        words = sum(any(polygon_hits_box(h, roomy(box)) for h in hands) for box in self.words)
        return words + sum(covered_share(hands, box) > ICON_SHARE for box in self.icons)


def labels_in(drawn: Drawn, spot: Box) -> Labels:
    """The words on ``spot`` or, when it has none, its icons: what a hand must not hide."""
    words, icons, _boxes = measure(drawn.svg)
    found = [w.box for w in words if centre_in(w.box, spot)]
    if found:
        return Labels(found, [])
    # An app's name stands just under its icon.
    below = Box(spot.x - 10, spot.y + spot.h, spot.w + 20, 26)
    return Labels(
        [w.box for w in words if centre_in(w.box, below)], [i for i in icons if centre_in(i, spot)]
    )


def _fingertip(
    spot: Box,
    side: str,
    labels: Labels,
    others: list[Box],
    other_icons: list[Box],
    kind: str = "hand",
    action: str = "tap",
) -> tuple[tuple[float, float], tuple[int, int]]:
    """Where the fingertip rests: never on the target's words, and on as few others as can be."""
    angle = hand_angle(side)
    spots = _MOUSE_SPOTS if kind == "mouse" else _SPOTS[side]
    candidates = [(spot.x + spot.w * fx, spot.y + spot.h * fy) for fx, fy in spots]
    if (side == "below" or kind == "mouse") and spot.w <= 40:
        candidates.insert(0, (spot.cx, spot.cy))

    def cost(point: tuple[float, float]) -> tuple[int, int]:
        hands = pointer_shapes(*point, angle, kind, action)
        # The hand's cuff may leave the picture (the arm goes on); the rest may not.
        shown = hands if kind == "mouse" else hands[1:]
        outside = any(not (0 <= x <= WIDTH and 0 <= y <= HEIGHT) for hand in shown for x, y in hand)
        covered = Labels(others, other_icons).hidden_by(hands)
        return labels.hidden_by(hands) + 10 * outside, covered

    best = min(candidates, key=cost)
    return best, cost(best)


def aim(
    drawn: Drawn, aim: Mapping[str, Any], box: Box, kind: str = "hand"
) -> tuple[float, float, str]:
    """Fingertip and side for the pointer: the scene's side, or the first that hides least.

    The target's own words come first; then as few of the screen's other words as can be.
    The mouse arrow has one side: it points up and to the left.
    """
    spot = drawn.targets[aim["target"]]
    labels = labels_in(drawn, spot)
    words, icons, _boxes = measure(drawn.svg)
    others = [w.box for w in words if w.box not in labels.words]
    other_icons = [i for i in icons if i not in labels.icons]
    default = "left" if spot.cx < box.x else "below"
    if kind == "mouse":
        sides = ["below"]
    else:
        sides = [aim["from"]] if aim.get("from") else [default, "right", "left"]
    tried = [
        (_fingertip(spot, side, labels, others, other_icons, kind, aim.get("action", "tap")), side)
        for side in sides
    ]
    ((x, y), _cost), side = min(tried, key=lambda t: t[0][1])  # the first with least hidden
    return x, y, side

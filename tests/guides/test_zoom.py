"""The zoom card: the words a step points at, repeated large enough to print."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from peerhelper.guides import scene as scene_module
from peerhelper.guides.kit.layout import Box
from peerhelper.guides.kit.measure import centre_in, measure
from peerhelper.guides.kit.zoom import READABLE_PX
from peerhelper.guides.picture_check import MIN_PRINT_PT, PRINT_SHRINK, check_picture
from peerhelper.guides.scene import WIDTH, lay_out_scene, render_scene
from peerhelper.guides.scene_check import check_scene
from peerhelper.printing.handout_blocks import LARGE, NORMAL
from tests.guides.test_picture_check import LIST_SCENE

SCAM: dict[str, Any] = {
    "device": "phone",
    "screen": {
        "title": "Sähköposti",
        "elements": [
            {
                "type": "message",
                "id": "mail",
                "from": "Kela <palvelu@kela-tuki.example>",
                "text": "Sinulle on maksamaton palautus 248,50 €. Anna pankkitunnuksesi.",
            }
        ],
    },
    "characters": [{"who": "helper", "pose": "explain"}, {"who": "client", "pose": "think"}],
    "bubble": {"by": "helper", "icons": ["wait"]},
    "highlight": "mail",
    "badge": "danger",
}


def kinds(scene: dict[str, Any]) -> set[str]:
    return {finding.kind for finding in check_picture(scene, "fi")}


def zoom_words(scene: dict[str, Any]) -> list[str]:
    layout = lay_out_scene(scene, "fi")
    assert layout.zoom is not None
    return [w.text for w in measure(layout.zoom.svg)[0]]


def test_the_zoom_size_prints_readable_in_both_handouts() -> None:
    # Tied to the handout's picture sizes: if they shrink, this says the zoom must grow.
    for style, least in ((NORMAL, MIN_PRINT_PT["normal"]), (LARGE, MIN_PRINT_PT["large print"])):
        assert READABLE_PX * style.picture_width * PRINT_SHRINK / WIDTH >= least


def test_small_pointed_words_get_a_zoom_and_pass_the_print_check() -> None:
    layout = lay_out_scene(LIST_SCENE, "fi")
    assert layout.zoom is not None
    shown = measure(layout.zoom.svg)[0]
    assert [w.text for w in shown] == ["Kirjasto-Vieras"]
    assert all(w.size >= READABLE_PX for w in shown)
    assert "small_print" not in kinds(LIST_SCENE) and "covered" not in kinds(LIST_SCENE)
    # The card stays in the picture and off the item, the hand and the ring.
    card = layout.zoom.card
    assert card.x >= 0 and card.x + card.w <= 800 and card.y >= 0 and card.y + card.h <= 600
    target = layout.drawn.targets["net"]
    assert not (card.x < target.x + target.w and target.x < card.x + card.w
                and card.y < target.y + target.h and target.y < card.y + card.h)  # fmt: skip


def test_words_big_enough_already_get_no_zoom() -> None:
    scene = copy.deepcopy(LIST_SCENE)
    scene["screen"] = {"kind": "lock", "elements": []}
    scene["highlight"] = "swipe"
    scene.pop("pointer")
    assert lay_out_scene(scene, "fi").zoom is None


def test_a_message_is_zoomed_by_its_sender_line_and_its_ring_holds_the_sender() -> None:
    layout = lay_out_scene(SCAM, "fi")
    words = zoom_words(SCAM)
    assert "".join(words).replace(" ", "") == "Kela<palvelu@kela-tuki.example>"
    assert len(words) > 1  # the address is too long for one line of the card
    sender = layout.drawn.targets["mail.from"]
    assert centre_in(sender, layout.drawn.targets["mail"])
    assert kinds(SCAM) == set()


def test_the_zoom_names_what_to_show_or_nothing() -> None:
    scene = copy.deepcopy(SCAM)
    scene["zoom"] = []
    assert lay_out_scene(scene, "fi").zoom is None
    assert "small_print" not in kinds(scene)  # the step says its point is not words
    scene["zoom"] = "mail.from"
    scene.pop("highlight")
    assert "".join(zoom_words(scene)).startswith("Kela")
    assert check_scene(scene) == []
    scene["zoom"] = "mail.text"  # what the message says, without its sender
    words = "".join(zoom_words(scene))
    assert words and "Kela" not in words and "@" not in words
    assert check_scene(scene) == []
    scene["zoom"] = ["nothing"]
    assert check_scene(scene) == ["zoom 'nothing' names nothing in the scene"]
    scene["zoom"] = 3
    assert check_scene(scene) == ["zoom must be an id or a list of ids"]


def test_the_check_reports_a_zoom_that_covers_the_point(monkeypatch: pytest.MonkeyPatch) -> None:
    target = lay_out_scene(LIST_SCENE, "fi").drawn.targets["net"]
    monkeypatch.setattr(
        scene_module, "place_zoom", lambda size, *_args: Box(target.x, target.y, *size)
    )
    details = [f.detail for f in check_picture(LIST_SCENE, "fi") if f.kind == "covered"]
    assert "the zoom covers 'net'" in details


def test_the_zoom_is_drawn_in_the_picture() -> None:
    svg = render_scene(SCAM, "fi")
    assert "Kela &lt;palvelu@" in svg and 'font-size="36"' in svg


def test_the_hand_comes_from_the_side_when_from_below_it_would_hide_an_apps_name() -> None:
    names = ["Puhelin", "Viestit", "Kamera", "Asetukset", "Inställningar", "Internet"]
    apps = [{"icon": "settings", "text": name} for name in names]
    apps[3]["id"] = "settings"
    scene = {
        "device": "phone",
        "screen": {"kind": "home", "elements": [{"type": "apps", "items": apps}]},
        "characters": [{"who": "client", "pose": "point"}],
        "highlight": "settings",
        "pointer": {"target": "settings"},
    }
    assert "covered" not in kinds(scene)
    layout = lay_out_scene(scene, "fi")
    assert layout.pointer is not None and layout.pointer[0] < layout.drawn.targets["settings"].cx
    scene["pointer"] = {"target": "settings", "from": "below"}  # the author's side is kept
    assert "covered" in kinds(scene)
